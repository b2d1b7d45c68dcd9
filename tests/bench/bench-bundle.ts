/**
 * Bundle size: a production build into a temp folder, then initial JS and CSS (what index.html loads,
 * with their static imports) against each lazily loaded feature (charts, table, map, detail), gzip -9.
 *   npx tsx tests/bench/bench-bundle.ts [--out /tmp/atlas-bench-dist] [--no-build]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { type Figure, printFigure } from "./lib/stats.ts";

const ROOT = resolve(import.meta.dirname, "../..");
export const DEFAULT_DIST = "/tmp/atlas-bench-dist";

interface ManifestChunk {
  file: string;
  isDynamicEntry?: boolean;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** A production build; `minify: false` keeps function names for a readable profile. */
export function buildApp(outDir = DEFAULT_DIST, minify = true): number {
  const t0 = performance.now();
  const vite = join(ROOT, "node_modules/.bin/vite");
  const args = ["build", "--outDir", outDir, "--emptyOutDir", "--manifest", "--logLevel", "warn"];
  if (!minify) args.push("--minify", "false");
  const r = spawnSync(vite, args, { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`vite build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return performance.now() - t0;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface BundleReport {
  figures: Figure[];
  lines: string[];
}

export function measureBundle(outDir = DEFAULT_DIST): BundleReport {
  const manifest = JSON.parse(readFileSync(join(outDir, ".vite/manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const htmlScripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1] as string);
  const htmlCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\.?\/?([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g)].map(
    (m) => m[1] as string,
  );

  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const k of manifest[key]?.imports ?? []) closure(k, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error("no entry in the manifest");
  const initialKeys = closure(entryKey);
  const filesOf = (keys: Iterable<string>) => {
    const js = new Set<string>();
    const css = new Set<string>();
    for (const k of keys) {
      const c = manifest[k];
      if (!c) continue;
      if (c.file.endsWith(".js")) js.add(c.file);
      for (const s of c.css ?? []) css.add(s);
    }
    return { js, css };
  };
  const initial = filesOf(initialKeys);
  for (const f of [...htmlScripts, ...preloads]) initial.js.add(f);
  for (const f of htmlCss) initial.css.add(f);
  const sum = (files: Iterable<string>) => [...files].reduce((a, f) => a + gz(join(outDir, f)), 0);
  const initialJs = sum(initial.js);
  const initialCss = sum(initial.css);

  const lines: string[] = [];
  const figures: Figure[] = [];
  const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  const one = (key: string, label: string, bytes: number, target?: Figure["target"]): Figure => ({
    key,
    label,
    summary: { median: bytes / 1000, min: bytes / 1000, max: bytes / 1000, runs: 1 },
    unit: " kB",
    target,
  });
  figures.push(
    one("bundle.initial.js", `initial JS (${[...initial.js].join(", ")})`, initialJs, {
      op: "<",
      value: 200,
    }),
  );
  figures.push(one("bundle.initial.css", `initial CSS (${[...initial.css].join(", ")})`, initialCss));

  // Lazy features: each dynamic entry's static closure, minus what the first download already holds;
  // a dynamic import inside a feature (the map's outlines) counts with that feature.
  const lazy: { name: string; js: Set<string>; css: Set<string> }[] = [];
  for (const [d, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry) continue;
    const keys = [...closure(d)];
    for (const nested of chunk.dynamicImports ?? []) keys.push(...closure(nested));
    const { js, css } = filesOf(keys.filter((k) => !initialKeys.has(k)));
    lazy.push({ name: d, js, css });
  }
  const nestedOnly = new Set(lazy.flatMap((l) => manifest[l.name]?.dynamicImports ?? []));
  for (const l of lazy) {
    if (nestedOnly.has(l.name)) continue;
    const feature = l.name.replace(/^src\/features\//, "").replace(/\/.*$/, "");
    const js = sum(l.js);
    const css = sum(l.css);
    figures.push(
      one(
        `bundle.lazy.${feature}`,
        `lazy ${feature}: JS ${[...l.js].length} file(s)${css ? ` + CSS ${kb(css)}` : ""}`,
        js + css,
      ),
    );
  }
  const charts = lazy.find((l) => l.name.includes("/charts/"));
  if (charts) {
    const chartsJs = sum([...charts.js]);
    figures.push(
      one("bundle.default-view.js", "JS for the default view (initial + charts tab)", initialJs + chartsJs),
    );
  }
  lines.push(`  build: ${outDir} (gzip -9 of each file)`);
  return { figures, lines };
}

export function benchBundle(options: { outDir?: string; build?: boolean } = {}): Figure[] {
  const outDir = options.outDir ?? DEFAULT_DIST;
  console.log("\nbundle");
  if (options.build !== false || !existsSync(join(outDir, ".vite/manifest.json"))) {
    const ms = buildApp(outDir);
    console.log(`  vite build -> ${outDir} in ${(ms / 1000).toFixed(1)} s`);
  }
  const report = measureBundle(outDir);
  for (const l of report.lines) console.log(l);
  for (const f of report.figures) printFigure(f);
  return report.figures;
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { out: { type: "string" }, "no-build": { type: "boolean" } } });
  benchBundle({ outDir: values.out, build: !values["no-build"] });
}
