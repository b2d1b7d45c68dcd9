/**
 * The built app at archive scale in headless Chromium: a temp copy of the production build with a
 * generated dataset (dataset.ts) and the app files the pipeline writes for it (data/index.json, data/
 * detail/<k>.json, see src/pipeline/app-files.ts), served from localhost like `vite preview`: gzip
 * when the browser accepts it (precompressed once here, so the server's own CPU is not timed).
 * Per page load (fresh browser context, nothing cached):
 *  - bytes transferred before first render (Resource Timing transferSize of everything that finished
 *    loading before it), and what the same files weigh uncompressed;
 *  - time to first render: the headline figures showing the dataset's count; then the charts drawn;
 *  - filter click -> updated view: a programme-type checkbox clicked, until the headline figures
 *    changed and the next frame ran (charts, table and map tabs; `--tabs` picks), and until
 *    moreover the deferred views caught up (no aria-busy or data-stale left);
 *  - a shared ?record= link: until the report's text shows; ?q=: until every detail shard has been
 *    searched (the "searching full text" hint gone).
 *   npx tsx tests/bench/bench-app.ts [--sizes 10000,100000] [--runs 3] [--clicks 8] [--dist DIR]
 *     [--tabs charts,table,map]
 *   npx tsx tests/bench/bench-app.ts --profile load|click [--tab charts|table|map] [--sizes 100000]
 *     (main-thread CPU profile)
 */
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { createGzip, gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { INDEX_FILE } from "../../src/shared/compact-index.ts";
import { launchBrowser } from "../e2e/harness.ts";
import { writeAppFiles } from "../e2e/write-app-files.ts";
import { buildApp, DEFAULT_DIST } from "./bench-bundle.ts";
import { BENCH_CACHE } from "./corpus.ts";
import { ensureDatasetFile, generateDataset } from "./dataset.ts";
import { type Figure, fmtNum, printFigure, summarize } from "./lib/stats.ts";
import { summarizeProfile } from "./profile-summary.ts";

const APP_DIR = "/tmp/atlas-bench-app";
const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** compressible as vite preview's compression middleware sees it (text, JS, JSON), over 1 kB */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg"]);

async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const gzipped = new Map<string, Buffer>();
  const gzipOf = (file: string) => {
    let gz = gzipped.get(file);
    if (!gz) {
      gz = gzipSync(readFileSync(file), { level: 6 });
      gzipped.set(file, gz);
    }
    return gz;
  };
  // compressed up front (detail shards too), so no load waits for the server's gzip
  const prewarm = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, name.name);
      if (name.isDirectory()) prewarm(file);
      else if (COMPRESSIBLE.has(extname(file)) && statSync(file).size > 1024) gzipOf(file);
    }
  };
  prewarm(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404).end("not found");
    const type = MIME[extname(file)] ?? "application/octet-stream";
    const size = statSync(file).size;
    if (
      /\bgzip\b/.test(String(req.headers["accept-encoding"])) &&
      COMPRESSIBLE.has(extname(file)) &&
      size > 1024
    ) {
      const gz = gzipOf(file);
      res.writeHead(200, {
        "content-type": type,
        "content-encoding": "gzip",
        "content-length": gz.length,
        "cache-control": "no-store",
        vary: "Accept-Encoding",
      });
      return void res.end(gz);
    }
    res.writeHead(200, { "content-type": type, "content-length": size, "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** gzip (level 6, as a server would stream it) size of a file, remembered next to it by size+mtime. */
async function gzipSize(file: string): Promise<number> {
  const st = statSync(file);
  const memo = `${file}.gzsize.json`;
  try {
    const m = JSON.parse(readFileSync(memo, "utf8")) as { size: number; mtime: number; gz: number };
    if (m.size === st.size && m.mtime === st.mtimeMs) return m.gz;
  } catch {
    // not measured yet
  }
  let gz = 0;
  await pipeline(createReadStream(file), createGzip({ level: 6 }), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) gz += chunk.length;
  });
  writeFileSync(memo, JSON.stringify({ size: st.size, mtime: st.mtimeMs, gz }));
  return gz;
}

// In-page probes, as strings: the node tsconfig has no DOM types, and they run in the page anyway.
// Marks the first frame each wanted element is there; "searched" when the body-search hint, once
// seen, is gone. Stops ticking when all wanted marks are in, so clicks are timed without it.
const probe = (wanted: string[]) => `
  window.__bench = { marks: {} };
  const wanted = ${JSON.stringify(wanted)};
  const selectors = {
    figures: '[data-figure="programs"] .figure__value',
    charts: '.chart-card__chart svg',
    table: 'table.programmes tbody tr',
    map: '.map-view__point',
    detail: '.detail__text p',
  };
  let sawSearch = false;
  const tick = () => {
    const marks = window.__bench.marks;
    for (const [k, sel] of Object.entries(selectors)) {
      if (marks[k] === undefined && document.querySelector(sel)) marks[k] = performance.now();
    }
    if (document.querySelector('[data-body-search]')) sawSearch = true;
    else if (sawSearch && marks.searched === undefined) marks.searched = performance.now();
    if (wanted.some((k) => marks[k] === undefined)) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

const RESOURCES = `(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const list = [nav, ...performance.getEntriesByType("resource")].map((e) => ({
    name: e.name, responseEnd: e.responseEnd, transferSize: e.transferSize, decodedBodySize: e.decodedBodySize,
  }));
  return list;
})()`;

/**
 * Clicks the n-th programme-type checkbox. Resolves with [ms until the figures changed and a frame
 * ran, ms until moreover no view says aria-busy or data-stale (the deferred timeline or map caught up) and a frame ran].
 */
const CLICK = `(n) => new Promise((resolveClick, reject) => {
  // the first set of checkboxes is the programme types (FilterPanel's order)
  const group = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('input[type=checkbox]'));
  const box = group?.querySelectorAll('input[type=checkbox]')[n];
  const value = () => document.querySelector('[data-figure="programs"] .figure__value')?.textContent;
  const busy = () => document.querySelector('[aria-busy="true"], [data-stale]') !== null;
  if (!box) return reject(new Error("no type checkbox " + n));
  const before = value();
  const search = location.search;
  const t0 = performance.now();
  let figures = null;
  let figuresFrame = null;
  let settled = null;
  box.click();
  // The next click waits for this one's URL write (the app writes it a little after the views
  // settle), so that the write and its render run between clicks, as they do for a person, and
  // are in the CPU traces; the times reported stop at the settled view.
  const urlWritten = (times) => {
    const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolveClick(times)));
    const wait = () =>
      location.search !== search || performance.now() - t0 > 2000 ? done() : setTimeout(wait, 10);
    wait();
  };
  // every frame: a change seen in one frame counts when the next frame runs (it has been painted)
  const check = () => {
    const now = performance.now();
    if (figures !== null && figuresFrame === null) figuresFrame = now;
    if (settled !== null) return urlWritten([figuresFrame - t0, now - t0]);
    if (figures === null && value() !== before) figures = now;
    if (figures !== null && !busy()) settled = now;
    if (now - t0 > 30000) return reject(new Error("no update after 30 s"));
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

interface LoadRun {
  firstRenderMs: number;
  chartsMs: number | null;
  bytesBefore: number;
  rawBefore: number;
  indexEndMs: number;
  heapMB: number;
  /** per click: [figures (and everything rendered with them), every view settled] */
  clicks: [number, number][];
}

async function waitForMarks(page: Page, wanted: string[], what: string): Promise<Record<string, number>> {
  // Polled from here: the page's CSP forbids the eval that page.waitForFunction would use.
  const ready = `window.__bench && ${wanted.map((k) => `window.__bench.marks.${k} !== undefined`).join(" && ")}`;
  for (const t0 = Date.now(); !(await page.evaluate(ready)); ) {
    if (Date.now() - t0 > 180_000)
      throw new Error(
        `no ${wanted.join(", ")} within 180 s (${what}): ${String(await page.evaluate("document.body.innerText.slice(0, 300)"))}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
  return (await page.evaluate("window.__bench.marks")) as Record<string, number>;
}

type Tab = "charts" | "table" | "map";

async function oneLoad(page: Page, url: string, tab: Tab, clicks: number): Promise<LoadRun> {
  const wanted = ["figures", tab];
  await page.addInitScript(probe(wanted));
  await page.goto(tab === "charts" ? url : `${url}/?tab=${tab}`);
  const marks = await waitForMarks(page, wanted, `${tab} tab`);
  const firstRenderMs = marks.figures as number;
  const resources = (await page.evaluate(RESOURCES)) as {
    name: string;
    responseEnd: number;
    transferSize: number;
    decodedBodySize: number;
  }[];
  let bytesBefore = 0;
  let rawBefore = 0;
  let indexEndMs = Number.NaN;
  for (const r of resources) {
    const path = new URL(r.name).pathname;
    if (path.endsWith(`/data/${INDEX_FILE}`)) indexEndMs = r.responseEnd;
    if (r.responseEnd > firstRenderMs) continue;
    bytesBefore += r.transferSize;
    rawBefore += r.decodedBodySize;
  }
  const cdp = await page.context().newCDPSession(page);
  const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  const times: [number, number][] = [];
  for (let k = 0; k < clicks; k++) {
    // on, off, on (another type), off ...: every click is a filter change
    const n = Math.floor(k / 2) % 4;
    times.push((await page.evaluate(`(${CLICK})(${n})`)) as [number, number]);
  }
  return {
    firstRenderMs,
    chartsMs: marks[tab] ?? null,
    bytesBefore,
    rawBefore,
    indexEndMs,
    heapMB: heap.usedSize / 1e6,
    clicks: times,
  };
}

/** A shared link: ?record= until its text shows, or ?q= until every shard has been searched. */
async function linkLoad(
  page: Page,
  url: string,
  query: string,
  mark: "detail" | "searched",
): Promise<{ ms: number; firstRenderMs: number; shards: number; shardBytes: number }> {
  await page.addInitScript(probe(["figures", mark]));
  await page.goto(`${url}/${query}`);
  const marks = await waitForMarks(page, ["figures", mark], query);
  const resources = (await page.evaluate(RESOURCES)) as { name: string; transferSize: number }[];
  const shards = resources.filter((r) => new URL(r.name).pathname.includes("/data/detail/"));
  return {
    ms: marks[mark] as number,
    firstRenderMs: marks.figures as number,
    shards: shards.length,
    shardBytes: shards.reduce((sum, r) => sum + r.transferSize, 0),
  };
}

/**
 * The app files the pipeline would write for the generated dataset, made once per size under the
 * bench cache (the dataset itself is generated again rather than parsed: faster at 100k).
 */
function ensureAppFiles(size: number): string {
  const dir = join(BENCH_CACHE, `app-files-${size}-s1-v1`);
  if (!existsSync(join(dir, INDEX_FILE))) {
    const partial = `${dir}.${process.pid}.tmp`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    writeAppFiles(partial, generateDataset({ records: size, seed: 1 }));
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  return dir;
}

/** A temp copy of the build with the generated dataset and its app files under data/. */
async function prepareAppDir(
  dist: string,
  dir: string,
  size: number,
): Promise<{ bytes: number; gzData: number; indexBytes: number; indexGz: number; shards: number }> {
  rmSync(dir, { recursive: true, force: true });
  cpSync(dist, dir, { recursive: true });
  // dataset.json itself is not copied: the app never reads it (its size is reported for comparison)
  const data = ensureDatasetFile({ records: size, seed: 1 });
  mkdirSync(join(dir, "data"), { recursive: true });
  const gzData = await gzipSize(data.file);
  const files = ensureAppFiles(size);
  cpSync(files, join(dir, "data"), { recursive: true });
  const index = join(files, INDEX_FILE);
  return {
    bytes: data.bytes,
    gzData,
    indexBytes: statSync(index).size,
    indexGz: await gzipSize(index),
    shards: readdirSync(join(files, "detail")).length,
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  ts?: number;
  dur?: number;
  /** thread (CPU) time, µs: what the main thread itself spent, not time waiting for a core */
  tdur?: number;
  args?: { name?: string };
}

/**
 * CPU time of the renderer's main thread over a trace: the thread time of its top-level tasks
 * (nested events are inside them). Unlike wall time it barely moves when other processes hold the
 * cores, so it is the figure to compare two builds by on a loaded machine.
 */
export function mainThreadCpuMs(traceEvents: readonly TraceEvent[]): number {
  const main = traceEvents.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")?.tid;
  const tasks = traceEvents
    .filter((e) => e.tid === main && e.ph === "X" && e.ts !== undefined && e.dur !== undefined)
    .sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0) || (b.dur ?? 0) - (a.dur ?? 0));
  let end = Number.NEGATIVE_INFINITY;
  let cpu = 0;
  for (const e of tasks) {
    const ts = e.ts ?? 0;
    if (ts < end) continue; // nested in the task before
    end = ts + (e.dur ?? 0);
    cpu += e.tdur ?? e.dur ?? 0;
  }
  return cpu / 1000;
}

/**
 * Main-thread CPU per filter click on a tab: loads the app, clicks twice to warm up, then clicks
 * `clicks` times (each waiting until every view settled) under a trace, and divides the main
 * thread's CPU time by the clicks. One figure per load; the caller takes the median.
 */
async function cpuPerClickOnce(browser: Browser, url: string, tab: Tab, clicks: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await oneLoad(page, url, tab, 2); // warm: the first clicks compile code paths
    await browser.startTracing(page, { categories: ["devtools.timeline"] });
    for (let k = 0; k < clicks; k++) await page.evaluate(`(${CLICK})(${Math.floor(k / 2) % 4})`);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString("utf8")) as {
      traceEvents: TraceEvent[];
    };
    return mainThreadCpuMs(traceEvents) / clicks;
  } finally {
    await context.close();
  }
}

const cpuFigure = (label: string, tab: Tab, perClick: number[]): Figure => ({
  key: `app.${label}.click.${tab}-cpu`,
  label: `  main-thread CPU per click, ${tab} tab (thread time: steadier under load)`,
  unit: " ms",
  summary: summarize(perClick),
});

/** `--cpu`: only the CPU-per-click figures, for an A/B of two builds on a busy machine. */
export async function cpuPerClick(options: {
  dist: string;
  size: number;
  tabs: readonly Tab[];
  runs: number;
  clicks: number;
}): Promise<Figure[]> {
  if (!existsSync(join(options.dist, "index.html"))) buildApp(options.dist);
  await prepareAppDir(options.dist, APP_DIR, options.size);
  const server = await serve(APP_DIR);
  const browser = await launchBrowser();
  const figures: Figure[] = [];
  try {
    for (const tab of options.tabs) {
      const perClick: number[] = [];
      for (let r = 0; r < options.runs; r++)
        perClick.push(await cpuPerClickOnce(browser, server.url, tab, options.clicks));
      const figure = cpuFigure(`${options.size / 1000}k`, tab, perClick);
      printFigure(figure);
      figures.push(figure);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

/** Renderer main-thread time by timeline event (style, layout, paint, script...); nested events overlap. */
function printTimeline(trace: Buffer): void {
  const { traceEvents } = JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] };
  const main = traceEvents.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")?.tid;
  const total = new Map<string, number>();
  for (const e of traceEvents)
    if (e.tid === main && e.ph === "X" && e.dur) total.set(e.name, (total.get(e.name) ?? 0) + e.dur / 1000);
  console.log("main thread by timeline event (ms, summed over the clicks; nested events overlap):");
  for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
}

/**
 * Where the main thread's time goes, on an unminified build (function names kept): the page load
 * (`load`) or six filter clicks (`click`) on the charts or table tab. Prints self time by function and
 * by chunk.
 */
export async function profileApp(size: number, what: "load" | "click", tab: Tab = "charts"): Promise<void> {
  const dist = "/tmp/atlas-bench-dist-nomin";
  const dir = "/tmp/atlas-bench-app-nomin";
  buildApp(dist, false);
  await prepareAppDir(dist, dir, size);
  const server = await serve(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    if (what === "load") await cdp.send("Profiler.start");
    await oneLoad(page, server.url, tab, 0);
    if (what === "click") {
      await cdp.send("Profiler.start");
      await browser.startTracing(page, { categories: ["devtools.timeline"] });
      for (let k = 0; k < 6; k++) await page.evaluate(`(${CLICK})(${Math.floor(k / 2) % 3})`);
      printTimeline(await browser.stopTracing());
    }
    const { profile } = await cdp.send("Profiler.stop");
    const s = summarizeProfile(profile as Parameters<typeof summarizeProfile>[0]);
    const strip = (name: string) => name.replace(server.url, "");
    console.log(
      `\n${what} at ${size} records, ${tab} tab, unminified build: ${s.totalMs.toFixed(0)} ms sampled`,
    );
    for (const r of s.byFunction.slice(0, 25))
      console.log(
        `  ${r.ms.toFixed(0).padStart(7)} ms ${(100 * r.share).toFixed(1).padStart(5)}%  ${strip(r.name)}`,
      );
    console.log("by chunk:");
    for (const r of s.byModule.slice(0, 8))
      console.log(
        `  ${r.ms.toFixed(0).padStart(7)} ms ${(100 * r.share).toFixed(1).padStart(5)}%  ${strip(r.name)}`,
      );
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface AppBenchOptions {
  sizes: number[];
  runs: number;
  clicks: number;
  /** which tabs to load and click on (default all three) */
  tabs?: readonly Tab[];
  dist?: string;
  build?: boolean;
}

export async function benchApp(options: AppBenchOptions): Promise<Figure[]> {
  const dist = options.dist ?? DEFAULT_DIST;
  if (options.build !== false || !existsSync(join(dist, "index.html"))) buildApp(dist);
  const figures: Figure[] = [];
  const browser = await launchBrowser();
  const fresh = async <T>(run: (page: Page) => Promise<T>): Promise<T> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      return await run(await context.newPage());
    } finally {
      await context.close();
    }
  };
  try {
    for (const size of options.sizes) {
      const label = `${size / 1000}k`;
      const target = size === 100_000;
      const prepared = await prepareAppDir(dist, APP_DIR, size);
      console.log(
        `\nbuilt app at ${size} records, served from ${APP_DIR}: data/${INDEX_FILE} ${fmtNum(prepared.indexBytes / 1e6)} MB (${fmtNum(prepared.indexGz / 1e6)} MB gzipped), ${prepared.shards} detail shards; dataset.json (not loaded) ${fmtNum(prepared.bytes / 1e6)} MB (${fmtNum(prepared.gzData / 1e6)} MB gzipped)`,
      );
      const server = await serve(APP_DIR);
      try {
        for (const tab of options.tabs ?? (["charts", "table", "map"] as const)) {
          const runs: LoadRun[] = [];
          for (let r = 0; r < (tab === "charts" ? options.runs : Math.max(1, options.runs - 1)); r++)
            runs.push(await fresh((page) => oneLoad(page, server.url, tab, options.clicks)));
          const clickTimes = runs.flatMap((r) => r.clicks.map((c) => c[0]));
          const settledTimes = runs.flatMap((r) => r.clicks.map((c) => c[1]));
          const rows: Figure[] =
            tab === "charts"
              ? [
                  {
                    key: `app.${label}.bytes-before-render`,
                    label: "transferred before first render (gzip)",
                    summary: summarize(runs.map((r) => r.bytesBefore / 1e6)),
                    unit: " MB",
                    target: target ? { op: "<", value: 4 } : undefined,
                  },
                  {
                    key: `app.${label}.raw-before-render`,
                    label: "  same files uncompressed",
                    summary: summarize(runs.map((r) => r.rawBefore / 1e6)),
                    unit: " MB",
                  },
                  {
                    key: `app.${label}.index-end`,
                    label: `${INDEX_FILE} fully received at`,
                    summary: summarize(runs.map((r) => r.indexEndMs)),
                    unit: " ms",
                  },
                  {
                    key: `app.${label}.first-render`,
                    label: "first render (headline figures)",
                    summary: summarize(runs.map((r) => r.firstRenderMs)),
                    unit: " ms",
                    target: target ? { op: "<", value: 1500 } : undefined,
                  },
                  {
                    key: `app.${label}.charts-drawn`,
                    label: "charts drawn",
                    summary: summarize(runs.flatMap((r) => (r.chartsMs === null ? [] : [r.chartsMs]))),
                    unit: " ms",
                  },
                  {
                    key: `app.${label}.heap`,
                    label: "JS heap after load",
                    summary: summarize(runs.map((r) => r.heapMB)),
                    unit: " MB",
                  },
                  {
                    key: `app.${label}.click.charts`,
                    label: "filter click -> figures + category charts updated",
                    summary: summarize(clickTimes),
                    unit: " ms",
                    target: target ? { op: "<", value: 50 } : undefined,
                  },
                  {
                    key: `app.${label}.click.charts-settled`,
                    label: "  -> + the timeline (Recharts, deferred)",
                    summary: summarize(settledTimes),
                    unit: " ms",
                    target: target ? { op: "<", value: 50 } : undefined,
                  },
                ]
              : [
                  {
                    key: `app.${label}.click.${tab}`,
                    label: `filter click -> figures + ${tab === "map" ? "map and city list" : "table"} updated`,
                    summary: summarize(clickTimes),
                    unit: " ms",
                    target: target ? { op: "<", value: 50 } : undefined,
                  },
                  ...(tab === "map"
                    ? [
                        {
                          key: `app.${label}.click.map-settled`,
                          label: "  -> every view settled (no aria-busy / data-stale)",
                          summary: summarize(settledTimes),
                          unit: " ms",
                          target: target ? { op: "<", value: 50 } : undefined,
                        } satisfies Figure,
                      ]
                    : []),
                ];
          if (target && tab !== "table") {
            const perClick: number[] = [];
            for (let r = 0; r < 2; r++) perClick.push(await cpuPerClickOnce(browser, server.url, tab, 12));
            rows.push(cpuFigure(label, tab, perClick));
          }
          for (const f of rows) printFigure(f);
          figures.push(...rows);
        }

        // A shared link to one report, and a search that loads every shard's body text.
        const ids = (
          JSON.parse(readFileSync(join(APP_DIR, "data", INDEX_FILE), "utf8")) as {
            columns: { id: string[] };
          }
        ).columns.id;
        const linkRuns = Math.max(1, options.runs);
        const records = [];
        for (let r = 0; r < linkRuns; r++) {
          const id = ids[Math.floor(((r + 1) * ids.length) / (linkRuns + 1))] as string;
          records.push(await fresh((page) => linkLoad(page, server.url, `?record=${id}`, "detail")));
        }
        const searches = [];
        for (let r = 0; r < linkRuns; r++)
          searches.push(
            await fresh((page) =>
              linkLoad(
                page,
                server.url,
                `?q=${encodeURIComponent(["心理", "驿站", "王"][r % 3] as string)}`,
                "searched",
              ),
            ),
          );
        const rows: Figure[] = [
          {
            key: `app.${label}.record-link`,
            label: "?record= link -> report text shown",
            summary: summarize(records.map((r) => r.ms)),
            unit: " ms",
          },
          {
            key: `app.${label}.record-link.shards`,
            label: "  detail shards fetched / kB transferred",
            summary: summarize(records.map((r) => r.shards)),
            unit: ` (${fmtNum(records[0] ? records[0].shardBytes / 1e3 : Number.NaN)} kB)`,
          },
          {
            key: `app.${label}.search-link.first`,
            label: "?q= link -> first matches (index text)",
            summary: summarize(searches.map((r) => r.firstRenderMs)),
            unit: " ms",
          },
          {
            key: `app.${label}.search-link.full`,
            label: "?q= link -> body text of all shards searched",
            summary: summarize(searches.map((r) => r.ms)),
            unit: " ms",
          },
        ];
        for (const f of rows) printFigure(f);
        figures.push(...rows);
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" },
      runs: { type: "string" },
      clicks: { type: "string" },
      dist: { type: "string" },
      "no-build": { type: "boolean" },
      profile: { type: "string" },
      tab: { type: "string" },
      tabs: { type: "string" },
      cpu: { type: "boolean" },
    },
  });
  if (values.cpu) {
    await cpuPerClick({
      dist: resolve(values.dist ?? DEFAULT_DIST),
      size: Number((values.sizes ?? "100000").split(",")[0]),
      tabs: (values.tabs ?? "charts,map").split(",") as Tab[],
      runs: Number(values.runs ?? 3),
      clicks: Number(values.clicks ?? 16),
    });
    process.exit(0);
  }
  if (values.profile === "load" || values.profile === "click") {
    const tab = values.tab === "table" || values.tab === "map" ? values.tab : "charts";
    await profileApp(Number((values.sizes ?? "100000").split(",")[0]), values.profile, tab);
    process.exit(0);
  }
  await benchApp({
    sizes: (values.sizes ?? "10000,100000").split(",").map(Number),
    runs: Number(values.runs ?? 3),
    clicks: Number(values.clicks ?? 8),
    tabs: values.tabs
      ? values.tabs.split(",").filter((t): t is Tab => t === "charts" || t === "table" || t === "map")
      : undefined,
    dist: values.dist ? resolve(values.dist) : undefined,
    build: !values["no-build"],
  });
}
