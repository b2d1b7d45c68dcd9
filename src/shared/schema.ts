import { z } from "zod";

/**
 * The dataset contract (schemaVersion 1), see ../shared/docs/dataset-contract.md.
 * Field names are read by outside checks: add fields, never rename.
 * This is the only definition; the pipeline validates what it writes and the app what it loads.
 */
export const SCHEMA_VERSION = 1 as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const placeSchema = z.object({
  /** full official name: "浙江省", "北京市", "宁夏回族自治区" */
  province: z.string().min(1),
  /** prefecture level; municipalities repeat the province name */
  city: z.string().nullable(),
  /** county level: "余姚市", "海港区" */
  district: z.string().nullable(),
  /** 6-digit code of the most precise level found */
  adcode: z.string().regex(/^\d{6}$/),
  lat: z.number(),
  lng: z.number(),
  level: z.enum(["province", "city", "district"]),
});
export type Place = z.infer<typeof placeSchema>;

export const METRIC_KINDS = ["money", "people", "person-times", "count", "duration", "other"] as const;
export const QUALIFIERS = ["exact", "approx", "over", "under"] as const;

export const metricSchema = z.object({
  kind: z.enum(METRIC_KINDS),
  /** normalised: "9054.05万元" -> 90540500 (yuan); "6.99万人" -> 69900 */
  value: z.number().finite(),
  /** "CNY" for money; "人" for persons; "人次"; otherwise the measure word as printed */
  unit: z.string().min(1),
  /** 近 -> approx; 余/超/上/多 -> over; 不足/不到 -> under */
  qualifier: z.enum(QUALIFIERS),
  /** what is counted, e.g. "慰问金", "工会驿站" */
  label: z.string().nullable(),
  /** the figure exactly as printed, e.g. "9054.05万元" */
  text: z.string().min(1),
  /** the sentence it stands in */
  quote: z.string().min(1),
});
export type Metric = z.infer<typeof metricSchema>;

export const bylineSchema = z.object({
  reporters: z.array(z.string()),
  correspondents: z.array(z.string()),
  photographers: z.array(z.string()),
});
export type Byline = z.infer<typeof bylineSchema>;

export const recordSchema = z.object({
  /** stable across rebuilds and when other pages are added: derived from file content + item text */
  id: z.string().min(1),
  kind: z.enum(["article", "photo"]),
  title: z.string(),
  subtitle: z.string().nullable(),
  kicker: z.string().nullable(),
  section: z.string().nullable(),
  byline: bylineSchema,
  /** YYYY-MM-DD of the reported event, else null */
  date: isoDate.nullable(),
  place: placeSchema.nullable(),
  places: z.array(placeSchema),
  organizer: z.string().nullable(),
  types: z.array(z.string()),
  beneficiaries: z.array(z.string()),
  metrics: z.array(metricSchema),
  /** body text in reading order, broken lines rejoined */
  paragraphs: z.array(z.string()),
  /** 1-based inclusive line range in the page */
  source: z.object({ file: z.string(), lines: z.tuple([z.number().int(), z.number().int()]) }),
});
export type DatasetRecord = z.infer<typeof recordSchema>;

export const publicationSchema = z.object({
  source: z.string().optional(),
  date: isoDate.optional(),
  page: z.number().int().optional(),
  url: z.string().optional(),
});
export type Publication = z.infer<typeof publicationSchema>;

export const sourceSchema = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  publication: publicationSchema.nullable(),
  status: z.enum(["ok", "warning", "error"]),
  messages: z.array(z.string()),
  records: z.number().int().nonnegative(),
});
export type SourceEntry = z.infer<typeof sourceSchema>;

const labelSchema = z.object({ id: z.string(), zh: z.string(), en: z.string() });
export type TaxonomyLabel = z.infer<typeof labelSchema>;

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  taxonomy: z.object({ types: z.array(labelSchema), beneficiaries: z.array(labelSchema) }),
  sources: z.array(sourceSchema),
  records: z.array(recordSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates unknown JSON as a dataset; never throws. The message names the first problems found. */
export function parseDataset(json: unknown): ParseResult<Dataset> {
  if (json && typeof json === "object" && "schemaVersion" in json && json.schemaVersion !== SCHEMA_VERSION) {
    return {
      ok: false,
      error: `unsupported schemaVersion ${String(json.schemaVersion)} (this app reads ${SCHEMA_VERSION})`,
    };
  }
  const result = datasetSchema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
  return { ok: false, error: `dataset does not match schema: ${issues}` };
}
