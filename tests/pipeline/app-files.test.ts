import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { appFiles, staleDetailFiles } from "../../src/pipeline/app-files.ts";
import { shardOf } from "../../src/shared/compact-index.ts";
import { parseCompactIndex, parseDetailShard } from "../../src/shared/index-schema.ts";
import { type Dataset, parseDataset } from "../../src/shared/schema.ts";

const small = (() => {
  const path = resolve(import.meta.dirname, "../fixtures/datasets/small.json");
  const parsed = parseDataset(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
})();

/** the fixture's records repeated under new ids, to get several shards */
function grown(times: number): Dataset {
  return {
    ...small,
    records: Array.from({ length: times }, (_, k) =>
      small.records.map((r) => ({ ...r, id: `${r.id}-${k}` })),
    ).flat(),
  };
}

describe("appFiles", () => {
  it("writes the shards, then index.json last; each parses and holds its records", () => {
    const ds = grown(20); // 560 records -> 4 shards
    const files = appFiles(ds);
    expect(files.map((f) => f.path)).toEqual([
      "detail/0.json",
      "detail/1.json",
      "detail/2.json",
      "detail/3.json",
      "index.json",
    ]);
    const index = parseCompactIndex(JSON.parse(files.at(-1)?.content ?? ""));
    expect(index.ok && index.value.count).toBe(560);
    let total = 0;
    files.slice(0, -1).forEach((f, k) => {
      const shard = parseDetailShard(JSON.parse(f.content), k);
      if (!shard.ok) throw new Error(shard.error);
      for (const d of shard.value.records) expect(shardOf(d.id, 4)).toBe(k);
      total += shard.value.records.length;
    });
    expect(total).toBe(560);
  });

  it("is deterministic, and leaves dataset.json's content to the dataset", () => {
    const a = appFiles(small);
    const b = appFiles(structuredClone(small));
    expect(a).toEqual(b);
    expect(a.map((f) => f.path)).not.toContain("dataset.json");
  });

  it("the index is a small part of the dataset", () => {
    const ds = grown(10);
    const index = appFiles(ds).at(-1)?.content ?? "";
    expect(index.length).toBeLessThan(JSON.stringify(ds).length / 4);
  });
});

describe("staleDetailFiles", () => {
  const files = appFiles(grown(10)); // 280 records -> 2 shards
  it.each([
    ["nothing there yet", [], []],
    ["same shards", ["0.json", "1.json"], []],
    ["more shards before", ["0.json", "1.json", "2.json", "3.json"], ["2.json", "3.json"]],
    ["other files are not ours", ["README.md", "0.json.gz", "x.json", "17.json"], ["17.json"]],
  ] as const)("%s", (_name, existing, stale) => {
    expect(staleDetailFiles(existing, files)).toEqual(stale);
  });
});
