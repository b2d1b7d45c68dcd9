/**
 * What a compact columnar index would weigh at 100k records: the columns the dashboard's filters,
 * charts and table need (see BENCHMARKS.md), encoded as typed arrays and dictionaries and gzipped,
 * next to the full search text and one per-record detail shard. An estimate for the design, not
 * app code: it reuses `buildFilterIndex` to get the columns. (The index the pipeline now writes,
 * src/shared/compact-index.ts, is JSON rather than typed arrays: see BENCHMARKS.md for its size.)
 *   npx tsx tests/bench/compact-index-estimate.ts [--records 100000]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { buildFilterIndex, NO_DAY, searchTextOf } from "../../src/shared/filter-engine.ts";
import type { Dataset } from "../../src/shared/schema.ts";
import { ensureDatasetFile } from "./dataset.ts";

const { values } = parseArgs({ options: { records: { type: "string" } } });
const records = Number(values.records ?? 100_000);
const data = JSON.parse(readFileSync(ensureDatasetFile({ records, seed: 1 }).file, "utf8")) as Dataset;
const n = data.records.length;
const index = buildFilterIndex(data.records, data.taxonomy);
const gz = (b: Uint8Array | string) =>
  gzipSync(typeof b === "string" ? Buffer.from(b) : b, { level: 9 }).length;
const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function dictionary(values: readonly (string | null)[]): { strings: string; codes: Uint32Array } {
  const seen = new Map<string, number>();
  const codes = new Uint32Array(values.length);
  values.forEach((v, i) => {
    if (v === null) return;
    let k = seen.get(v);
    if (k === undefined) {
      k = seen.size + 1;
      seen.set(v, k);
    }
    codes[i] = k;
  });
  return { strings: [...seen.keys()].join("\n"), codes };
}

const typeBits = new Uint16Array(n);
const groupBits = new Uint16Array(n);
data.records.forEach((r, i) => {
  for (const t of r.types) typeBits[i] = (typeBits[i] ?? 0) | (1 << index.typeIds.indexOf(t));
  for (const g of r.beneficiaries) groupBits[i] = (groupBits[i] ?? 0) | (1 << index.groupIds.indexOf(g));
});
const ids = new Uint8Array(n * 6);
data.records.forEach((r, i) => {
  ids.set(Buffer.from(r.id, "hex").subarray(0, 6), i * 6);
});
const district = dictionary(data.records.map((r) => r.place?.district ?? null));
const organizer = dictionary(data.records.map((r) => r.organizer));

const columns: [string, Uint8Array | string][] = [
  ["province (Uint8)", Uint8Array.from(index.provinceOf, (p) => p + 1)],
  ["city (Uint16)", bytes(Uint16Array.from(index.cityOf, (c) => c + 1))],
  ["district (Uint16) + dictionary", bytes(Uint16Array.from(district.codes))],
  ["", district.strings],
  [
    "day (Uint16, days since 2000)",
    bytes(Uint16Array.from(index.day, (d) => (d === NO_DAY ? 0 : d - 10_957))),
  ],
  ["types bitset (Uint16)", bytes(typeBits)],
  ["groups bitset (Uint16)", bytes(groupBits)],
  ["money (Float64)", bytes(index.money)],
  ["people (Float32)", bytes(Float32Array.from(index.people))],
  ["organiser (Uint32) + dictionary", bytes(organizer.codes)],
  ["", organizer.strings],
  ["kind (Uint8)", Uint8Array.from(data.records, (r) => (r.kind === "photo" ? 1 : 0))],
  ["id (6 bytes)", ids],
  ["title (joined by \\n)", data.records.map((r) => r.title).join("\n")],
];
let raw = 0;
let packed = 0;
console.log(`compact index at ${n} records (gzip -9 per column):`);
for (const [name, col] of columns) {
  const r = typeof col === "string" ? Buffer.byteLength(col) : col.length;
  const g = gz(col);
  raw += r;
  packed += g;
  if (name)
    console.log(
      `  ${name.padEnd(34)} ${(r / 1e3).toFixed(0).padStart(7)} kB ${(g / 1e3).toFixed(0).padStart(6)} kB gz`,
    );
  else
    console.log(
      `  ${"".padEnd(34)} +${(r / 1e3).toFixed(0).padStart(6)} kB +${(g / 1e3).toFixed(0).padStart(5)} kB gz`,
    );
}
console.log(`  total ${(raw / 1e6).toFixed(2)} MB raw, ${(packed / 1e6).toFixed(2)} MB gzipped`);
const fullText = data.records.map(searchTextOf).join("\u0001");
const compactSearch = data.records
  .map((r) =>
    [r.title, r.subtitle, r.kicker, r.organizer, ...r.metrics.map((m) => m.label)].filter(Boolean).join(" "),
  )
  .join("\n");
console.log(
  `search text without paragraphs: ${(Buffer.byteLength(compactSearch) / 1e6).toFixed(1)} MB raw, ${(gz(compactSearch) / 1e6).toFixed(2)} MB gz; with paragraphs: ${(Buffer.byteLength(fullText) / 1e6).toFixed(1)} MB raw, ${(gz(fullText) / 1e6).toFixed(1)} MB gz`,
);
const shard = JSON.stringify(data.records.filter((r) => r.id.startsWith("a7")));
console.log(
  `one detail shard of 256 (ids "a7…"): ${(Buffer.byteLength(shard) / 1e3).toFixed(0)} kB raw, ${(gz(shard) / 1e3).toFixed(0)} kB gz`,
);
