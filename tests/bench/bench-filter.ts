/**
 * Filter + aggregate at archive scale, through the dashboard's own code: the app's load path (the
 * compact index as JSON text -> parse -> schema check -> `buildFilterIndexFromColumns`),
 * `filterRecords` (one pass: matches, headline figures, every count and sum), then what each tab
 * derives from the result — the charts tab's rows (chart-data.ts), the table tab's sorted order
 * (`sortIndices`), the map tab's place summary (`summarizePlaces` over the index's place columns). Scenarios: one
 * filter change (a type, a province), a date range, a text search (a new query each time, so the
 * memo misses) over the index text as the app has it at once, and again with every shard's body
 * text in (as after the background load), clear all. Each timed op is one state change; medians
 * with min/max over the repetitions.
 *   npx tsx tests/bench/bench-filter.ts [--sizes 10000,100000] [--reps 40]
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { monthRows, placeRows, typeRows } from "../../src/features/charts/chart-data.ts";
import { summarizePlaces } from "../../src/features/map/place-summary.ts";
import {
  decodeCompactIndex,
  encodeCompactIndex,
  type RecordRows,
  recordRows,
} from "../../src/shared/compact-index.ts";
import {
  type BodyText,
  bodyTextOf,
  buildFilterIndexFromColumns,
  type FilterIndex,
  filterRecords,
  sortIndices,
} from "../../src/shared/filter-engine.ts";
import {
  DEFAULT_SORT,
  EMPTY_FILTERS,
  type Filters,
  SORT_FIELDS,
  type SortField,
} from "../../src/shared/filters.ts";
import { parseCompactIndex } from "../../src/shared/index-schema.ts";
import type { Dataset } from "../../src/shared/schema.ts";
import { generateDataset } from "./dataset.ts";
import { type Figure, printFigure, summarize } from "./lib/stats.ts";

type View = "charts" | "table" | "map";

function runView(
  data: Dataset,
  index: FilterIndex,
  filters: Filters,
  view: View,
  bodies: readonly BodyText[],
): number {
  const result = filterRecords(index, filters, bodies);
  let sink = result.count;
  if (view === "charts") {
    sink += typeRows(result.typeCounts, index, data.taxonomy, "zh").length;
    sink += typeRows(result.moneyByType, index, data.taxonomy, "zh").length;
    sink += placeRows(result, index, filters, "count").total;
    sink += placeRows(result, index, filters, "money").total;
    sink += monthRows(result, index).length;
  } else if (view === "table") {
    sink += sortIndices(index, result.indices, DEFAULT_SORT).length;
  } else {
    sink += summarizePlaces(index, result.indices).groups.length;
  }
  return sink;
}

interface Scenario {
  name: string;
  /** the filters of repetition k; varied so no memo or branch history carries over */
  filters(k: number): Filters;
  /** search with every shard's body text in */
  withBodies?: boolean;
}

function scenarios(data: Dataset, index: FilterIndex): Scenario[] {
  const types = index.typeIds;
  const provinces = index.provinces;
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  // Search terms a reader types: programme words, places, surnames of reporters, figure labels.
  const terms = [
    "驿站",
    "慰问",
    "心理",
    "招聘",
    "夜校",
    "劳模",
    "困难职工",
    "快递",
    "骑手",
    "义诊",
    "书屋",
    "欠薪",
    "技能",
    "联盟",
    "环卫",
    "饺子",
    "万元",
    "王",
    "张",
    "工会",
  ];
  for (const r of data.records.slice(0, 400)) if (r.place?.city) terms.push(r.place.city.replace(/市$/, ""));
  return [
    {
      name: "one filter change: type",
      filters: (k) => ({ ...EMPTY_FILTERS, types: [types[k % types.length] as string] }),
    },
    {
      name: "one filter change: province",
      filters: (k) => ({ ...EMPTY_FILTERS, province: provinces[k % Math.min(10, provinces.length)] ?? null }),
    },
    {
      name: "date range (one year)",
      filters: (k) => ({
        ...EMPTY_FILTERS,
        from: `${years[k % years.length]}-01-01`,
        to: `${years[k % years.length]}-12-31`,
      }),
    },
    {
      name: "text search (new query)",
      filters: (k) => ({ ...EMPTY_FILTERS, q: terms[k % terms.length] as string }),
    },
    {
      name: "text search + all body text (new query)",
      filters: (k) => ({ ...EMPTY_FILTERS, q: terms[k % terms.length] as string }),
      withBodies: true,
    },
    { name: "clear all (every record matches)", filters: () => EMPTY_FILTERS },
  ];
}

export interface FilterBenchOptions {
  sizes: number[];
  reps: number;
  seed?: number;
}

export function benchFilter(options: FilterBenchOptions): Figure[] {
  const figures: Figure[] = [];
  for (const size of options.sizes) {
    const label = size >= 1000 ? `${size / 1000}k` : String(size);
    console.log(`\nfilter + aggregate at ${size} records (synthetic, seed ${options.seed ?? 1})`);
    const data = generateDataset({ records: size, seed: options.seed ?? 1 });

    // The load path the app runs before its first render (Node's V8; the browser's is similar).
    const json = JSON.stringify(encodeCompactIndex(data));
    const loadRuns = size >= 50_000 ? 3 : 5;
    const parseMs: number[] = [];
    const validateMs: number[] = [];
    const indexMs: number[] = [];
    let index: FilterIndex | null = null;
    let rows: RecordRows | null = null;
    // a column's sort order is built on the first sort by it (the table's header click)
    const firstSortMs = new Map<SortField, number[]>(SORT_FIELDS.map((f) => [f, []]));
    for (let r = 0; r < loadRuns; r++) {
      const t0 = performance.now();
      const parsed: unknown = JSON.parse(json);
      const t1 = performance.now();
      const checked = parseCompactIndex(parsed);
      const t2 = performance.now();
      if (!checked.ok) throw new Error(checked.error);
      const columns = decodeCompactIndex(checked.value);
      index = buildFilterIndexFromColumns(columns);
      rows = recordRows(columns);
      const t3 = performance.now();
      parseMs.push(t1 - t0);
      validateMs.push(t2 - t1);
      indexMs.push(t3 - t2);
      const all = filterRecords(index, EMPTY_FILTERS).indices;
      for (const field of SORT_FIELDS) {
        const s0 = performance.now();
        sortIndices(index, all, { field, direction: "asc" });
        firstSortMs.get(field)?.push(performance.now() - s0);
      }
    }
    if (!index || !rows) throw new Error("no index");
    const mb = Buffer.byteLength(json) / 1e6;
    const gzMb = gzipSync(json, { level: 6 }).length / 1e6;
    console.log(`  index.json as the app loads it: ${mb.toFixed(1)} MB (${gzMb.toFixed(2)} MB gzipped)`);
    for (const [key, what, values] of [
      ["parse", "JSON.parse", parseMs],
      ["validate", "parseCompactIndex (zod + column checks)", validateMs],
      ["index", "decode + buildFilterIndexFromColumns", indexMs],
      ...SORT_FIELDS.map(
        (field) =>
          [
            `sort-${field}`,
            `table: first sort by ${field}, all records`,
            firstSortMs.get(field) ?? [],
          ] as const,
      ),
    ] as const) {
      const f: Figure = {
        key: `filter.${label}.load.${key}`,
        label: `load: ${what}`,
        summary: summarize(values),
        unit: " ms",
      };
      figures.push(f);
      printFigure(f);
    }
    // every shard's body text, as the background load leaves it (one BodyText per shard of 256)
    const bodies: BodyText[] = [];
    for (let start = 0; start < data.records.length; start += 256)
      bodies.push(
        bodyTextOf(
          data.records.slice(start, start + 256).map((detail, k) => ({ record: start + k, detail })),
        ),
      );

    const reps = size >= 50_000 ? options.reps : options.reps * 2;
    for (const view of ["charts", "table", "map"] as const) {
      console.log(
        `  ${view} tab: filterRecords + ${view === "charts" ? "chart rows + headline figures" : view === "table" ? "sortIndices (date desc)" : "summarizePlaces over the matching records"}`,
      );
      for (const s of scenarios(data, index)) {
        // warm-up: JIT, lazily built sort orders
        const b = s.withBodies ? bodies : [];
        for (let k = 0; k < 5; k++) runView(data, index, s.filters(k + 1000), view, b);
        const times: number[] = [];
        for (let k = 0; k < reps; k++) {
          const filters = s.filters(k);
          const t0 = performance.now();
          runView(data, index, filters, view, b);
          times.push(performance.now() - t0);
        }
        const f: Figure = {
          key: `filter.${label}.${view}.${s.name.split(/[ :(]/)[0]}${s.name.includes("province") ? "-province" : s.name.includes("type") ? "-type" : s.withBodies ? "-bodies" : ""}`,
          label: s.name,
          summary: summarize(times),
          unit: " ms",
          target: size === 100_000 && view === "charts" && !s.withBodies ? { op: "<", value: 2 } : undefined,
        };
        figures.push(f);
        printFigure(f);
      }
    }
  }
  return figures;
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { sizes: { type: "string" }, reps: { type: "string" } } });
  benchFilter({
    sizes: (values.sizes ?? "10000,100000").split(",").map(Number),
    reps: Number(values.reps ?? 40),
  });
}
