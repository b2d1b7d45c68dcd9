/**
 * Synthetic corpus of newspaper pages in the genre of data/articles: several items per page
 * (section banners, kickers, headlines with subtitles, 本报讯 datelines, standalone bylines,
 * subheadings, captioned photos), paragraphs broken by the layout, real places from the gazetteer,
 * figures in 万元/亿元/人/人次/家/个/场, event dates. A few pages are GB18030, BOM+CRLF or
 * traditional characters, as in an archive. Deterministic: the same seed gives the same bytes.
 *
 *   npx tsx tests/bench/corpus.ts [--pages 1000] [--seed 1] [--out DIR]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import OpenCC from "opencc-js";
import { encodeGb18030 } from "./lib/gbk-encode.ts";
import { type Context, dateline, fill, organizerFor, personName } from "./lib/genre.ts";
import { SECTION_BANNERS, SOURCES, THEMES, type Theme } from "./lib/phrases.ts";
import { loadPlaceBank, type PlaceBank } from "./lib/places.ts";
import { createRng, type Rng } from "./lib/rng.ts";

export const BENCH_CACHE = resolve(import.meta.dirname, "../../node_modules/.cache/atlas-bench");

export interface CorpusOptions {
  pages: number;
  seed: number;
  /** shares of pages in each variant (the rest: UTF-8, LF, simplified) */
  gb18030Share?: number;
  bomCrlfShare?: number;
  traditionalShare?: number;
}

export interface GeneratedPage {
  file: string;
  bytes: Uint8Array;
}

/** Splits a paragraph the way a page layout does: a line break in mid-sentence. */
function breakParagraph(rng: Rng, text: string): string[] {
  if (text.length < 40 || !rng.chance(0.12)) return [text];
  const at = rng.int(15, text.length - 15);
  return [text.slice(0, at), text.slice(at)];
}

function bodyParagraphs(c: Context, theme: Theme, count: number): string[] {
  const { rng } = c;
  // Each sentence template at most once per item, own theme first, then a neighbouring theme.
  const other = rng.pick(THEMES);
  const pool = rng.sample([...theme.body, ...theme.quotes], theme.body.length + theme.quotes.length);
  pool.push(...rng.sample([...other.body, ...other.quotes], 3));
  const paragraphs: string[] = [];
  for (let i = 0; i < count && pool.length > 0; i++) {
    const n = Math.min(pool.length, rng.int(1, 3));
    paragraphs.push(
      pool
        .splice(0, n)
        .map((t) => fill(t, c))
        .join(""),
    );
  }
  return paragraphs;
}

type Item = string[];

function article(
  c: Context,
  theme: Theme,
  opts: { kicker?: string; banner?: string; feature?: boolean },
): Item {
  const { rng } = c;
  const lines: string[] = [];
  if (opts.banner) lines.push(opts.banner);
  if (opts.kicker) lines.push(opts.kicker);
  lines.push(fill(rng.pick(theme.headlines), c));
  if (rng.chance(opts.feature ? 0.9 : 0.35)) lines.push(fill(rng.pick(theme.subtitles), c));
  const lead = fill(rng.pick(theme.leads), c);
  if (opts.feature) {
    lines.push(`本报记者 ${personName(rng)} 本报通讯员 ${personName(rng)}`);
    lines.push(...breakParagraph(rng, lead));
    for (const sub of rng.sample(theme.subheads, rng.int(1, theme.subheads.length))) {
      lines.push(sub);
      for (const p of bodyParagraphs(c, theme, rng.int(2, 4))) lines.push(...breakParagraph(rng, p));
    }
  } else {
    lines.push(...breakParagraph(rng, `${dateline(rng)}${lead}`));
    for (const p of bodyParagraphs(c, theme, rng.int(3, 7))) lines.push(...breakParagraph(rng, p));
  }
  return lines;
}

function photo(c: Context, theme: Theme): Item {
  const { rng } = c;
  const credit = rng.chance(0.8) ? ` 本报记者 ${personName(rng)} 摄` : `(新华社记者 ${personName(rng)} 摄)`;
  const caption = `${fill(rng.pick(theme.captions), c)}${credit}`;
  return rng.chance(0.85) ? [fill(rng.pick(theme.headlines), c), caption] : [caption];
}

function pageText(rng: Rng, bank: PlaceBank, index: number): { text: string; year: number } {
  const year = rng.int(2019, 2026);
  const month = rng.int(1, 12);
  const pubDay = rng.int(5, 28);
  const context = (): Context => {
    const place = bank.pick(rng);
    return {
      rng,
      place,
      org: organizerFor(rng, place),
      year,
      month,
      day: Math.max(1, pubDay - rng.int(1, 4)),
    };
  };
  const items: Item[] = [];
  const target = rng.int(6, 13);
  while (items.length < target) {
    const r = rng.next();
    if (r < 0.15) {
      // a banner over two to four kicker-led items
      const banner = fill(rng.pick(SECTION_BANNERS), context());
      const n = rng.int(2, 4);
      for (let k = 0; k < n; k++) {
        const c = context();
        const kicker = rng.chance(0.6)
          ? `${c.place.province.short}${rng.chance(0.5) && !c.place.municipality ? c.place.city.short : ""}:`
          : `${c.org}:`;
        items.push(article(c, rng.pick(THEMES), { kicker, banner: k === 0 ? banner : undefined }));
      }
    } else if (r < 0.3) {
      items.push(photo(context(), rng.pick(THEMES)));
    } else if (r < 0.4) {
      items.push(article(context(), rng.pick(THEMES), { feature: true }));
    } else {
      const c = context();
      items.push(article(c, rng.pick(THEMES), rng.chance(0.15) ? { kicker: `${c.org}:` } : {}));
    }
  }
  const compact = rng.chance(0.25);
  const paragraphGap = compact ? "\n" : "\n\n";
  const itemGap = compact ? "\n\n" : "\n\n\n\n";
  let text = items.map((lines) => lines.join(paragraphGap)).join(itemGap);
  if (rng.chance(0.7)) {
    const date = `${year}-${String(month).padStart(2, "0")}-${String(pubDay).padStart(2, "0")}`;
    const page = rng.int(1, 8);
    const source = rng.pick(SOURCES);
    const front = [`source: ${source}`, `date: ${date}`, `page: ${page}`];
    if (rng.chance(0.5)) front.push(`url: https://example.org/${date}/${page}/${index}`);
    text = `---\n${front.join("\n")}\n---\n\n${text}`;
  } else {
    text = `\n\n${text}`;
  }
  return { text: `${text}\n`, year };
}

/** The pages for these options, in file-name order. */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedPage> {
  const rng = createRng(options.seed);
  const bank = loadPlaceBank(createRng(options.seed ^ 0x5eed));
  const gb = options.gb18030Share ?? 0.05;
  const bom = options.bomCrlfShare ?? 0.04;
  const trad = options.traditionalShare ?? 0.02;
  let toTraditional: ((s: string) => string) | null = null;
  for (let i = 0; i < options.pages; i++) {
    const { text } = pageText(rng, bank, i);
    const variant = rng.next();
    const file = `${String(i).padStart(5, "0")}_bench.txt`;
    let bytes: Uint8Array;
    if (variant < gb) {
      bytes = encodeGb18030(text);
    } else if (variant < gb + bom) {
      bytes = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(text.replace(/\n/g, "\r\n"), "utf8"),
      ]);
    } else if (variant < gb + bom + trad) {
      toTraditional ??= OpenCC.Converter({ from: "cn", to: "hk" });
      bytes = Buffer.from(toTraditional(text), "utf8");
    } else {
      bytes = Buffer.from(text, "utf8");
    }
    yield { file, bytes };
  }
}

/**
 * Writes the corpus to `dir` (default: a folder per pages/seed under node_modules/.cache/atlas-bench)
 * unless it is already there; returns the folder and its total size in bytes.
 */
export function ensureCorpus(
  options: CorpusOptions,
  dir?: string,
): { dir: string; files: number; bytes: number } {
  const out = dir ?? join(BENCH_CACHE, `corpus-${options.pages}-s${options.seed}-v1`);
  const done = join(out, ".complete");
  let bytes = 0;
  try {
    const names = readdirSync(out);
    if (names.includes(".complete")) {
      const meta = JSON.parse(readFileSync(done, "utf8")) as { bytes: number };
      return { dir: out, files: options.pages, bytes: meta.bytes };
    }
  } catch {
    // not generated yet
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const page of generateCorpus(options)) {
    writeFileSync(join(out, page.file), page.bytes);
    bytes += page.bytes.length;
  }
  writeFileSync(done, JSON.stringify({ bytes, pages: options.pages, seed: options.seed }));
  return { dir: out, files: options.pages, bytes };
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: { pages: { type: "string" }, seed: { type: "string" }, out: { type: "string" } },
  });
  const options = { pages: Number(values.pages ?? 1000), seed: Number(values.seed ?? 1) };
  const result = ensureCorpus(options, values.out && resolve(values.out));
  console.log(`${result.files} pages, ${(result.bytes / 1e6).toFixed(2)} MB -> ${result.dir}`);
}
