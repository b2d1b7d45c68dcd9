/**
 * The map tab's summary of one filter state, from the index and the matching records: what
 * `groupPlaces` gives for the same records in the same order (it stays the reference, see the
 * property test), but as one pass over the typed arrays of `FilterIndex.placeBuckets` — no object or
 * string per record. At 100k records that is a few milliseconds instead of tens.
 */
import type { FilterIndex } from "../../shared/filter-engine.ts";
import { TYPE_IDS } from "../../shared/taxonomy.ts";
import type { PlaceBucket, PlaceSummary, ProvinceGroup, TypeCount } from "./group-places.ts";
import { sortGroups } from "./group-places.ts";

const TOP_TYPES = 3;

/** Type codes in groupPlaces's tie order: taxonomy rank (ids it lacks last), then id. */
function typeOrder(typeIds: readonly string[]): Int32Array {
  const rank = (id: string) => {
    const i = (TYPE_IDS as readonly string[]).indexOf(id);
    return i === -1 ? TYPE_IDS.length : i;
  };
  const codes = Array.from(typeIds, (_, t) => t);
  codes.sort((a, b) => {
    const x = typeIds[a] as string;
    const y = typeIds[b] as string;
    return rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : a - b);
  });
  return Int32Array.from(codes);
}

const typeOrders = new WeakMap<readonly string[], Int32Array>();

/** The most frequent types of a bucket (counts at `counts[base + code]`), most first, at most three. */
function topTypes(
  counts: Int32Array,
  base: number,
  order: Int32Array,
  typeIds: readonly string[],
): TypeCount[] {
  const top: TypeCount[] = [];
  // In tie order, a type enters only ahead of strictly smaller counts: a stable sort by count.
  for (let k = 0; k < order.length; k++) {
    const t = order[k] as number;
    const count = counts[base + t] as number;
    if (count === 0) continue;
    if (top.length === TOP_TYPES && count <= (top[TOP_TYPES - 1] as TypeCount).count) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as TypeCount).count < count) at--;
    top.splice(at, 0, { id: typeIds[t] as string, count });
    if (top.length > TOP_TYPES) top.pop();
  }
  return top;
}

/**
 * Provinces, their cities and province-wide buckets for the records `matches` (indices into
 * `index`, ascending as `filterRecords` gives them), sorted by count like `groupPlaces`.
 */
export function summarizePlaces(index: FilterIndex, matches: Int32Array): PlaceSummary {
  const pb = index.placeBuckets;
  const { bucketOf, placeOf, exact, lng, lat, typeList, typeStart, typeIds, places } = pb;
  const buckets = pb.bucketCount;
  const types = typeIds.length;
  const count = new Int32Array(buckets);
  const first = new Int32Array(buckets);
  const exactAt = new Int32Array(buckets).fill(-1);
  const sumLng = new Float64Array(buckets);
  const sumLat = new Float64Array(buckets);
  const typeCounts = new Int32Array(buckets * types);
  /** buckets in the order their first record comes */
  const seen = new Int32Array(buckets);
  let seenCount = 0;
  let unplaced = 0;

  for (let k = 0; k < matches.length; k++) {
    const i = matches[k] as number;
    const b = bucketOf[i] as number;
    if (b < 0) {
      unplaced++;
      continue;
    }
    const c = count[b] as number;
    if (c === 0) {
      seen[seenCount++] = b;
      first[b] = i;
    }
    count[b] = c + 1;
    sumLng[b] = (sumLng[b] as number) + (lng[i] as number);
    sumLat[b] = (sumLat[b] as number) + (lat[i] as number);
    if (exact[i] === 1 && exactAt[b] === -1) exactAt[b] = i;
    const base = b * types;
    for (let j = typeStart[i] as number, end = typeStart[i + 1] as number; j < end; j++) {
      const t = base + (typeList[j] as number);
      typeCounts[t] = (typeCounts[t] as number) + 1;
    }
  }

  let order = typeOrders.get(typeIds);
  if (!order) {
    order = typeOrder(typeIds);
    typeOrders.set(typeIds, order);
  }
  const groups = new Map<string, ProvinceGroup>();
  let maxCount = 0;
  for (let s = 0; s < seenCount; s++) {
    const b = seen[s] as number;
    const n = count[b] as number;
    // a bucket is named and coded by its first record, re-coded and placed by its exact one
    const head = places[placeOf[first[b] as number] as number];
    if (!head) continue;
    let adcode = head.adcode;
    let position: [number, number];
    const e = exactAt[b] as number;
    if (e >= 0) {
      position = [lng[e] as number, lat[e] as number];
      adcode = places[placeOf[e] as number]?.exactAdcode ?? adcode;
    } else position = [(sumLng[b] as number) / n, (sumLat[b] as number) / n];
    const bucket: PlaceBucket = {
      key: head.key,
      province: head.province,
      city: head.city,
      adcode,
      count: n,
      position,
      topTypes: topTypes(typeCounts, b * types, order, typeIds),
    };
    if (n > maxCount) maxCount = n;
    let group = groups.get(bucket.province);
    if (!group) {
      group = {
        province: bucket.province,
        adcode: `${adcode.slice(0, 2)}0000`,
        count: 0,
        provinceWide: null,
        cities: [],
      };
      groups.set(bucket.province, group);
    }
    group.count += n;
    if (bucket.city === null) group.provinceWide = bucket;
    else group.cities.push(bucket);
  }
  return { groups: sortGroups([...groups.values()], "count"), unplaced, maxCount };
}
