import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFilterIndex } from "../../src/shared/filter-engine.ts";
import {
  CITY_SORTS,
  DEFAULT_VIEW,
  LANGS,
  SORT_FIELDS,
  TABS,
  type ViewState,
} from "../../src/shared/filters.ts";
import {
  EMPTY_RAW,
  parseCity,
  parseCitySort,
  parseContextOf,
  parseDate,
  parseLang,
  parseProvince,
  parseQuery,
  parseRecord,
  parseSort,
  parseTab,
  parseTypes,
  parseViewParams,
  type RawParams,
  readRawParams,
  toRawParams,
  writeRawParams,
} from "../../src/shared/url-params.ts";
import { loadSmallDataset } from "./helpers.ts";

const dataset = loadSmallDataset();
const index = buildFilterIndex(dataset.records, dataset.taxonomy);
const ctx = parseContextOf(index);
const someRecord = dataset.records[3]?.id as string;

describe("one parse function per parameter", () => {
  it.each([
    ["河南省", "河南省", 0],
    [" 河南省 ", "河南省", 0],
    ["410000", "河南省", 0],
    ["410300", "河南省", 0],
    ["火星省", null, 1],
    ["", null, 0],
    [null, null, 0],
  ])("province %j", (raw, value, notices) => {
    const r = parseProvince(raw, ctx);
    expect(r.value).toBe(value);
    expect(r.notices).toHaveLength(notices);
  });

  it.each([
    ["洛阳市", null, "洛阳市", null],
    ["410300", null, "洛阳市", null],
    ["330281", null, "宁波市", null], // a county code maps to its city
    ["110105", null, "北京市", null],
    ["110000", null, "北京市", null],
    ["洛阳市", "河南省", "洛阳市", null],
    ["洛阳市", "浙江省", null, "city-outside-province"],
    ["洛阳", null, null, "unknown-city"],
    ["999999", null, null, "unknown-city"],
  ])("city %j in %j", (raw, province, value, reason) => {
    const r = parseCity(raw, province, ctx);
    expect(r.value).toBe(value);
    expect(r.notices[0]?.reason ?? null).toBe(reason);
  });

  it("types keep known ids, drop duplicates, report the rest", () => {
    const r = parseTypes(["warmth-visits", "nope", "warmth-visits", "mental-health", " "], ctx);
    expect(r.value).toEqual(["warmth-visits", "mental-health"]);
    expect(r.notices).toEqual([{ param: "type", value: "nope", reason: "unknown-type" }]);
  });

  it.each([
    ["2025-01-31", "2025-01-31"],
    ["2024-02-29", "2024-02-29"],
    ["2025-02-29", null],
    ["2025-13-01", null],
    ["2025-1-5", null],
    ["20250105", null],
    ["yesterday", null],
  ])("date %s", (raw, value) => {
    expect(parseDate(raw, "from").value).toBe(value);
    expect(parseDate(raw, "from").notices).toHaveLength(value ? 0 : 1);
  });

  it.each([
    ["date.desc", { field: "date", direction: "desc" }, 0],
    ["title.asc", { field: "title", direction: "asc" }, 0],
    ["money.desc", { field: "money", direction: "desc" }, 0],
    ["title", { field: "date", direction: "desc" }, 1],
    ["title.up", { field: "date", direction: "desc" }, 1],
    ["secret.asc", { field: "date", direction: "desc" }, 1],
    ["title.asc.x", { field: "date", direction: "desc" }, 1],
  ])("sort %s", (raw, value, notices) => {
    expect(parseSort(raw).value).toEqual(value);
    expect(parseSort(raw).notices).toHaveLength(notices);
  });

  it("lang, tab, record, q", () => {
    expect(parseLang("en").value).toBe("en");
    expect(parseLang("EN").value).toBe("en");
    expect(parseLang("fr")).toEqual({
      value: "zh",
      notices: [{ param: "lang", value: "fr", reason: "bad-lang" }],
    });
    expect(parseTab("table").value).toBe("table");
    expect(parseTab("x").notices).toHaveLength(1);
    expect(parseCitySort("pinyin").value).toBe("pinyin");
    expect(parseCitySort(" Pinyin ").value).toBe("pinyin");
    expect(parseCitySort(null).value).toBe("count");
    expect(parseCitySort("name")).toEqual({
      value: "count",
      notices: [{ param: "citysort", value: "name", reason: "bad-citysort" }],
    });
    expect(parseRecord(someRecord, ctx).value).toBe(someRecord);
    expect(parseRecord("nope", ctx).notices[0]?.reason).toBe("unknown-record");
    expect(parseQuery("  骑手 驿站 ").value).toBe("骑手 驿站");
    expect(parseQuery("x".repeat(300)).value).toHaveLength(200);
  });
});

describe("parseViewParams", () => {
  it("an empty URL is the default view", () => {
    expect(parseViewParams(EMPTY_RAW, ctx)).toEqual({ value: DEFAULT_VIEW, notices: [] });
  });

  it("reads a query string with repeated keys, Chinese values and + as space", () => {
    const raw = readRawParams(
      new URLSearchParams("city=%E6%B4%9B%E9%98%B3%E5%B8%82&type=mental-health&type=health-care&q=心理+热线"),
    );
    const { value, notices } = parseViewParams(raw, ctx);
    expect(notices).toEqual([]);
    expect(value.filters.city).toBe("洛阳市");
    expect(value.filters.types).toEqual(["mental-health", "health-care"]);
    expect(value.filters.q).toBe("心理 热线");
  });

  it("ignores a reversed date range's end, with a notice", () => {
    const { value, notices } = parseViewParams({ ...EMPTY_RAW, from: "2026-01-01", to: "2025-01-01" }, ctx);
    expect(value.filters.from).toBe("2026-01-01");
    expect(value.filters.to).toBeNull();
    expect(notices.map((n) => n.reason)).toEqual(["to-before-from"]);
  });

  it("a garbage URL gives the default view and one notice per bad value", () => {
    const raw = readRawParams(
      new URLSearchParams(
        "province=<script>&city=%00&type=x&group=y&from=2025-99-99&sort=;drop&lang=xx&tab=../&record=zz",
      ),
    );
    const { value, notices } = parseViewParams(raw, ctx);
    expect(value).toEqual(DEFAULT_VIEW);
    expect(notices).toHaveLength(9);
  });
});

describe("serialisation", () => {
  it("leaves defaults out", () => {
    expect(writeRawParams(toRawParams(DEFAULT_VIEW))).toBe("");
    expect(
      writeRawParams(
        toRawParams({ ...DEFAULT_VIEW, lang: "en", filters: { ...DEFAULT_VIEW.filters, q: "a+b" } }),
      ),
    ).toBe("q=a%2Bb&lang=en");
  });

  it("writes repeated keys, not comma-joined values", () => {
    const view: ViewState = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, types: ["a", "b"] } };
    expect(writeRawParams(toRawParams(view))).toBe("type=a&type=b");
  });
});

describe("properties", () => {
  const rawString = fc.option(fc.string({ unit: "grapheme", maxLength: 30 }), { nil: null });
  const rawArb: fc.Arbitrary<RawParams> = fc.record({
    province: rawString,
    city: rawString,
    type: fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
    group: fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
    from: rawString,
    to: rawString,
    q: rawString,
    sort: rawString,
    record: rawString,
    lang: rawString,
    tab: rawString,
    citysort: rawString,
  });

  it("parsing never throws, and every notice names a parameter that was given", () => {
    fc.assert(
      fc.property(rawArb, (raw) => {
        const { notices } = parseViewParams(raw, ctx);
        for (const n of notices) expect(raw[n.param]).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("parsing an arbitrary query string never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (qs) => {
        parseViewParams(readRawParams(new URLSearchParams(qs)), ctx);
      }),
      { numRuns: 500 },
    );
  });

  const dateArb = fc.option(
    fc
      .date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  );
  const viewArb: fc.Arbitrary<ViewState> = fc
    .record({
      place: fc.constantFrom(
        [null, null],
        ...index.provinces.map((p) => [p, null]),
        ...index.cities.map((c) => [
          index.provinces[index.cityProvince[index.cityIndex.get(c) ?? 0] ?? 0],
          c,
        ]),
        ...index.cities.map((c) => [null, c]),
      ),
      types: fc.subarray([...index.typeIds]),
      groups: fc.subarray([...index.groupIds]),
      dates: fc.tuple(dateArb, dateArb).map(([a, b]) => (a && b && b < a ? [b, a] : [a, b])),
      q: fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.trim()),
      sort: fc.record({
        field: fc.constantFrom(...SORT_FIELDS),
        direction: fc.constantFrom("asc" as const, "desc" as const),
      }),
      record: fc.constantFrom(null, ...dataset.records.map((r) => r.id)),
      lang: fc.constantFrom(...LANGS),
      tab: fc.constantFrom(...TABS),
      citySort: fc.constantFrom(...CITY_SORTS),
    })
    .map(({ place, types, groups, dates, q, sort, record, lang, tab, citySort }) => ({
      filters: {
        province: place[0] ?? null,
        city: place[1] ?? null,
        types,
        groups,
        from: dates[0] ?? null,
        to: dates[1] ?? null,
        q: q.length > 200 ? q.slice(0, 200) : q,
      },
      sort,
      record,
      lang,
      tab,
      citySort,
    }));

  it("parse ∘ serialise is the identity on valid views (through a real query string)", () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        fc.pre(!/\s/u.test(view.filters.q.slice(-1)) && view.filters.q.trim() === view.filters.q);
        const qs = writeRawParams(toRawParams(view));
        const back = parseViewParams(readRawParams(new URLSearchParams(qs)), ctx);
        expect(back.notices).toEqual([]);
        expect(back.value).toEqual(view);
      }),
      { numRuns: 500 },
    );
  });
});
