/**
 * Synthetic datasets in the contract's shape (schemaVersion 1) at archive scale: 10k, 100k records.
 * Distributions follow what the pipeline produces from real pages: ~10 items per page, 12% captioned
 * photos, Zipf-like provinces, district/city/province places, 1–3 programme types with a skewed
 * share, event dates over 2019–2026 with winter (送温暖) and summer (送清凉) peaks, 0–12 figures per
 * article with their sentences as quotes, and body text from the same sentence bank as the corpus.
 *
 *   npx tsx tests/bench/dataset.ts [--records 100000] [--seed 1] [--out FILE]
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Dataset, DatasetRecord, Metric, Place, SourceEntry } from "../../src/shared/schema.ts";
import { taxonomyLabels } from "../../src/shared/taxonomy.ts";
import { BENCH_CACHE } from "./corpus.ts";
import { type Context, fill, organizerFor, personName } from "./lib/genre.ts";
import { THEMES } from "./lib/phrases.ts";
import { loadPlaceBank } from "./lib/places.ts";
import { createRng, type Rng } from "./lib/rng.ts";

export interface DatasetOptions {
  records: number;
  seed: number;
}

const RECORDS_PER_PAGE = 10;
/** programme-type shares: a few programmes dominate the news */
const TYPE_WEIGHTS = [30, 12, 14, 10, 5, 7, 10, 6, 6, 5, 4, 6];
const GROUP_WEIGHTS = [12, 10, 10, 6, 14, 5, 6, 5, 5, 3, 6, 18];
/** month shares over the year: January/February (两节) and July/August (夏送清凉) peaks */
const MONTH_WEIGHTS = [16, 14, 7, 6, 6, 7, 10, 10, 6, 6, 5, 7];

function metricFrom(rng: Rng, sentence: string): Metric | null {
  const m = /(近|超|约)?(\d+(?:\.\d+)?)(余)?(万|亿)?(元|人次|人|名|家|个|场|套|门|期)/.exec(sentence);
  if (!m) return null;
  const [text, pre, num, more, big, unitWord] = m as unknown as [
    string,
    string?,
    string?,
    string?,
    string?,
    string?,
  ];
  const value = Number(num) * (big === "万" ? 1e4 : big === "亿" ? 1e8 : 1);
  const kind: Metric["kind"] =
    unitWord === "元"
      ? "money"
      : unitWord === "人次"
        ? "person-times"
        : unitWord === "人" || unitWord === "名"
          ? "people"
          : "count";
  const unit = kind === "money" ? "CNY" : kind === "people" ? "人" : (unitWord ?? "个");
  const before = sentence.slice(Math.max(0, m.index - 4), m.index);
  return {
    kind,
    value: Number(value.toPrecision(15)),
    unit,
    qualifier: pre === "近" || pre === "约" ? "approx" : more || pre === "超" ? "over" : "exact",
    label: /^[\u4e00-\u9fff]{2,4}$/.test(before)
      ? before
      : rng.chance(0.7)
        ? before.replace(/[^\u4e00-\u9fff]/g, "") || null
        : null,
    text,
    quote: sentence,
  };
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function generateDataset(options: DatasetOptions): Dataset {
  const rng = createRng(options.seed * 7919 + options.records);
  const bank = loadPlaceBank(createRng(options.seed ^ 0x5eed));
  const taxonomy = taxonomyLabels();
  const typeIds = taxonomy.types.map((t) => t.id);
  const groupIds = taxonomy.beneficiaries.map((g) => g.id);
  const pickType = rng.weighted(typeIds, TYPE_WEIGHTS);
  const pickGroup = rng.weighted(groupIds, GROUP_WEIGHTS);
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
  const pickYear = rng.weighted(years, [4, 5, 6, 8, 10, 13, 16, 9]);
  const pickMonth = rng.weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], MONTH_WEIGHTS);
  const themeOf = new Map(THEMES.map((t) => [t.type, t]));

  const records: DatasetRecord[] = [];
  const sources: SourceEntry[] = [];
  const pages = Math.ceil(options.records / RECORDS_PER_PAGE);
  for (let p = 0; p < pages; p++) {
    const file = `${String(p).padStart(6, "0")}_bench.txt`;
    const year = pickYear();
    const month = pickMonth();
    const pubDay = rng.int(3, 28);
    const onPage = Math.min(RECORDS_PER_PAGE, options.records - records.length);
    let line = 1;
    for (let k = 0; k < onPage; k++) {
      const picked = bank.pick(rng);
      const c: Context = {
        rng,
        place: picked,
        org: organizerFor(rng, picked),
        year,
        month,
        day: Math.max(1, pubDay - rng.int(0, 4)),
      };
      const kind = rng.chance(0.12) ? "photo" : "article";
      const nTypes = rng.chance(0.04) ? 0 : rng.chance(0.62) ? 1 : rng.chance(0.75) ? 2 : 3;
      const types = [...new Set(Array.from({ length: nTypes }, pickType))].sort(
        (a, b) => typeIds.indexOf(a) - typeIds.indexOf(b),
      );
      const nGroups = rng.chance(0.15) ? 0 : rng.int(1, 3);
      const groups = [...new Set(Array.from({ length: nGroups }, pickGroup))].sort(
        (a, b) => groupIds.indexOf(a) - groupIds.indexOf(b),
      );
      const theme = themeOf.get(types[0] ?? "") ?? rng.pick(THEMES);
      let paragraphs: string[];
      if (kind === "photo") {
        paragraphs = [`${fill(rng.pick(theme.captions), c)} 本报记者 ${personName(rng)} 摄`];
      } else {
        const pool = [...theme.body, ...theme.quotes, ...rng.pick(THEMES).body];
        paragraphs = [fill(rng.pick(theme.leads), c)];
        const n = rng.int(2, 8);
        for (let i = 0; i < n; i++) {
          paragraphs.push(Array.from({ length: rng.int(1, 3) }, () => fill(rng.pick(pool), c)).join(""));
        }
      }
      const metrics: Metric[] = [];
      for (const para of paragraphs) {
        for (const sentence of para.split(/(?<=。)/)) {
          const metric = kind === "article" ? metricFrom(rng, sentence) : null;
          if (metric) metrics.push(metric);
        }
      }
      const dated = rng.chance(kind === "photo" ? 0.97 : 0.9);
      const level: Place["level"] = rng.chance(0.45) ? "district" : rng.chance(0.75) ? "city" : "province";
      const hasPlace = rng.chance(0.95);
      const place = hasPlace ? bank.toPlace(picked, level) : null;
      const places = place ? [place] : [];
      for (let extra = rng.int(0, 3); extra > 0; extra--)
        places.push(bank.toPlace(bank.pick(rng), rng.chance(0.5) ? "city" : "province"));
      const title = fill(rng.pick(theme.headlines), c);
      const lines = paragraphs.length * 2 + 2;
      records.push({
        id: createHash("sha256").update(`${file}\n${k}`).digest("hex").slice(0, 12),
        kind,
        title,
        subtitle: kind === "article" && rng.chance(0.35) ? fill(rng.pick(theme.subtitles), c) : null,
        kicker: rng.chance(0.15) ? `${picked.province.short}:` : null,
        section: rng.chance(0.1) ? `${year}年两节工会送温暖行动·暖闻` : null,
        byline:
          kind === "photo"
            ? { reporters: [], correspondents: [], photographers: [personName(rng)] }
            : {
                reporters: Array.from({ length: rng.int(0, 2) }, () => personName(rng)),
                correspondents: Array.from({ length: rng.int(0, 2) }, () => personName(rng)),
                photographers: [],
              },
        date: dated ? iso(year, month, c.day) : null,
        place,
        places,
        organizer: rng.chance(0.9) ? c.org : null,
        types,
        beneficiaries: groups,
        metrics,
        paragraphs,
        source: { file, lines: [line, line + lines - 1] },
      });
      line += lines + 2;
    }
    sources.push({
      file,
      sha256: createHash("sha256").update(file).digest("hex"),
      encoding: "utf-8",
      publication: { source: "工人日报", date: iso(year, month, pubDay), page: rng.int(1, 8) },
      status: "ok",
      messages: [],
      records: onPage,
    });
  }
  return { schemaVersion: 1, taxonomy, sources, records };
}

/** Writes the dataset JSON once per (records, seed) under the bench cache; returns its path and size. */
export function ensureDatasetFile(options: DatasetOptions, file?: string): { file: string; bytes: number } {
  const out = file ?? join(BENCH_CACHE, `dataset-${options.records}-s${options.seed}-v1.json`);
  if (!existsSync(out)) {
    mkdirSync(dirname(out), { recursive: true });
    const json = `${JSON.stringify(generateDataset(options))}\n`;
    writeFileSync(`${out}.tmp`, json);
    renameSync(`${out}.tmp`, out);
    return { file: out, bytes: Buffer.byteLength(json) };
  }
  return { file: out, bytes: statSync(out).size };
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: { records: { type: "string" }, seed: { type: "string" }, out: { type: "string" } },
  });
  const options = { records: Number(values.records ?? 100_000), seed: Number(values.seed ?? 1) };
  const r = ensureDatasetFile(options, values.out && resolve(values.out));
  console.log(`${options.records} records, ${(r.bytes / 1e6).toFixed(1)} MB -> ${r.file}`);
}
