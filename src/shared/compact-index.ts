import { largestFigure } from "./aggregate.ts";
import { isoToYmd, ymdToIso } from "./days.ts";
import type { CompactIndex, DetailShard, RaggedColumn } from "./index-schema.ts";
import type { DatasetRecord, Place, TaxonomyLabel } from "./schema.ts";

/**
 * The app's first download at archive scale (issue 6): a columnar index of what the list views
 * need — filters, charts, headline figures, table, map — written by the pipeline next to the
 * dataset.json contract file. Columns are arrays per field; strings that repeat (kickers, sections,
 * organisers, files, figure labels) are codes into one string table and places codes into a table
 * of places, so 100k records are a few MB gzipped rather than 340 MB. The body of each record
 * (paragraphs, bylines, places mentioned, figures with their sentences) is in detail shards,
 * `detail/<k>.json` with k = shardOf(id, shards), fetched when a report is opened or searched.
 * All functions here are pure; index-schema.ts validates the JSON.
 */
export const INDEX_FORMAT = "union-welfare-atlas/index";
export const DETAIL_FORMAT = "union-welfare-atlas/detail";
export const INDEX_VERSION = 1;
/** at most this many records per detail shard on average (shard counts are powers of two) */
export const RECORDS_PER_SHARD = 256;
/** relative to the folder of dataset.json */
export const INDEX_FILE = "index.json";
export const DETAIL_DIR = "detail";
export const detailFile = (shard: number) => `${DETAIL_DIR}/${shard}.json`;

/** A record as the list views see it: no body, bylines, mentioned places or figure sentences. */
export interface RecordSummary {
  id: string;
  kind: DatasetRecord["kind"];
  title: string;
  subtitle: string | null;
  kicker: string | null;
  section: string | null;
  date: string | null;
  place: Place | null;
  organizer: string | null;
  types: string[];
  beneficiaries: string[];
  /** yuan: the record's largest money figure, 0 when it prints none (see aggregate.ts) */
  money: number;
  /** persons: the record's largest people figure, 0 when it prints none */
  people: number;
  /** what its figures count ("慰问金"), each once in order: searched, not shown */
  figureLabels: string[];
  source: DatasetRecord["source"];
}

/** The rest of a record, kept in its detail shard. */
export type RecordDetailPart = Pick<DatasetRecord, "id" | "byline" | "places" | "metrics" | "paragraphs">;

export function summarizeRecord(r: DatasetRecord): RecordSummary {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    subtitle: r.subtitle,
    kicker: r.kicker,
    section: r.section,
    date: r.date,
    place: r.place,
    organizer: r.organizer,
    types: r.types,
    beneficiaries: r.beneficiaries,
    money: largestFigure(r.metrics, "money"),
    people: largestFigure(r.metrics, "people"),
    figureLabels: [...new Set(r.metrics.flatMap((m) => (m.label ? [m.label] : [])))],
    source: r.source,
  };
}

export function detailPartOf(r: DatasetRecord): RecordDetailPart {
  return { id: r.id, byline: r.byline, places: r.places, metrics: r.metrics, paragraphs: r.paragraphs };
}

/** The full record again, in the contract's field order. */
export function mergeDetail(s: RecordSummary, d: RecordDetailPart): DatasetRecord {
  return {
    id: s.id,
    kind: s.kind,
    title: s.title,
    subtitle: s.subtitle,
    kicker: s.kicker,
    section: s.section,
    byline: d.byline,
    date: s.date,
    place: s.place,
    places: d.places,
    organizer: s.organizer,
    types: s.types,
    beneficiaries: s.beneficiaries,
    metrics: d.metrics,
    paragraphs: d.paragraphs,
    source: s.source,
  };
}

/** Smallest power of two giving at most RECORDS_PER_SHARD records per shard on average. */
export function shardCountFor(records: number): number {
  let shards = 1;
  while (shards * RECORDS_PER_SHARD < records) shards *= 2;
  return shards;
}

/**
 * The detail shard of a record: FNV-1a (32 bit) of the id's UTF-16 code units, modulo the shard
 * count. It depends on nothing but the id and the count, so a ?record= link costs one shard fetch.
 */
export function shardOf(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/** 6-digit codes -> names, from every place of every record (city codes also from any level below). */
export function adcodeNames(places: Iterable<Place>): {
  provinces: Map<string, string>;
  cities: Map<string, string>;
} {
  const provinces = new Map<string, string>();
  const cities = new Map<string, string>();
  for (const p of places) {
    provinces.set(`${p.adcode.slice(0, 2)}0000`, p.province);
    if (p.city && p.level !== "province") {
      cities.set(p.level === "city" ? p.adcode : `${p.adcode.slice(0, 4)}00`, p.city);
      // municipalities: "110000" and "110100" both name 北京市
      if (p.city === p.province) cities.set(`${p.adcode.slice(0, 2)}0000`, p.city);
    }
  }
  return { provinces, cities };
}

function* allPlaces(records: readonly DatasetRecord[]): Generator<Place> {
  for (const r of records) {
    if (r.place) yield r.place;
    yield* r.places;
  }
}

/** Values -> codes in order of first appearance (deterministic for a deterministic dataset). */
class Interner<T> {
  readonly values: T[] = [];
  private readonly codes = new Map<string, number>();
  constructor(private readonly keyOf: (value: T) => string) {}
  code(value: T): number {
    const key = this.keyOf(value);
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(key, code);
      this.values.push(value);
    }
    return code;
  }
}

const placeKey = (p: Place) =>
  JSON.stringify([p.province, p.city, p.district, p.adcode, p.lat, p.lng, p.level]);

function ragged(lists: readonly (readonly number[])[]): RaggedColumn {
  return { counts: lists.map((l) => l.length), values: lists.flat() };
}

export function encodeCompactIndex(
  dataset: {
    records: readonly DatasetRecord[];
    taxonomy: { types: readonly TaxonomyLabel[]; beneficiaries: readonly TaxonomyLabel[] };
  },
  shards: number = shardCountFor(dataset.records.length),
): CompactIndex {
  const { records, taxonomy } = dataset;
  const strings = new Interner<string>((s) => s);
  const places = new Interner<Place>(placeKey);
  const typeIds = new Interner<string>((s) => s);
  const groupIds = new Interner<string>((s) => s);
  for (const t of taxonomy.types) typeIds.code(t.id);
  for (const g of taxonomy.beneficiaries) groupIds.code(g.id);
  const orNone = (s: string | null) => (s === null ? -1 : strings.code(s));
  const summaries = records.map(summarizeRecord);
  const adcodes = adcodeNames(allPlaces(records));
  const sortedEntries = (m: Map<string, string>) =>
    [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) as [string, string][];

  const columns: CompactIndex["columns"] = {
    id: summaries.map((s) => s.id),
    kind: summaries.map((s) => (s.kind === "photo" ? 1 : 0)),
    title: summaries.map((s) => s.title),
    subtitle: summaries.map((s) => s.subtitle),
    kicker: summaries.map((s) => orNone(s.kicker)),
    section: summaries.map((s) => orNone(s.section)),
    date: summaries.map((s) => (s.date === null ? null : isoToYmd(s.date))),
    place: summaries.map((s) => (s.place ? places.code(s.place) : -1)),
    organizer: summaries.map((s) => orNone(s.organizer)),
    types: ragged(summaries.map((s) => s.types.map((t) => typeIds.code(t)))),
    groups: ragged(summaries.map((s) => s.beneficiaries.map((g) => groupIds.code(g)))),
    money: summaries.map((s) => s.money),
    people: summaries.map((s) => s.people),
    labels: ragged(summaries.map((s) => s.figureLabels.map((l) => strings.code(l)))),
    file: summaries.map((s) => strings.code(s.source.file)),
    lines: summaries.flatMap((s) => s.source.lines),
  };
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    schemaVersion: 1,
    count: records.length,
    shards,
    taxonomy: { types: [...taxonomy.types], beneficiaries: [...taxonomy.beneficiaries] },
    typeIds: typeIds.values,
    groupIds: groupIds.values,
    strings: strings.values,
    places: places.values,
    adcodes: { provinces: sortedEntries(adcodes.provinces), cities: sortedEntries(adcodes.cities) },
    columns,
  };
}

/** Detail shards 0 .. shards-1, each with its records' detail parts in dataset order. */
export function encodeDetailShards(
  records: readonly DatasetRecord[],
  shards: number = shardCountFor(records.length),
): DetailShard[] {
  const out: DetailShard[] = Array.from({ length: shards }, (_, shard) => ({
    format: DETAIL_FORMAT,
    version: INDEX_VERSION,
    shard,
    shards,
    records: [],
  }));
  for (const r of records) out[shardOf(r.id, shards)]?.records.push(detailPartOf(r));
  return out;
}

/** A ragged column with each record's start: record i's values are values[start[i] .. start[i+1]). */
export interface RaggedIndex {
  readonly start: Int32Array;
  readonly values: readonly number[];
}

function raggedIndex(column: RaggedColumn): RaggedIndex {
  const start = new Int32Array(column.counts.length + 1);
  for (let i = 0; i < column.counts.length; i++)
    start[i + 1] = (start[i] as number) + (column.counts[i] as number);
  return { start, values: column.values };
}

/**
 * The index as the app holds it: the JSON's arrays as they are (no per-record objects), ragged
 * columns with their offsets, and look-up maps. `summaryAt` makes one record's summary on demand.
 */
export interface IndexColumns {
  readonly size: number;
  readonly shards: number;
  readonly taxonomy: CompactIndex["taxonomy"];
  readonly typeIds: readonly string[];
  readonly groupIds: readonly string[];
  readonly strings: readonly string[];
  readonly places: readonly Place[];
  readonly provinceByAdcode: ReadonlyMap<string, string>;
  readonly cityByAdcode: ReadonlyMap<string, string>;
  readonly id: readonly string[];
  readonly kind: readonly number[];
  readonly title: readonly string[];
  readonly subtitle: readonly (string | null)[];
  /** codes into `strings`, -1 for none */
  readonly kicker: readonly number[];
  readonly section: readonly number[];
  readonly organizer: readonly number[];
  readonly file: readonly number[];
  /** YYYYMMDD, null when undated */
  readonly date: readonly (number | null)[];
  /** code into `places`, -1 for none */
  readonly place: readonly number[];
  readonly types: RaggedIndex;
  readonly groups: RaggedIndex;
  readonly labels: RaggedIndex;
  readonly money: readonly number[];
  readonly people: readonly number[];
  /** first and last line of record i at 2i and 2i+1 */
  readonly lines: readonly number[];
}

/** Trusts its input: run it on what parseCompactIndex accepted (codes in range, columns of `count`). */
export function decodeCompactIndex(ix: CompactIndex): IndexColumns {
  const c = ix.columns;
  return {
    size: ix.count,
    shards: ix.shards,
    taxonomy: ix.taxonomy,
    typeIds: ix.typeIds,
    groupIds: ix.groupIds,
    strings: ix.strings,
    places: ix.places,
    provinceByAdcode: new Map(ix.adcodes.provinces),
    cityByAdcode: new Map(ix.adcodes.cities),
    id: c.id,
    kind: c.kind,
    title: c.title,
    subtitle: c.subtitle,
    kicker: c.kicker,
    section: c.section,
    organizer: c.organizer,
    file: c.file,
    date: c.date,
    place: c.place,
    types: raggedIndex(c.types),
    groups: raggedIndex(c.groups),
    labels: raggedIndex(c.labels),
    money: c.money,
    people: c.people,
    lines: c.lines,
  };
}

function listAt(column: RaggedIndex, i: number, names: readonly string[]): string[] {
  const out: string[] = [];
  for (let j = column.start[i] as number, end = column.start[i + 1] as number; j < end; j++)
    out.push(names[column.values[j] as number] as string);
  return out;
}

export function summaryAt(cols: IndexColumns, i: number): RecordSummary {
  const str = (code: number | undefined) =>
    code === undefined || code < 0 ? null : (cols.strings[code] ?? null);
  const place = cols.place[i] as number;
  const ymd = cols.date[i];
  return {
    id: cols.id[i] as string,
    kind: cols.kind[i] === 1 ? "photo" : "article",
    title: cols.title[i] as string,
    subtitle: cols.subtitle[i] ?? null,
    kicker: str(cols.kicker[i]),
    section: str(cols.section[i]),
    date: ymd === null || ymd === undefined ? null : ymdToIso(ymd),
    place: place < 0 ? null : (cols.places[place] ?? null),
    organizer: str(cols.organizer[i]),
    types: listAt(cols.types, i, cols.typeIds),
    beneficiaries: listAt(cols.groups, i, cols.groupIds),
    money: cols.money[i] as number,
    people: cols.people[i] as number,
    figureLabels: listAt(cols.labels, i, cols.strings),
    source: {
      file: str(cols.file[i]) ?? "",
      lines: [cols.lines[2 * i] as number, cols.lines[2 * i + 1] as number],
    },
  };
}

/** Record summaries by position, each made on first use and kept. */
export interface RecordRows {
  readonly size: number;
  at(i: number): RecordSummary | undefined;
}

export function recordRows(cols: IndexColumns): RecordRows {
  const made: (RecordSummary | undefined)[] = new Array(cols.size);
  return {
    size: cols.size,
    at(i) {
      if (!Number.isInteger(i) || i < 0 || i >= cols.size) return undefined;
      let s = made[i];
      if (!s) {
        s = summaryAt(cols, i);
        made[i] = s;
      }
      return s;
    },
  };
}
