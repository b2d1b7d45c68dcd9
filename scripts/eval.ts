// Scores the pipeline on every page set with hand-made gold: the bundled sample (gold in ../shared/eval)
// and tests/eval*/ (pages written for this project). Prints the scorer's lines per set.
// usage: npm run eval [-- --verbose]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const scorer = path.resolve(root, "../shared/eval/score.mjs");
if (!existsSync(scorer)) {
  console.error(`error: the scorer ${scorer} is not there (it ships in the project's shared/ folder)`);
  process.exit(2);
}
const verbose = process.argv.includes("--verbose") ? ["--verbose"] : [];
const out = mkdtempSync(path.join(tmpdir(), "atlas-eval-"));
const sets: { name: string; pages: string; gold: string[] }[] = [
  { name: "sample", pages: "data/articles", gold: [path.resolve(root, "../shared/eval/sample-gold.json")] },
  ...readdirSync(path.join(root, "tests"))
    .filter((d) => /^eval\d*$/.test(d))
    .sort()
    .map((d) => ({
      name: d,
      pages: `tests/${d}/pages`,
      gold: readdirSync(path.join(root, "tests", d, "gold"))
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => path.join(root, "tests", d, "gold", f)),
    })),
];
for (const set of sets) {
  const file = path.join(out, `${set.name}.json`);
  execFileSync(
    "npx",
    ["tsx", "src/pipeline/build-dataset.ts", "--in", set.pages, "--out", file, "--no-cache"],
    {
      cwd: root,
      stdio: "ignore",
    },
  );
  const report = execFileSync("node", [scorer, file, ...set.gold, ...verbose], { encoding: "utf8" });
  console.log(`== ${set.name} (${set.pages})\n${report.trimEnd()}`);
}
