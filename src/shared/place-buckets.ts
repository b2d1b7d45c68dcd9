/**
 * The map's per-record constants, made once per index so that the map tab's summary of a filter
 * state is one pass over typed arrays (issue 6) instead of a summary object per matching record.
 *
 * A bucket is what the map draws one point for: a prefecture, or the province-wide bucket of a
 * province. The rule is `groupPlaces`'s (src/features/map/group-places.ts), which stays the
 * reference: a record placed at province level, or with no prefecture (a county directly under its
 * province, 仙桃市), goes to the province-wide bucket; buckets are told apart by
 * "province|city" as groupPlaces keys them. What a bucket takes from its first record or from its
 * "exact" record (one placed at the bucket's own level) is kept per place code, so the pass only
 * has to note which record came first.
 */
import type { RaggedIndex } from "./compact-index.ts";
import type { Place } from "./schema.ts";

/** What one place (a code into the index's place table) gives the bucket it falls in. */
export interface BucketPlace {
  /** "河南省|洛阳市", "河南省|" for the province-wide bucket */
  readonly key: string;
  readonly province: string;
  /** null for the province-wide bucket */
  readonly city: string | null;
  /** the bucket's code when a record of this place is the bucket's first one */
  readonly adcode: string;
  /** true when a record of this place is placed at its bucket's own level */
  readonly exact: boolean;
  /** the bucket's code once a record of this place is its exact one; null keeps the first record's */
  readonly exactAdcode: string | null;
}

export interface PlaceBuckets {
  readonly bucketCount: number;
  /** per record: its bucket, -1 when it has no place */
  readonly bucketOf: Int32Array;
  /** per record: code into `places`, -1 when it has no place */
  readonly placeOf: Int32Array;
  /** per record: 1 when placed at its bucket's own level (see BucketPlace.exact) */
  readonly exact: Uint8Array;
  /** per record: longitude and latitude of its place, 0 when it has none */
  readonly lng: Float64Array;
  readonly lat: Float64Array;
  /** per place code */
  readonly places: readonly BucketPlace[];
  /**
   * Programme types as the records list them: the index's type ids first (same codes), then any id
   * no taxonomy entry has. Record i's distinct types are typeList[typeStart[i] .. typeStart[i+1]).
   */
  readonly typeIds: readonly string[];
  readonly typeList: Uint16Array;
  readonly typeStart: Int32Array;
}

/** How groupPlaces files a record of place `p`. */
export function bucketPlaceOf(p: Place): BucketPlace {
  const city = p.level === "province" ? null : p.city;
  const adcode =
    city === null
      ? `${p.adcode.slice(0, 2)}0000`
      : p.level === "city"
        ? p.adcode
        : `${p.adcode.slice(0, 4)}00`;
  return {
    key: `${p.province}|${city ?? ""}`,
    province: p.province,
    city,
    adcode,
    exact: city === null ? p.level === "province" : p.level === "city",
    exactAdcode: city === null ? null : p.adcode,
  };
}

/**
 * @param places the index's place table; `placeCol[i]` is record i's code into it, -1 for none
 * @param types record i's type codes into `colTypeIds` (repeats allowed)
 * @param typeIds the index's type ids; `typeList`/`typeStart` its distinct per-record codes, which
 *   are reused as they are when every id in `colTypeIds` is one of them
 */
export function buildPlaceBuckets(
  places: readonly Place[],
  placeCol: readonly number[],
  colTypeIds: readonly string[],
  types: RaggedIndex,
  typeIds: readonly string[],
  typeList: Uint16Array,
  typeStart: Int32Array,
): PlaceBuckets {
  const n = placeCol.length;
  const info = places.map(bucketPlaceOf);
  const bucketIds = new Map<string, number>();
  const bucketOfPlace = Int32Array.from(info, (b) => {
    let id = bucketIds.get(b.key);
    if (id === undefined) {
      id = bucketIds.size;
      bucketIds.set(b.key, id);
    }
    return id;
  });
  const placeLng = Float64Array.from(places, (p) => p.lng);
  const placeLat = Float64Array.from(places, (p) => p.lat);
  const placeExact = Uint8Array.from(info, (b) => (b.exact ? 1 : 0));

  const bucketOf = new Int32Array(n);
  const placeOf = new Int32Array(n);
  const exact = new Uint8Array(n);
  const lng = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pc = placeCol[i] as number;
    placeOf[i] = pc;
    if (pc < 0) {
      bucketOf[i] = -1;
      continue;
    }
    bucketOf[i] = bucketOfPlace[pc] as number;
    exact[i] = placeExact[pc] as number;
    lng[i] = placeLng[pc] as number;
    lat[i] = placeLat[pc] as number;
  }

  const common = { bucketCount: bucketIds.size, bucketOf, placeOf, exact, lng, lat, places: info };
  return { ...common, ...mapTypeCodes(colTypeIds, types, typeIds, typeList, typeStart) };
}

/**
 * The map's per-record type codes: the index's own when every id in `colTypeIds` is in the
 * taxonomy; otherwise codes over the taxonomy's ids followed by the others, so that types the
 * taxonomy lacks still count on the map ("unknown-type" ranks after every known one).
 */
function mapTypeCodes(
  colTypeIds: readonly string[],
  types: RaggedIndex,
  typeIds: readonly string[],
  typeList: Uint16Array,
  typeStart: Int32Array,
): Pick<PlaceBuckets, "typeIds" | "typeList" | "typeStart"> {
  const codeOf = new Map<string, number>();
  typeIds.forEach((id, t) => {
    codeOf.set(id, t);
  });
  const extra = colTypeIds.filter((id) => !codeOf.has(id));
  if (extra.length === 0) return { typeIds, typeList, typeStart };
  const allIds = [...typeIds, ...new Set(extra)];
  allIds.forEach((id, t) => {
    if (!codeOf.has(id)) codeOf.set(id, t);
  });
  const mapCode = Int32Array.from(colTypeIds, (id) => codeOf.get(id) as number);
  const n = types.start.length - 1;
  const start = new Int32Array(n + 1);
  const list: number[] = [];
  const seen = new Int32Array(allIds.length).fill(-1);
  for (let i = 0; i < n; i++) {
    start[i] = list.length;
    for (let j = types.start[i] as number, end = types.start[i + 1] as number; j < end; j++) {
      const t = mapCode[types.values[j] as number] as number;
      if (seen[t] === i) continue;
      seen[t] = i;
      list.push(t);
    }
  }
  start[n] = list.length;
  return { typeIds: allIds, typeList: Uint16Array.from(list), typeStart: start };
}
