import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Dataset, parseDataset } from "../../src/shared/schema.ts";

/** The hand-written fixture dataset (tests/fixtures/datasets/small.json), validated. */
export function loadSmallDataset(): Dataset {
  const path = resolve(import.meta.dirname, "../fixtures/datasets/small.json");
  const parsed = parseDataset(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
