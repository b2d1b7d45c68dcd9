/**
 * Writes the app's files (index.json, detail shards) for a dataset into a data folder, as the
 * pipeline's CLI does next to its --out file (src/pipeline/build-dataset.ts), for data that did not
 * come through the CLI: the e2e fixture, the bench's generated datasets.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { appFiles, DETAIL_DIR, staleDetailFiles } from "../../src/pipeline/app-files.ts";
import type { Dataset } from "../../src/shared/schema.ts";

export function writeAppFiles(folder: string, dataset: Pick<Dataset, "taxonomy" | "records">): number {
  const files = appFiles(dataset);
  const detailDir = join(folder, DETAIL_DIR);
  mkdirSync(detailDir, { recursive: true });
  for (const name of staleDetailFiles(readdirSync(detailDir), files)) rmSync(join(detailDir, name));
  for (const f of files) writeFileSync(join(folder, f.path), f.content);
  return files.length;
}
