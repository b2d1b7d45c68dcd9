import { type Dataset, datasetSchema, SCHEMA_VERSION } from "../shared/schema.ts";
import { taxonomyLabels } from "../shared/taxonomy.ts";
import type { PageResult } from "./process-page.ts";

/** Code-point order, independent of locale and of the order the file system lists files in. */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Page results -> the dataset, sorted by file so the output never depends on read order. */
export function assembleDataset(results: readonly PageResult[]): Dataset {
  const sorted = [...results].sort((a, b) => byCodePoint(a.source.file, b.source.file));
  return {
    schemaVersion: SCHEMA_VERSION,
    taxonomy: taxonomyLabels(),
    sources: sorted.map((r) => r.source),
    records: sorted.flatMap((r) => r.records),
  };
}

/** Validates before writing: a schema error here is a pipeline bug, reported with its path. */
export function serializeDataset(dataset: Dataset): string {
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new Error(`dataset failed validation at ${first?.path.join(".")}: ${first?.message}`);
  }
  return `${JSON.stringify(dataset)}\n`;
}
