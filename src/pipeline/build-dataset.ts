#!/usr/bin/env node
// The pipeline's I/O shell: reads the pages and writes the dataset, the app files and the cache.
// What it calls works on strings and bytes (the gazetteer reads data/gazetteer.json once, on first use).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { appFiles, DETAIL_DIR, staleDetailFiles } from "./app-files.ts";
import { assembleDataset, byCodePoint, serializeDataset } from "./assemble.ts";
import { type PageJob, poolThreads, processInPool } from "./page-pool.ts";
import { type PageResult, pageFailure } from "./process-page.ts";

const HELP = `Usage: npm run data -- [--in DIR] [--out FILE] [--strict] [--no-cache] [--threads N]

Reads every *.txt file directly in DIR (not recursive) and writes one validated dataset JSON.
  --in DIR     folder of pages            (default: data/articles)
  --out FILE   dataset to write           (default: public/data/dataset.json)
  --strict     exit 1 when any page has a warning or an error
  --no-cache   reprocess every page (by default unchanged pages are taken from the content cache)
  --threads N  threads for the pages to process (default: one per idle core, cores less the load
               average, when there are enough pages to pay for worker start-up; 1 = no workers)
Exit codes: 0 written; 1 a page failed under --strict, or nothing usable was read; 2 bad arguments.`;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CACHE_DIR = path.join(ROOT, "node_modules/.cache/atlas-pipeline");

function usageError(message: string): never {
  process.stderr.write(`error: ${message}\n\n${HELP}\n`);
  process.exit(2);
}

/** Fingerprint of the code and data that turn pages into records: any change invalidates the cache. */
function pipelineFingerprint(): string {
  const hash = createHash("sha256");
  const files = [
    ...readdirSync(path.join(ROOT, "src/pipeline")).map((f) => `src/pipeline/${f}`),
    "src/shared/taxonomy.ts",
    "src/shared/schema.ts",
    "data/gazetteer.json",
    "package-lock.json",
  ].sort(byCodePoint);
  for (const f of files) {
    try {
      hash.update(f).update(readFileSync(path.join(ROOT, f)));
    } catch {
      hash.update(`${f}:missing`);
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A page's entry: under the fingerprint's own folder, keyed by file name and content. Entries of
 * another fingerprint can never be read again (the code or data changed), so they are pruned.
 */
function cacheFile(file: string, bytes: Uint8Array, fingerprint: string): string {
  const key = createHash("sha256").update(file).update("\0").update(bytes).digest("hex");
  return path.join(CACHE_DIR, fingerprint, `${key}.json`);
}

/**
 * Removes what the cache holds for other fingerprints (and entries of the old flat layout), and makes
 * this fingerprint's folder. Two checkouts that share one node_modules (a worktree, an A/B copy of the
 * tree) prune each other's entries: each then builds without a cache, correctly but slower.
 */
function prepareCache(fingerprint: string): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(CACHE_DIR);
  } catch {
    // no cache yet
  }
  for (const entry of entries) {
    if (entry === fingerprint) continue;
    try {
      rmSync(path.join(CACHE_DIR, entry), { recursive: true, force: true });
    } catch {
      // A read-only tree, or another build removing it too: it stays, harmlessly.
    }
  }
  try {
    mkdirSync(path.join(CACHE_DIR, fingerprint), { recursive: true });
  } catch {
    // A read-only tree just means no cache (writeCache fails quietly too).
  }
}

function readCache(file: string): PageResult | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as PageResult;
  } catch {
    return null;
  }
}

function writeCache(file: string, result: PageResult): void {
  try {
    // write then rename, so a build running alongside never reads a half-written entry
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(result));
    renameSync(partial, file);
  } catch {
    // A read-only tree just means no cache.
  }
}

function summaryLine(r: PageResult): string {
  const s = r.source;
  const note = s.messages.length ? `  ${s.messages.join(" | ")}` : "";
  return `${s.status.padEnd(7)} ${String(s.records).padStart(4)} records  ${s.file}${note}`;
}

async function main(): Promise<void> {
  let values: {
    in?: string;
    out?: string;
    strict?: boolean;
    "no-cache"?: boolean;
    threads?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        in: { type: "string" },
        out: { type: "string" },
        strict: { type: "boolean" },
        "no-cache": { type: "boolean" },
        threads: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    usageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) {
    usageError(`--threads takes a whole number, got ${values.threads}`);
  }
  const inDir = path.resolve(values.in ?? path.join(ROOT, "data/articles"));
  const outFile = path.resolve(values.out ?? path.join(ROOT, "public/data/dataset.json"));
  let names: string[];
  try {
    if (!statSync(inDir).isDirectory()) usageError(`--in ${inDir} is not a folder`);
    names = readdirSync(inDir)
      .filter((n) => n.toLowerCase().endsWith(".txt"))
      .sort(byCodePoint);
  } catch (error) {
    usageError(`cannot read --in ${inDir}: ${(error as Error).message}`);
  }

  const useCache = !values["no-cache"];
  const fingerprint = useCache ? pipelineFingerprint() : "";
  if (useCache) prepareCache(fingerprint);
  const bar =
    process.stdout.isTTY && names.length > 20
      ? new cliProgress.SingleBar({ format: "pages {bar} {value}/{total}", hideCursor: true })
      : null;
  bar?.start(names.length, 0);
  const results: PageResult[] = new Array(names.length);
  let printed = 0;
  const settle = (i: number, result: PageResult) => {
    results[i] = result;
    if (bar) bar.increment();
    else
      for (let r = results[printed]; printed < names.length && r; r = results[++printed])
        process.stdout.write(`${summaryLine(r)}\n`);
  };
  // Pages from the cache are settled at once; the others are processed here or on worker threads.
  const jobs: (PageJob & { index: number; cache: string | null })[] = [];
  for (const [index, name] of names.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(inDir, name));
    } catch (error) {
      settle(
        index,
        pageFailure(name, new Uint8Array(), `could not be processed: ${(error as Error).message}`),
      );
      continue;
    }
    const cache = useCache ? cacheFile(name, bytes, fingerprint) : null;
    const hit = cache ? readCache(cache) : null;
    if (hit) settle(index, hit);
    else jobs.push({ file: name, bytes, index, cache });
  }
  const done = (k: number, result: PageResult, crashed: boolean) => {
    const job = jobs[k] as (typeof jobs)[number];
    // A page the code chokes on is reported like any bad page, and not cached; the others go on.
    if (job.cache && !crashed) writeCache(job.cache, result);
    settle(job.index, result);
  };
  await processInPool(jobs, poolThreads(jobs.length, threads), done);
  if (bar) {
    bar.stop();
    for (const r of results) process.stdout.write(`${summaryLine(r)}\n`);
  }

  const dataset = assembleDataset(results);
  const json = serializeDataset(dataset);
  try {
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, json);
    // the app's compact index and detail shards, next to the dataset (src/pipeline/app-files.ts)
    const files = appFiles(dataset);
    const detailDir = path.join(path.dirname(outFile), DETAIL_DIR);
    mkdirSync(detailDir, { recursive: true });
    for (const name of staleDetailFiles(readdirSync(detailDir), files)) rmSync(path.join(detailDir, name));
    for (const f of files) writeFileSync(path.join(path.dirname(outFile), f.path), f.content);
  } catch (error) {
    usageError(`cannot write --out ${outFile}: ${(error as Error).message}`);
  }

  const failed = dataset.sources.filter((s) => s.status === "error").length;
  const warned = dataset.sources.filter((s) => s.status === "warning").length;
  process.stdout.write(
    `total: ${names.length} pages, ${dataset.records.length} records, ${warned} with warnings, ${failed} failed -> ${path.relative(process.cwd(), outFile) || outFile}\n`,
  );
  if (names.length === 0) process.stderr.write(`error: no *.txt pages in ${inDir}\n`);
  else if (dataset.records.length === 0) {
    process.stderr.write(
      `error: no usable records: none of the ${names.length} pages gave an article or photo\n`,
    );
  }
  if (dataset.records.length === 0) process.exitCode = 1;
  else if (values.strict && (failed || warned)) process.exitCode = 1;
}

await main();
