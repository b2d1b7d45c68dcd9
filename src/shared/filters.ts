/**
 * The dashboard's view state as the app uses it, after the URL has been parsed (url-params.ts).
 * Everything here round-trips through the URL; defaults are what an empty query string means.
 */

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** View tabs; `charts` is the default and is left out of the URL. */
export const TABS = ["charts", "table", "map"] as const;
export type Tab = (typeof TABS)[number];

/** City-list orders on the map tab; `count` is the default and is left out of the URL. */
export const CITY_SORTS = ["count", "pinyin"] as const;
export type CitySort = (typeof CITY_SORTS)[number];

export const SORT_FIELDS = ["date", "title", "place", "organizer", "money", "people"] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = "asc" | "desc";
export interface Sort {
  field: SortField;
  direction: SortDirection;
}

export interface Filters {
  /** full official province name, "浙江省" */
  province: string | null;
  /** full prefecture-level name, "宁波市" */
  city: string | null;
  /** programme-type ids; a record matches when it has any of them */
  types: readonly string[];
  /** beneficiary-group ids; a record matches when it has any of them */
  groups: readonly string[];
  /** inclusive, YYYY-MM-DD; records without a date drop out once a bound is set */
  from: string | null;
  to: string | null;
  /** free text as typed; terms split on whitespace must all occur */
  q: string;
}

export interface ViewState {
  filters: Filters;
  sort: Sort;
  /** id of the record whose detail is open */
  record: string | null;
  lang: Lang;
  tab: Tab;
  /** the map tab's city list: by count or by pinyin */
  citySort: CitySort;
}

export const EMPTY_FILTERS: Filters = {
  province: null,
  city: null,
  types: [],
  groups: [],
  from: null,
  to: null,
  q: "",
};
export const DEFAULT_SORT: Sort = { field: "date", direction: "desc" };
export const DEFAULT_VIEW: ViewState = {
  filters: EMPTY_FILTERS,
  sort: DEFAULT_SORT,
  record: null,
  lang: "zh",
  tab: "charts",
  citySort: "count",
};

/** How many filter values are set (each type and group counts once). */
export function countActiveFilters(f: Filters): number {
  const set = (v: unknown) => (v ? 1 : 0);
  return (
    set(f.province) +
    set(f.city) +
    f.types.length +
    f.groups.length +
    set(f.from) +
    set(f.to) +
    set(f.q.trim())
  );
}

export function hasActiveFilters(f: Filters): boolean {
  return countActiveFilters(f) > 0;
}

/** How a change reaches the URL: discrete choices push (Back undoes them), typing replaces. */
export interface UpdateOptions {
  history?: "push" | "replace";
  /** delay the URL write; the state itself updates at once */
  debounceMs?: number;
}

/** A feature's way to change filters; the app turns it into a URL update. */
export type FiltersChange = (next: Filters, options?: UpdateOptions) => void;
