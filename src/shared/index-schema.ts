import { z } from "zod";
import { DETAIL_FORMAT, INDEX_FORMAT, INDEX_VERSION } from "./compact-index.ts";
import { datasetSchema, type ParseResult, placeSchema, recordSchema, SCHEMA_VERSION } from "./schema.ts";

/**
 * The app's compact index (index.json) and detail shards (detail/<k>.json), see compact-index.ts.
 * Unlike the dataset, whose every record zod checks field by field, an index column is checked by
 * one tight loop (type and range of every entry) and the whole by its header: every column as long
 * as `count`, every code inside its table. That is what decoding relies on, at ~100x less cost.
 */

const isArrayOf = (test: (v: unknown) => boolean) => (v: unknown) => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!test(v[i])) return false;
  return true;
};
/** a 32-bit integer (all the index's integers are: codes, counts, lines, YYYYMMDD) */
const isInt = (v: unknown) => typeof v === "number" && (v | 0) === v;
const isCount = (v: unknown) => isInt(v) && (v as number) >= 0;

const strings = z.custom<string[]>(
  isArrayOf((v) => typeof v === "string"),
  "expected an array of strings",
);
const nullableStrings = z.custom<(string | null)[]>(
  isArrayOf((v) => v === null || typeof v === "string"),
  "expected an array of strings or null",
);
/** codes into a table (-1 for none where a value is optional): checked with the table's size below */
const codes = z.custom<number[]>(Array.isArray, "expected an array of codes");
const counts = z.custom<number[]>(isArrayOf(isCount), "expected an array of integers ≥ 0");
const ints = z.custom<number[]>(isArrayOf(isInt), "expected an array of integers");
/** YYYYMMDD or null */
const dates = z.custom<(number | null)[]>(
  isArrayOf((v) => v === null || (isInt(v) && (v as number) >= 101 && (v as number) <= 99_991_231)),
  "expected an array of YYYYMMDD integers or null",
);
const amounts = z.custom<number[]>(
  isArrayOf((v) => typeof v === "number" && Number.isFinite(v) && v >= 0),
  "expected an array of finite numbers ≥ 0",
);

/** per record a list of codes: record i has counts[i] of them, in order, all in `values` */
const raggedSchema = z.object({ counts, values: codes });
export type RaggedColumn = z.infer<typeof raggedSchema>;

const adcodePairs = z.array(z.tuple([z.string().regex(/^\d{6}$/), z.string()]));

export const compactIndexSchema = z
  .object({
    format: z.literal(INDEX_FORMAT),
    version: z.literal(INDEX_VERSION),
    /** the dataset contract the index was built from */
    schemaVersion: z.literal(SCHEMA_VERSION),
    count: z.int().nonnegative(),
    /** detail/<k>.json for k < shards */
    shards: z.int().positive(),
    taxonomy: datasetSchema.shape.taxonomy,
    /** ids the `types` / `groups` codes stand for: the taxonomy's, then any others the data uses */
    typeIds: z.array(z.string()),
    groupIds: z.array(z.string()),
    /** kickers, sections, organisers, file names and figure labels, each once */
    strings,
    places: z.array(placeSchema),
    adcodes: z.object({ provinces: adcodePairs, cities: adcodePairs }),
    columns: z.object({
      id: strings,
      /** 0 article, 1 photo */
      kind: counts,
      title: strings,
      subtitle: nullableStrings,
      kicker: codes,
      section: codes,
      date: dates,
      place: codes,
      organizer: codes,
      types: raggedSchema,
      groups: raggedSchema,
      /** yuan: largest money figure; persons: largest people figure; 0 when none */
      money: amounts,
      people: amounts,
      /** labels of the record's figures (codes into strings) */
      labels: raggedSchema,
      file: codes,
      /** first and last source line of each record, two entries per record */
      lines: ints,
    }),
  })
  .superRefine((ix, ctx) => {
    const n = ix.count;
    const c = ix.columns;
    const fail = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: ["columns", path], message });
    const perRecord = ["id", "kind", "title", "subtitle", "kicker", "section", "date", "place"] as const;
    for (const key of [...perRecord, "organizer", "money", "people", "file"] as const)
      if (c[key].length !== n) fail(key, `${c[key].length} entries for ${n} records`);
    if (c.lines.length !== 2 * n) fail("lines", `${c.lines.length} entries for ${n} records (2 each)`);
    // one pass per column: an integer, and inside its table
    const within = (key: string, values: readonly unknown[], size: number, optional: boolean) => {
      const min = optional ? -1 : 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (typeof v !== "number" || (v | 0) !== v || v < min || v >= size)
          return fail(key, `code ${JSON.stringify(v)} outside a table of ${size}`);
      }
    };
    within("kind", c.kind, 2, false);
    within("kicker", c.kicker, ix.strings.length, true);
    within("section", c.section, ix.strings.length, true);
    within("organizer", c.organizer, ix.strings.length, true);
    within("file", c.file, ix.strings.length, false);
    within("place", c.place, ix.places.length, true);
    for (const [key, table] of [
      ["types", ix.typeIds.length],
      ["groups", ix.groupIds.length],
      ["labels", ix.strings.length],
    ] as const) {
      const col = c[key];
      if (col.counts.length !== n) fail(key, `${col.counts.length} counts for ${n} records`);
      let total = 0;
      for (const k of col.counts) total += k;
      if (total !== col.values.length) fail(key, `counts add up to ${total}, not ${col.values.length}`);
      within(key, col.values, table, false);
    }
  });
export type CompactIndex = z.infer<typeof compactIndexSchema>;

export const detailPartSchema = recordSchema.pick({
  id: true,
  byline: true,
  places: true,
  metrics: true,
  paragraphs: true,
});

export const detailShardSchema = z.object({
  format: z.literal(DETAIL_FORMAT),
  version: z.literal(INDEX_VERSION),
  shard: z.int().nonnegative(),
  shards: z.int().positive(),
  records: z.array(detailPartSchema),
});
export type DetailShard = z.infer<typeof detailShardSchema>;

function describe(error: z.ZodError, what: string): string {
  const issues = error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
  return `${what} does not match schema: ${issues}`;
}

/** Validates unknown JSON as the compact index; never throws. */
export function parseCompactIndex(json: unknown): ParseResult<CompactIndex> {
  if (json && typeof json === "object") {
    if ("schemaVersion" in json && json.schemaVersion !== SCHEMA_VERSION)
      return {
        ok: false,
        error: `unsupported schemaVersion ${String(json.schemaVersion)} (this app reads ${SCHEMA_VERSION})`,
      };
    if ("version" in json && json.version !== INDEX_VERSION)
      return {
        ok: false,
        error: `unsupported index version ${String(json.version)} (this app reads ${INDEX_VERSION})`,
      };
  }
  const result = compactIndexSchema.safeParse(json);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, error: describe(result.error, "index") };
}

/** Validates unknown JSON as detail shard `shard`; never throws. */
export function parseDetailShard(json: unknown, shard: number): ParseResult<DetailShard> {
  const result = detailShardSchema.safeParse(json);
  if (!result.success) return { ok: false, error: describe(result.error, `detail shard ${shard}`) };
  if (result.data.shard !== shard)
    return { ok: false, error: `detail shard ${shard} says it is ${result.data.shard}` };
  return { ok: true, value: result.data };
}
