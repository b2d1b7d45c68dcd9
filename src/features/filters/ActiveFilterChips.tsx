import { memo } from "react";
import {
  EMPTY_FILTERS,
  type Filters,
  type FiltersChange,
  hasActiveFilters,
  type Lang,
} from "../../shared/filters.ts";
import { formatDate } from "../../shared/format.ts";
import { type Translate, taxonomyLabel } from "../../shared/i18n.ts";
import type { Dataset } from "../../shared/schema.ts";

interface Chip {
  key: string;
  label: string;
  remove: () => Filters;
}

/** One removable chip per active filter value, and "clear all". Memoised on its props. */
export const ActiveFilterChips = memo(function ActiveFilterChips({
  filters,
  taxonomy,
  lang,
  t,
  onChange,
}: {
  filters: Filters;
  taxonomy: Dataset["taxonomy"];
  lang: Lang;
  t: Translate;
  onChange: FiltersChange;
}) {
  if (!hasActiveFilters(filters)) {
    return <p className="chips chips--empty">{t("noFilters")}</p>;
  }
  const f = filters;
  const chips: Chip[] = [
    ...(f.province
      ? [{ key: "province", label: f.province, remove: () => ({ ...f, province: null, city: null }) }]
      : []),
    ...(f.city ? [{ key: "city", label: f.city, remove: () => ({ ...f, city: null }) }] : []),
    ...f.types.map((id) => ({
      key: `type-${id}`,
      label: taxonomyLabel(taxonomy.types, id, lang),
      remove: () => ({ ...f, types: f.types.filter((x) => x !== id) }),
    })),
    ...f.groups.map((id) => ({
      key: `group-${id}`,
      label: taxonomyLabel(taxonomy.beneficiaries, id, lang),
      remove: () => ({ ...f, groups: f.groups.filter((x) => x !== id) }),
    })),
    ...(f.from
      ? [
          {
            key: "from",
            label: `${t("dateFrom")} ${formatDate(f.from, lang)}`,
            remove: () => ({ ...f, from: null }),
          },
        ]
      : []),
    ...(f.to
      ? [{ key: "to", label: `${t("dateTo")} ${formatDate(f.to, lang)}`, remove: () => ({ ...f, to: null }) }]
      : []),
    ...(f.q ? [{ key: "q", label: `“${f.q}”`, remove: () => ({ ...f, q: "" }) }] : []),
  ];
  return (
    <fieldset className="chips">
      <legend className="visually-hidden">{t("activeFilters")}</legend>
      <ul className="chips__list">
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="chip"
              aria-label={t("removeFilter", { label: c.label })}
              onClick={() => onChange(c.remove())}
            >
              <span>{c.label}</span>
              <span aria-hidden="true" className="chip__x">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={() => onChange(EMPTY_FILTERS)}>
        {t("clearAll")}
      </button>
    </fieldset>
  );
});
