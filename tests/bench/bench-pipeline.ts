/**
 * Pipeline throughput on a generated corpus (corpus.ts, ≥1,000 pages), beside a floor measured on the
 * same files in the same run: read + decode + one regex pass. Each measurement is a child process
 * (pipeline-worker.ts), so peak RSS is the pipeline's own; pass 1 of a child is cold (gazetteer,
 * trie, JIT), later passes warm. Then the CLI end to end without its cache, once on worker threads
 * (its default for this many pages) and once with --threads 1, and the incremental rebuild.
 * `--throughput-only` stops after processPage and the floor.
 *   npx tsx tests/bench/bench-pipeline.ts [--pages 1000] [--runs 3] [--profile] [--throughput-only]
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ensureCorpus } from "./corpus.ts";
import { type Figure, fmtNum, printFigure, summarize } from "./lib/stats.ts";
import { printProfile } from "./profile-summary.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const TMP = "/tmp/atlas-bench";

interface WorkerResult {
  bytes: number;
  files: number;
  passMs: number[];
  passCpuMs: number[];
  maxRssBytes: number;
  peakRssBytes: number;
  importMs?: number;
  assembleMs?: number;
  serializeMs?: number;
  records?: number;
  outputBytes?: number;
  warnings?: number;
  errors?: number;
}

function runWorker(mode: "floor" | "pipeline", dir: string, passes: number, profile?: string): WorkerResult {
  const args = ["--import", "tsx"];
  if (profile) args.unshift("--enable-source-maps");
  args.push("tests/bench/pipeline-worker.ts", "--mode", mode, "--dir", dir, "--passes", String(passes));
  if (profile) args.push("--profile", profile);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`pipeline-worker ${mode} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}") as WorkerResult;
}

const MB = 1e6;
const PIPELINE_CACHE = join(ROOT, "node_modules/.cache/atlas-pipeline");

function runCli(dir: string, out: string, extra: string[] = []): { ms: number; status: number | null } {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "src/pipeline/build-dataset.ts", "--in", dir, "--out", out, ...extra],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 },
  );
  return { ms: performance.now() - t0, status: r.status };
}

/**
 * The CLI's content cache: a copy of the corpus is built once with the cache (unchanged pages are
 * usually cached from an earlier bench run), then one page is edited and the dataset rebuilt. The
 * cache folder gains one entry per page actually processed, which is how "only that page" is checked.
 */
function incrementalRebuild(corpusDir: string): Figure[] {
  const dir = join(TMP, "incremental-pages");
  const out = join(TMP, "incremental-dataset.json");
  rmSync(dir, { recursive: true, force: true });
  cpSync(corpusDir, dir, { recursive: true });
  // entries live under one folder per code fingerprint (the CLI prunes the others)
  const entries = () =>
    existsSync(PIPELINE_CACHE)
      ? readdirSync(PIPELINE_CACHE, { recursive: true }).filter((f) => String(f).endsWith(".json")).length
      : 0;
  const fill = runCli(dir, out);
  const before = entries();
  const page = readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()[0] as string;
  // a new paragraph in the first page, stamped so that every bench run edits it differently
  appendFileSync(join(dir, page), `\n市总工会相关负责人表示,将持续做好服务工作(${Date.now()})。\n`);
  const rebuild = runCli(dir, out);
  const processed = entries() - before;
  console.log(
    `  incremental: full build with cache ${fmtNum(fill.ms / 1000)} s; after editing ${page}: ${processed} page(s) processed`,
  );
  const f: Figure = {
    key: "pipeline.incremental.seconds",
    label: "CLI rebuild after one page changed",
    summary: summarize([rebuild.ms / 1000]),
    unit: " s",
  };
  printFigure(f);
  return [
    f,
    {
      key: "pipeline.incremental.pages",
      label: "pages reprocessed",
      summary: summarize([processed]),
      unit: "",
    },
  ];
}

/**
 * The CLI once, end to end, as a user runs it (tsx start-up, every page, validation, app files, write):
 * on worker threads as it chooses by default, or on one thread (--threads 1).
 */
function cliRun(dir: string, bytes: number, mode: "pool" | "one thread"): Figure[] {
  mkdirSync(TMP, { recursive: true });
  const report = join(TMP, "cli-report.json");
  const out = join(TMP, "cli", "dataset.json");
  rmSync(report, { force: true });
  const t0 = performance.now();
  const cli = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      "./tests/bench/lib/exit-report.ts",
      "src/pipeline/build-dataset.ts",
      "--in",
      dir,
      "--out",
      out,
      "--no-cache",
      ...(mode === "one thread" ? ["--threads", "1"] : []),
    ],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, ATLAS_BENCH_REPORT: report }, maxBuffer: 1 << 26 },
  );
  const wallMs = performance.now() - t0;
  if (cli.status !== 0) console.log(`  CLI exited ${cli.status}: ${cli.stderr.slice(0, 400)}`);
  const usage = JSON.parse(readFileSync(report, "utf8")) as { maxRssBytes: number; cpuMs: number };
  const key = mode === "pool" ? "pipeline.cli" : "pipeline.cli-1-thread";
  const figures: Figure[] = [
    {
      key: `${key}.mbps`,
      label: `CLI end to end, --no-cache, ${mode} (wall)`,
      summary: summarize([bytes / MB / (wallMs / 1000)]),
      unit: " MB/s",
      target: { op: ">=", value: 20 },
    },
    {
      key: `${key}.seconds`,
      label: `CLI, ${mode}: wall time`,
      summary: summarize([wallMs / 1000]),
      unit: " s",
    },
    {
      key: `${key}.cpu-seconds`,
      label: `CLI, ${mode}: CPU time (all threads)`,
      summary: summarize([usage.cpuMs / 1000]),
      unit: " s",
    },
    {
      key: `${key}.peak-rss`,
      label: `CLI, ${mode}: peak RSS`,
      summary: summarize([usage.maxRssBytes / MB]),
      unit: " MB",
    },
  ];
  console.log(`  ${cli.stdout.trim().split("\n").at(-1) ?? ""}`);
  for (const f of figures) printFigure(f);
  return figures;
}

export interface PipelineBenchOptions {
  pages: number;
  seed?: number;
  runs: number;
  profile?: boolean;
  /** only processPage and the floor: no CLI runs, no incremental rebuild */
  throughputOnly?: boolean;
}

export function benchPipeline(options: PipelineBenchOptions): Figure[] {
  const corpus = ensureCorpus({ pages: options.pages, seed: options.seed ?? 1 });
  console.log(
    `\npipeline: ${corpus.files} generated pages, ${fmtNum(corpus.bytes / MB)} MB (1 MB = 10^6 bytes) in ${corpus.dir}`,
  );
  const floorWarm: number[] = [];
  const floorCpu: number[] = [];
  const floorRss: number[] = [];
  const warm: number[] = [];
  const cold: number[] = [];
  const warmCpu: number[] = [];
  const rss: number[] = [];
  const serialize: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  let last: WorkerResult | null = null;
  for (let run = 0; run < options.runs; run++) {
    // floor and pipeline alternate so both see the same background load
    const f = runWorker("floor", corpus.dir, 3);
    const fMbps = f.passMs.slice(1).map((ms) => f.bytes / MB / (ms / 1000));
    floorWarm.push(...fMbps);
    floorCpu.push(...f.passCpuMs.slice(1).map((ms) => f.bytes / MB / (ms / 1000)));
    floorRss.push(f.maxRssBytes / MB);
    const p = runWorker("pipeline", corpus.dir, 2);
    last = p;
    const coldMbps = p.bytes / MB / ((p.passMs[0] ?? 0) / 1000);
    const warmMbps = p.bytes / MB / ((p.passMs[1] ?? 0) / 1000);
    cold.push(coldMbps);
    warm.push(warmMbps);
    warmCpu.push(p.bytes / MB / ((p.passCpuMs[1] ?? 0) / 1000));
    rss.push(p.maxRssBytes / MB);
    serialize.push((p.assembleMs ?? 0) + (p.serializeMs ?? 0));
    const fCpu = f.passCpuMs.slice(1).map((ms) => f.bytes / MB / (ms / 1000));
    ratios.push(summarize(fMbps).median / warmMbps);
    cpuRatios.push(summarize(fCpu).median / (p.bytes / MB / ((p.passCpuMs[1] ?? 0) / 1000)));
    process.stdout.write(
      `  run ${run + 1}/${options.runs}: floor ${fmtNum(Math.max(...fMbps))} MB/s, pipeline ${fmtNum(warmMbps)} MB/s warm\n`,
    );
  }
  if (last) {
    console.log(
      `  output: ${last.records} records, ${fmtNum((last.outputBytes ?? 0) / MB)} MB of JSON; ${last.warnings} pages with warnings, ${last.errors} failed`,
    );
  }
  const figures: Figure[] = [
    {
      key: "pipeline.floor.mbps",
      label: "floor: read+decode+regex (wall)",
      summary: summarize(floorWarm),
      unit: " MB/s",
    },
    {
      key: "pipeline.floor.cpu-mbps",
      label: "floor (per CPU second)",
      summary: summarize(floorCpu),
      unit: " MB/s",
    },
    {
      key: "pipeline.cold.mbps",
      label: "processPage, cold pass (wall)",
      summary: summarize(cold),
      unit: " MB/s",
    },
    {
      key: "pipeline.warm.mbps",
      label: "processPage, warm pass (wall)",
      summary: summarize(warm),
      unit: " MB/s",
      target: { op: ">=", value: 20 },
    },
    {
      key: "pipeline.warm.cpu-mbps",
      label: "processPage, warm (per CPU second)",
      summary: summarize(warmCpu),
      unit: " MB/s",
    },
    {
      key: "pipeline.ratio",
      label: "pipeline time / floor time (wall, same run)",
      summary: summarize(ratios),
      unit: "x",
      target: { op: "<=", value: 3 },
    },
    {
      key: "pipeline.cpu-ratio",
      label: "pipeline time / floor time (CPU, same run)",
      summary: summarize(cpuRatios),
      unit: "x",
      target: { op: "<=", value: 3 },
    },
    {
      key: "pipeline.assemble-serialize.ms",
      label: "assembleDataset + serializeDataset",
      summary: summarize(serialize),
      unit: " ms",
    },
    {
      key: "pipeline.peak-rss",
      label: "peak RSS, pipeline process (2 passes)",
      summary: summarize(rss),
      unit: " MB",
    },
    {
      key: "pipeline.floor.peak-rss",
      label: "peak RSS, floor process",
      summary: summarize(floorRss),
      unit: " MB",
    },
  ];
  for (const f of figures) printFigure(f);

  if (!options.throughputOnly) {
    figures.push(
      ...cliRun(corpus.dir, corpus.bytes, "pool"),
      ...cliRun(corpus.dir, corpus.bytes, "one thread"),
    );
    figures.push(...incrementalRebuild(corpus.dir));
  }

  if (options.profile) {
    const file = join(TMP, "pipeline.cpuprofile");
    runWorker("pipeline", corpus.dir, 2, file);
    printProfile(file, 30);
  }
  return figures;
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      pages: { type: "string" },
      runs: { type: "string" },
      profile: { type: "boolean" },
      "throughput-only": { type: "boolean" },
    },
  });
  benchPipeline({
    pages: Number(values.pages ?? 1000),
    runs: Number(values.runs ?? 3),
    profile: values.profile,
    throughputOnly: values["throughput-only"],
  });
}
