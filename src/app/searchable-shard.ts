import { DETAIL_FORMAT, type RecordDetailPart } from "../shared/compact-index.ts";

/**
 * For body search only what the search reads is checked (ids, bylines and paragraphs are strings),
 * not the whole record as the detail view does (index-schema.ts): none of it is shown, and a full
 * check of every shard would double the work of loading them.
 */
type Searchable = Pick<RecordDetailPart, "id" | "byline" | "paragraphs">;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** The shard's records, if it is the shard asked for and what the search reads has its types. */
export function searchableRecords(json: unknown, shard: number): Searchable[] | null {
  if (!json || typeof json !== "object") return null;
  const { format, shard: k, records } = json as { format?: unknown; shard?: unknown; records?: unknown };
  if (format !== DETAIL_FORMAT || k !== shard || !Array.isArray(records)) return null;
  for (const r of records as Partial<Searchable>[]) {
    const b = r?.byline;
    if (
      typeof r?.id !== "string" ||
      !isStrings(r.paragraphs) ||
      !b ||
      !isStrings(b.reporters) ||
      !isStrings(b.correspondents) ||
      !isStrings(b.photographers)
    )
      return null;
  }
  return records as Searchable[];
}
