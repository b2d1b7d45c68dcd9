/**
 * The map's summary: the records grouped by where each programme runs (`record.place`): provinces,
 * their cities, and a province-wide bucket for records placed at province level (or with no
 * prefecture). The map and the city list both draw from one summary, so their counts agree. The app
 * makes it with `summarizePlaces` (place-summary.ts, typed arrays over the index); `groupPlaces` here
 * is the plain statement of the same rules, which the tests hold that fast path to.
 */
import type { RecordSummary } from "../../shared/compact-index.ts";
import type { CitySort } from "../../shared/filters.ts";
import { TYPE_IDS } from "../../shared/taxonomy.ts";
import { pinyinCollator } from "../../shared/text.ts";

export interface TypeCount {
  id: string;
  count: number;
}

export interface PlaceBucket {
  /** stable key: "province|city", city empty for the province-wide bucket */
  key: string;
  province: string;
  /** null for the province-wide bucket */
  city: string | null;
  /** 6-digit code of the city ("410300"), or of the province ("410000") for the province-wide bucket */
  adcode: string;
  /** number of records */
  count: number;
  /** [lng, lat]: a record placed at this very level if there is one, else the mean of its records */
  position: [number, number];
  /** most frequent programme types, most first (at most three) */
  topTypes: TypeCount[];
}

export interface ProvinceGroup {
  province: string;
  /** "410000" */
  adcode: string;
  /** every record placed in the province, province-wide ones included */
  count: number;
  provinceWide: PlaceBucket | null;
  cities: PlaceBucket[];
}

export interface PlaceSummary {
  groups: ProvinceGroup[];
  /** records without a place: counted, never drawn */
  unplaced: number;
  /** largest bucket count (0 when nothing is placed), for the radius scale */
  maxCount: number;
}

interface Draft {
  bucket: PlaceBucket;
  exact: [number, number] | null;
  sum: [number, number];
  types: Map<string, number>;
}

const TOP_TYPES = 3;

function typeRank(id: string): number {
  const i = (TYPE_IDS as readonly string[]).indexOf(id);
  return i === -1 ? TYPE_IDS.length : i;
}

function topTypes(types: Map<string, number>): TypeCount[] {
  return [...types]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || typeRank(a.id) - typeRank(b.id) || (a.id < b.id ? -1 : 1))
    .slice(0, TOP_TYPES);
}

/** What the map reads of a record (a summary or a full record alike). */
export type PlaceRow = Pick<RecordSummary, "place" | "types">;

export function groupPlaces(rows: readonly PlaceRow[]): PlaceSummary {
  const drafts = new Map<string, Draft>();
  let unplaced = 0;
  for (const row of rows) {
    const place = row.place;
    if (!place) {
      unplaced++;
      continue;
    }
    // A county directly under its province (仙桃市) has no prefecture: it counts as province-wide, so
    // that choosing it filters by province and never comes back empty.
    const city = place.level === "province" ? null : place.city;
    const key = `${place.province}|${city ?? ""}`;
    const adcode =
      city === null
        ? `${place.adcode.slice(0, 2)}0000`
        : place.level === "city"
          ? place.adcode
          : `${place.adcode.slice(0, 4)}00`;
    let draft = drafts.get(key);
    if (!draft) {
      draft = {
        bucket: { key, province: place.province, city, adcode, count: 0, position: [0, 0], topTypes: [] },
        exact: null,
        sum: [0, 0],
        types: new Map(),
      };
      drafts.set(key, draft);
    }
    draft.bucket.count++;
    draft.sum[0] += place.lng;
    draft.sum[1] += place.lat;
    if (!draft.exact && (city === null ? place.level === "province" : place.level === "city")) {
      draft.exact = [place.lng, place.lat];
      draft.bucket.adcode = city === null ? draft.bucket.adcode : place.adcode;
    }
    for (const type of new Set(row.types)) draft.types.set(type, (draft.types.get(type) ?? 0) + 1);
  }

  const groups = new Map<string, ProvinceGroup>();
  let maxCount = 0;
  for (const { bucket, exact, sum, types } of drafts.values()) {
    bucket.position = exact ?? [sum[0] / bucket.count, sum[1] / bucket.count];
    bucket.topTypes = topTypes(types);
    maxCount = Math.max(maxCount, bucket.count);
    let group = groups.get(bucket.province);
    if (!group) {
      group = {
        province: bucket.province,
        adcode: `${bucket.adcode.slice(0, 2)}0000`,
        count: 0,
        provinceWide: null,
        cities: [],
      };
      groups.set(bucket.province, group);
    }
    group.count += bucket.count;
    if (bucket.city === null) group.provinceWide = bucket;
    else group.cities.push(bucket);
  }
  return { groups: sortGroups([...groups.values()], "count"), unplaced, maxCount };
}

function byName(a: { name: string; adcode: string }, b: { name: string; adcode: string }): number {
  return pinyinCollator.compare(a.name, b.name) || (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0);
}

function compare(order: CitySort, a: { name: string; adcode: string; count: number }, b: typeof a): number {
  return order === "count" ? b.count - a.count || byName(a, b) : byName(a, b);
}

/**
 * Orders provinces and the cities inside each: by count (most first) or by pinyin; ties fall back to
 * pinyin, then to the code, so the order never depends on the order of the rows.
 */
export function sortGroups(groups: readonly ProvinceGroup[], order: CitySort): ProvinceGroup[] {
  const cityKey = (c: PlaceBucket) => ({ name: c.city ?? "", adcode: c.adcode, count: c.count });
  const provinceKey = (g: ProvinceGroup) => ({ name: g.province, adcode: g.adcode, count: g.count });
  return groups
    .map((g) => ({ ...g, cities: [...g.cities].sort((a, b) => compare(order, cityKey(a), cityKey(b))) }))
    .sort((a, b) => compare(order, provinceKey(a), provinceKey(b)));
}

/** Every bucket, province-wide ones first within their province, in the groups' order. */
export function allBuckets(groups: readonly ProvinceGroup[]): PlaceBucket[] {
  return groups.flatMap((g) => (g.provinceWide ? [g.provinceWide, ...g.cities] : g.cities));
}
