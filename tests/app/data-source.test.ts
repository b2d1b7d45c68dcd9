import { describe, expect, it, vi } from "vitest";
import { createDataSource, DatasetLoadError } from "../../src/app/data-source.ts";
import { dataset } from "./test-utils.tsx";

const respond = (body: string, status = 200) =>
  vi.fn(async () => new Response(body, { status, headers: { "content-type": "application/json" } }));

describe("createDataSource", () => {
  it("loads, validates and indexes the dataset once", async () => {
    const fetch = respond(JSON.stringify(dataset));
    const source = createDataSource("data/dataset.json", fetch);
    const data = await source.loadDataset();
    expect(data.records).toHaveLength(dataset.records.length);
    expect(data.index.size).toBe(dataset.records.length);
    await source.loadDataset();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("answers record details from the loaded dataset, one promise per id", async () => {
    const source = createDataSource("x", respond(JSON.stringify(dataset)));
    const id = dataset.records[2]?.id as string;
    const p = source.loadRecordDetail(id);
    expect(source.loadRecordDetail(id)).toBe(p);
    expect((await p)?.id).toBe(id);
    expect(await source.loadRecordDetail("nope")).toBeNull();
  });

  it.each([
    ["missing", respond("not found", 404), "missing"],
    ["server error", respond("oops", 500), "http"],
    ["truncated", respond('{"schemaVersion":1,"rec'), "truncated"],
    ["invalid", respond(JSON.stringify({ schemaVersion: 1, records: [] })), "invalid"],
    ["other version", respond(JSON.stringify({ schemaVersion: 9 })), "invalid"],
    [
      "network",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
      "network",
    ],
  ] as const)("%s -> %s", async (_name, fetch, kind) => {
    const source = createDataSource("data/dataset.json", fetch as unknown as typeof globalThis.fetch);
    const error = await source.loadDataset().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).toBe(kind);
  });

  it("may be retried after a failure", async () => {
    let calls = 0;
    const fetch = vi.fn(async () => {
      calls++;
      return calls === 1 ? new Response("", { status: 503 }) : new Response(JSON.stringify(dataset));
    });
    const source = createDataSource("x", fetch);
    await expect(source.loadDataset()).rejects.toThrow();
    await expect(source.loadDataset()).resolves.toBeTruthy();
  });
});
