import { describe, expect, it, vi } from "vitest";
import { createDataSource, DatasetLoadError } from "../../src/app/data-source.ts";
import {
  detailFile,
  encodeCompactIndex,
  encodeDetailShards,
  shardOf,
} from "../../src/shared/compact-index.ts";
import { filterRecords } from "../../src/shared/filter-engine.ts";
import { EMPTY_FILTERS } from "../../src/shared/filters.ts";
import { dataset } from "./test-utils.tsx";

const SHARDS = 4;
/** the files the pipeline writes for the fixture, split into four shards to see which are fetched */
const FILES: Record<string, string> = {
  "data/index.json": JSON.stringify(encodeCompactIndex(dataset, SHARDS)),
  ...Object.fromEntries(
    encodeDetailShards(dataset.records, SHARDS).map((s) => [
      `data/${detailFile(s.shard)}`,
      JSON.stringify(s),
    ]),
  ),
};

/** A fetch over `files` (path -> body, or an HTTP status), recording what was asked for. */
function serve(files: Record<string, string | number> = FILES) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const body = files[String(input)];
    if (body === undefined) return new Response("not found", { status: 404 });
    if (typeof body === "number") return new Response("", { status: body });
    return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
  });
}
const fetched = (fetch: ReturnType<typeof serve>) => fetch.mock.calls.map(([u]) => String(u));

describe("createDataSource", () => {
  it("loads, validates and indexes the compact index once", async () => {
    const fetch = serve();
    const source = createDataSource("data/index.json", fetch);
    const data = await source.loadDataset();
    expect(data.records.size).toBe(dataset.records.length);
    expect(data.index.size).toBe(dataset.records.length);
    expect(data.records.at(0)?.title).toBe(dataset.records[0]?.title);
    await source.loadDataset();
    expect(fetched(fetch)).toEqual(["data/index.json"]);
  });

  it("a report is the index's summary plus its detail, from exactly one shard", async () => {
    const fetch = serve();
    const source = createDataSource("data/index.json", fetch);
    const record = dataset.records[2];
    if (!record) throw new Error("fixture too small");
    const p = source.loadRecordDetail(record.id);
    expect(source.loadRecordDetail(record.id)).toBe(p);
    expect(await p).toEqual(record);
    expect(fetched(fetch)).toEqual(["data/index.json", `data/detail/${shardOf(record.id, SHARDS)}.json`]);
    // a neighbour in the same shard needs no new fetch; an unknown id none at all
    const neighbour = dataset.records.find(
      (r) => r.id !== record.id && shardOf(r.id, SHARDS) === shardOf(record.id, SHARDS),
    );
    if (neighbour) expect(await source.loadRecordDetail(neighbour.id)).toEqual(neighbour);
    expect(await source.loadRecordDetail("nope")).toBeNull();
    expect(fetched(fetch)).toHaveLength(2);
  });

  it("a shard that fails to load rejects, and may be retried", async () => {
    const record = dataset.records[0];
    if (!record) throw new Error("fixture too small");
    const path = `data/${detailFile(shardOf(record.id, SHARDS))}`;
    const files: Record<string, string | number> = { ...FILES, [path]: 503 };
    const source = createDataSource("data/index.json", serve(files));
    const error = await source.loadRecordDetail(record.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).url).toBe(path);
    files[path] = FILES[path] as string;
    expect(await source.loadRecordDetail(record.id)).toEqual(record);
  });

  it("a shard file that is not the shard asked for is invalid", async () => {
    const record = dataset.records.find((r) => shardOf(r.id, SHARDS) !== 0);
    if (!record) throw new Error("fixture too small");
    const path = `data/${detailFile(shardOf(record.id, SHARDS))}`;
    const source = createDataSource(
      "data/index.json",
      serve({ ...FILES, [path]: FILES["data/detail/0.json"] as string }),
    );
    const error = await source.loadRecordDetail(record.id).catch((e: unknown) => e);
    expect((error as DatasetLoadError).kind).toBe("invalid");
  });

  it("loads body text for search shard by shard, only once wanted", async () => {
    const fetch = serve();
    const data = await createDataSource("data/index.json", fetch).loadDataset();
    const store = data.bodyText;
    expect(store.getSnapshot()).toMatchObject({ loaded: 0, total: SHARDS, complete: false });
    expect(fetched(fetch)).toHaveLength(1);
    const complete = new Promise<void>((resolve) => {
      store.subscribe(() => store.getSnapshot().complete && resolve());
    });
    store.want(true);
    await complete;
    expect(fetched(fetch).slice(1).sort()).toEqual([0, 1, 2, 3].map((k) => `data/detail/${k}.json`));
    // a word only the body text has: none from the index alone, all with the body texts
    const q = { ...EMPTY_FILTERS, q: "ａｐｐ" };
    const expected = dataset.records.filter((r) => r.paragraphs.join("").includes("ＡＰＰ")).length;
    expect(expected).toBeGreaterThan(0);
    expect(filterRecords(data.index, q).count).toBe(0);
    expect(filterRecords(data.index, q, store.getSnapshot().texts).count).toBe(expected);
  });

  it.each([
    ["missing", serve({}), "missing"],
    ["server error", serve({ "data/index.json": 500 }), "http"],
    ["truncated", serve({ "data/index.json": '{"format":"union-welfare-atlas/index","col' }), "truncated"],
    ["invalid", serve({ "data/index.json": JSON.stringify({ schemaVersion: 1, records: [] }) }), "invalid"],
    ["other version", serve({ "data/index.json": JSON.stringify({ schemaVersion: 9 }) }), "invalid"],
    [
      "network",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
      "network",
    ],
  ] as const)("%s -> %s", async (_name, fetch, kind) => {
    const source = createDataSource("data/index.json", fetch as unknown as typeof globalThis.fetch);
    const error = await source.loadDataset().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).toBe(kind);
  });

  it("may be retried after a failure", async () => {
    const files: Record<string, string | number> = { ...FILES, "data/index.json": 503 };
    const source = createDataSource("data/index.json", serve(files));
    await expect(source.loadDataset()).rejects.toThrow();
    files["data/index.json"] = FILES["data/index.json"] as string;
    await expect(source.loadDataset()).resolves.toBeTruthy();
  });
});
