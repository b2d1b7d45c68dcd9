import { type KeyboardEvent, memo, useRef } from "react";
import { TABS, type Tab } from "../shared/filters.ts";
import type { Translate } from "../shared/i18n.ts";

const LABELS = { charts: "tabCharts", table: "tabTable", map: "tabMap" } as const;
export const tabId = (tab: Tab) => `tab-${tab}`;
export const panelId = (tab: Tab) => `panel-${tab}`;

/** ARIA tabs: arrow keys move between tabs, each choice is a history entry. Memoised on its props. */
export const ViewTabs = memo(function ViewTabs({
  tab,
  onSelect,
  t,
}: {
  tab: Tab;
  onSelect: (tab: Tab) => void;
  t: Translate;
}) {
  const refs = useRef(new Map<Tab, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    let next: Tab | undefined;
    if (step) next = TABS[(i + step + TABS.length) % TABS.length];
    if (e.key === "Home") next = TABS[0];
    if (e.key === "End") next = TABS[TABS.length - 1];
    if (!next) return;
    e.preventDefault();
    onSelect(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t("views")} onKeyDown={onKeyDown}>
      {TABS.map((id) => (
        <button
          key={id}
          ref={(el) => {
            if (el) refs.current.set(id, el);
          }}
          type="button"
          role="tab"
          id={tabId(id)}
          aria-selected={tab === id}
          aria-controls={panelId(id)}
          tabIndex={tab === id ? 0 : -1}
          className="tabs__tab"
          onClick={() => onSelect(id)}
        >
          {t(LABELS[id])}
        </button>
      ))}
    </div>
  );
});
