/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by module, so a slow
 * stage can be named precisely.
 *   npx tsx tests/bench/profile-summary.ts FILE.cpuprofile [--top 25]
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const ROOT = resolve(import.meta.dirname, "../..");

function moduleOf(url: string): string {
  if (!url) return "(native/V8)";
  const path = url.replace(/^file:\/\//, "");
  const rel = relative(ROOT, path);
  if (rel.startsWith("node_modules/"))
    return rel
      .split("/")
      .slice(0, rel.startsWith("node_modules/@") ? 3 : 2)
      .join("/");
  return rel.startsWith("..") ? url : rel;
}

const sources = new Map<string, string[]>();

/** For anonymous functions: the start of their source line, to say which closure it is. */
function snippet(url: string, line: number): string {
  if (!url.startsWith("file://") || !url.includes("/src/")) return "";
  const path = url.replace(/^file:\/\//, "");
  let lines = sources.get(path);
  if (!lines) {
    try {
      lines = readFileSync(path, "utf8").split("\n");
    } catch {
      lines = [];
    }
    sources.set(path, lines);
  }
  const text = (lines[line] ?? "").trim().slice(0, 60);
  return text ? ` [${text}]` : "";
}

export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

export function summarizeProfile(profile: CpuProfile): {
  totalMs: number;
  byFunction: ProfileRow[];
  byModule: ProfileRow[];
  inclusiveByModule: ProfileRow[];
} {
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let total = 0;
  const fn = new Map<string, number>();
  const mod = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const m = moduleOf(url);
    const name = `${functionName || `(anonymous)${snippet(url, lineNumber)}`}  ${m}${url ? `:${lineNumber + 1}` : ""}`;
    fn.set(name, (fn.get(name) ?? 0) + us);
    mod.set(m, (mod.get(m) ?? 0) + us);
    // inclusive per module: each sample counts once for every distinct project module on its stack
    const seen = new Set<string>();
    for (let k: number | undefined = id; k !== undefined; k = parent.get(k)) {
      const mm = moduleOf(byId.get(k)?.callFrame.url ?? "");
      if (mm.startsWith("src/") && !seen.has(mm)) {
        seen.add(mm);
        incl.set(mm, (incl.get(mm) ?? 0) + us);
      }
    }
  }
  const rows = (m: Map<string, number>) =>
    [...m].map(([name, us]) => ({ name, ms: us / 1000, share: us / total })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total / 1000, byFunction: rows(fn), byModule: rows(mod), inclusiveByModule: rows(incl) };
}

export function printProfile(file: string, top = 25): void {
  const s = summarizeProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const line = (r: ProfileRow) =>
    `  ${r.ms.toFixed(0).padStart(7)} ms ${(100 * r.share).toFixed(1).padStart(5)}%  ${r.name}`;
  console.log(`profile ${file}: ${s.totalMs.toFixed(0)} ms sampled`);
  console.log("self time by function:");
  for (const r of s.byFunction.slice(0, top)) console.log(line(r));
  console.log("self time by module:");
  for (const r of s.byModule.slice(0, 15)) console.log(line(r));
  console.log("inclusive time by project module (callees in other modules included):");
  for (const r of s.inclusiveByModule.slice(0, 20)) console.log(line(r));
}

if (import.meta.filename === process.argv[1]) {
  const { values, positionals } = parseArgs({ options: { top: { type: "string" } }, allowPositionals: true });
  for (const f of positionals) printProfile(f, Number(values.top ?? 25));
}
