import { describe, expect, it } from "vitest";
import { allBuckets, groupPlaces, sortGroups } from "../../../src/features/map/group-places.ts";
import { makeRecord, PLACES } from "./make-record.ts";

const { luoyang, luoyangDistrict, zhengzhou, henan, xiantao, ningbo, yuyao, anji, chaoyang } = PLACES;

describe("groupPlaces", () => {
  it.each([
    { name: "no rows", rows: [], buckets: [], unplaced: 0, maxCount: 0 },
    {
      name: "a record without a place is counted apart",
      rows: [makeRecord(null)],
      buckets: [],
      unplaced: 1,
      maxCount: 0,
    },
    {
      name: "city and district records share the city bucket",
      rows: [makeRecord(luoyang), makeRecord(luoyangDistrict), makeRecord(zhengzhou)],
      buckets: [
        ["河南省|洛阳市", 2, "410300"],
        ["河南省|郑州市", 1, "410100"],
      ],
      unplaced: 0,
      maxCount: 2,
    },
    {
      name: "province-level records form the province-wide bucket, listed first",
      rows: [makeRecord(zhengzhou), makeRecord(henan), makeRecord(henan)],
      buckets: [
        ["河南省|", 2, "410000"],
        ["河南省|郑州市", 1, "410100"],
      ],
      unplaced: 0,
      maxCount: 2,
    },
    {
      name: "a county with no prefecture counts as province-wide",
      rows: [makeRecord(xiantao)],
      buckets: [["湖北省|", 1, "420000"]],
      unplaced: 0,
      maxCount: 1,
    },
    {
      name: "a district-only city gets the prefecture code",
      rows: [makeRecord(anji), makeRecord(chaoyang)],
      buckets: [
        ["北京市|北京市", 1, "110100"],
        ["浙江省|湖州市", 1, "330500"],
      ],
      unplaced: 0,
      maxCount: 1,
    },
  ])("$name", ({ rows, buckets, unplaced, maxCount }) => {
    const summary = groupPlaces(rows);
    expect(allBuckets(summary.groups).map((b) => [b.key, b.count, b.adcode])).toEqual(buckets);
    expect(summary.unplaced).toBe(unplaced);
    expect(summary.maxCount).toBe(maxCount);
  });

  it("sums a province over its cities and its province-wide records", () => {
    const summary = groupPlaces([makeRecord(luoyang), makeRecord(henan), makeRecord(ningbo)]);
    expect(summary.groups.map((g) => [g.province, g.adcode, g.count])).toEqual([
      ["河南省", "410000", 2],
      ["浙江省", "330000", 1],
    ]);
  });

  it("places a city at a city-level record, else at the mean of its districts", () => {
    const withCity = groupPlaces([makeRecord(yuyao), makeRecord(ningbo)]);
    expect(allBuckets(withCity.groups)[0]?.position).toEqual([ningbo.lng, ningbo.lat]);
    const districtsOnly = groupPlaces([makeRecord(yuyao), makeRecord({ ...yuyao, lng: 121.35, lat: 30.24 })]);
    const [lng = 0, lat = 0] = allBuckets(districtsOnly.groups)[0]?.position ?? [];
    expect(lng).toBeCloseTo(121.25);
    expect(lat).toBeCloseTo(30.14);
  });

  it("ranks top types by count, then by taxonomy order, at most three, one vote per record", () => {
    const rows = [
      makeRecord(luoyang, ["health-care", "warmth-visits", "warmth-visits"]),
      makeRecord(luoyang, ["health-care", "hardship-aid"]),
      makeRecord(luoyang, ["mental-health", "warmth-visits"]),
      makeRecord(luoyang, ["unknown-type"]),
    ];
    const [bucket] = allBuckets(groupPlaces(rows).groups);
    expect(bucket?.topTypes).toEqual([
      { id: "warmth-visits", count: 2 },
      { id: "health-care", count: 2 },
      { id: "hardship-aid", count: 1 },
    ]);
  });

  it("does not depend on the order of the rows", () => {
    const rows = [
      makeRecord(ningbo),
      makeRecord(luoyang),
      makeRecord(zhengzhou),
      makeRecord(anji),
      makeRecord(henan),
    ];
    const keys = (summary: ReturnType<typeof groupPlaces>) => allBuckets(summary.groups).map((b) => b.key);
    expect(keys(groupPlaces([...rows].reverse()))).toEqual(keys(groupPlaces(rows)));
  });
});

describe("sortGroups", () => {
  const rows = [
    makeRecord(ningbo),
    makeRecord(ningbo),
    makeRecord(anji),
    makeRecord(luoyang),
    makeRecord(zhengzhou),
    makeRecord(henan),
    makeRecord(chaoyang),
  ];
  const { groups } = groupPlaces(rows);

  it.each([
    {
      order: "count" as const,
      // 河南 3 and 浙江 3 tie: pinyin He < Zhe; 北京 1 last. Cities: 宁波 2 > 湖州 1;
      // 洛阳 and 郑州 tie at 1: Luo < Zheng
      expected: ["河南省", "全省", "洛阳市", "郑州市", "浙江省", "宁波市", "湖州市", "北京市", "北京市"],
    },
    {
      order: "pinyin" as const,
      // Bei < He < Zhe; Hu(zhou) < Ning(bo); Luo < Zheng
      expected: ["北京市", "北京市", "河南省", "全省", "洛阳市", "郑州市", "浙江省", "湖州市", "宁波市"],
    },
  ])("by $order", ({ order, expected }) => {
    const flat = sortGroups(groups, order).flatMap((g) => [
      g.province,
      ...(g.provinceWide ? ["全省"] : []),
      ...g.cities.map((c) => c.city),
    ]);
    expect(flat).toEqual(expected);
  });

  it("breaks a full tie by code, so equal names keep a fixed order", () => {
    const a = sortGroups(
      [
        { province: "甲", adcode: "990000", count: 1, provinceWide: null, cities: [] },
        { province: "甲", adcode: "980000", count: 1, provinceWide: null, cities: [] },
      ],
      "count",
    );
    expect(a.map((g) => g.adcode)).toEqual(["980000", "990000"]);
  });
});
