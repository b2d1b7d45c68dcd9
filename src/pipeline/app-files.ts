import {
  DETAIL_DIR,
  detailFile,
  encodeCompactIndex,
  encodeDetailShards,
  INDEX_FILE,
  shardCountFor,
} from "../shared/compact-index.ts";
import { parseCompactIndex } from "../shared/index-schema.ts";
import type { Dataset } from "../shared/schema.ts";

/** A file the app reads, relative to the folder of dataset.json. */
export interface AppFile {
  path: string;
  content: string;
}

/**
 * The files the app loads instead of dataset.json (see src/shared/compact-index.ts): the detail
 * shards, then index.json last, so that a reader never sees an index whose shards are not written
 * yet. Deterministic: the same dataset gives the same bytes. The index is validated (a schema error
 * is a bug in the encoder); the shards hold parts of records the dataset's validation has checked.
 */
export function appFiles(dataset: Pick<Dataset, "taxonomy" | "records">): AppFile[] {
  const shards = shardCountFor(dataset.records.length);
  const index = encodeCompactIndex(dataset, shards);
  const checked = parseCompactIndex(index);
  if (!checked.ok) throw new Error(`compact index failed validation: ${checked.error}`);
  const files = encodeDetailShards(dataset.records, shards).map((shard) => ({
    path: detailFile(shard.shard),
    content: `${JSON.stringify(shard)}\n`,
  }));
  files.push({ path: INDEX_FILE, content: `${JSON.stringify(index)}\n` });
  return files;
}

const SHARD_NAME = /^\d+\.json$/;

/**
 * Names in the detail folder that a previous build wrote and this one does not (the shard count
 * shrank): to be removed, so no stale report can be fetched. Other files are left alone.
 */
export function staleDetailFiles(existing: readonly string[], files: readonly AppFile[]): string[] {
  const current = new Set(
    files.flatMap((f) => (f.path.startsWith(`${DETAIL_DIR}/`) ? [f.path.slice(DETAIL_DIR.length + 1)] : [])),
  );
  return existing.filter((name) => SHARD_NAME.test(name) && !current.has(name)).sort();
}

export { DETAIL_DIR };
