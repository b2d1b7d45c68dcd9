import { placeLabel } from "./aggregate.ts";
import {
  decodeCompactIndex,
  encodeCompactIndex,
  type IndexColumns,
  type RaggedIndex,
  type RecordDetailPart,
  type RecordSummary,
  summarizeRecord,
} from "./compact-index.ts";
import { dayOf, dayToIso, isoToDay, NO_DAY } from "./days.ts";
import { type Filters, hasActiveFilters, type Sort, type SortField } from "./filters.ts";
import { buildPlaceBuckets, type PlaceBuckets } from "./place-buckets.ts";
import type { DatasetRecord, TaxonomyLabel } from "./schema.ts";
import { normalizeForSearch, pinyinCollator, splitSearchTerms } from "./text.ts";

export { isoToDay, NO_DAY } from "./days.ts";

/**
 * Columnar filter index, built once per dataset, so that one filter change plus every aggregate the
 * dashboard shows is a single pass over typed arrays (issue 6: < 2 ms at 100k records) instead of
 * walking objects. Dictionaries (provinces, cities, taxonomy ids) turn strings into small integers;
 * types and groups are bitsets; dates are integer days. Search runs over one joined normalised string
 * of titles and subtitles, and over the tables of kickers, sections, organisers, figure labels and
 * places once per distinct value (a few thousand, not 100k), whose hits the code columns spread to
 * records. Body text (paragraphs, bylines) is not in it: it arrives later, shard by shard, as
 * `BodyText` (see `searchHits`).
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
  /** what the map tab sums per bucket (a prefecture, or a province's province-wide bucket) */
  readonly placeBuckets: PlaceBuckets;

  /** per record: yuan (largest money figure) and persons (largest people figure) */
  readonly money: Float64Array;
  readonly people: Float64Array;
  /** normalised title and subtitle of every record, each followed by SEPARATOR; `starts[i]` is record i's offset */
  readonly haystack: string;
  readonly starts: Int32Array;
  /** the rest of the index text: distinct values, each with the records that have it */
  readonly textTables: {
    /** kickers, sections, organisers, figure labels (file names too, which no record lists here) */
    readonly strings: SearchTable;
    /** place labels, "浙江省 宁波市 余姚市" */
    readonly places: SearchTable;
  };
  readonly provinceIndex: ReadonlyMap<string, number>;
  readonly cityIndex: ReadonlyMap<string, number>;
  readonly recordIndex: ReadonlyMap<string, number>;
  /** 6-digit codes -> names, derived from the places in the data (city codes from any level below) */
  readonly provinceByAdcode: ReadonlyMap<string, string>;
  readonly cityByAdcode: ReadonlyMap<string, string>;
  /** lazily built sort orders, one per field */
  readonly sortOrders: Map<SortField, SortOrder>;
  /** per-record keys of a text sort field, made on first use */
  readonly sortText: (field: TextSortField) => readonly (string | null)[];
}

type TextSortField = "title" | "place" | "organizer";

/**
 * Distinct texts, normalised and joined, each followed by SEPARATOR; text k starts at `starts[k]`,
 * and the records having it are `records[recordStart[k] .. recordStart[k+1])`.
 */
interface SearchTable {
  readonly haystack: string;
  readonly starts: Int32Array;
  readonly recordStart: Int32Array;
  readonly records: Int32Array;
}

/** Which records have each code, from per-record code columns (-1 for none) and a ragged column. */
function postings(
  size: number,
  columns: readonly (readonly number[])[],
  ragged: RaggedIndex | null,
): { recordStart: Int32Array; records: Int32Array } {
  const count = new Int32Array(size + 1);
  for (const col of columns) for (const c of col) if (c >= 0) count[c + 1] = (count[c + 1] as number) + 1;
  if (ragged) for (const c of ragged.values) count[c + 1] = (count[c + 1] as number) + 1;
  for (let k = 0; k < size; k++) count[k + 1] = (count[k + 1] as number) + (count[k] as number);
  const recordStart = count.slice();
  const records = new Int32Array(count[size] as number);
  const put = (code: number, record: number) => {
    const at = count[code] as number;
    records[at] = record;
    count[code] = at + 1;
  };
  for (const col of columns)
    for (let i = 0; i < col.length; i++) {
      const c = col[i] as number;
      if (c >= 0) put(c, i);
    }
  if (ragged)
    for (let i = 0; i + 1 < ragged.start.length; i++)
      for (let j = ragged.start[i] as number, end = ragged.start[i + 1] as number; j < end; j++)
        put(ragged.values[j] as number, i);
  return { recordStart, records };
}

function searchTable(
  texts: readonly string[],
  columns: readonly (readonly number[])[],
  ragged: RaggedIndex | null,
): SearchTable {
  const starts = new Int32Array(texts.length + 1);
  const parts = new Array<string>(texts.length);
  let offset = 0;
  for (let k = 0; k < texts.length; k++) {
    const t = normalizeForSearch(texts[k] as string) + SEPARATOR;
    parts[k] = t;
    starts[k] = offset;
    offset += t.length;
  }
  starts[texts.length] = offset;
  return { haystack: parts.join(""), starts, ...postings(texts.length, columns, ragged) };
}

interface SortOrder {
  /** record indices ascending by the field, records without a value at the end */
  order: Int32Array;
  /** how many leading entries of `order` have a value */
  withValue: number;
}

const SEPARATOR = "\u0001";
const collator = pinyinCollator;

/** The index text a record is found by at once: headline parts, place, organiser, figure labels. */
export function summarySearchText(s: RecordSummary): string {
  return [
    s.title,
    s.subtitle,
    s.kicker,
    s.section,
    s.place ? placeLabel(s.place) : null,
    s.organizer,
    ...s.figureLabels,
  ]
    .filter(Boolean)
    .map((t) => normalizeForSearch(t as string))
    .join("\n");
}

/** The body text a record is found by once its detail shard is in: bylines and paragraphs. */
export function bodySearchText(d: Pick<RecordDetailPart, "byline" | "paragraphs">): string {
  return normalizeForSearch(
    [...d.byline.reporters, ...d.byline.correspondents, ...d.byline.photographers, ...d.paragraphs].join(
      "\n",
    ),
  );
}

/** Everything a record is found by: index text and body text. */
export function searchTextOf(r: DatasetRecord): string {
  return `${summarySearchText(summarizeRecord(r))}\n${bodySearchText(r)}`;
}

/** Headlines often open with a quotation mark (“服务+保障”…); pinyin order should not see it. */
export function sortKey(text: string): string {
  return text.replace(/^[\p{P}\p{S}\s]+/u, "");
}

function dictionary(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(collator.compare);
}

/** From records (tests, tools): the same path as the app's, through the compact index. */
export function buildFilterIndex(
  records: readonly DatasetRecord[],
  taxonomy: { types: readonly TaxonomyLabel[]; beneficiaries: readonly TaxonomyLabel[] },
): FilterIndex {
  return buildFilterIndexFromColumns(decodeCompactIndex(encodeCompactIndex({ records, taxonomy })));
}

/**
 * From the compact index's columns, without an object per record: per-place and per-string work is
 * done once per table entry, then one loop over the records fills the typed arrays.
 */
export function buildFilterIndexFromColumns(cols: IndexColumns): FilterIndex {
  const n = cols.size;
  const { places, strings } = cols;

  // Places in the order records first use them: a prefecture name belongs to one province; should
  // bad data repeat it elsewhere, the first record's wins.
  const placeSeen = new Uint8Array(places.length);
  const cityOwner = new Map<string, string>();
  const provinceNames = new Set<string>();
  for (let i = 0; i < n; i++) {
    const pc = cols.place[i] as number;
    if (pc < 0 || placeSeen[pc]) continue;
    placeSeen[pc] = 1;
    const p = places[pc];
    if (!p) continue;
    provinceNames.add(p.province);
    if (p.city && !cityOwner.has(p.city)) cityOwner.set(p.city, p.province);
  }
  const provinces = dictionary(provinceNames);
  const provinceIndex = new Map(provinces.map((p, i) => [p, i]));
  const cities = dictionary(cityOwner.keys());
  const cityIndex = new Map(cities.map((c, i) => [c, i]));
  const cityProvince = Int32Array.from(cities, (c) => provinceIndex.get(cityOwner.get(c) ?? "") ?? -1);

  const placeProvince = Int32Array.from(places, (p) => provinceIndex.get(p.province) ?? -1);
  const placeCity = Int32Array.from(places, (p) => (p.city ? (cityIndex.get(p.city) ?? -1) : -1));

  const typeIds = cols.taxonomy.types.map((t) => t.id);
  const groupIds = cols.taxonomy.beneficiaries.map((g) => g.id);
  const typeLookup = new Map(typeIds.map((id, i) => [id, i]));
  const groupLookup = new Map(groupIds.map((id, i) => [id, i]));
  // code in the index -> bit in the taxonomy, -1 for ids the taxonomy does not have
  const typeBitOf = Int32Array.from(cols.typeIds, (id) => typeLookup.get(id) ?? -1);
  const groupBitOf = Int32Array.from(cols.groupIds, (id) => groupLookup.get(id) ?? -1);
  const typeWords = Math.max(1, Math.ceil(typeIds.length / 32));
  const groupWords = Math.max(1, Math.ceil(groupIds.length / 32));

  const provinceOf = new Int32Array(n);
  const cityOf = new Int32Array(n);
  const day = new Int32Array(n);
  const monthAbs = new Int32Array(n);
  const typeBits = new Uint32Array(n * typeWords);
  const groupBits = new Uint32Array(n * groupWords);
  const typeStart = new Int32Array(n + 1);
  const typeItems: number[] = [];
  const typeSeen = new Int32Array(typeIds.length).fill(-1);
  const starts = new Int32Array(n + 1);
  const texts: string[] = new Array(n);
  let firstMonth = Number.POSITIVE_INFINITY;
  let lastMonth = Number.NEGATIVE_INFINITY;
  let offset = 0;
  const { types, groups } = cols;

  for (let i = 0; i < n; i++) {
    const pc = cols.place[i] as number;
    provinceOf[i] = pc >= 0 ? (placeProvince[pc] as number) : -1;
    cityOf[i] = pc >= 0 ? (placeCity[pc] as number) : -1;
    const ymd = cols.date[i];
    if (ymd === null || ymd === undefined) {
      day[i] = NO_DAY;
      monthAbs[i] = -1;
    } else {
      const y = Math.floor(ymd / 10_000);
      const m = Math.floor(ymd / 100) % 100;
      const d = dayOf(y, m, ymd % 100);
      day[i] = d;
      if (d === NO_DAY) monthAbs[i] = -1;
      else {
        const month = y * 12 + m - 1;
        monthAbs[i] = month;
        if (month < firstMonth) firstMonth = month;
        if (month > lastMonth) lastMonth = month;
      }
    }
    typeStart[i] = typeItems.length;
    for (let j = types.start[i] as number, end = types.start[i + 1] as number; j < end; j++) {
      const b = typeBitOf[types.values[j] as number] as number;
      if (b < 0) continue;
      const w = i * typeWords + (b >>> 5);
      typeBits[w] = (typeBits[w] as number) | (1 << (b & 31));
      if (typeSeen[b] !== i) {
        typeSeen[b] = i;
        typeItems.push(b);
      }
    }
    for (let j = groups.start[i] as number, end = groups.start[i + 1] as number; j < end; j++) {
      const b = groupBitOf[groups.values[j] as number] as number;
      if (b < 0) continue;
      const w = i * groupWords + (b >>> 5);
      groupBits[w] = (groupBits[w] as number) | (1 << (b & 31));
    }

    const subtitle = cols.subtitle[i];
    const text = subtitle
      ? `${normalizeForSearch(cols.title[i] as string)}\n${normalizeForSearch(subtitle)}${SEPARATOR}`
      : normalizeForSearch(cols.title[i] as string) + SEPARATOR;
    texts[i] = text;
    starts[i] = offset;
    offset += text.length;
  }
  starts[n] = offset;
  typeStart[n] = typeItems.length;
  if (!Number.isFinite(firstMonth)) firstMonth = 0;
  const monthCount = Number.isFinite(lastMonth) ? lastMonth - firstMonth + 1 : 0;
  const month = monthAbs.map((m) => (m < 0 ? -1 : m - firstMonth));
  const typeList = Uint16Array.from(typeItems);
  const placeSlot = Int32Array.from(cityOf, (c, i) => {
    if (c >= 0) return c;
    const p = provinceOf[i] as number;
    return p >= 0 ? cities.length + p : -1;
  });
  const recordIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) recordIndex.set(cols.id[i] as string, i);

  const sortTexts = new Map<TextSortField, readonly (string | null)[]>();
  const sortText = (field: TextSortField) => {
    let keys = sortTexts.get(field);
    if (!keys) {
      if (field === "title") keys = cols.title.map(sortKey);
      else if (field === "place") {
        const labelOf = places.map((p) => placeLabel(p));
        keys = cols.place.map((pc) => (pc >= 0 ? (labelOf[pc] ?? null) : null));
      } else {
        const keyOf = new Map<number, string>();
        keys = cols.organizer.map((code) => {
          if (code < 0) return null;
          let k = keyOf.get(code);
          if (k === undefined) {
            k = sortKey(strings[code] ?? "");
            keyOf.set(code, k);
          }
          return k;
        });
      }
      sortTexts.set(field, keys);
    }
    return keys;
  };

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
    typeList,
    typeStart,
    placeSlot,
    placeBuckets: buildPlaceBuckets(places, cols.place, cols.typeIds, types, typeIds, typeList, typeStart),
    money: Float64Array.from(cols.money),
    people: Float64Array.from(cols.people),
    haystack: texts.join(""),
    starts,
    textTables: {
      strings: searchTable(strings, [cols.kicker, cols.section, cols.organizer], cols.labels),
      places: searchTable(
        places.map((p) => placeLabel(p)),
        [cols.place],
        null,
      ),
    },
    provinceIndex,
    cityIndex,
    recordIndex,
    provinceByAdcode: cols.provinceByAdcode,
    cityByAdcode: cols.cityByAdcode,
    sortOrders: new Map(),
    sortText,
  };
}

/** Earliest and latest date in the index, "YYYY-MM-DD"; null when nothing is dated. */
/** The province a prefecture city belongs to, by the index; null for a name it does not hold. */
export function provinceOfCity(index: FilterIndex, city: string): string | null {
  const c = index.cityIndex.get(city);
  return c === undefined ? null : (index.provinces[index.cityProvince[c] ?? -1] ?? null);
}

export function dateBounds(index: FilterIndex): { min: string | null; max: string | null } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const d of index.day) {
    if (d === NO_DAY) continue;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return Number.isFinite(min) ? { min: dayToIso(min), max: dayToIso(max) } : { min: null, max: null };
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

/**
 * Normalised body text (bylines, paragraphs) of some records, typically one detail shard's: searched
 * on top of the index text. `records[k]` is the index position of the k-th text, which starts at
 * `starts[k]` and is followed by SEPARATOR.
 */
export interface BodyText {
  readonly haystack: string;
  readonly starts: Int32Array;
  readonly records: Int32Array;
}

export function bodyTextOf(
  parts: readonly { record: number; detail: Pick<RecordDetailPart, "byline" | "paragraphs"> }[],
): BodyText {
  return { ...joinBodyTexts(parts.map((p) => p.detail)), records: Int32Array.from(parts, (p) => p.record) };
}

/** The normalised body texts of some records, joined, with their offsets (a BodyText but its records). */
export function joinBodyTexts(details: readonly Pick<RecordDetailPart, "byline" | "paragraphs">[]): {
  haystack: string;
  starts: Int32Array;
} {
  const texts = details.map((d) => bodySearchText(d) + SEPARATOR);
  const starts = new Int32Array(details.length + 1);
  for (let k = 0; k < texts.length; k++) starts[k + 1] = (starts[k] as number) + (texts[k] as string).length;
  return { haystack: texts.join(""), starts };
}

/** Sets found[records[k]] for every text k of `haystack` containing `term`. */
function markFound(
  haystack: string,
  starts: Int32Array,
  records: Int32Array | null,
  term: string,
  found: Uint8Array,
): void {
  const last = starts.length - 2;
  let from = 0;
  let pos = haystack.indexOf(term);
  while (pos >= 0) {
    // the text that contains pos: gallop from the last one found (hits come in order), then bisect
    let lo = from;
    let step = 1;
    while (lo + step <= last && (starts[lo + step] as number) <= pos) {
      lo += step;
      step *= 2;
    }
    let hi = Math.min(lo + step, last);
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    found[records ? (records[lo] as number) : lo] = 1;
    from = lo + 1;
    pos = haystack.indexOf(term, starts[lo + 1] as number);
  }
}

/** 1 per record whose index text (title, subtitle, kicker, section, place, organiser, figure labels) has `term` */
function indexTextHits(index: FilterIndex, term: string): Uint8Array {
  const n = index.size;
  const found = new Uint8Array(n);
  markFound(index.haystack, index.starts, null, term, found);
  // each distinct kicker, section, organiser, label and place is tested once; its records follow
  for (const table of [index.textTables.strings, index.textTables.places]) {
    const hit = new Uint8Array(table.starts.length - 1);
    markFound(table.haystack, table.starts, null, term, hit);
    const { recordStart, records } = table;
    for (let k = 0; k < hit.length; k++) {
      if (hit[k] === 0) continue;
      for (let j = recordStart[k] as number, end = recordStart[k + 1] as number; j < end; j++)
        found[records[j] as number] = 1;
    }
  }
  return found;
}

interface SearchMemo {
  key: string;
  terms: string[];
  /** per term: 1 per record whose index or (searched) body text contains it */
  found: Uint8Array[];
  /** the body texts already searched, in the order given */
  bodies: readonly BodyText[];
  hits: Uint8Array;
}

const searchCache = new WeakMap<FilterIndex, SearchMemo>();

function allTerms(found: readonly Uint8Array[], size: number): Uint8Array {
  const hits = Uint8Array.from(found[0] ?? new Uint8Array(size));
  for (let t = 1; t < found.length; t++) {
    const f = found[t] as Uint8Array;
    for (let i = 0; i < size; i++) hits[i] = (hits[i] as number) & (f[i] as number);
  }
  return hits;
}

/**
 * 1 per record containing every term of `query`, each term in its index text or in its body text
 * among `bodies` (terms hold no whitespace, so none spans two fields). Memoised per index: the same
 * query with more body texts appended searches only the new ones.
 */
export function searchHits(
  index: FilterIndex,
  query: string,
  bodies: readonly BodyText[] = [],
): Uint8Array | null {
  const terms = splitSearchTerms(query);
  if (terms.length === 0) return null;
  const key = terms.join(" ");
  let memo = searchCache.get(index);
  const extends_ =
    memo?.key === key && memo.bodies.length <= bodies.length && memo.bodies.every((b, k) => bodies[k] === b);
  if (!memo || !extends_) {
    const found = terms.map((term) => indexTextHits(index, term));
    memo = { key, terms, found, bodies: [], hits: allTerms(found, index.size) };
    searchCache.set(index, memo);
  }
  if (memo.bodies.length < bodies.length) {
    for (let k = memo.bodies.length; k < bodies.length; k++) {
      const b = bodies[k] as BodyText;
      for (let t = 0; t < memo.terms.length; t++)
        markFound(b.haystack, b.starts, b.records, memo.terms[t] as string, memo.found[t] as Uint8Array);
    }
    memo.bodies = bodies.slice();
    memo.hits = allTerms(memo.found, index.size);
  }
  return memo.hits;
}

const unfilteredCache = new WeakMap<FilterIndex, FilterResult>();

/**
 * Filters, then aggregates over the matches. Unknown names and ids in `filters` match nothing.
 * A query is searched in the index text and in the `bodies` loaded so far (see `searchHits`).
 * The unfiltered result (the landing view, "clear all") is computed once per index and reused.
 */
export function filterRecords(
  index: FilterIndex,
  filters: Filters,
  bodies: readonly BodyText[] = [],
): FilterResult {
  const unfiltered = !hasActiveFilters(filters);
  const cached = unfiltered ? unfilteredCache.get(index) : undefined;
  if (cached) return cached;
  const result = computeFilterResult(index, filters, bodies);
  if (unfiltered) unfilteredCache.set(index, result);
  return result;
}

function computeFilterResult(
  index: FilterIndex,
  filters: Filters,
  bodies: readonly BodyText[],
): FilterResult {
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
  const hits = searchHits(index, filters.q, bodies);
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
    const text = index.sortText(field);
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
