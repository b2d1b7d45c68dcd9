import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordMoney, recordPeople } from "../../src/shared/aggregate.ts";
import { summarizeRecord } from "../../src/shared/compact-index.ts";
import {
  type BodyText,
  bodySearchText,
  bodyTextOf,
  buildFilterIndex,
  dateBounds,
  filterRecords,
  monthKey,
  searchHits,
  searchTextOf,
  sortIndices,
  sortKey,
  summarySearchText,
} from "../../src/shared/filter-engine.ts";
import { EMPTY_FILTERS, type Filters, SORT_FIELDS, type Sort } from "../../src/shared/filters.ts";
import type { DatasetRecord } from "../../src/shared/schema.ts";
import { splitSearchTerms } from "../../src/shared/text.ts";
import { loadSmallDataset } from "./helpers.ts";

const dataset = loadSmallDataset();
const { records, taxonomy } = dataset;
const index = buildFilterIndex(records, taxonomy);
/** every record's body text, as if all detail shards were in */
const allBodies: BodyText[] = [bodyTextOf(records.map((r, i) => ({ record: i, detail: r })))];

/** The obvious, slow definition the engine must agree with. */
function reference(f: Filters): DatasetRecord[] {
  const terms = splitSearchTerms(f.q);
  return records.filter(
    (r) =>
      (!f.province || r.place?.province === f.province) &&
      (!f.city || r.place?.city === f.city) &&
      (!f.from || (r.date !== null && r.date >= f.from)) &&
      (!f.to || (r.date !== null && r.date <= f.to)) &&
      (f.types.length === 0 || r.types.some((t) => f.types.includes(t))) &&
      (f.groups.length === 0 || r.beneficiaries.some((g) => f.groups.includes(g))) &&
      terms.every((t) => searchTextOf(r).includes(t)),
  );
}

const ids = (rs: readonly DatasetRecord[]) => rs.map((r) => r.id);
const idsOf = (indices: Int32Array) => [...indices].map((i) => records[i]?.id);

describe("filterRecords: table of filters", () => {
  const cases: [string, Partial<Filters>, number][] = [
    ["no filter", {}, records.length],
    ["province", { province: "河南省" }, 4],
    ["city", { city: "洛阳市" }, 2],
    ["municipality as city", { city: "北京市" }, 2],
    ["province-level place has no city", { province: "贵州省", city: "贵阳市" }, 1],
    ["one type", { types: ["mental-health"] }, 2],
    ["types are OR-ed", { types: ["mental-health", "skills-competitions"] }, 5],
    ["group", { groups: ["retirees"] }, 1],
    ["date from (undated drop out)", { from: "2026-01-01" }, 11],
    ["date to", { to: "2025-03-31" }, 2],
    ["date range", { from: "2025-07-01", to: "2025-07-31" }, 2],
    ["text", { q: "骑手" }, 3],
    ["full-width query finds half-width text", { q: "１２００万元" }, 1],
    ["half-width query finds full-width text", { q: "app" }, 1],
    ["all terms must occur", { q: "洛阳 心理" }, 1],
    ["combined", { province: "广东省", types: ["warmth-visits"], q: "清凉" }, 2],
    ["unknown city matches nothing", { city: "苏州市" }, 0],
  ];
  it.each(cases)("%s", (_name, partial, expected) => {
    const f = { ...EMPTY_FILTERS, ...partial };
    const result = filterRecords(index, f, allBodies);
    expect(result.count).toBe(expected);
    expect(idsOf(result.indices)).toEqual(ids(reference(f)));
  });
});

describe("aggregates agree with the rows", () => {
  it.each([{}, { province: "河南省" }, { types: ["warmth-visits"] }, { q: "工会" }, { from: "2026-01-01" }])(
    "%j",
    (partial) => {
      const f = { ...EMPTY_FILTERS, ...partial };
      const rows = reference(f);
      const r = filterRecords(index, f, allBodies);
      expect(r.moneyTotal).toBe(rows.reduce((s, x) => s + recordMoney(x), 0));
      expect(r.peopleTotal).toBe(rows.reduce((s, x) => s + recordPeople(x), 0));
      expect(r.cityTotal).toBe(new Set(rows.flatMap((x) => (x.place?.city ? [x.place.city] : []))).size);
      index.typeIds.forEach((id, t) => {
        expect(r.typeCounts[t], id).toBe(rows.filter((x) => x.types.includes(id)).length);
        expect(r.moneyByType[t], id).toBe(
          rows.filter((x) => x.types.includes(id)).reduce((s, x) => s + recordMoney(x), 0),
        );
      });
      index.provinces.forEach((name, p) => {
        expect(r.provinceCounts[p], name).toBe(rows.filter((x) => x.place?.province === name).length);
      });
      index.cities.forEach((name, c) => {
        expect(r.cityCounts[c], name).toBe(rows.filter((x) => x.place?.city === name).length);
      });
      const months = new Map<string, number>();
      for (const x of rows)
        if (x.date) months.set(x.date.slice(0, 7), (months.get(x.date.slice(0, 7)) ?? 0) + 1);
      r.monthCounts.forEach((n, slot) => {
        expect(n, monthKey(index, slot)).toBe(months.get(monthKey(index, slot)) ?? 0);
      });
      expect(r.undated).toBe(rows.filter((x) => !x.date).length);
    },
  );

  it("headline money is the sum of each report's largest figure (贵州: 9054.05万, not 9054.05万 + 2054.78万)", () => {
    const r = filterRecords(index, { ...EMPTY_FILTERS, province: "贵州省", types: ["warmth-visits"] });
    expect(r.moneyTotal).toBe(90540500);
    expect(r.peopleTotal).toBe(69900);
  });
});

describe("property: engine equals the reference for any filter", () => {
  const provinces = [null, ...index.provinces, "不存在省"];
  const cities = [null, ...index.cities];
  const dates = [null, "2025-01-01", "2025-06-30", "2025-12-31", "2026-01-26", "2026-02-04"];
  const words = ["", "工会", "骑手", "ＡＰＰ", "万元", "洛阳 心理", "驿站", "x"];
  it("holds", () => {
    fc.assert(
      fc.property(
        fc.record({
          province: fc.constantFrom(...provinces),
          city: fc.constantFrom(...cities),
          types: fc.subarray([...index.typeIds]),
          groups: fc.subarray([...index.groupIds]),
          from: fc.constantFrom(...dates),
          to: fc.constantFrom(...dates),
          q: fc.constantFrom(...words),
        }),
        (f) => {
          expect(idsOf(filterRecords(index, f, allBodies).indices)).toEqual(ids(reference(f)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("search: index text at once, body text as it arrives", () => {
  const q = (query: string) => ({ ...EMPTY_FILTERS, q: query });
  const indexOnly = (query: string) => {
    const terms = splitSearchTerms(query);
    return records.filter((r) => terms.every((t) => summarySearchText(summarizeRecord(r)).includes(t)));
  };

  // one term from each kind of index field: title, subtitle, kicker, section, place, organiser, label
  const fieldTerms = (() => {
    const first = <T>(pick: (r: DatasetRecord) => T | null | undefined) =>
      records.map(pick).find((v): v is T => Boolean(v));
    return [
      first((r) => r.title),
      first((r) => r.subtitle),
      first((r) => r.kicker),
      first((r) => r.section),
      first((r) => r.place?.district),
      first((r) => r.organizer),
      first((r) => r.metrics.find((m) => m.label)?.label),
    ]
      .filter((t): t is string => Boolean(t))
      .map((t) => t.replace(/^[\p{P}\s]+/u, "").slice(0, 3));
  })();

  it("the fixture has a term of each kind", () => {
    expect(fieldTerms).toHaveLength(7);
  });

  it.each(["骑手", "ＡＰＰ", "app", "洛阳 心理", "工会", "万元", "贵州", "宁波 余姚", "总工会 慰问"])(
    "without bodies, %s matches the index fields only",
    (query) => {
      expect(idsOf(filterRecords(index, q(query)).indices)).toEqual(ids(indexOnly(query)));
    },
  );

  it("each kind of index field is searched", () => {
    for (const term of fieldTerms) {
      const found = idsOf(filterRecords(index, q(term)).indices);
      expect(found.length, term).toBeGreaterThan(0);
      expect(found, term).toEqual(ids(indexOnly(term)));
    }
  });

  it("body texts widen the matches shard by shard, a term in the title and another in the body", () => {
    // three "shards": every third record
    const shards = [0, 1, 2].map((k) =>
      bodyTextOf(records.flatMap((r, i) => (i % 3 === k ? [{ record: i, detail: r }] : []))),
    );
    for (const query of ["骑手", "洛阳 心理", "ａｐｐ", "工会 万元"]) {
      const terms = splitSearchTerms(query);
      let loaded: BodyText[] = [];
      for (let k = 0; k <= shards.length; k++) {
        const expected = records.filter((r, i) => {
          const text = summarySearchText(summarizeRecord(r)) + (i % 3 < k ? `\n${bodySearchText(r)}` : "");
          return terms.every((t) => text.includes(t));
        });
        expect(idsOf(filterRecords(index, q(query), loaded).indices), `${query} after ${k}`).toEqual(
          ids(expected),
        );
        loaded = [...loaded, ...shards.slice(k, k + 1)];
      }
      expect(idsOf(filterRecords(index, q(query), loaded).indices)).toEqual(ids(reference(q(query))));
    }
  });

  it("another list of bodies than the one searched before starts over", () => {
    expect(searchHits(index, "app", allBodies)).not.toBeNull();
    const hits = [...(searchHits(index, "app", []) as Uint8Array)];
    const matched = records.filter((_, i) => hits[i] === 1);
    expect(ids(matched)).toEqual(ids(indexOnly("app")));
    expect(matched.length).toBeLessThan(reference({ ...EMPTY_FILTERS, q: "app" }).length);
  });
});

describe("dateBounds", () => {
  it("earliest and latest date of the records", () => {
    const dates = records.flatMap((r) => (r.date ? [r.date] : [])).sort();
    expect(dateBounds(index)).toEqual({ min: dates[0], max: dates.at(-1) });
    expect(dateBounds(buildFilterIndex([], taxonomy))).toEqual({ min: null, max: null });
  });
});

describe("sortIndices", () => {
  const all = filterRecords(index, EMPTY_FILTERS).indices;
  const sorted = (sort: Sort) => [...sortIndices(index, all, sort)].map((i) => records[i] as DatasetRecord);

  it("dates descending, undated last", () => {
    const rows = sorted({ field: "date", direction: "desc" });
    const dates = rows.map((r) => r.date);
    expect(dates.at(-1)).toBeNull();
    const dated = dates.filter(Boolean) as string[];
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it("titles in pinyin order", () => {
    const titles = sorted({ field: "title", direction: "asc" }).map((r) => sortKey(r.title));
    const collator = new Intl.Collator("zh-CN-u-co-pinyin");
    expect(titles).toEqual([...titles].sort(collator.compare));
    // a leading quotation mark does not put “服务+保障+赋能” first (digits do come first, as in dictionaries)
    expect(titles.findIndex((t) => t.startsWith("服务+保障"))).toBeGreaterThan(
      titles.findIndex((t) => t.startsWith("成都")),
    );
    // 北京 (běi) before 成都 (chéng) before 洛阳 (luò) before 深圳 (shēn)
    const firstOf = (prefix: string) => titles.findIndex((t) => t.startsWith(prefix));
    expect(firstOf("北京")).toBeLessThan(firstOf("成都"));
    expect(firstOf("成都")).toBeLessThan(firstOf("洛阳"));
    expect(firstOf("洛阳")).toBeLessThan(firstOf("深圳"));
  });

  it("money descending puts reports without money last", () => {
    const rows = sorted({ field: "money", direction: "desc" });
    const money = rows.map(recordMoney);
    const firstZero = money.indexOf(0);
    expect(money.slice(0, firstZero)).toEqual([...money.slice(0, firstZero)].sort((a, b) => b - a));
    expect(money.slice(firstZero).every((m) => m === 0)).toBe(true);
  });

  it.each(SORT_FIELDS)("%s keeps exactly the filtered rows", (field) => {
    const subset = filterRecords(index, { ...EMPTY_FILTERS, types: ["warmth-visits"] }).indices;
    for (const direction of ["asc", "desc"] as const) {
      const out = sortIndices(index, subset, { field, direction });
      expect([...out].sort((a, b) => a - b)).toEqual([...subset]);
    }
  });
});

describe("index dictionaries", () => {
  it("derives adcodes for cities from district codes and municipalities", () => {
    expect(index.cityByAdcode.get("330200")).toBe("宁波市");
    expect(index.cityByAdcode.get("110000")).toBe("北京市");
    expect(index.provinceByAdcode.get("410000")).toBe("河南省");
  });
  it("orders provinces by pinyin", () => {
    expect(index.provinces[0]).toBe("北京市");
  });
});
