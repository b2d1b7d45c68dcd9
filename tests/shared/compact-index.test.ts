import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  decodeCompactIndex,
  detailPartOf,
  encodeCompactIndex,
  encodeDetailShards,
  mergeDetail,
  RECORDS_PER_SHARD,
  recordRows,
  shardCountFor,
  shardOf,
  summarizeRecord,
  summaryAt,
} from "../../src/shared/compact-index.ts";
import { parseCompactIndex, parseDetailShard } from "../../src/shared/index-schema.ts";
import { type Dataset, type DatasetRecord, type Place, parseDataset } from "../../src/shared/schema.ts";
import { loadSmallDataset } from "./helpers.ts";

const small = loadSmallDataset();
const golden = (() => {
  const path = resolve(import.meta.dirname, "../golden/000_ba35e313d3dcb2c4.dataset.json");
  const parsed = parseDataset(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
})();

const PLACE: Place = {
  province: "北京市",
  city: "北京市",
  district: "朝阳区",
  adcode: "110105",
  lat: 39.92,
  lng: 116.44,
  level: "district",
};

function record(id: string, patch: Partial<DatasetRecord> = {}): DatasetRecord {
  return {
    id,
    kind: "article",
    title: `标题${id}`,
    subtitle: null,
    kicker: null,
    section: null,
    byline: { reporters: [], correspondents: [], photographers: [] },
    date: null,
    place: null,
    places: [],
    organizer: null,
    types: [],
    beneficiaries: [],
    metrics: [],
    paragraphs: [],
    source: { file: "a.txt", lines: [1, 2] },
    ...patch,
  };
}

/** Records at the edges of what the contract allows. */
const edges: Dataset = {
  ...small,
  records: [
    record("e1"),
    record("e2", {
      kind: "photo",
      title: "",
      subtitle: "",
      kicker: "贵州:",
      section: "暖闻",
      date: "2025-02-30", // a date the calendar does not have reads back as printed
      place: PLACE,
      places: [PLACE, { ...PLACE, district: null, adcode: "110000", level: "province" }],
      organizer: "北京市总工会",
      types: ["not-in-taxonomy", "warmth-visits", "warmth-visits"],
      beneficiaries: ["retirees", "other-group"],
      metrics: [
        {
          kind: "money",
          value: 90540500,
          unit: "CNY",
          qualifier: "exact",
          label: "慰问金",
          text: "9054.05万元",
          quote: "发放慰问金9054.05万元。",
        },
        {
          kind: "people",
          value: 1.5,
          unit: "人",
          qualifier: "over",
          label: "慰问金",
          text: "1.5人",
          quote: "x",
        },
        { kind: "count", value: 3, unit: "个", qualifier: "approx", label: null, text: "3个", quote: "y" },
      ],
      paragraphs: ["发放慰问金9054.05万元。", "第二段"],
      byline: { reporters: ["王"], correspondents: ["张"], photographers: ["李"] },
      source: { file: "b.txt", lines: [7, 30] },
    }),
    record("e3", {
      date: "0001-01-01",
      organizer: "暖闻",
      section: "暖闻",
      source: { file: "暖闻", lines: [0, 0] },
    }),
  ],
};

/** The index as the app receives it: through JSON text and the schema. */
function throughJson(ds: Parameters<typeof encodeCompactIndex>[0]) {
  const parsed = parseCompactIndex(JSON.parse(JSON.stringify(encodeCompactIndex(ds))));
  if (!parsed.ok) throw new Error(parsed.error);
  return decodeCompactIndex(parsed.value);
}

describe("compact index round trip", () => {
  it.each([
    ["fixture", small],
    ["golden sample page", golden],
    ["edge cases", edges],
    ["no records", { ...small, records: [] }],
  ] as const)("%s: summaries, and summary + detail = the record", (_name, ds) => {
    const cols = throughJson(ds);
    expect(cols.size).toBe(ds.records.length);
    const shards = encodeDetailShards(ds.records, cols.shards).map((s) => {
      const parsed = parseDetailShard(JSON.parse(JSON.stringify(s)), s.shard);
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.value;
    });
    ds.records.forEach((r, i) => {
      const summary = summaryAt(cols, i);
      expect(summary).toEqual(summarizeRecord(r));
      const detail = shards[shardOf(r.id, cols.shards)]?.records.find((d) => d.id === r.id);
      expect(detail).toEqual(detailPartOf(r));
      expect(mergeDetail(summary, detail as NonNullable<typeof detail>)).toEqual(r);
    });
  });

  it("keeps what the views read: largest figures, labels once, places shared", () => {
    const cols = throughJson(edges);
    const s = summaryAt(cols, 1);
    expect([s.money, s.people, s.figureLabels]).toEqual([90540500, 1.5, ["慰问金"]]);
    expect(s.date).toBe("2025-02-30");
    expect(summaryAt(cols, 2).date).toBe("0001-01-01");
    expect(cols.strings.filter((x) => x === "暖闻")).toHaveLength(1);
    expect(cols.places).toHaveLength(1);
  });

  it("carries the adcode names of every place mentioned, not only the main one", () => {
    const cols = throughJson(edges);
    expect(cols.cityByAdcode.get("110000")).toBe("北京市");
    expect(cols.provinceByAdcode.get("110000")).toBe("北京市");
  });

  it("is deterministic", () => {
    expect(JSON.stringify(encodeCompactIndex(small))).toBe(JSON.stringify(encodeCompactIndex(small)));
    expect(JSON.stringify(encodeDetailShards(small.records, 4))).toBe(
      JSON.stringify(encodeDetailShards(structuredClone(small.records), 4)),
    );
  });

  it("recordRows makes each summary once, on demand", () => {
    const rows = recordRows(throughJson(small));
    expect(rows.size).toBe(small.records.length);
    expect(rows.at(3)).toBe(rows.at(3));
    expect(rows.at(3)?.id).toBe(small.records[3]?.id);
    expect([rows.at(-1), rows.at(small.records.length), rows.at(0.5)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("detail shards", () => {
  it.each([
    [0, 1],
    [1, 1],
    [RECORDS_PER_SHARD, 1],
    [RECORDS_PER_SHARD + 1, 2],
    [10_000, 64],
    [100_000, 512],
  ])("%i records -> %i shards", (records, shards) => {
    expect(shardCountFor(records)).toBe(shards);
  });

  // Pinned (FNV-1a computed independently): a change here moves records to other shards, so old
  // indexes would point at the wrong files; it must come with a new INDEX_VERSION.
  it.each([
    ["534e5934368f", 512, 28],
    ["534e5934368f", 64, 28],
    ["d96d63f4aa24", 512, 473],
    ["d96d63f4aa24", 1, 0],
    ["r1", 2, 0],
    ["r2", 2, 1],
    ["工会", 16, 14],
    ["", 8, 5],
  ])("shardOf(%s, %i) = %i", (id, shards, expected) => {
    expect(shardOf(id, shards)).toBe(expected);
  });

  it("every record is in the shard its id names, once, in dataset order", () => {
    for (const count of [1, 2, 4, 16]) {
      const shards = encodeDetailShards(small.records, count);
      expect(shards.map((s) => s.shard)).toEqual([...Array(count).keys()]);
      const placed = shards.flatMap((s) => s.records.map((d) => [d.id, s.shard] as const));
      expect(placed).toHaveLength(small.records.length);
      for (const [id, k] of placed) expect(shardOf(id, count)).toBe(k);
      for (const s of shards) {
        const order = s.records.map((d) => small.records.findIndex((r) => r.id === d.id));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  it("a shard file must say which shard it is", () => {
    const [shard] = encodeDetailShards(small.records, 1);
    expect(parseDetailShard(shard, 0).ok).toBe(true);
    expect(parseDetailShard(shard, 3)).toEqual({ ok: false, error: "detail shard 3 says it is 0" });
    expect(parseDetailShard({ ...shard, records: [{ id: "x" }] }, 0).ok).toBe(false);
  });
});

describe("parseCompactIndex rejects what decoding could not trust", () => {
  const good = () => JSON.parse(JSON.stringify(encodeCompactIndex(edges)));
  type Json = ReturnType<typeof good>;
  const cases: [string, (ix: Json) => unknown, RegExp][] = [
    ["not an object", () => "index", /does not match schema/],
    ["another dataset schema", (ix) => ({ ...ix, schemaVersion: 2 }), /unsupported schemaVersion 2/],
    ["another index version", (ix) => ({ ...ix, version: 9 }), /unsupported index version 9/],
    ["another file", (ix) => ({ ...ix, format: "something/else" }), /format/],
    ["a column missing", (ix) => ({ ...ix, columns: { ...ix.columns, title: undefined } }), /columns\.title/],
    ["a column too short", (ix) => ({ ...ix, columns: { ...ix.columns, money: [0] } }), /columns\.money/],
    [
      "a code outside its table",
      (ix) => ({ ...ix, columns: { ...ix.columns, place: [0, 5, -1] } }),
      /columns\.place: code 5/,
    ],
    [
      "a missing file code",
      (ix) => ({ ...ix, columns: { ...ix.columns, file: [-1, 0, 0] } }),
      /columns\.file: code -1/,
    ],
    [
      "ragged counts not adding up",
      (ix) => ({ ...ix, columns: { ...ix.columns, types: { counts: [0, 3, 1], values: [0] } } }),
      /columns\.types: counts add up to 4/,
    ],
    [
      "a fraction where codes belong",
      (ix) => ({ ...ix, columns: { ...ix.columns, kicker: [0.5, -1, -1] } }),
      /columns\.kicker/,
    ],
    ["a negative amount", (ix) => ({ ...ix, columns: { ...ix.columns, money: [0, -1, 0] } }), /money/],
    ["lines not in pairs", (ix) => ({ ...ix, columns: { ...ix.columns, lines: [1, 2, 3] } }), /lines/],
  ];
  it.each(cases)("%s", (_name, mutate, message) => {
    const parsed = parseCompactIndex(mutate(good()));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it("accepts the encoder's output", () => {
    expect(parseCompactIndex(good()).ok).toBe(true);
  });
});
