import { buildFilterIndex, type FilterIndex } from "../shared/filter-engine.ts";
import type { Dataset, DatasetRecord } from "../shared/schema.ts";

/**
 * The one seam between the app and its data. Views never fetch: they get `AtlasData` from
 * `loadDataset()` and ask `loadRecordDetail(id)` for a full record (paragraphs and quotes).
 * Today both are answered from one dataset.json; at archive scale this module can swap in a compact
 * columnar index for the first download and fetch full texts per record, without touching a view.
 * List views (charts, table, map) read no `paragraphs`, so summary records can stand in for them.
 */
export interface AtlasData {
  taxonomy: Dataset["taxonomy"];
  sources: Dataset["sources"];
  /** every record, in dataset order; `index` refers to them by position */
  records: readonly DatasetRecord[];
  index: FilterIndex;
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
export const DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

export interface DataSource {
  loadDataset(): Promise<AtlasData>;
  loadRecordDetail(id: string): Promise<DatasetRecord | null>;
}

export function createDataSource(url: string = DATASET_URL, fetchImpl: typeof fetch = fetch): DataSource {
  let loading: Promise<AtlasData> | null = null;
  const details = new Map<string, Promise<DatasetRecord | null>>();

  async function load(): Promise<AtlasData> {
    // The schema (zod) is its own chunk, downloaded while the data is: it is not needed before.
    const schema = import("../shared/schema.ts");
    let response: Response;
    try {
      // a plain GET, so the <link rel="preload"> in index.html can answer it
      response = await fetchImpl(url);
    } catch (e) {
      throw new DatasetLoadError("network", url, null, e instanceof Error ? e.message : String(e));
    }
    if (!response.ok) {
      const kind = response.status === 404 ? "missing" : "http";
      throw new DatasetLoadError(kind, url, response.status, response.statusText);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new DatasetLoadError(
        "truncated",
        url,
        response.status,
        e instanceof Error ? e.message : String(e),
      );
    }
    const { parseDataset } = await schema;
    const parsed = parseDataset(json);
    if (!parsed.ok) throw new DatasetLoadError("invalid", url, response.status, parsed.error);
    const { taxonomy, sources, records } = parsed.value;
    return { taxonomy, sources, records, index: buildFilterIndex(records, taxonomy) };
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
    /** One promise per id, so a component can `use()` it across renders. */
    loadRecordDetail(id) {
      let detail = details.get(id);
      if (!detail) {
        detail = loadDataset().then((data) => {
          const i = data.index.recordIndex.get(id);
          return i === undefined ? null : (data.records[i] ?? null);
        });
        details.set(id, detail);
      }
      return detail;
    },
  };
}

const defaultSource = createDataSource();
export const loadDataset = () => defaultSource.loadDataset();
export const loadRecordDetail = (id: string) => defaultSource.loadRecordDetail(id);
