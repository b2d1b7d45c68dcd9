/**
 * Child process of bench-pipeline.ts, so that its peak RSS is its own. Modes:
 *   floor     read + decode (strict UTF-8, else GB18030) + one global regex pass over every file
 *   pipeline  read + processPage over every file (no cache), results kept as the CLI keeps them,
 *             then assembleDataset + serializeDataset (validation and JSON) timed separately
 * Each pass walks all files; pass 1 includes one-time costs (gazetteer, trie, JIT), later passes are
 * warm. Prints one JSON line.
 *   node --import tsx tests/bench/pipeline-worker.ts --mode pipeline --dir DIR [--passes 2]
 * With `--profile FILE` (run node with --enable-source-maps) the last pass is CPU-profiled through the
 * inspector and every frame is mapped back to its TypeScript line before FILE is written: tsx's
 * output is minified onto one line, so a plain --cpu-prof names no lines.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { findSourceMap } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    mode: { type: "string" },
    dir: { type: "string" },
    passes: { type: "string" },
    profile: { type: "string" },
  },
});
const mode = values.mode;
const dir = values.dir ?? "";
const passes = Number(values.passes ?? 2);
const names = readdirSync(dir)
  .filter((n) => n.endsWith(".txt"))
  .sort();

let peakRss = process.memoryUsage.rss();
const sampleRss = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
};

const FIGURE = /\d+(?:\.\d+)?[万亿]?(?:元|人次|人|名|家|个|场)/g;
const utf8 = new TextDecoder("utf-8", { fatal: true });
const gb = new TextDecoder("gb18030");

function floorPass(): { bytes: number; matches: number } {
  let bytes = 0;
  let matches = 0;
  for (let i = 0; i < names.length; i++) {
    const raw = readFileSync(join(dir, names[i] as string));
    bytes += raw.length;
    let text: string;
    try {
      text = utf8.decode(raw);
    } catch {
      text = gb.decode(raw);
    }
    for (const _ of text.matchAll(FIGURE)) matches++;
    if (i % 25 === 0) sampleRss();
  }
  return { bytes, matches };
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

async function startProfile(): Promise<Session | null> {
  if (!values.profile) return null;
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 250 });
  await session.post("Profiler.start");
  return session;
}

async function stopProfile(session: Session | null): Promise<void> {
  if (!session || !values.profile) return;
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  for (const node of profile.nodes) {
    const frame = node.callFrame as CallFrame;
    if (!frame.url.includes("/src/") && !frame.url.includes("/tests/")) continue;
    const entry = findSourceMap(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry && "originalLine" in entry) {
      frame.lineNumber = entry.originalLine;
      frame.columnNumber = entry.originalColumn;
    }
  }
  writeFileSync(values.profile, JSON.stringify(profile));
}

const out: Record<string, unknown> = { mode, files: names.length };
const passMs: number[] = [];
/** user+system CPU ms per pass: less disturbed than wall time when other processes share the cores */
const passCpuMs: number[] = [];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (mode === "floor") {
  let bytes = 0;
  for (let p = 0; p < passes; p++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    const r = floorPass();
    passMs.push(performance.now() - t0);
    passCpuMs.push(cpuMs() - c0);
    bytes = r.bytes;
    out.matches = r.matches;
  }
  out.bytes = bytes;
} else if (mode === "pipeline") {
  const t0 = performance.now();
  const { processPage } = await import("../../src/pipeline/process-page.ts");
  const { assembleDataset, serializeDataset } = await import("../../src/pipeline/assemble.ts");
  out.importMs = performance.now() - t0;
  let bytes = 0;
  for (let p = 0; p < passes; p++) {
    const results = [];
    bytes = 0;
    const session = p === passes - 1 ? await startProfile() : null;
    const c1 = cpuMs();
    const t1 = performance.now();
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      const raw = readFileSync(join(dir, name));
      bytes += raw.length;
      results.push(processPage(name, raw));
      if (i % 25 === 0) sampleRss();
    }
    passMs.push(performance.now() - t1);
    passCpuMs.push(cpuMs() - c1);
    await stopProfile(session);
    if (p === passes - 1) {
      const t2 = performance.now();
      const dataset = assembleDataset(results);
      const t3 = performance.now();
      const json = serializeDataset(dataset);
      const t4 = performance.now();
      sampleRss();
      out.assembleMs = t3 - t2;
      out.serializeMs = t4 - t3;
      out.records = dataset.records.length;
      out.outputBytes = Buffer.byteLength(json);
      out.warnings = dataset.sources.filter((s) => s.status === "warning").length;
      out.errors = dataset.sources.filter((s) => s.status === "error").length;
    }
  }
  out.bytes = bytes;
} else {
  throw new Error(`--mode floor|pipeline, got ${mode}`);
}
sampleRss();
out.passMs = passMs;
out.passCpuMs = passCpuMs;
out.peakRssBytes = peakRss;
out.maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify(out)}\n`);
