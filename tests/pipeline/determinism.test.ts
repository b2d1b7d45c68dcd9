// Same pages -> the same bytes, whatever the order files were written or listed in and whether the
// cache was used; a record's id survives other pages being added or removed (shared ?record= links).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { assembleDataset, serializeDataset } from "../../src/pipeline/assemble.ts";
import { type PageResult, processPage } from "../../src/pipeline/process-page.ts";
import type { DatasetRecord } from "../../src/shared/schema.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const read = (rel: string) => readFileSync(path.join(ROOT, rel));
const SAMPLE = read("data/articles/000_ba35e313d3dcb2c4.txt");
const sampleText = SAMPLE.toString("utf8");
const cutAt = sampleText.indexOf("\n\n", sampleText.length / 2);

/** file name -> bytes; names chosen so that code-point, locale and creation order all differ */
const PAGES: Record<string, Buffer> = {
  "000_ba35e313d3dcb2c4.txt": SAMPLE,
  "b-first-half.txt": Buffer.from(sampleText.slice(0, cutAt), "utf8"),
  "B-second-half.txt": Buffer.from(sampleText.slice(cutAt), "utf8"),
  "gb18030.txt": read("tests/fixtures/pages/gb18030.txt"),
  "bom-crlf.txt": read("tests/fixtures/pages/bom-crlf.txt"),
  "工会-第3版.txt": Buffer.from(`---\npage: 3\n---\n${sampleText}`, "utf8"),
  "empty.txt": Buffer.alloc(0),
};
const NAMES = Object.keys(PAGES);

const work = mkdtempSync(path.join(os.tmpdir(), "atlas-determinism-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let dirs = 0;
function writePages(names: readonly string[]): string {
  const dir = path.join(work, `in-${++dirs}`);
  mkdirSync(dir);
  for (const name of names) writeFileSync(path.join(dir, name), PAGES[name] ?? "");
  return dir;
}

function build(dir: string, ...flags: string[]): Buffer {
  const out = path.join(work, `out-${++dirs}.json`);
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "src/pipeline/build-dataset.ts", "--in", dir, "--out", out, ...flags],
    { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
  );
  if (r.status !== 0) throw new Error(`build exited ${r.status}: ${r.stderr}`);
  return readFileSync(out);
}

const results = (names: readonly string[]): PageResult[] =>
  names.map((name) => processPage(name, PAGES[name] ?? new Uint8Array()));
const byId = (records: readonly DatasetRecord[]) => new Map(records.map((r) => [r.id, r]));

describe("determinism: the command", () => {
  it("builds byte-identical datasets from the same pages, with and without the cache", () => {
    const dir = writePages(NAMES);
    const fresh = build(dir, "--no-cache");
    expect(build(dir, "--no-cache").equals(fresh)).toBe(true);
    build(dir); // fills the cache if it was empty
    const cached = build(dir);
    expect(cached.toString("utf8")).toBe(fresh.toString("utf8"));
  });

  it("does not depend on the order the files were created in", () => {
    const forward = build(writePages(NAMES), "--no-cache");
    const backward = build(writePages([...NAMES].reverse()), "--no-cache");
    expect(backward.equals(forward)).toBe(true);
    // the folder listing order is the file system's; the dataset's is code-point order of the names
    const files: string[] = JSON.parse(forward.toString("utf8")).sources.map((s: { file: string }) => s.file);
    expect(files).toEqual([...NAMES].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("keeps every record of the other pages, ids included, when a page is added or removed", () => {
    const [first, ...rest] = NAMES;
    const all = JSON.parse(build(writePages(NAMES), "--no-cache").toString("utf8"));
    const fewer = JSON.parse(build(writePages(rest), "--no-cache").toString("utf8"));
    const kept = all.records.filter((r: DatasetRecord) => r.source.file !== first);
    expect(fewer.records).toEqual(kept);
  });
});

describe("determinism: the pure functions", () => {
  it("processPage gives the same result for the same bytes", () => {
    for (const name of NAMES) {
      const bytes = PAGES[name] ?? new Uint8Array();
      expect(processPage(name, bytes)).toEqual(processPage(name, new Uint8Array(bytes)));
    }
  });

  it("assembleDataset output does not depend on the order of its input", () => {
    const pages = results(NAMES);
    const expected = serializeDataset(assembleDataset(pages));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(pages, { minLength: pages.length, maxLength: pages.length }),
        (shuffled) => {
          expect(serializeDataset(assembleDataset(shuffled))).toBe(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("a record's id depends only on its own page: any subset of pages keeps the same records", () => {
    const full = byId(assembleDataset(results(NAMES)).records);
    fc.assert(
      fc.property(fc.subarray(NAMES), (subset) => {
        const records = assembleDataset(results(subset)).records;
        for (const r of records) expect(full.get(r.id)).toEqual(r);
        const expectedCount = [...full.values()].filter((r) => subset.includes(r.source.file)).length;
        expect(records.length).toBe(expectedCount);
      }),
      { numRuns: 20 },
    );
  });

  it("ids are unique in the dataset, also for same-titled items and copies of a page under another name", () => {
    const records = assembleDataset(results(NAMES)).records;
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const twice = processPage("twice.txt", Buffer.from(`${sampleText}\n\n${sampleText}`, "utf8")).records;
    expect(new Set(twice.map((r) => r.id)).size).toBe(twice.length);
  });

  it("a page's ids do not change when the page is rebuilt after an edit elsewhere on it", () => {
    const before = processPage("p.txt", SAMPLE).records;
    const edited = sampleText.replace("1月初,", "1月上旬,");
    expect(edited).not.toBe(sampleText);
    const after = processPage("p.txt", Buffer.from(edited, "utf8")).records;
    expect(after.map((r) => [r.id, r.title])).toEqual(before.map((r) => [r.id, r.title]));
  });
});
