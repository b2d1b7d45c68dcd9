/**
 * Until the pipeline has written public/data/dataset.json, copy the hand-written fixture there so the
 * built site has data. Never overwrites an existing file (the pipeline's output wins).
 * Run: npx tsx tests/e2e/ensure-dataset.ts
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const target = resolve(root, "public/data/dataset.json");
const fixture = resolve(root, "tests/fixtures/datasets/small.json");

if (existsSync(target)) {
  console.log(`kept ${target}`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(fixture, target);
  console.log(`copied fixture to ${target} (npm run data replaces it)`);
}
