import type { Filters, FiltersChange } from "../../shared/filters.ts";
import type { Translate } from "../../shared/i18n.ts";

/** Two native date inputs; typing a year fires several changes, so the URL write is debounced. */
export function DateRangeFilter({
  filters,
  min,
  max,
  t,
  onChange,
}: {
  filters: Filters;
  min: string | null;
  max: string | null;
  t: Translate;
  onChange: FiltersChange;
}) {
  const set = (key: "from" | "to", value: string) =>
    onChange({ ...filters, [key]: value || null }, { history: "push", debounceMs: 400 });
  return (
    <fieldset className="filter-group">
      <legend>{t("dateRange")}</legend>
      <div className="date-range">
        <label className="field">
          <span className="field__label">{t("dateFrom")}</span>
          <input
            type="date"
            value={filters.from ?? ""}
            min={min ?? undefined}
            max={filters.to ?? max ?? undefined}
            onChange={(e) => set("from", e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t("dateTo")}</span>
          <input
            type="date"
            value={filters.to ?? ""}
            min={filters.from ?? min ?? undefined}
            max={max ?? undefined}
            onChange={(e) => set("to", e.target.value)}
          />
        </label>
      </div>
    </fieldset>
  );
}
