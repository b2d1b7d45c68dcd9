import { type KeyboardEvent, useRef } from "react";
import type { Tab } from "../shared/filters.ts";
import type { Translate } from "../shared/i18n.ts";

const LABELS = { charts: "tabCharts", table: "tabTable", map: "tabMap" } as const;
export const TAB_ORDER: readonly Tab[] = ["charts", "table", "map"];
export const tabId = (tab: Tab) => `tab-${tab}`;
export const panelId = (tab: Tab) => `panel-${tab}`;

/** ARIA tabs: arrow keys move between tabs, each choice is a history entry. */
export function ViewTabs({ tab, onSelect, t }: { tab: Tab; onSelect: (tab: Tab) => void; t: Translate }) {
  const refs = useRef(new Map<Tab, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TAB_ORDER.indexOf(tab);
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    let next: Tab | undefined;
    if (step) next = TAB_ORDER[(i + step + TAB_ORDER.length) % TAB_ORDER.length];
    if (e.key === "Home") next = TAB_ORDER[0];
    if (e.key === "End") next = TAB_ORDER[TAB_ORDER.length - 1];
    if (!next) return;
    e.preventDefault();
    onSelect(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t("views")} onKeyDown={onKeyDown}>
      {TAB_ORDER.map((id) => (
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
}
