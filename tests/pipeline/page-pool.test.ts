import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_PAGES_PER_THREAD, poolThreads, processInPool } from "../../src/pipeline/page-pool.ts";
import { processPage } from "../../src/pipeline/process-page.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const pageDirs = ["data/articles", "tests/eval/pages", "tests/eval2/pages", "tests/fixtures/pages"];

describe("page pool", () => {
  it("gives the results of processPage, in job order, whichever worker finishes first", async () => {
    const jobs = pageDirs.flatMap((dir) =>
      readdirSync(path.join(ROOT, dir))
        .filter((n) => n.endsWith(".txt"))
        .sort()
        .map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(ROOT, dir, file))) })),
    );
    expect(jobs.length).toBeGreaterThan(10);
    const seen: number[] = [];
    const pooled = await processInPool(jobs, 3, (index) => seen.push(index));
    expect(pooled).toEqual(jobs.map((j) => processPage(j.file, j.bytes)));
    expect(seen.sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
  }, 60_000);

  it("stays on the calling thread for small builds and on request", () => {
    expect(poolThreads(10)).toBe(1);
    expect(poolThreads(MIN_PAGES_PER_THREAD)).toBe(1);
    expect(poolThreads(10, 1)).toBe(1);
    expect(poolThreads(10, 0)).toBe(1);
    expect(poolThreads(10, 4)).toBe(4);
    expect(poolThreads(3, 4)).toBe(3);
    expect(poolThreads(0, 4)).toBe(1);
  });

  it("processes on the calling thread alone when given one thread", async () => {
    const jobs = [{ file: "a.txt", bytes: new TextEncoder().encode("标题\n\n正文第一段。") }];
    expect(await processInPool(jobs, 1)).toEqual([processPage("a.txt", jobs[0]?.bytes as Uint8Array)]);
  });
});
