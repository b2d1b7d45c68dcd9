import { memo } from "react";
import type { FilterIndex } from "../../shared/filter-engine.ts";
import type { Filters, FiltersChange, Lang } from "../../shared/filters.ts";
import type { Translate } from "../../shared/i18n.ts";
import type { Dataset } from "../../shared/schema.ts";
import { ChoiceFilter } from "./ChoiceFilter.tsx";
import { DateRangeFilter } from "./DateRangeFilter.tsx";
import { PlaceFilter } from "./PlaceFilter.tsx";
import { SearchBox } from "./SearchBox.tsx";

export interface FilterPanelProps {
  filters: Filters;
  index: FilterIndex;
  taxonomy: Dataset["taxonomy"];
  dateBounds: { min: string | null; max: string | null };
  lang: Lang;
  t: Translate;
  onChange: FiltersChange;
}

/** Memoised: the dashboard re-renders it only when its props change. */
export const FilterPanel = memo(function FilterPanel({
  filters,
  index,
  taxonomy,
  dateBounds,
  lang,
  t,
  onChange,
}: FilterPanelProps) {
  return (
    <div className="filter-panel">
      <SearchBox filters={filters} t={t} onChange={onChange} />
      <PlaceFilter filters={filters} index={index} t={t} onChange={onChange} />
      <ChoiceFilter
        legend={t("programmeType")}
        options={taxonomy.types}
        selected={filters.types}
        lang={lang}
        onChange={(types) => onChange({ ...filters, types })}
      />
      <ChoiceFilter
        legend={t("beneficiaryGroup")}
        options={taxonomy.beneficiaries}
        selected={filters.groups}
        lang={lang}
        onChange={(groups) => onChange({ ...filters, groups })}
      />
      <DateRangeFilter
        filters={filters}
        min={dateBounds.min}
        max={dateBounds.max}
        t={t}
        onChange={onChange}
      />
    </div>
  );
});
