/**
 * The built app at archive scale in headless Chromium: a temp copy of the production build with a
 * generated dataset (dataset.ts) as data/dataset.json, served from localhost like `vite preview`
 * (no compression). Per page load (fresh browser context, nothing cached):
 *  - bytes transferred before first render (Resource Timing transferSize of everything that finished
 *    loading before it), and what the same files weigh gzipped;
 *  - time to first render: the headline figures showing the dataset's count; then the charts drawn;
 *  - filter click -> updated view: a programme-type checkbox clicked, until the headline figures
 *    changed and the next frame ran (charts tab; then the table tab).
 *   npx tsx tests/bench/bench-app.ts [--sizes 10000,100000] [--runs 3] [--clicks 8] [--dist DIR]
 *   npx tsx tests/bench/bench-app.ts --profile load|click [--sizes 100000]   (main-thread CPU profile)
 */
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";
import type { Page } from "playwright-core";
import { launchBrowser } from "../e2e/harness.ts";
import { buildApp, DEFAULT_DIST } from "./bench-bundle.ts";
import { ensureDatasetFile } from "./dataset.ts";
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

async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404).end("not found");
    res.writeHead(200, {
      "content-type": MIME[extname(file)] ?? "application/octet-stream",
      "content-length": statSync(file).size,
      "cache-control": "no-store",
    });
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
const PROBE = `
  window.__bench = { marks: {} };
  const want = {
    figures: '[data-figure="programs"] .figure__value',
    charts: '.chart-card__chart svg',
    table: 'table.programmes tbody tr',
  };
  const tick = () => {
    for (const [k, sel] of Object.entries(want)) {
      if (window.__bench.marks[k] === undefined && document.querySelector(sel)) window.__bench.marks[k] = performance.now();
    }
    if (Object.keys(window.__bench.marks).length < 2) requestAnimationFrame(tick);
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

/** Clicks the n-th programme-type checkbox and resolves with ms until the figures changed and a frame ran. */
const CLICK = `(n) => new Promise((resolveClick, reject) => {
  // the first set of checkboxes is the programme types (FilterPanel's order)
  const group = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('input[type=checkbox]'));
  const box = group?.querySelectorAll('input[type=checkbox]')[n];
  const value = () => document.querySelector('[data-figure="programs"] .figure__value')?.textContent;
  if (!box) return reject(new Error("no type checkbox " + n));
  const before = value();
  const t0 = performance.now();
  box.click();
  const check = () => {
    if (value() !== before) requestAnimationFrame(() => resolveClick(performance.now() - t0));
    else if (performance.now() - t0 > 30000) reject(new Error("no update after 30 s"));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

interface LoadRun {
  firstRenderMs: number;
  chartsMs: number | null;
  bytesBefore: number;
  gzipBefore: number;
  datasetEndMs: number;
  heapMB: number;
  clicks: number[];
}

async function oneLoad(
  page: Page,
  url: string,
  dir: string,
  tab: "charts" | "table",
  clicks: number,
): Promise<LoadRun> {
  await page.addInitScript(PROBE);
  await page.goto(tab === "charts" ? url : `${url}/?tab=table`);
  // Polled from here: the page's CSP forbids the eval that page.waitForFunction would use.
  const ready = `window.__bench && window.__bench.marks.figures !== undefined && window.__bench.marks.${tab === "table" ? "table" : "charts"} !== undefined`;
  for (const t0 = Date.now(); !(await page.evaluate(ready)); ) {
    if (Date.now() - t0 > 120_000)
      throw new Error(
        `no first render within 120 s (${tab} tab): ${String(await page.evaluate("document.body.innerText.slice(0, 300)"))}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
  const marks = (await page.evaluate("window.__bench.marks")) as Record<string, number>;
  const firstRenderMs = marks.figures as number;
  const resources = (await page.evaluate(RESOURCES)) as {
    name: string;
    responseEnd: number;
    transferSize: number;
    decodedBodySize: number;
  }[];
  let bytesBefore = 0;
  let gzipBefore = 0;
  let datasetEndMs = Number.NaN;
  for (const r of resources) {
    const path = new URL(r.name).pathname;
    if (path.endsWith("/data/dataset.json")) datasetEndMs = r.responseEnd;
    if (r.responseEnd > firstRenderMs) continue;
    bytesBefore += r.transferSize;
    const file = join(dir, path === "/" ? "index.html" : path);
    if (existsSync(file) && statSync(file).isFile()) gzipBefore += await gzipSize(file);
  }
  const cdp = await page.context().newCDPSession(page);
  const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  const times: number[] = [];
  for (let k = 0; k < clicks; k++) {
    // on, off, on (another type), off ...: every click is a filter change
    const n = Math.floor(k / 2) % 4;
    times.push((await page.evaluate(`(${CLICK})(${n})`)) as number);
  }
  return {
    firstRenderMs,
    chartsMs: tab === "charts" ? (marks.charts ?? null) : (marks.table ?? null),
    bytesBefore,
    gzipBefore,
    datasetEndMs,
    heapMB: heap.usedSize / 1e6,
    clicks: times,
  };
}

/** A temp copy of the build with the generated dataset as data/dataset.json. */
async function prepareAppDir(
  dist: string,
  dir: string,
  size: number,
): Promise<{ bytes: number; gzData: number }> {
  rmSync(dir, { recursive: true, force: true });
  cpSync(dist, dir, { recursive: true });
  const data = ensureDatasetFile({ records: size, seed: 1 });
  mkdirSync(join(dir, "data"), { recursive: true });
  const target = join(dir, "data/dataset.json");
  cpSync(data.file, target);
  const gzData = await gzipSize(data.file);
  // the copy shares the cached gzip size
  writeFileSync(
    `${target}.gzsize.json`,
    JSON.stringify({ size: data.bytes, mtime: statSync(target).mtimeMs, gz: gzData }),
  );
  return { bytes: data.bytes, gzData };
}

/**
 * Where the main thread's time goes, on an unminified build (function names kept): the page load
 * (`load`) or six filter clicks on the charts tab (`click`). Prints self time by function and by chunk.
 */
export async function profileApp(size: number, what: "load" | "click"): Promise<void> {
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
    await oneLoad(page, server.url, dir, "charts", 0);
    if (what === "click") {
      await cdp.send("Profiler.start");
      for (let k = 0; k < 6; k++) await page.evaluate(`(${CLICK})(${Math.floor(k / 2) % 3})`);
    }
    const { profile } = await cdp.send("Profiler.stop");
    const s = summarizeProfile(profile as Parameters<typeof summarizeProfile>[0]);
    const strip = (name: string) => name.replace(server.url, "");
    console.log(`\n${what} at ${size} records, unminified build: ${s.totalMs.toFixed(0)} ms sampled`);
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
  dist?: string;
  build?: boolean;
}

export async function benchApp(options: AppBenchOptions): Promise<Figure[]> {
  const dist = options.dist ?? DEFAULT_DIST;
  if (options.build !== false || !existsSync(join(dist, "index.html"))) buildApp(dist);
  const figures: Figure[] = [];
  const browser = await launchBrowser();
  try {
    for (const size of options.sizes) {
      const label = `${size / 1000}k`;
      const { bytes, gzData } = await prepareAppDir(dist, APP_DIR, size);
      console.log(
        `\nbuilt app at ${size} records: data/dataset.json ${fmtNum(bytes / 1e6)} MB (${fmtNum(gzData / 1e6)} MB gzipped), served from ${APP_DIR}`,
      );
      const server = await serve(APP_DIR);
      try {
        for (const tab of ["charts", "table"] as const) {
          const runs: LoadRun[] = [];
          for (let r = 0; r < (tab === "charts" ? options.runs : Math.max(1, options.runs - 1)); r++) {
            const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
            const page = await context.newPage();
            try {
              runs.push(await oneLoad(page, server.url, APP_DIR, tab, options.clicks));
            } finally {
              await context.close();
            }
          }
          const clickTimes = runs.flatMap((r) => r.clicks);
          const target = size === 100_000;
          const rows: Figure[] =
            tab === "charts"
              ? [
                  {
                    key: `app.${label}.bytes-before-render`,
                    label: "transferred before first render",
                    summary: summarize(runs.map((r) => r.bytesBefore / 1e6)),
                    unit: " MB",
                    target: target ? { op: "<", value: 4 } : undefined,
                  },
                  {
                    key: `app.${label}.gzip-before-render`,
                    label: "  same files gzipped",
                    summary: summarize(runs.map((r) => r.gzipBefore / 1e6)),
                    unit: " MB",
                  },
                  {
                    key: `app.${label}.dataset-end`,
                    label: "dataset.json fully received at",
                    summary: summarize(runs.map((r) => r.datasetEndMs)),
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
                    label: "filter click -> figures + charts updated",
                    summary: summarize(clickTimes),
                    unit: " ms",
                    target: target ? { op: "<", value: 50 } : undefined,
                  },
                ]
              : [
                  {
                    key: `app.${label}.click.table`,
                    label: "filter click -> figures + table updated",
                    summary: summarize(clickTimes),
                    unit: " ms",
                    target: target ? { op: "<", value: 50 } : undefined,
                  },
                ];
          for (const f of rows) printFigure(f);
          figures.push(...rows);
        }
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
    },
  });
  if (values.profile === "load" || values.profile === "click") {
    await profileApp(Number((values.sizes ?? "100000").split(",")[0]), values.profile);
    process.exit(0);
  }
  await benchApp({
    sizes: (values.sizes ?? "10000,100000").split(",").map(Number),
    runs: Number(values.runs ?? 3),
    clicks: Number(values.clicks ?? 8),
    dist: values.dist ? resolve(values.dist) : undefined,
    build: !values["no-build"],
  });
}
