import { describe, expect, it } from "vitest";
import { placeLabel, recordMoney, recordPeople } from "../../src/shared/aggregate.ts";
import type { Metric } from "../../src/shared/schema.ts";

const m = (kind: Metric["kind"], value: number): Metric => ({
  kind,
  value,
  unit: kind === "money" ? "CNY" : "人",
  qualifier: "exact",
  label: null,
  text: String(value),
  quote: String(value),
});

describe("per-record figures avoid double counting", () => {
  it.each([
    ["largest money figure, not the sum", [m("money", 90540500), m("money", 20547800)], 90540500, 0],
    ["largest head count", [m("people", 69900), m("people", 34050), m("people", 283)], 0, 69900],
    ["person-times are not people", [m("person-times", 300000), m("people", 10)], 0, 10],
    ["counts are neither", [m("count", 900)], 0, 0],
    ["no metrics", [], 0, 0],
  ])("%s", (_name, metrics, money, people) => {
    expect(recordMoney({ metrics })).toBe(money);
    expect(recordPeople({ metrics })).toBe(people);
  });
});

describe("placeLabel", () => {
  const base = { adcode: "110105", lat: 0, lng: 0 } as const;
  it.each([
    [
      { ...base, province: "北京市", city: "北京市", district: "朝阳区", level: "district" as const },
      "北京市 朝阳区",
    ],
    [
      { ...base, province: "浙江省", city: "宁波市", district: "余姚市", level: "district" as const },
      "浙江省 宁波市 余姚市",
    ],
    [{ ...base, province: "贵州省", city: null, district: null, level: "province" as const }, "贵州省"],
    [null, ""],
  ])("%j", (place, expected) => {
    expect(placeLabel(place)).toBe(expected);
  });
});
