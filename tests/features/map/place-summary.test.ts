import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allBuckets, groupPlaces, type PlaceSummary } from "../../../src/features/map/group-places.ts";
import { summarizePlaces } from "../../../src/features/map/place-summary.ts";
import { decodeCompactIndex, encodeCompactIndex, recordRows } from "../../../src/shared/compact-index.ts";
import {
  buildFilterIndexFromColumns,
  type FilterIndex,
  filterRecords,
} from "../../../src/shared/filter-engine.ts";
import { EMPTY_FILTERS, type Filters } from "../../../src/shared/filters.ts";
import { bucketPlaceOf } from "../../../src/shared/place-buckets.ts";
import type { DatasetRecord, Place, TaxonomyLabel } from "../../../src/shared/schema.ts";
import { TYPE_IDS, taxonomyLabels } from "../../../src/shared/taxonomy.ts";
import { makeRecord, PLACES } from "./make-record.ts";

const { luoyang, luoyangDistrict, zhengzhou, henan, xiantao, ningbo, yuyao, anji, chaoyang } = PLACES;
const TAXONOMY = taxonomyLabels();

/** The records as the app holds them: the compact index's columns, its filter index and its rows. */
function load(records: readonly DatasetRecord[], taxonomy = TAXONOMY) {
  const columns = decodeCompactIndex(encodeCompactIndex({ records, taxonomy }));
  return { index: buildFilterIndexFromColumns(columns), rows: recordRows(columns) };
}

/** The previous path: a summary object per matching record, through groupPlaces. */
function reference(loaded: ReturnType<typeof load>, matches: Int32Array): PlaceSummary {
  return groupPlaces(
    Array.from(matches, (i) => loaded.rows.at(i) as NonNullable<ReturnType<typeof loaded.rows.at>>),
  );
}

const everything = (index: FilterIndex) => Int32Array.from({ length: index.size }, (_, i) => i);

function fast(records: readonly DatasetRecord[]): PlaceSummary {
  const { index } = load(records);
  return summarizePlaces(index, everything(index));
}

describe("bucketPlaceOf: which bucket a place goes to, and what it gives the bucket", () => {
  const at = (p: Partial<Place>): Place => ({ ...luoyang, ...p });
  it.each([
    ["a prefecture", luoyang, "河南省|洛阳市", "洛阳市", "410300", true, "410300"],
    [
      "a district of it: the prefecture's code, not exact",
      luoyangDistrict,
      "河南省|洛阳市",
      "洛阳市",
      "410300",
      false,
      "410303",
    ],
    ["a province: province-wide, exact", henan, "河南省|", null, "410000", true, null],
    [
      "a county under its province: province-wide, not exact",
      xiantao,
      "湖北省|",
      null,
      "420000",
      false,
      null,
    ],
    [
      "a municipality's district: the municipality's city bucket",
      chaoyang,
      "北京市|北京市",
      "北京市",
      "110100",
      false,
      "110105",
    ],
    [
      "province level wins over a city name",
      at({ level: "province", city: "洛阳市", adcode: "410300" }),
      "河南省|",
      null,
      "410000",
      true,
      null,
    ],
    [
      "a city-level place without a city: province-wide, not exact",
      at({ level: "city", city: null, adcode: "419001" }),
      "河南省|",
      null,
      "410000",
      false,
      null,
    ],
    ["an empty city name keys like province-wide", at({ city: "" }), "河南省|", "", "410300", true, "410300"],
  ] as const)("%s", (_name, place, key, city, adcode, exact, exactAdcode) => {
    expect(bucketPlaceOf(place)).toEqual({ key, province: place.province, city, adcode, exact, exactAdcode });
  });
});

describe("summarizePlaces: the bucket rules, as groupPlaces has them", () => {
  const moved = (p: Place, lng: number, lat: number, adcode = p.adcode): Place => ({
    ...p,
    lng,
    lat,
    adcode,
  });
  it.each([
    { name: "nothing", records: [], buckets: [] },
    { name: "unplaced only", records: [makeRecord(null), makeRecord(null)], buckets: [] },
    {
      name: "city and district records share the city bucket, at the city-level record",
      records: [makeRecord(luoyangDistrict), makeRecord(luoyang), makeRecord(zhengzhou)],
      buckets: [
        ["河南省|洛阳市", 2, "410300", [luoyang.lng, luoyang.lat]],
        ["河南省|郑州市", 1, "410100", [zhengzhou.lng, zhengzhou.lat]],
      ],
    },
    {
      name: "the first exact record in row order places the bucket and gives its code",
      records: [
        makeRecord(yuyao),
        makeRecord(moved(ningbo, 120, 30, "330299")),
        makeRecord(moved(ningbo, 121, 31)),
      ],
      buckets: [["浙江省|宁波市", 3, "330299", [120, 30]]],
    },
    {
      name: "without an exact record: the mean, and the first record's code",
      records: [makeRecord(anji), makeRecord(moved(anji, 119, 31, "339999"))],
      buckets: [["浙江省|湖州市", 2, "330500", [(anji.lng + 119) / 2, (anji.lat + 31) / 2]]],
    },
    {
      name: "a county under its province joins the province-wide bucket, placed at the province record",
      records: [
        makeRecord(xiantao),
        makeRecord({ ...moved(henan, 112, 30, "420000"), province: "湖北省" }),
        makeRecord(moved(xiantao, 1, 2)),
      ],
      buckets: [["湖北省|", 3, "420000", [112, 30]]],
    },
    {
      name: "a province-wide bucket keeps its first record's code even when the exact one differs",
      records: [
        makeRecord({ ...xiantao, adcode: "429004" }),
        makeRecord({ ...henan, province: "湖北省", adcode: "990000" }),
      ],
      buckets: [["湖北省|", 2, "420000", [henan.lng, henan.lat]]],
    },
  ] as const)("$name", ({ records, buckets }) => {
    const { index, rows } = load(records);
    const summary = summarizePlaces(index, everything(index));
    expect(allBuckets(summary.groups).map((b) => [b.key, b.count, b.adcode, b.position])).toEqual(buckets);
    expect(summary).toEqual(reference({ index, rows }, everything(index)));
  });

  it("counts top types once per record, ties in taxonomy order, ids it lacks last, then by id", () => {
    const records = [
      makeRecord(luoyang, ["zz-unknown", "health-care", "health-care"]),
      makeRecord(luoyang, ["aa-unknown", "zz-unknown"]),
      makeRecord(luoyang, ["aa-unknown", "health-care"]),
      makeRecord(luoyang, ["warmth-visits"]),
    ];
    const [bucket] = allBuckets(fast(records).groups);
    expect(bucket?.topTypes).toEqual([
      { id: "health-care", count: 2 },
      { id: "aa-unknown", count: 2 },
      { id: "zz-unknown", count: 2 },
    ]);
  });

  it("ranks by the taxonomy's order even when the dataset's taxonomy lacks a type", () => {
    const records = [makeRecord(luoyang, ["health-care"]), makeRecord(luoyang, ["warmth-visits"])];
    const { index, rows } = load(records, { ...TAXONOMY, types: [] });
    const summary = summarizePlaces(index, everything(index));
    expect(allBuckets(summary.groups)[0]?.topTypes.map((t) => t.id)).toEqual([
      "warmth-visits",
      "health-care",
    ]);
    expect(summary).toEqual(reference({ index, rows }, everything(index)));
  });

  it("sums a subset only, and counts unplaced records apart", () => {
    const records = [
      makeRecord(luoyang),
      makeRecord(null),
      makeRecord(ningbo),
      makeRecord(null),
      makeRecord(luoyang),
    ];
    const { index } = load(records);
    const summary = summarizePlaces(index, Int32Array.of(1, 2, 4));
    expect(summary.unplaced).toBe(1);
    expect(summary.maxCount).toBe(1);
    expect(summary.groups.map((g) => [g.province, g.count])).toEqual([
      ["河南省", 1],
      ["浙江省", 1],
    ]);
  });
});

// Random datasets over a few names that collide on purpose: "" and no city, "甲|乙" + no city and
// "甲" + "乙|" (both "甲|乙|"), levels at odds with the names, codes at odds with the bucket.
const PROVINCES = ["河南省", "湖北省", "北京市", "甲|乙", "甲"];
const CITIES = [null, null, "", "洛阳市", "郑州市", "北京市", "乙|", "仙桃市"];
const ADCODES = ["410000", "410300", "410303", "410100", "420000", "429004", "110105", "110000", "990000"];
const TYPES = [...TYPE_IDS.slice(0, 6), "zz-unknown", "aa-unknown"];
const DATES = [null, "2025-01-01", "2025-06-30", "2026-01-26"];

const placeArb: fc.Arbitrary<Place> = fc.record({
  province: fc.constantFrom(...PROVINCES),
  city: fc.constantFrom(...CITIES),
  district: fc.constantFrom(null, "西工区", "仙桃市"),
  adcode: fc.oneof(fc.constantFrom(...ADCODES), fc.stringMatching(/^\d{6}$/)),
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  level: fc.constantFrom("province", "city", "district"),
});

/** A pool of places, and records that reuse them (as real records share their places). */
const datasetArb = fc
  .record({
    pool: fc.array(placeArb, { minLength: 1, maxLength: 10 }),
    taxonomyTypes: fc.subarray(TAXONOMY.types as TaxonomyLabel[]),
  })
  .chain(({ pool, taxonomyTypes }) =>
    fc.record({
      taxonomy: fc.constant({ ...TAXONOMY, types: taxonomyTypes }),
      records: fc.array(
        fc.record({
          place: fc.option(fc.constantFrom(...pool), { freq: 6 }),
          types: fc.array(fc.constantFrom(...TYPES), { maxLength: 4 }),
          date: fc.constantFrom(...DATES),
        }),
        { maxLength: 80 },
      ),
    }),
  )
  .map(({ taxonomy, records }) => ({
    taxonomy,
    records: records.map(({ place, types, date }) => ({ ...makeRecord(place, types), date })),
  }));

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  province: fc.constantFrom(null, ...PROVINCES),
  city: fc.constantFrom(null, ...CITIES.filter((c) => c)),
  types: fc.subarray(TYPES),
  groups: fc.constant([]),
  from: fc.constantFrom(...DATES),
  to: fc.constantFrom(...DATES),
  q: fc.constant(""),
});

describe("property: summarizePlaces equals groupPlaces over the same records", () => {
  it("for any dataset and any filter", () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, ({ records, taxonomy }, filters) => {
        const loaded = load(records, taxonomy);
        const { indices } = filterRecords(loaded.index, filters);
        expect(summarizePlaces(loaded.index, indices)).toEqual(reference(loaded, indices));
      }),
      { numRuns: 300 },
    );
  });

  it("for any dataset and any subset of its records", () => {
    fc.assert(
      fc.property(
        datasetArb.chain((d) =>
          fc.record({
            d: fc.constant(d),
            keep: fc.array(fc.boolean(), { minLength: d.records.length, maxLength: d.records.length }),
          }),
        ),
        ({ d, keep }) => {
          const loaded = load(d.records, d.taxonomy);
          const matches = Int32Array.from(keep.flatMap((k, i) => (k ? [i] : [])));
          expect(summarizePlaces(loaded.index, matches)).toEqual(reference(loaded, matches));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on the unfiltered view, reused as filterRecords reuses it", () => {
    fc.assert(
      fc.property(datasetArb, ({ records, taxonomy }) => {
        const loaded = load(records, taxonomy);
        const { indices } = filterRecords(loaded.index, EMPTY_FILTERS);
        expect(summarizePlaces(loaded.index, indices)).toEqual(reference(loaded, indices));
      }),
      { numRuns: 100 },
    );
  });
});
