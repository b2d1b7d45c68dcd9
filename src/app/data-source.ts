import {
  decodeCompactIndex,
  detailFile,
  INDEX_FILE,
  mergeDetail,
  type RecordRows,
  recordRows,
  shardOf,
} from "../shared/compact-index.ts";
import { bodyTextOf, buildFilterIndexFromColumns, type FilterIndex } from "../shared/filter-engine.ts";
import type { DetailShard } from "../shared/index-schema.ts";
import type { Dataset, DatasetRecord } from "../shared/schema.ts";
import { type BodyTextStore, createBodyTextStore } from "./body-text.ts";
import type { BodyTextReply } from "./body-text-worker.ts";

/**
 * The one seam between the app and its data. Views never fetch: they get `AtlasData` from
 * `loadDataset()` and ask `loadRecordDetail(id)` for a full record (paragraphs and quotes).
 * The first download is the compact index (index.json, see src/shared/compact-index.ts): columns the
 * filter index is built from directly, and record summaries made only for rows a view shows. Full
 * texts stay in detail shards (detail/<k>.json): one is fetched to open a report; all of them, in
 * the background, while a search is set (`bodyText`).
 */
export interface AtlasData {
  taxonomy: Dataset["taxonomy"];
  /** record summaries by position (what list views show); `index` refers to them by position */
  records: RecordRows;
  index: FilterIndex;
  /** body text for search, loaded on demand */
  bodyText: BodyTextStore;
}

export type LoadErrorKind = "missing" | "http" | "network" | "truncated" | "invalid";

/** A load failure the UI explains in words; `detail` is the technical part. */
export class DatasetLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string,
    readonly status: number | null,
    readonly detail: string,
  ) {
    super(`${kind}: ${url}${status ? ` (HTTP ${status})` : ""}: ${detail}`);
    this.name = "DatasetLoadError";
  }
}

/** Relative to the page, so the built site works from any folder (vite `base: "./"`). */
export const INDEX_URL = `${import.meta.env.BASE_URL}data/${INDEX_FILE}`;

export interface DataSource {
  loadDataset(): Promise<AtlasData>;
  loadRecordDetail(id: string): Promise<DatasetRecord | null>;
}

/** detail shards kept parsed for reports opened one after another */
const KEPT_SHARDS = 4;

type ShardText = { ids: readonly string[]; haystack: string; starts: Int32Array };

/**
 * Body text of a shard from a Web Worker (body-text-worker.ts), started on first use; null where
 * there are no workers (tests) or once the worker has failed, and the page's thread does the work.
 */
function workerLoader(): ((shard: number, url: string) => Promise<ShardText>) | null {
  if (typeof Worker === "undefined") return null;
  let worker: Worker | null = null;
  let broken = false;
  const waiting = new Map<number, { resolve: (t: ShardText) => void; reject: (e: Error) => void }>();
  const start = () => {
    const w = new Worker(new URL("./body-text-worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (event: MessageEvent<BodyTextReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.shard);
      waiting.delete(reply.shard);
      if (reply.ok) pending?.resolve(reply);
      else pending?.reject(new Error(reply.error));
    };
    w.onerror = (event) => {
      event.preventDefault();
      broken = true;
      for (const p of waiting.values()) p.reject(new Error("body text worker failed"));
      waiting.clear();
      w.terminate();
    };
    return w;
  };
  return (shard, url) => {
    if (broken) return Promise.reject(new Error("body text worker failed"));
    worker ??= start();
    const w = worker;
    return new Promise((resolve, reject) => {
      waiting.set(shard, { resolve, reject });
      w.postMessage({ shard, url: new URL(url, globalThis.location?.href).href });
    });
  };
}

export function createDataSource(url: string = INDEX_URL, fetchImpl: typeof fetch = fetch): DataSource {
  const folder = url.slice(0, url.lastIndexOf("/") + 1);
  // The schemas (zod) are their own chunk, downloaded while the index is: not needed before.
  let schemas: Promise<typeof import("../shared/index-schema.ts")> | null = null;
  const loadSchemas = () => {
    schemas ??= import("../shared/index-schema.ts");
    return schemas;
  };
  let loading: Promise<AtlasData> | null = null;
  let shardCount = 1;
  const details = new Map<string, Promise<DatasetRecord | null>>();
  const shards = new Map<number, Promise<DetailShard>>();

  async function fetchJson(target: string): Promise<{ json: unknown; status: number }> {
    let response: Response;
    try {
      // a plain GET, so the <link rel="preload"> in index.html can answer it
      response = await fetchImpl(target);
    } catch (e) {
      throw new DatasetLoadError("network", target, null, e instanceof Error ? e.message : String(e));
    }
    if (!response.ok) {
      const kind = response.status === 404 ? "missing" : "http";
      throw new DatasetLoadError(kind, target, response.status, response.statusText);
    }
    try {
      // json() parses the bytes as they are, without a JavaScript string of the whole file first
      return { json: await response.json(), status: response.status };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const kind = e instanceof SyntaxError ? "truncated" : "network";
      throw new DatasetLoadError(kind, target, response.status, detail);
    }
  }

  async function fetchShard(shard: number): Promise<DetailShard> {
    const target = `${folder}${detailFile(shard)}`;
    const schema = loadSchemas();
    const { json, status } = await fetchJson(target);
    const parsed = (await schema).parseDetailShard(json, shard);
    if (!parsed.ok) throw new DatasetLoadError("invalid", target, status, parsed.error);
    return parsed.value;
  }

  /** A shard for the detail view: kept (the last few), and forgotten if it failed. */
  function keptShard(shard: number): Promise<DetailShard> {
    let p = shards.get(shard);
    if (p) {
      shards.delete(shard); // most recent last
    } else {
      p = fetchShard(shard);
      p.catch(() => shards.delete(shard));
    }
    shards.set(shard, p);
    while (shards.size > KEPT_SHARDS) shards.delete(shards.keys().next().value as number);
    return p;
  }

  async function load(): Promise<AtlasData> {
    const schema = loadSchemas();
    const { json, status } = await fetchJson(url);
    const parsed = (await schema).parseCompactIndex(json);
    if (!parsed.ok) throw new DatasetLoadError("invalid", url, status, parsed.error);
    const columns = decodeCompactIndex(parsed.value);
    shardCount = columns.shards;
    const index = buildFilterIndexFromColumns(columns);
    const viaWorker = workerLoader();
    const bodyText = createBodyTextStore({
      total: columns.shards,
      // Not kept: the body text is all a search needs of a shard, and all of them are large.
      loadShard: async (k) => {
        if (viaWorker) {
          try {
            const { ids, haystack, starts } = await viaWorker(k, `${folder}${detailFile(k)}`);
            // an id the index does not have marks nothing (found[-1] is no element)
            const records = Int32Array.from(ids, (id) => index.recordIndex.get(id) ?? -1);
            return { haystack, starts, records };
          } catch {
            // a failed fetch or a worker that did not start: once more on this thread
          }
        }
        const shard = await fetchShard(k);
        return bodyTextOf(
          shard.records.flatMap((detail) => {
            const record = index.recordIndex.get(detail.id);
            return record === undefined ? [] : [{ record, detail }];
          }),
        );
      },
    });
    return { taxonomy: columns.taxonomy, records: recordRows(columns), index, bodyText };
  }

  const loadDataset = () => {
    if (!loading) {
      loading = load();
      // a failed load may be retried
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  };

  return {
    loadDataset,
    /** One promise per id, so a component can `use()` it across renders; a failure may be retried. */
    loadRecordDetail(id) {
      let detail = details.get(id);
      if (!detail) {
        detail = loadDataset().then(async (data) => {
          const i = data.index.recordIndex.get(id);
          const summary = i === undefined ? undefined : data.records.at(i);
          if (!summary) return null;
          const shard = await keptShard(shardOf(id, shardCount));
          const part = shard.records.find((d) => d.id === id);
          return part ? mergeDetail(summary, part) : null;
        });
        details.set(id, detail);
        detail.catch(() => details.delete(id));
      }
      return detail;
    },
  };
}
