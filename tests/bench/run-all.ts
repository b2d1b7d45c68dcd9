/**
 * `npm run bench`: every benchmark of issue 6, figures printed as medians with min/max over repeated
 * runs, each beside its target. Scripts, not tests: nothing fails on a timing. Generated corpora and
 * datasets live in node_modules/.cache/atlas-bench, builds in /tmp; the last results are also written
 * to node_modules/.cache/atlas-bench/results.json.
 *   npm run bench [-- --only bundle,filter,pipeline,app] [--quick] [--profile]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CHROMIUM_PATH } from "../e2e/harness.ts";
import { benchApp } from "./bench-app.ts";
import { benchBundle } from "./bench-bundle.ts";
import { benchFilter } from "./bench-filter.ts";
import { benchPipeline } from "./bench-pipeline.ts";
import { BENCH_CACHE } from "./corpus.ts";
import { type Figure, verdict } from "./lib/stats.ts";

const { values } = parseArgs({
  options: { only: { type: "string" }, quick: { type: "boolean" }, profile: { type: "boolean" } },
});
const only = new Set((values.only ?? "bundle,filter,pipeline,app").split(","));
const quick = Boolean(values.quick);

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
}

const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: only.has("app") ? chromiumVersion() : "not run",
  loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
};
console.log(
  `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; Node ${machine.node}; ${machine.chromium}; load average ${machine.loadAverageAtStart.join(" ")}`,
);
const started = performance.now();
const figures: Figure[] = [];
if (only.has("bundle")) figures.push(...benchBundle());
if (only.has("filter")) figures.push(...benchFilter({ sizes: [10_000, 100_000], reps: quick ? 10 : 30 }));
if (only.has("pipeline"))
  figures.push(...benchPipeline({ pages: 1000, runs: quick ? 1 : 3, profile: values.profile }));
if (only.has("app")) {
  figures.push(
    ...(await benchApp({
      sizes: [10_000, 100_000],
      runs: quick ? 1 : 3,
      clicks: quick ? 4 : 8,
      build: !only.has("bundle"),
    })),
  );
}

const withTargets = figures.filter((f) => f.target);
console.log(`\ntargets (${withTargets.length}):`);
for (const f of withTargets) console.log(`  ${f.key.padEnd(40)} ${verdict(f)}`);
const seconds = (performance.now() - started) / 1000;
console.log(
  `\nbench finished in ${seconds.toFixed(0)} s; load average now ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
mkdirSync(BENCH_CACHE, { recursive: true });
writeFileSync(
  join(BENCH_CACHE, "results.json"),
  JSON.stringify({ machine, seconds, loadAverageAtEnd: loadavg(), figures }, null, 2),
);
