import type { FilterIndex } from "./filter-engine.ts";
import {
  CITY_SORTS,
  type CitySort,
  DEFAULT_SORT,
  DEFAULT_VIEW,
  LANGS,
  type Lang,
  SORT_FIELDS,
  type Sort,
  type SortField,
  TABS,
  type Tab,
  type ViewState,
} from "./filters.ts";

/**
 * The URL contract. Parameter names are public (links in the wild depend on them): never rename.
 * The URL library (nuqs) only moves raw strings in and out of the query string; meaning and validity
 * live here, one parse function per parameter, each taking a raw value and returning a value plus the
 * notices for what it ignored. An invalid value counts as absent; nothing here throws.
 */
export const PARAM_NAMES = [
  "province",
  "city",
  "type",
  "group",
  "from",
  "to",
  "q",
  "sort",
  "record",
  "lang",
  "tab",
  "citysort",
] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

/** Query-string values as read; repeatable keys as arrays (`?type=a&type=b`). */
export interface RawParams {
  province: string | null;
  city: string | null;
  type: readonly string[];
  group: readonly string[];
  from: string | null;
  to: string | null;
  q: string | null;
  sort: string | null;
  record: string | null;
  lang: string | null;
  tab: string | null;
  citysort: string | null;
}

export const EMPTY_RAW: RawParams = {
  province: null,
  city: null,
  type: [],
  group: [],
  from: null,
  to: null,
  q: null,
  sort: null,
  record: null,
  lang: null,
  tab: null,
  citysort: null,
};

export type NoticeReason =
  | "unknown-province"
  | "unknown-city"
  | "city-outside-province"
  | "unknown-type"
  | "unknown-group"
  | "bad-date"
  | "to-before-from"
  | "bad-sort"
  | "unknown-record"
  | "bad-lang"
  | "bad-tab"
  | "bad-citysort"
  | "too-long";

/** One ignored value, for the visible notice. */
export interface ParamNotice {
  param: ParamName;
  value: string;
  reason: NoticeReason;
}

/** What the parsers need to know about the loaded dataset. */
export interface ParseContext {
  provinceNames: ReadonlyMap<string, number>;
  cityNames: ReadonlyMap<string, number>;
  /** province name of a city name */
  provinceOfCity(city: string): string | undefined;
  provinceByAdcode: ReadonlyMap<string, string>;
  cityByAdcode: ReadonlyMap<string, string>;
  typeIds: readonly string[];
  groupIds: readonly string[];
  hasRecord(id: string): boolean;
}

export function parseContextOf(index: FilterIndex): ParseContext {
  return {
    provinceNames: index.provinceIndex,
    cityNames: index.cityIndex,
    provinceOfCity: (city) => {
      const c = index.cityIndex.get(city);
      return c === undefined ? undefined : index.provinces[index.cityProvince[c] ?? -1];
    },
    provinceByAdcode: index.provinceByAdcode,
    cityByAdcode: index.cityByAdcode,
    typeIds: index.typeIds,
    groupIds: index.groupIds,
    hasRecord: (id) => index.recordIndex.has(id),
  };
}

export interface Parsed<T> {
  value: T;
  notices: ParamNotice[];
}

const ok = <T>(value: T): Parsed<T> => ({ value, notices: [] });
const reject = <T>(value: T, param: ParamName, raw: string, reason: NoticeReason): Parsed<T> => ({
  value,
  notices: [{ param, value: raw, reason }],
});
const ADCODE = /^\d{6}$/;
export const MAX_QUERY_LENGTH = 200;

export function parseProvince(raw: string | null, ctx: ParseContext): Parsed<string | null> {
  const v = raw?.trim();
  if (!v) return ok(null);
  if (ctx.provinceNames.has(v)) return ok(v);
  const byCode = ADCODE.test(v) ? ctx.provinceByAdcode.get(`${v.slice(0, 2)}0000`) : undefined;
  if (byCode) return ok(byCode);
  return reject(null, "province", v, "unknown-province");
}

/** Full prefecture name or a 6-digit code of the city or any county in it. */
export function parseCity(
  raw: string | null,
  province: string | null,
  ctx: ParseContext,
): Parsed<string | null> {
  const v = raw?.trim();
  if (!v) return ok(null);
  let name: string | undefined = ctx.cityNames.has(v) ? v : undefined;
  if (!name && ADCODE.test(v)) {
    name = ctx.cityByAdcode.get(`${v.slice(0, 4)}00`) ?? ctx.cityByAdcode.get(v);
  }
  if (!name) return reject(null, "city", v, "unknown-city");
  if (province && ctx.provinceOfCity(name) !== province)
    return reject(null, "city", v, "city-outside-province");
  return ok(name);
}

function parseIds(
  raw: readonly string[],
  known: readonly string[],
  param: "type" | "group",
  reason: NoticeReason,
): Parsed<string[]> {
  const value: string[] = [];
  const notices: ParamNotice[] = [];
  for (const r of raw) {
    const v = r.trim();
    if (!v) continue;
    if (known.includes(v)) {
      if (!value.includes(v)) value.push(v);
    } else notices.push({ param, value: v, reason });
  }
  return { value, notices };
}

export const parseTypes = (raw: readonly string[], ctx: ParseContext) =>
  parseIds(raw, ctx.typeIds, "type", "unknown-type");
export const parseGroups = (raw: readonly string[], ctx: ParseContext) =>
  parseIds(raw, ctx.groupIds, "group", "unknown-group");

/** A real calendar date written YYYY-MM-DD (2025-02-30 is rejected). */
export function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

export function parseDate(raw: string | null, param: "from" | "to"): Parsed<string | null> {
  const v = raw?.trim();
  if (!v) return ok(null);
  return isIsoDate(v) ? ok(v) : reject(null, param, v, "bad-date");
}

export function parseQuery(raw: string | null): Parsed<string> {
  const v = (raw ?? "").trim();
  if (v.length > MAX_QUERY_LENGTH)
    return reject(v.slice(0, MAX_QUERY_LENGTH), "q", `${v.slice(0, 20)}…`, "too-long");
  return ok(v);
}

/** "field.asc" | "field.desc" */
export function parseSort(raw: string | null): Parsed<Sort> {
  const v = raw?.trim();
  if (!v) return ok(DEFAULT_SORT);
  const [field, direction, extra] = v.split(".");
  if (
    extra === undefined &&
    SORT_FIELDS.includes(field as SortField) &&
    (direction === "asc" || direction === "desc")
  ) {
    return ok({ field: field as SortField, direction });
  }
  return reject(DEFAULT_SORT, "sort", v, "bad-sort");
}

export function parseRecord(raw: string | null, ctx: ParseContext): Parsed<string | null> {
  const v = raw?.trim();
  if (!v) return ok(null);
  return ctx.hasRecord(v) ? ok(v) : reject(null, "record", v, "unknown-record");
}

export function parseLang(raw: string | null): Parsed<Lang> {
  const v = raw?.trim().toLowerCase();
  if (!v) return ok("zh");
  return LANGS.includes(v as Lang) ? ok(v as Lang) : reject("zh", "lang", raw ?? "", "bad-lang");
}

export function parseTab(raw: string | null): Parsed<Tab> {
  const v = raw?.trim();
  if (!v) return ok("charts");
  return TABS.includes(v as Tab) ? ok(v as Tab) : reject("charts", "tab", v, "bad-tab");
}

export function parseCitySort(raw: string | null): Parsed<CitySort> {
  const v = raw?.trim().toLowerCase();
  if (!v) return ok(DEFAULT_VIEW.citySort);
  return CITY_SORTS.includes(v as CitySort)
    ? ok(v as CitySort)
    : reject(DEFAULT_VIEW.citySort, "citysort", raw ?? "", "bad-citysort");
}

/** The whole URL -> view state, with every ignored value reported. */
export function parseViewParams(raw: RawParams, ctx: ParseContext): Parsed<ViewState> {
  const province = parseProvince(raw.province, ctx);
  const city = parseCity(raw.city, province.value, ctx);
  const types = parseTypes(raw.type, ctx);
  const groups = parseGroups(raw.group, ctx);
  const from = parseDate(raw.from, "from");
  let to = parseDate(raw.to, "to");
  if (from.value && to.value && to.value < from.value) to = reject(null, "to", to.value, "to-before-from");
  const q = parseQuery(raw.q);
  const sort = parseSort(raw.sort);
  const record = parseRecord(raw.record, ctx);
  const lang = parseLang(raw.lang);
  const tab = parseTab(raw.tab);
  const citySort = parseCitySort(raw.citysort);
  return {
    value: {
      filters: {
        province: province.value,
        city: city.value,
        types: types.value,
        groups: groups.value,
        from: from.value,
        to: to.value,
        q: q.value,
      },
      sort: sort.value,
      record: record.value,
      lang: lang.value,
      tab: tab.value,
      citySort: citySort.value,
    },
    notices: [province, city, types, groups, from, to, q, sort, record, lang, tab, citySort].flatMap(
      (p) => p.notices,
    ),
  };
}

/** View state -> canonical raw values, defaults and empties left out (null / []). */
export function toRawParams(view: ViewState): RawParams {
  const f = view.filters;
  const sortIsDefault =
    view.sort.field === DEFAULT_SORT.field && view.sort.direction === DEFAULT_SORT.direction;
  return {
    province: f.province,
    city: f.city,
    type: [...f.types],
    group: [...f.groups],
    from: f.from,
    to: f.to,
    q: f.q.trim() || null,
    sort: sortIsDefault ? null : `${view.sort.field}.${view.sort.direction}`,
    record: view.record,
    lang: view.lang === DEFAULT_VIEW.lang ? null : view.lang,
    tab: view.tab === DEFAULT_VIEW.tab ? null : view.tab,
    citysort: view.citySort === DEFAULT_VIEW.citySort ? null : view.citySort,
  };
}

/** URLSearchParams -> raw values (repeated keys collected). `+` has already become a space here. */
export function readRawParams(search: URLSearchParams): RawParams {
  const one = (k: ParamName) => search.get(k);
  return {
    province: one("province"),
    city: one("city"),
    type: search.getAll("type"),
    group: search.getAll("group"),
    from: one("from"),
    to: one("to"),
    q: one("q"),
    sort: one("sort"),
    record: one("record"),
    lang: one("lang"),
    tab: one("tab"),
    citysort: one("citysort"),
  };
}

/** Raw values -> query string (without "?"), in PARAM_NAMES order; encodes "+" so it survives. */
export function writeRawParams(raw: RawParams): string {
  const search = new URLSearchParams();
  for (const name of PARAM_NAMES) {
    const v = raw[name];
    if (Array.isArray(v)) for (const item of v) search.append(name, item);
    else if (typeof v === "string" && v !== "") search.set(name, v);
  }
  return search.toString();
}
