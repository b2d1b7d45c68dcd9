import { useId, useState } from "react";
import type { Filters, FiltersChange } from "../../shared/filters.ts";
import type { Translate } from "../../shared/i18n.ts";
import { MAX_QUERY_LENGTH } from "../../shared/url-params.ts";

/**
 * The text as typed is local (it may end in a space between words); the URL gets the trimmed query,
 * debounced, replacing the history entry. When the URL's query changes from elsewhere (Back, a chip,
 * clear all) the box follows: adjusted during render, not mirrored by an effect.
 */
export function SearchBox({
  filters,
  t,
  onChange,
}: {
  filters: Filters;
  t: Translate;
  onChange: FiltersChange;
}) {
  const [draft, setDraft] = useState(filters.q);
  const [seen, setSeen] = useState(filters.q);
  if (seen !== filters.q) {
    setSeen(filters.q);
    if (draft.trim() !== filters.q) setDraft(filters.q);
  }
  const hintId = useId();
  return (
    <search className="filter-group search">
      <form onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span className="field__label">{t("search")}</span>
          <input
            type="search"
            value={draft}
            placeholder={t("searchPlaceholder")}
            aria-describedby={hintId}
            maxLength={MAX_QUERY_LENGTH}
            onChange={(e) => {
              setDraft(e.target.value);
              onChange({ ...filters, q: e.target.value.trim() }, { history: "replace", debounceMs: 300 });
            }}
          />
        </label>
        <p id={hintId} className="hint">
          {t("searchHint")}
        </p>
      </form>
    </search>
  );
}
