/**
 * Until the pipeline has written public/data/dataset.json, copy the hand-written fixture there so the
 * built site has data. Never overwrites an existing dataset (the pipeline's output wins). The app
 * loads index.json and detail shards made from it: written here too when missing or older than the
 * dataset (the same function the pipeline runs, so the same bytes).
 * Run: npx tsx tests/e2e/ensure-dataset.ts
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { INDEX_FILE } from "../../src/shared/compact-index.ts";
import { parseDataset } from "../../src/shared/schema.ts";
import { writeAppFiles } from "./write-app-files.ts";

const root = resolve(import.meta.dirname, "../..");
const target = resolve(root, "public/data/dataset.json");
const index = resolve(dirname(target), INDEX_FILE);
const fixture = resolve(root, "tests/fixtures/datasets/small.json");

if (existsSync(target)) {
  console.log(`kept ${target}`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(fixture, target);
  console.log(`copied fixture to ${target} (npm run data replaces it)`);
}
if (!existsSync(index) || statSync(index).mtimeMs < statSync(target).mtimeMs) {
  const parsed = parseDataset(JSON.parse(readFileSync(target, "utf8")));
  if (!parsed.ok) throw new Error(`${target}: ${parsed.error}`);
  const n = writeAppFiles(dirname(target), parsed.value);
  console.log(`wrote ${index} and ${n - 1} detail shard(s) from ${target}`);
} else {
  console.log(`kept ${index}`);
}
