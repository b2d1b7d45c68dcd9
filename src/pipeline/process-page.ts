import * as crypto from "node:crypto";
import type { DatasetRecord, SourceEntry } from "../shared/schema.ts";
import { emptyByline } from "./byline.ts";
import { hasTraditionalHint, toSimplified } from "./chinese.ts";
import { classifyItem } from "./classify.ts";
import { extractEventDate, inferPageYear } from "./dates.ts";
import { decodePageWithFacts } from "./decode.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { findPlaceMentions, type GazetteerEntry, loadGazetteer } from "./gazetteer.ts";
import { extractMetrics } from "./metrics.ts";
import { extractOrganizer } from "./organizer.ts";
import { type ResolvedPlaces, resolvePlaces } from "./places.ts";
import { segmentPage } from "./segment.ts";
import {
  firstSentenceTitle,
  paperName,
  publisherLine,
  reportsNoProgramme,
  runningHeadDate,
} from "./text-shape.ts";
import type { PageItem } from "./types.ts";

export interface PageResult {
  source: SourceEntry;
  records: DatasetRecord[];
}

const HAS_LETTER = /\p{L}/u;
/** what a title never starts with: anything but a letter, a digit, an opening bracket or quote */
const LEADING_NON_WORD = /^[^\p{L}\p{N}\p{Ps}\p{Pi}]+/u;
/** up to and including the first sentence end */
const FIRST_SENTENCE = /^[^。!?！？;；]*[。!?！？;；]+/u;

/**
 * The segmenter can leave a title without a letter: "" when the body opens with "。", or "---" from an
 * unclosed front-matter fence. Such an item gets its body's first worded sentence as title instead.
 */
function wordedTitle(item: PageItem): string {
  if (HAS_LETTER.test(item.title)) return item.title;
  for (const p of item.paragraphs) {
    // the first sentence with a letter in it: "٣。1.5亿…" has none in its first
    let rest = p;
    while (rest) {
      const title = firstSentenceTitle(rest.replace(LEADING_NON_WORD, ""));
      if (HAS_LETTER.test(title)) return title;
      const next = rest.replace(FIRST_SENTENCE, "");
      if (next === rest) break;
      rest = next;
    }
  }
  return item.title;
}

/**
 * SHA-256 as hex. The one-shot `crypto.hash` (Node 20.12+) costs about half of a `createHash` object
 * per call, which counts for record ids (one per record); older Nodes take the object route.
 */
const sha256Of =
  typeof crypto.hash === "function"
    ? (data: Uint8Array | string) => crypto.hash("sha256", data, "hex")
    : (data: Uint8Array | string) => crypto.createHash("sha256").update(data).digest("hex");

export const sha256Hex = (bytes: Uint8Array) => sha256Of(bytes);

/**
 * Record ids depend only on the file name, the item's headline and its rank among same-titled items
 * of that file: rebuilding, or adding and removing other pages, never changes them, so a shared
 * `?record=` link keeps working. Editing a headline does change its id, by design.
 */
export function recordId(file: string, title: string, rank: number): string {
  return sha256Of(`${file}\n${title}\n${rank}`).slice(0, 12);
}

/** A copy of `item` with other fields replaced; spelled out, as V8's generic object spread is slow. */
function withFields(item: PageItem, fields: Partial<PageItem>): PageItem {
  return {
    kind: fields.kind ?? item.kind,
    title: fields.title ?? item.title,
    subtitle: "subtitle" in fields ? (fields.subtitle as string | null) : item.subtitle,
    kicker: "kicker" in fields ? (fields.kicker as string | null) : item.kicker,
    section: "section" in fields ? (fields.section as string | null) : item.section,
    byline: fields.byline ?? item.byline,
    paragraphs: fields.paragraphs ?? item.paragraphs,
    lines: fields.lines ?? item.lines,
    dateline: item.dateline ?? null,
  };
}

function simplifiedView(item: PageItem): PageItem {
  return withFields(item, {
    title: toSimplified(item.title),
    subtitle: item.subtitle && toSimplified(item.subtitle),
    kicker: item.kicker && toSimplified(item.kicker),
    section: item.section && toSimplified(item.section),
    paragraphs: item.paragraphs.map(toSimplified),
  });
}

/** The result of a page that could not be read, or that the code choked on (a bug): reported like any bad page. */
export function pageFailure(file: string, bytes: Uint8Array, reason: string): PageResult {
  return {
    source: {
      file,
      sha256: sha256Hex(bytes),
      encoding: "unknown",
      publication: null,
      status: "error",
      messages: [`${file}: ${reason}`],
      records: 0,
    },
    records: [],
  };
}

/** National bodies and their programmes: a regional paper's report of them is not its region's. */
const NATIONAL_BODY = /全国总工会|全总|国务院|国际劳工|党中央|中共中央|[^\s,，。]{1,8}部(?:印发|发布|部署)/u;

function reportsNationally(item: PageItem): boolean {
  return NATIONAL_BODY.test(item.title) || item.paragraphs.some((p) => NATIONAL_BODY.test(p));
}

/** Where a paper is published, from its name: "湖南工人报" -> 湖南省; "工人日报" -> null. */
function placeOfPaper(name: string) {
  return resolvePlaces({
    kind: "article",
    title: name,
    subtitle: null,
    kicker: null,
    section: null,
    byline: emptyByline(),
    paragraphs: [],
    lines: [0, 0],
  }).place;
}

/** The places an item's page stands in (see resolvePlaces): its paper's and its section banner's. */
function pageContext(
  known: Map<string | null, readonly GazetteerEntry[]>,
  section: string | null,
  paper: GazetteerEntry | undefined,
): readonly GazetteerEntry[] {
  const had = known.get(section);
  if (had !== undefined) return had;
  const context: GazetteerEntry[] = paper === undefined ? [] : [paper];
  if (section !== null) for (const m of findPlaceMentions(section)) context.push(m.entry);
  known.set(section, context);
  return context;
}

/** how many of a page's other placed items, and what share of them, must share a province to settle ties */
const PAGE_MIN_ITEMS = 2;
const PAGE_SHARE = 0.8;

/**
 * Items whose place names several units share and which neither they nor their context settle
 * ("【鼓楼】…鼓楼区总工会" and nothing else) are resolved again with the places of the page's other items
 * (`resolved`, changed in place): a page of 福建's counties reads 鼓楼 as 福州's.
 */
function settleTies(
  items: readonly PageItem[],
  resolved: ResolvedPlaces[],
  contexts: Map<string | null, readonly GazetteerEntry[]>,
  paper: GazetteerEntry | undefined,
): void {
  if (!resolved.some((r) => r.tied)) return;
  const g = loadGazetteer();
  // the page's province, when its other placed items agree on one: a 各地 page mixing provinces
  // settles nothing (a lone 朝阳区 beside three 吉林 items is as likely 北京's)
  const byProvince = new Map<string, number>();
  let placed = 0;
  for (const r of resolved) {
    if (r.place === null || r.tied) continue;
    placed++;
    const code = `${r.place.adcode.slice(0, 2)}0000`;
    byProvince.set(code, (byProvince.get(code) ?? 0) + 1);
  }
  let province: string | null = null;
  for (const [code, n] of byProvince) if (n >= PAGE_MIN_ITEMS && n >= PAGE_SHARE * placed) province = code;
  const entry = province === null ? undefined : g.byAdcode.get(province);
  if (entry === undefined) return;
  const page = [entry];
  for (let k = 0; k < items.length; k++) {
    if (!(resolved[k] as ResolvedPlaces).tied) continue;
    const item = items[k] as PageItem;
    resolved[k] = resolvePlaces(item, pageContext(contexts, item.section, paper), page);
  }
}

/** One page's bytes -> its `sources` entry and records. Never throws for bad input: it reports. */
export function processPage(file: string, bytes: Uint8Array): PageResult {
  const sha256 = sha256Hex(bytes);
  const fail = (encoding: string, message: string): PageResult => ({
    source: { file, sha256, encoding, publication: null, status: "error", messages: [message], records: 0 },
    records: [],
  });

  const { result: decoded, facts } = decodePageWithFacts(bytes);
  if (!decoded.ok) return fail("unknown", `${file}: ${decoded.error}`);
  const messages = decoded.warnings.map((w) => `${file}: ${w}`);

  const { publication, body, bodyStartLine, warnings } = splitFrontMatter(decoded.text);
  messages.push(...warnings.map((w) => `${file}: ${w}`));

  // The segmenter keeps any text as an item; one without a single letter ("3。", "——", a stray quote
  // mark) is page furniture, not an article, and would show up as a blank or meaningless title.
  const items = segmentPage(body, bodyStartLine)
    // a commentary, a notice box or the tail of an article from another page reports no programme
    .filter((item) => !reportsNoProgramme(item))
    .filter((item) => {
      if (HAS_LETTER.test(item.title) || item.paragraphs.some((p) => HAS_LETTER.test(p))) return true;
      const [from, to] = item.lines;
      const text = (item.paragraphs.join(" ") || item.title).trim().slice(0, 20);
      messages.push(
        `${file}: ${from === to ? `line ${from}` : `lines ${from}-${to}`}: "${text}" has no words; skipped`,
      );
      return false;
    })
    .map((item) => withFields(item, { title: wordedTitle(item) }));
  if (items.length === 0) {
    const result = fail(decoded.encoding, `${file}: no article or photo caption found in the text`);
    result.source.publication = publication;
    result.source.messages.unshift(...messages);
    return result;
  }

  // Every character of an item's parts comes from the body (segmentation adds only " " and "…"), so
  // a body without a traditional hint character has simplified parts: one walk decides for the page.
  // (the body is the end of the decoded text: what the decoder's walk saw from its offset on holds
  // for it, without a walk of its own)
  const bodyOffset = decoded.text.length - body.length;
  const traditional = facts !== null ? facts.lastHint >= bodyOffset : hasTraditionalHint(body);
  // the publication date: the file's, else the one printed in the page's running head
  const publicationDate = publication?.date ?? runningHeadDate(body);
  // a publication date gives the year itself (extractEventDate reads fallbackYear only without one)
  const fallbackYear = publicationDate
    ? null
    : traditional
      ? inferPageYear(toSimplified(body))
      : inferPageYear(body, facts !== null && facts.lastFold < bodyOffset);
  // A regional paper's items that name no place are its region's ("湖南工人报", "澳門工人報"); a
  // national paper's name names none, and its unplaced items stay unplaced.
  const paper = paperName(publication?.source, body);
  // (a county paper's title may not name its county, its publisher line does)
  const publisher = paper === null ? publisherLine(body) : null;
  const masthead = paper ?? publisher;
  const paperPlace = masthead === null ? null : placeOfPaper(traditional ? toSimplified(masthead) : masthead);
  // where the page stands, for names several units share: the paper's region and each section
  // banner's places ("2025年终盘点·八闽工会办实事"), by banner
  const paperEntry = paperPlace === null ? undefined : loadGazetteer().byAdcode.get(paperPlace.adcode);
  const contexts = new Map<string | null, readonly GazetteerEntry[]>();
  const titleRanks = new Map<string, number>();
  const simples = traditional ? items.map(simplifiedView) : items;
  const resolved = simples.map((simple) =>
    resolvePlaces(simple, pageContext(contexts, simple.section, paperEntry)),
  );
  settleTies(simples, resolved, contexts, paperEntry);
  const records = items.map((item, k): DatasetRecord => {
    const rank = titleRanks.get(item.title) ?? 0;
    titleRanks.set(item.title, rank + 1);
    const simple = simples[k] as PageItem;
    const { place: named, places } = resolved[k] as ResolvedPlaces;
    const place = named ?? (paperPlace !== null && !reportsNationally(simple) ? paperPlace : null);
    const { types, beneficiaries } = classifyItem(simple);
    return {
      id: recordId(file, item.title, rank),
      kind: item.kind,
      title: item.title,
      subtitle: item.subtitle,
      kicker: item.kicker,
      section: item.section,
      byline: item.byline,
      date: extractEventDate(simple.paragraphs, {
        publicationDate,
        fallbackYear,
        datelineDay: item.dateline ?? null,
        headline: simple.subtitle === null ? simple.title : `${simple.title}\n${simple.subtitle}`,
      }),
      place,
      places,
      organizer: extractOrganizer(simple, named),
      types,
      beneficiaries,
      metrics: extractMetrics(item.paragraphs),
      paragraphs: item.paragraphs,
      source: { file, lines: item.lines },
    };
  });

  return {
    source: {
      file,
      sha256,
      encoding: decoded.encoding,
      publication,
      status: messages.length ? "warning" : "ok",
      messages,
      records: records.length,
    },
    records,
  };
}
