import { placeLabel, recordMoney, recordPeople } from "./aggregate.ts";
import { type Filters, hasActiveFilters, type Sort, type SortField } from "./filters.ts";
import type { DatasetRecord, TaxonomyLabel } from "./schema.ts";
import { normalizeForSearch, splitSearchTerms } from "./text.ts";

/**
 * Columnar filter index, built once per dataset, so that one filter change plus every aggregate the
 * dashboard shows is a single pass over typed arrays (issue 6: < 2 ms at 100k records) instead of
 * walking objects. Dictionaries (provinces, cities, taxonomy ids) turn strings into small integers;
 * types and groups are bitsets; dates are integer days; search runs over one joined normalised string.
 */
export interface FilterIndex {
  readonly size: number;
  /** province names, pinyin order */
  readonly provinces: readonly string[];
  /** prefecture names, pinyin order; `cityProvince[c]` is the province index of city c */
  readonly cities: readonly string[];
  readonly cityProvince: Int32Array;
  readonly typeIds: readonly string[];
  readonly groupIds: readonly string[];
  /** per record: province / city index, -1 when unknown */
  readonly provinceOf: Int32Array;
  readonly cityOf: Int32Array;
  /** per record: days since 1970-01-01, NO_DAY when undated */
  readonly day: Int32Array;
  /** per record: month number (year*12 + month-1) - firstMonth, -1 when undated */
  readonly month: Int32Array;
  readonly firstMonth: number;
  readonly monthCount: number;
  /** per record, `typeWords` / `groupWords` 32-bit words of membership bits */
  readonly typeWords: number;
  readonly typeBits: Uint32Array;
  readonly groupWords: number;
  readonly groupBits: Uint32Array;
  /** type memberships as lists, for counting: record i's are typeList[typeStart[i] .. typeStart[i+1]) */
  readonly typeList: Uint16Array;
  readonly typeStart: Int32Array;
  /** per record: its city index, or cities.length + province index when placed no finer, or -1 */
  readonly placeSlot: Int32Array;

  /** per record: yuan (largest money figure) and persons (largest people figure) */
  readonly money: Float64Array;
  readonly people: Float64Array;
  /** normalised search text of all records, each followed by SEPARATOR; `starts[i]` is record i's offset */
  readonly haystack: string;
  readonly starts: Int32Array;
  readonly provinceIndex: ReadonlyMap<string, number>;
  readonly cityIndex: ReadonlyMap<string, number>;
  readonly recordIndex: ReadonlyMap<string, number>;
  /** 6-digit codes -> names, derived from the places in the data (city codes from any level below) */
  readonly provinceByAdcode: ReadonlyMap<string, string>;
  readonly cityByAdcode: ReadonlyMap<string, string>;
  /** lazily built sort orders, one per field */
  readonly sortOrders: Map<SortField, SortOrder>;
  /** raw per-record keys for lazily built sort orders */
  readonly sortText: { title: string[]; place: (string | null)[]; organizer: (string | null)[] };
}

interface SortOrder {
  /** record indices ascending by the field, records without a value at the end */
  order: Int32Array;
  /** how many leading entries of `order` have a value */
  withValue: number;
}

export const NO_DAY = -2147483648;
const SEPARATOR = "\u0001";
const collator = new Intl.Collator("zh-CN-u-co-pinyin");

/** Days since 1970-01-01 for "YYYY-MM-DD"; NO_DAY for anything else. */
export function isoToDay(iso: string | null | undefined): number {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return NO_DAY;
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : NO_DAY;
}

/** The text a record is found by: headline parts, place, organiser, bylines, metric labels, body. */
export function searchTextOf(r: DatasetRecord): string {
  return normalizeForSearch(
    [
      r.title,
      r.subtitle,
      r.kicker,
      r.section,
      placeLabel(r.place),
      r.place?.district,
      r.organizer,
      ...r.byline.reporters,
      ...r.byline.correspondents,
      ...r.byline.photographers,
      ...r.metrics.map((m) => m.label),
      ...r.paragraphs,
    ]
      .filter(Boolean)
      .join("\n"),
  );
}

/** Headlines often open with a quotation mark (“服务+保障”…); pinyin order should not see it. */
export function sortKey(text: string): string {
  return text.replace(/^[\p{P}\p{S}\s]+/u, "");
}

function dictionary(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(collator.compare);
}

function setBits(ids: readonly string[], lookup: Map<string, number>, bits: Uint32Array, base: number) {
  for (const id of ids) {
    const b = lookup.get(id);
    if (b === undefined) continue;
    const w = base + (b >>> 5);
    bits[w] = (bits[w] ?? 0) | (1 << (b & 31));
  }
}

export function buildFilterIndex(
  records: readonly DatasetRecord[],
  taxonomy: { types: readonly TaxonomyLabel[]; beneficiaries: readonly TaxonomyLabel[] },
): FilterIndex {
  const n = records.length;
  const provinces = dictionary(records.flatMap((r) => (r.place ? [r.place.province] : [])));
  const provinceIndex = new Map(provinces.map((p, i) => [p, i]));
  // A prefecture name belongs to one province; should bad data repeat it elsewhere, the first wins.
  const cityOwner = new Map<string, string>();
  for (const r of records) {
    if (r.place?.city && !cityOwner.has(r.place.city)) cityOwner.set(r.place.city, r.place.province);
  }
  const cities = dictionary(cityOwner.keys());
  const cityIndex = new Map(cities.map((c, i) => [c, i]));
  const cityProvince = Int32Array.from(cities, (c) => provinceIndex.get(cityOwner.get(c) ?? "") ?? -1);

  const provinceByAdcode = new Map<string, string>();
  const cityByAdcode = new Map<string, string>();
  for (const r of records) {
    for (const p of r.place ? [r.place, ...r.places] : r.places) {
      provinceByAdcode.set(`${p.adcode.slice(0, 2)}0000`, p.province);
      if (p.city && p.level !== "province") {
        cityByAdcode.set(p.level === "city" ? p.adcode : `${p.adcode.slice(0, 4)}00`, p.city);
        // municipalities: "110000" and "110100" both name 北京市
        if (p.city === p.province) cityByAdcode.set(`${p.adcode.slice(0, 2)}0000`, p.city);
      }
    }
  }

  const typeIds = taxonomy.types.map((t) => t.id);
  const groupIds = taxonomy.beneficiaries.map((g) => g.id);
  const typeLookup = new Map(typeIds.map((id, i) => [id, i]));
  const groupLookup = new Map(groupIds.map((id, i) => [id, i]));
  const typeWords = Math.max(1, Math.ceil(typeIds.length / 32));
  const groupWords = Math.max(1, Math.ceil(groupIds.length / 32));

  const provinceOf = new Int32Array(n);
  const cityOf = new Int32Array(n);
  const day = new Int32Array(n);
  const monthAbs = new Int32Array(n);
  const typeBits = new Uint32Array(n * typeWords);
  const groupBits = new Uint32Array(n * groupWords);
  const money = new Float64Array(n);
  const people = new Float64Array(n);
  const typeStart = new Int32Array(n + 1);
  const typeItems: number[] = [];
  const starts = new Int32Array(n + 1);
  const texts: string[] = new Array(n);
  const recordIndex = new Map<string, number>();
  let firstMonth = Number.POSITIVE_INFINITY;
  let lastMonth = Number.NEGATIVE_INFINITY;
  let offset = 0;

  for (let i = 0; i < n; i++) {
    const r = records[i] as DatasetRecord;
    recordIndex.set(r.id, i);
    provinceOf[i] = r.place ? (provinceIndex.get(r.place.province) ?? -1) : -1;
    cityOf[i] = r.place?.city ? (cityIndex.get(r.place.city) ?? -1) : -1;
    const d = isoToDay(r.date);
    day[i] = d;
    if (d !== NO_DAY && r.date) {
      const m = Number(r.date.slice(0, 4)) * 12 + Number(r.date.slice(5, 7)) - 1;
      monthAbs[i] = m;
      if (m < firstMonth) firstMonth = m;
      if (m > lastMonth) lastMonth = m;
    } else {
      monthAbs[i] = -1;
    }
    setBits(r.types, typeLookup, typeBits, i * typeWords);
    setBits(r.beneficiaries, groupLookup, groupBits, i * groupWords);
    typeStart[i] = typeItems.length;
    for (const t of new Set(r.types)) {
      const b = typeLookup.get(t);
      if (b !== undefined) typeItems.push(b);
    }

    money[i] = recordMoney(r);
    people[i] = recordPeople(r);
    const text = searchTextOf(r) + SEPARATOR;
    texts[i] = text;
    starts[i] = offset;
    offset += text.length;
  }
  starts[n] = offset;
  typeStart[n] = typeItems.length;
  if (!Number.isFinite(firstMonth)) firstMonth = 0;
  const monthCount = Number.isFinite(lastMonth) ? lastMonth - firstMonth + 1 : 0;
  const month = monthAbs.map((m) => (m < 0 ? -1 : m - firstMonth));
  const placeSlot = Int32Array.from(cityOf, (c, i) => {
    if (c >= 0) return c;
    const p = provinceOf[i] as number;
    return p >= 0 ? cities.length + p : -1;
  });

  return {
    size: n,
    provinces,
    cities,
    cityProvince,
    typeIds,
    groupIds,
    provinceOf,
    cityOf,
    day,
    month,
    firstMonth,
    monthCount,
    typeWords,
    typeBits,
    groupWords,
    groupBits,
    typeList: Uint16Array.from(typeItems),
    typeStart,
    placeSlot,
    money,
    people,
    haystack: texts.join(""),
    starts,
    provinceIndex,
    cityIndex,
    recordIndex,
    provinceByAdcode,
    cityByAdcode,
    sortOrders: new Map(),
    sortText: {
      title: records.map((r) => sortKey(r.title)),
      place: records.map((r) => (r.place ? placeLabel(r.place) : null)),
      organizer: records.map((r) => (r.organizer ? sortKey(r.organizer) : null)),
    },
  };
}

/** "2026-01" for a month slot of the index */
export function monthKey(index: FilterIndex, slot: number): string {
  const m = index.firstMonth + slot;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
}

/** Everything the dashboard shows for one filter state, from one pass. */
export interface FilterResult {
  /** matching record indices, in dataset order */
  indices: Int32Array;
  count: number;
  /** per programme type (index order of `typeIds`): matching records having it */
  typeCounts: Float64Array;
  provinceCounts: Float64Array;
  cityCounts: Float64Array;
  /** per month slot (see `monthKey`) */
  monthCounts: Float64Array;
  /** yuan, by the same keys; a record with several types counts in each of them */
  moneyByType: Float64Array;
  moneyByProvince: Float64Array;
  moneyByCity: Float64Array;
  /** yuan: sum over matching records of each one's largest money figure */
  moneyTotal: number;
  /** persons: sum over matching records of each one's largest people figure */
  peopleTotal: number;
  /** distinct prefecture-level cities among matching records */
  cityTotal: number;
  /** matching records that print a money / people figure, and that have no date */
  withMoney: number;
  withPeople: number;
  undated: number;
}

function maskOf(ids: readonly string[], all: readonly string[], words: number): Uint32Array | null {
  if (ids.length === 0) return null;
  const mask = new Uint32Array(words);
  for (const id of ids) {
    const b = all.indexOf(id);
    if (b >= 0) mask[b >>> 5] = (mask[b >>> 5] ?? 0) | (1 << (b & 31));
  }
  return mask;
}

const searchCache = new WeakMap<FilterIndex, { query: string; hits: Uint8Array }>();

/** 1 per record containing every term of `query`, from the joined haystack; memoised per index. */
export function searchHits(index: FilterIndex, query: string): Uint8Array | null {
  const terms = splitSearchTerms(query);
  if (terms.length === 0) return null;
  const key = terms.join(" ");
  const cached = searchCache.get(index);
  if (cached?.query === key) return cached.hits;
  const { haystack, starts, size } = index;
  let hits: Uint8Array | null = null;
  for (const term of terms) {
    const found = new Uint8Array(size);
    let pos = haystack.indexOf(term);
    while (pos >= 0) {
      // binary search: the record whose text contains pos
      let lo = 0;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] as number) <= pos) lo = mid;
        else hi = mid - 1;
      }
      found[lo] = 1;
      pos = haystack.indexOf(term, starts[lo + 1] as number);
    }
    if (hits) for (let i = 0; i < size; i++) hits[i] = (hits[i] as number) & (found[i] as number);
    else hits = found;
  }
  searchCache.set(index, { query: key, hits: hits as Uint8Array });
  return hits;
}

const unfilteredCache = new WeakMap<FilterIndex, FilterResult>();

/**
 * Filters, then aggregates over the matches. Unknown names and ids in `filters` match nothing.
 * The unfiltered result (the landing view, "clear all") is computed once per index and reused.
 */
export function filterRecords(index: FilterIndex, filters: Filters): FilterResult {
  const unfiltered = !hasActiveFilters(filters);
  const cached = unfiltered ? unfilteredCache.get(index) : undefined;
  if (cached) return cached;
  const result = computeFilterResult(index, filters);
  if (unfiltered) unfilteredCache.set(index, result);
  return result;
}

function computeFilterResult(index: FilterIndex, filters: Filters): FilterResult {
  const n = index.size;
  const wantProvince = filters.province === null ? -1 : (index.provinceIndex.get(filters.province) ?? -2);
  const wantCity = filters.city === null ? -1 : (index.cityIndex.get(filters.city) ?? -2);
  const from = filters.from ? isoToDay(filters.from) : NO_DAY;
  const to = filters.to ? isoToDay(filters.to) : NO_DAY;
  const hasFrom = from !== NO_DAY;
  const hasTo = to !== NO_DAY;
  const tw = index.typeWords;
  const gw = index.groupWords;
  const typeMask = maskOf(filters.types, index.typeIds, tw);
  const groupMask = maskOf(filters.groups, index.groupIds, gw);
  const hits = searchHits(index, filters.q);
  const { provinceOf, cityOf, day, month, typeBits, groupBits, money, people } = index;

  const indices = new Int32Array(n);
  const typeCounts = new Float64Array(index.typeIds.length);
  const provinceCounts = new Float64Array(index.provinces.length);
  const cityCounts = new Float64Array(index.cities.length);
  const monthCounts = new Float64Array(index.monthCount);
  const moneyByType = new Float64Array(index.typeIds.length);
  const moneyByProvince = new Float64Array(index.provinces.length);
  const moneyByCity = new Float64Array(index.cities.length);
  let count = 0;
  let moneyTotal = 0;
  let peopleTotal = 0;
  let withMoney = 0;
  let withPeople = 0;
  let undated = 0;

  // Pass 1 keeps the matching indices; pass 2 aggregates over them. Two tight loops run faster
  // than one loop that mixes the tests with the sums.
  const anyPlaceOrDate = wantProvince !== -1 || wantCity !== -1 || hasFrom || hasTo;
  if (!anyPlaceOrDate && !typeMask && !groupMask && !hits) {
    for (let i = 0; i < n; i++) indices[i] = i;
    count = n;
  } else {
    for (let i = 0; i < n; i++) {
      if (wantProvince !== -1 && provinceOf[i] !== wantProvince) continue;
      if (wantCity !== -1 && cityOf[i] !== wantCity) continue;
      const d = day[i] as number;
      if (hasFrom && (d === NO_DAY || d < from)) continue;
      if (hasTo && (d === NO_DAY || d > to)) continue;
      if (typeMask) {
        let any = 0;
        for (let w = 0; w < tw; w++) any |= (typeBits[i * tw + w] as number) & (typeMask[w] as number);
        if (any === 0) continue;
      }
      if (groupMask) {
        let any = 0;
        for (let w = 0; w < gw; w++) any |= (groupBits[i * gw + w] as number) & (groupMask[w] as number);
        if (any === 0) continue;
      }
      if (hits && hits[i] === 0) continue;
      indices[count++] = i;
    }
  }

  // Places are counted per slot (a city, or a province for records placed no finer) and folded
  // into province and city totals afterwards: two updates per record instead of four.
  const { typeList, typeStart, placeSlot } = index;
  const cityCount = index.cities.length;
  const slotCounts = new Float64Array(cityCount + index.provinces.length);
  const slotMoney = new Float64Array(cityCount + index.provinces.length);
  for (let k = 0; k < count; k++) {
    const i = indices[k] as number;
    const yuan = money[i] as number;
    const persons = people[i] as number;
    moneyTotal += yuan;
    peopleTotal += persons;
    if (yuan > 0) withMoney++;
    if (persons > 0) withPeople++;
    const slot = placeSlot[i] as number;
    if (slot >= 0) {
      slotCounts[slot] = (slotCounts[slot] as number) + 1;
      slotMoney[slot] = (slotMoney[slot] as number) + yuan;
    }
    const m = month[i] as number;
    if (m >= 0) monthCounts[m] = (monthCounts[m] as number) + 1;
    else undated++;
    for (let j = typeStart[i] as number, end = typeStart[i + 1] as number; j < end; j++) {
      const t = typeList[j] as number;
      typeCounts[t] = (typeCounts[t] as number) + 1;
      moneyByType[t] = (moneyByType[t] as number) + yuan;
    }
  }
  for (let c = 0; c < cityCount; c++) {
    const p = index.cityProvince[c] as number;
    cityCounts[c] = slotCounts[c] as number;
    moneyByCity[c] = slotMoney[c] as number;
    if (p >= 0) {
      provinceCounts[p] = (provinceCounts[p] as number) + (slotCounts[c] as number);
      moneyByProvince[p] = (moneyByProvince[p] as number) + (slotMoney[c] as number);
    }
  }
  for (let p = 0; p < index.provinces.length; p++) {
    provinceCounts[p] = (provinceCounts[p] as number) + (slotCounts[cityCount + p] as number);
    moneyByProvince[p] = (moneyByProvince[p] as number) + (slotMoney[cityCount + p] as number);
  }

  let cityTotal = 0;
  for (let c = 0; c < cityCounts.length; c++) if ((cityCounts[c] as number) > 0) cityTotal++;
  return {
    indices: indices.subarray(0, count),
    count,
    typeCounts,
    provinceCounts,
    cityCounts,
    monthCounts,
    moneyByType,
    moneyByProvince,
    moneyByCity,
    moneyTotal,
    peopleTotal,
    cityTotal,
    withMoney,
    withPeople,
    undated,
  };
}

function sortOrder(index: FilterIndex, field: SortField): SortOrder {
  const cached = index.sortOrders.get(field);
  if (cached) return cached;
  const all = Array.from({ length: index.size }, (_, i) => i);
  let ordered: number[];
  let withValue: number;
  if (field === "date" || field === "money" || field === "people") {
    const key = field === "date" ? index.day : field === "money" ? index.money : index.people;
    const absent = field === "date" ? NO_DAY : 0;
    const valued = all.filter((i) => key[i] !== absent);
    valued.sort((a, b) => (key[a] as number) - (key[b] as number) || a - b);
    withValue = valued.length;
    ordered = valued.concat(all.filter((i) => key[i] === absent));
  } else {
    const text: readonly (string | null)[] = index.sortText[field];
    // Rank distinct strings once with the pinyin collator, then sort integers.
    const distinct = dictionary(text.filter((t): t is string => typeof t === "string" && t !== ""));
    const rank = new Map(distinct.map((t, i) => [t, i]));
    const valued = all.filter((i) => text[i]);
    valued.sort((a, b) => (rank.get(text[a] as string) ?? 0) - (rank.get(text[b] as string) ?? 0) || a - b);
    withValue = valued.length;
    ordered = valued.concat(all.filter((i) => !text[i]));
  }
  const order = { order: Int32Array.from(ordered), withValue };
  index.sortOrders.set(field, order);
  return order;
}

/**
 * The matching records in `sort` order: a walk over the field's precomputed order, keeping members.
 * Records without a value (undated, no figure, no place) come last in both directions.
 */
export function sortIndices(index: FilterIndex, matches: Int32Array, sort: Sort): Int32Array {
  const { order, withValue } = sortOrder(index, sort.field);
  const member = new Uint8Array(index.size);
  for (const i of matches) member[i] = 1;
  const out = new Int32Array(matches.length);
  let k = 0;
  if (sort.direction === "asc") {
    for (let j = 0; j < withValue; j++) if (member[order[j] as number]) out[k++] = order[j] as number;
  } else {
    for (let j = withValue - 1; j >= 0; j--) if (member[order[j] as number]) out[k++] = order[j] as number;
  }
  for (let j = withValue; j < order.length; j++)
    if (member[order[j] as number]) out[k++] = order[j] as number;
  return out;
}
