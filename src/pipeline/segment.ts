import type { Byline } from "../shared/schema.ts";
import { datelineDay as datelineDayOf, emptyByline, mergeBylines } from "./byline.ts";
import { type BodyBlock, repairLayout } from "./layout-repair.ts";
import { type PageUnit, pageUnits, typicalGap } from "./page-units.ts";
import {
  bulletLength,
  endsMidSentence,
  firstSentenceTitle,
  hasBannerSeparator,
  isNoticeHead,
  reportsNoProgramme,
  startsMidSentence,
  visibleLength,
  withoutContinuedOn,
} from "./text-shape.ts";
import type { PageItem } from "./types.ts";
import { foldWidth } from "./width.ts";

/**
 * Cuts a page body into articles and captioned photos.
 *
 * An item header is [section banner] [kicker] [headline [subtitle]] [standalone byline], every part
 * optional. The crux is telling a new item's headline from an in-article subheading: both are short
 * lines without sentence punctuation. A headline-shaped line starts a new item only with evidence:
 *  - the next line is headline-shaped too (headline + subtitle), a standalone byline, or a kicker;
 *  - the next block opens with a dateline (本报讯…) or is a caption ending in a photo credit (or
 *    breaks off mid-sentence into one that is);
 *  - a wide gap stands before it: more blank lines than the page usually puts between blocks, and
 *    at least two (the layout's gap between stories; some pages use two blank lines everywhere).
 *  - a brief rhythm: the item so far is a headline and one paragraph, with no byline or dateline,
 *    and this line too is followed by exactly one paragraph and then another headline-shaped line
 *    (or the end), in a run of at least three such heading/paragraph pairs, or of two when the
 *    paragraph opens with a day date ("1月19日,…") the way a brief's lead does (see briefRhythm).
 * Otherwise it is a subheading and stays in the body as its own paragraph. A kicker (a short
 * colon line directly above a headline: "贵州:") always starts an item. Body text starts a new, headline-less item only when it is a caption with
 * a photo credit, follows a finished caption, repeats a dateline in an item that already has one,
 * or stands after a wide gap while the previous text ended its sentence.
 *
 * Section banners: a headline-shaped line directly above a kicker (or, when it contains a separator
 * such as "·", above two more headline-shaped lines or above a run of two heading/paragraph briefs;
 * or, when short, above a run of three) is a banner: a column name ("基层传真") or a
 * campaign title ("2026年两节工会送温暖行动·暖闻"). It applies to the item right under it and then to
 * the following kicker-led items (the column's briefs), until an article without a kicker, a wide
 * gap before a kicker-led item, or another banner ends it; briefs cut by the rhythm keep it too. A captioned photo without a kicker is
 * placed among the briefs by the layout: it takes no section and ends none, the wide gap the layout
 * puts before a photo included.
 *
 * Items without a headline get the first sentence of their body as title (the paragraph keeps it).
 * A headline + one caption ending in a credit is a photo item. Items without body text are dropped.
 */
export function segmentPage(body: string, firstLine = 1): PageItem[] {
  const units = pageUnits(body, firstLine);
  const rhythm = briefRhythm(units);
  rhythm.spaced = typicalGap(units) > 0;
  const items: PageItem[] = [];
  let current: Draft | null = null;
  const sections = new SectionTracker();
  const finish = (draft: Draft) => {
    const item = buildItem(draft);
    // a commentary or a notice set among a column's items is no item of it and ends no banner
    const aside =
      item !== null &&
      reportsNoProgramme({
        kicker: item.kicker,
        section: null,
        title: item.title,
        paragraphs: item.paragraphs,
      });
    const section = aside ? null : sections.next(draft, item?.kind ?? "article");
    if (item) {
      items.push({
        kind: item.kind,
        title: item.title,
        subtitle: item.subtitle,
        kicker: item.kicker,
        byline: item.byline,
        paragraphs: item.paragraphs,
        lines: item.lines,
        section,
        dateline: item.dateline ?? null,
      });
    }
  };

  for (let i = 0; i < units.length; ) {
    const unit = units[i] as PageUnit;
    // inside a box that is no report (a reader's letter, a notice), only a plain item start ends it:
    // its salutation ("编辑同志:") and sign-off lines are shaped like kickers and headlines
    const boxed: boolean = (current as Draft | null)?.boxed === true;
    const brief: boolean =
      current !== null &&
      !boxed &&
      (startsBrief(units, i, current, rhythm) || startsBulletBrief(unit, current));
    if (current === null || brief || (boxed ? endsBox(units, i) : startsItem(units, i, current))) {
      if (current) finish(current);
      const header = readHeader(units, i, rhythm);
      // spelled out rather than spread: V8's generic object clone is slow on this path
      current = {
        section: header.section,
        kicker: header.kicker,
        title: header.title,
        subtitle: header.subtitle,
        byline: header.byline,
        hasByline: header.hasByline,
        startLine: header.startLine,
        endLine: header.endLine,
        wideGapBefore: unit.wideGapBefore,
        brief,
        boxed: header.title !== null && isNoticeHead(header.title),
        units: new BodyUnits(),
      };
      if (header.next > i) {
        i = header.next;
        continue;
      }
    }
    current.units.push(unit);
    current.endLine = Math.max(current.endLine, unit.endLine);
    i++;
  }
  if (current) finish(current);
  return items;
}

/** The section banner in force while a page is read top to bottom (see segmentPage). */
class SectionTracker {
  private active: string | null = null;
  /** the section of the item read from `draft`; `kind` is what the draft turned out to be */
  next(draft: Draft, kind: PageItem["kind"]): string | null {
    if (draft.section !== null) {
      this.active = draft.section;
      return draft.section;
    }
    if (draft.kicker === null && kind === "photo") return null;
    if (draft.brief && !draft.wideGapBefore) return this.active;
    if (draft.kicker !== null && !draft.wideGapBefore) return this.active;
    this.active = null;
    return null;
  }
}

interface Draft {
  /** the section banner printed in this item's header, if any */
  section: string | null;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  byline: Byline;
  /** the header contained a standalone byline */
  hasByline: boolean;
  startLine: number;
  endLine: number;
  /** a wide gap stands before the item's first line */
  wideGapBefore: boolean;
  /** the item was cut from the one before by the brief rhythm */
  brief: boolean;
  /** a box that reports no programme, headed by a notice's label (see segmentPage) */
  boxed: boolean;
  units: BodyUnits;
}

/**
 * Heading/paragraph rhythm of a page, in two linear passes. A pair at k is a headline-shaped line,
 * then one plain paragraph (no dateline, no photo credit), then a headline-shaped line or the end.
 * `run[k]` counts the pairs chained from k on (k, k + 2, …); `chain[k]` is the length of the whole
 * chain that k is part of.
 */
interface Rhythm {
  run: Int32Array;
  chain: Int32Array;
  /** the page puts blank lines between its blocks: two lines set close belong to one block */
  spaced: boolean;
}

function briefRhythm(units: readonly PageUnit[]): Rhythm {
  const n = units.length;
  const run = new Int32Array(n + 2);
  const chain = new Int32Array(n + 2);
  for (let k = n - 2; k >= 0; k--) {
    const para = units[k + 1] as PageUnit;
    const after = units[k + 2];
    const pair =
      units[k]?.kind === "heading" &&
      para.kind === "text" &&
      !para.dateline &&
      !para.credit &&
      (after === undefined || after.kind === "heading");
    run[k] = pair ? 1 + (run[k + 2] ?? 0) : 0;
  }
  for (let k = 0; k < n; k++) {
    const r = run[k] ?? 0;
    chain[k] = r > 0 && k >= 2 && (run[k - 2] ?? 0) > 0 ? (chain[k - 2] ?? 0) : r;
  }
  return { run, chain, spaced: false };
}

/** "1月19日," / "12月3日，": a brief's lead opens with the day of the event. */
const OPENS_WITH_DAY = /^[\d零〇一二两三四五六七八九十]{1,2}月[\d零〇一二两三四五六七八九十]{1,3}[日号]/u;

/**
 * A headline-shaped line starts a new brief by the rhythm alone (see segmentPage): the item read so
 * far is a headline with exactly one paragraph and no byline or dateline (a feature's subheadings
 * come after a 本报讯 lead, or over several paragraphs each), and this line is a pair's heading in a
 * chain of three or more, or of two when its paragraph opens with a day date.
 */
function startsBrief(units: readonly PageUnit[], i: number, cur: Draft, rhythm: Rhythm): boolean {
  if ((rhythm.run[i] ?? 0) === 0) return false;
  const body = cur.units;
  if (cur.title === null || cur.hasByline || body.hasLead || body.list.length !== 1 || body.texts !== 1) {
    return false;
  }
  const chain = rhythm.chain[i] ?? 0;
  return chain >= 3 || (chain === 2 && OPENS_WITH_DAY.test(foldWidth(units[i + 1]?.text ?? "")));
}

/** In a news-in-brief column, every bullet-led paragraph is a brief of its own (see isBulletBrief). */
function startsBulletBrief(u: PageUnit, cur: Draft): boolean {
  return cur.title === null && cur.units.texts > 0 && cur.units.firstIsBullet && isBulletBrief(u);
}

function startsItem(units: readonly PageUnit[], i: number, cur: Draft): boolean {
  const u = units[i] as PageUnit;
  const next = units[i + 1];
  const body = cur.units;
  switch (u.kind) {
    case "kicker":
      return true;
    case "byline":
      return false;
    case "heading":
      if (!next) return false;
      // a notice box's label ("更正", "征稿启事") starts a box of its own, as a headline over a
      // group of numbered captions ("图①:…") does
      if (isNoticeHead(u.text)) return true;
      if (next.kind === "text" && NUMBERED_CAPTION.test(next.text)) return true;
      if (next.kind === "kicker" || next.kind === "heading" || next.kind === "byline") return true;
      if (next.dateline || next.credit) return true;
      // a photo is one caption: what has a headline after it is another item ("简讯" and its briefs)
      if (body.texts === 1 && body.firstIsCaption) return true;
      // a caption broken by the layout, its credit in the block after
      if (next.kind === "text" && !next.row && endsMidSentence(next.text) && units[i + 2]?.credit)
        return true;
      return u.wideGapBefore && body.texts > 0;
    case "text": {
      if (body.texts === 0) return false;
      // a second dateline lead: a new brief (a lead is never a continuation, see layout-repair)
      if (u.dateline && (cur.hasByline || body.hasLead)) return true;
      if (endsMidSentence(body.lastText)) return false;
      // the captions of a photo group ("图①…图③", one credit after the last) stay together, a lead
      // above them or not
      if (body.lastIsNumbered && NUMBERED_CAPTION.test(u.text)) return false;
      // a report's own photo, captioned among its paragraphs ("图为…。 本报记者 … 摄")
      // (not one set apart by a wide gap: a photo of its own at the foot of the page)
      // (a report: a lead; or, as on a web page whose byline is in its source line, two paragraphs
      // and more of the report after the caption, a subheading and its text included)
      const next = units[i + 1];
      const goesOn =
        body.texts >= 2 &&
        (next?.kind === "text" ||
          (next?.kind === "heading" && units[i + 2]?.kind === "text" && !units[i + 2]?.dateline));
      if (u.credit && (body.hasLead || goesOn) && !u.wideGapBefore && ARTICLE_PHOTO_CAPTION.test(u.text))
        return false;
      if (u.credit) return true;
      if (body.texts === 1 && body.firstIsCaption) return true;
      return u.wideGapBefore && !startsMidSentence(u.text);
    }
  }
}

/**
 * The unit at i ends a box that is no report (see segmentPage): a wide gap, or a headline or kicker
 * with a lead, a byline, a photo's caption or a group's first numbered caption under it (a kicker,
 * headline or subtitle between allowed: a banner over a kicker-led item ends the box too).
 */
function endsBox(units: readonly PageUnit[], i: number): boolean {
  const u = units[i] as PageUnit;
  if (u.wideGapBefore) return true;
  // a headline-less brief's lead, or a photo's caption
  if (u.kind === "text") return u.dateline || u.credit;
  if (u.kind !== "heading" && u.kind !== "kicker") return false;
  const opens = (x: PageUnit | undefined) =>
    x !== undefined &&
    (x.dateline || x.credit || x.kind === "byline" || (x.kind === "text" && NUMBERED_CAPTION.test(x.text)));
  for (let k = i + 1; k <= i + 3; k++) {
    const next = units[k];
    if (opens(next)) return true;
    if (next?.kind !== "heading" && next?.kind !== "kicker") return false;
  }
  return false;
}

/** Body units of the item being read, with running facts so each decision is O(1). */
class BodyUnits {
  readonly list: PageUnit[] = [];
  texts = 0;
  lastText = "";
  hasLead = false;
  firstIsCaption = false;
  firstIsBullet = false;
  /** the last text is a numbered caption of a photo group ("图①:…", "上图:…") */
  lastIsNumbered = false;
  push(u: PageUnit): void {
    this.list.push(u);
    if (u.kind === "byline" || u.dateline) this.hasLead = true;
    if (u.kind === "byline") return;
    if (this.texts === 0) {
      this.firstIsCaption = u.credit;
      this.firstIsBullet = isBulletBrief(u);
    }
    this.texts++;
    this.lastIsNumbered = NUMBERED_CAPTION.test(u.text);
    // judge a caption by its text, not by the "(… 摄)" credit after it
    // (a table's row is complete, though it has no sentence end)
    this.lastText = u.row ? "" : u.credit ? (u.parsed.textCredit?.rest ?? u.text) : u.text;
  }
}

/**
 * A paragraph set after a bullet ("■3月11日，…"): one brief of a column, decided on its first line (a
 * brief may wrap onto lines without a bullet, which then continue it).
 */
const isBulletBrief = (u: PageUnit | undefined) => u?.kind === "text" && bulletLength(u.text) > 0;

/** How a brief opens: with the day or time of its event ("3月11日，", "3月上旬，", "近日，"). */
const BRIEF_LEAD =
  /^(?:[\d零〇一二两三四五六七八九十]{1,2}月(?:[\d零〇一二两三四五六七八九十]{1,3}[日号]|[上中下]旬|初|底)|[\d零〇一二两三四五六七八九十]{1,3}[日号]|近日|日前|近期|前不久|本月|上月|今年|去年)/u;

/** The next bullet-led unit after k, past the lines that continue k's brief (text without a bullet). */
function nextBullet(units: readonly PageUnit[], k: number): PageUnit | undefined {
  for (let m = k + 1; m < units.length && m <= k + 8; m++) {
    const u = units[m] as PageUnit;
    if (u.kind !== "text") return undefined;
    if (bulletLength(u.text) > 0) return u;
  }
  return undefined;
}

/** A bullet-led brief that opens like a news brief: what makes the line above it a column's name. */
const isDatedBulletBrief = (u: PageUnit | undefined) =>
  isBulletBrief(u) &&
  BRIEF_LEAD.test(foldWidth((u as PageUnit).text.slice(bulletLength((u as PageUnit).text))));

type Header = Omit<Draft, "units" | "wideGapBefore" | "brief" | "boxed"> & { next: number };

/** a numbered caption of a photo group: "图①:…", "图2 …", or one placed by position: "上图:…", "左下图:…" */
const NUMBERED_CAPTION = /^(?:图\s*[①②③④⑤⑥⑦⑧⑨⑩1-9]|[上中下左右]{1,2}图(?:\s*[:：]|为))/u;
/** the caption of an article's own photo, set among its paragraphs: "图为6月17日,…" */
const ARTICLE_PHOTO_CAPTION = /^图为/u;

/** the dash a subtitle is set after: "——访温州市总工会…", "—记…", "--" */
const DASH_LEAD = /^(?:[—―]+|-{2,})\s*/u;

/** shortest first line of a headline broken over two lines on a spaced page (see isHeadlineRunOn) */
const MIN_BROKEN_LINE = 8;
/** longest second line of a headline broken over two lines (see isHeadlineRunOn) */
const MAX_RUN_ON = 8;

/**
 * `next`, set on the line right under the headline `title` with no blank line between, is the end of
 * that headline broken by the column ("…专场招聘会提供" / "岗位4200个"), not a subtitle. Not when set
 * after a dash. On a page that puts blank lines between its blocks (`spaced`), a headline-shaped line
 * set close is the same block ("沭阳花木电商园里的快递小哥" / "有了自己的“工会之家”"); where lines
 * follow each other without blank lines, a subtitle is set close under its headline too ("郑州金水区推进
 * 楼宇工会建设" / "让写字楼里的“白领”有了“娘家”"), and only a stub of at most MAX_RUN_ON characters,
 * under half the first line's length, is taken for the headline's end.
 */
function isHeadlineRunOn(title: string, next: PageUnit, spaced: boolean): boolean {
  if (next.kind !== "heading" || next.gapBefore !== 0 || DASH_LEAD.test(foldWidth(next.text))) return false;
  const n = visibleLength(next.text);
  const t = visibleLength(title);
  // a line broken by the column is a full line over its rest; a short line over a longer one is a
  // lead-in over its headline ("冬日送暖进万家" / "山西晋中市总工会为2000名环卫工送上棉衣")
  if (spaced) return t >= MIN_BROKEN_LINE && n <= t;
  return n <= MAX_RUN_ON && 2 * n < t;
}

/** longest banner taken without a separator, above a run of briefs ("简讯", "基层传真") */
const MAX_PLAIN_BANNER = 12;

const isHeadingAt = (units: readonly PageUnit[], k: number) => units[k]?.kind === "heading";

/** A section banner at k (see segmentPage). */
function isBannerAt(units: readonly PageUnit[], k: number, rhythm: Rhythm): boolean {
  if (!isHeadingAt(units, k)) return false;
  if (units[k + 1]?.kind === "kicker") return true;
  // the name of a column of bullet-led briefs ("工会动态·简讯")
  // (dated, so the steps of an article's bulleted list keep their headline)
  if (isDatedBulletBrief(units[k + 1]) && isDatedBulletBrief(nextBullet(units, k + 1))) return true;
  const briefsAfter = isHeadingAt(units, k + 1) ? (rhythm.run[k + 1] ?? 0) : 0;
  const text = units[k]?.text ?? "";
  if (hasBannerSeparator(text)) {
    return (isHeadingAt(units, k + 1) && isHeadingAt(units, k + 2)) || briefsAfter >= 2;
  }
  return briefsAfter >= 3 && visibleLength(text) <= MAX_PLAIN_BANNER;
}

function readHeader(units: readonly PageUnit[], i: number, rhythm: Rhythm): Header {
  const first = units[i] as PageUnit;
  const h: Header = {
    section: null,
    kicker: null,
    title: null,
    subtitle: null,
    byline: emptyByline(),
    hasByline: false,
    startLine: first.line,
    endLine: first.endLine,
    next: i,
  };
  let j = i;
  if (isBannerAt(units, j, rhythm)) h.section = units[j++]?.text ?? null;
  // The contract keeps the lead-in line as printed, colon included ("贵州:").
  if (units[j]?.kind === "kicker") h.kicker = units[j++]?.text.trim() ?? null;
  let run = 0;
  while (run < 5 && isHeadingAt(units, j + run)) run++;
  const dashed = units[j + run - 1];
  // (only where every line above the headline has a slot left: none is dropped)
  const slots = 2 + (h.kicker === null ? 1 : 0) + (h.kicker === null && h.section === null ? 1 : 0);
  if (run >= 2 && run <= slots && dashed && DASH_LEAD.test(foldWidth(dashed.text))) {
    // a dash-led line ("——访…", "——记…") is a subtitle: the line above it is the headline, and the
    // lines above that its lead-in and the column
    if (run === 4) h.section = units[j]?.text ?? null;
    if (run >= 3) h.kicker = units[j + run - 3]?.text ?? null;
    h.title = units[j + run - 2]?.text ?? null;
    h.subtitle = dashed.text.slice(DASH_LEAD.exec(foldWidth(dashed.text))?.[0].length ?? 0);
    j += run;
  } else if (isHeadingAt(units, j) && !isBannerAt(units, j, rhythm)) {
    // three headline-shaped lines: a lead-in line (引题) above headline and subtitle
    if (
      h.kicker === null &&
      isHeadingAt(units, j + 1) &&
      isHeadingAt(units, j + 2) &&
      !isBannerAt(units, j + 1, rhythm) &&
      !isBannerAt(units, j + 2, rhythm)
    ) {
      h.kicker = units[j++]?.text ?? null;
    }
    h.title = units[j++]?.text ?? null;
    const sub = units[j];
    if (
      sub &&
      h.title !== null &&
      isHeadlineRunOn(h.title, sub, rhythm.spaced) &&
      units[j + 1]?.kind !== "kicker"
    ) {
      // one headline broken over two lines by the column width
      h.title += sub.text;
      j++;
    } else if (
      sub &&
      isHeadingAt(units, j) &&
      !isBannerAt(units, j, rhythm) &&
      units[j + 1] !== undefined &&
      units[j + 1]?.kind !== "kicker"
    ) {
      // a dash before the subtitle ("——", "－－") is layout, not text
      h.subtitle = sub.text.slice(DASH_LEAD.exec(foldWidth(sub.text))?.[0].length ?? 0);
      j++;
    }
  }
  for (let b = units[j]; b?.kind === "byline"; b = units[j]) {
    h.byline = mergeBylines(h.byline, b.parsed.byline ?? emptyByline());
    h.hasByline = true;
    j++;
  }
  h.endLine = Math.max(h.endLine, units[j - 1]?.endLine ?? h.endLine);
  h.next = j;
  return h;
}

/** The item a draft makes, without its section (decided by SectionTracker); null without body text. */
function buildItem(draft: Draft): Omit<PageItem, "section"> | null {
  let datelineDay: string | null = null;
  let byline = draft.byline;
  const photographers: string[] = [];
  let credits = 0;
  const units = draft.units.list;
  const blocks: BodyBlock[] = units.map((u, k) => {
    if (u.kind === "byline") {
      byline = mergeBylines(byline, u.parsed.byline ?? emptyByline());
      return { text: "", role: "byline" };
    }
    // a subheading must lead into body text; a headline-shaped last line is body text
    if (u.kind === "heading" && units[k + 1]?.kind === "text") return { text: u.text, role: "heading" };
    // a table's row is a paragraph of its own: rows have no sentence end, but are never one sentence
    if (u.row) return { text: u.text, role: "heading" };
    let text = u.text;
    // (the unit's text parsed when the page was cut into units, see UnitParse)
    const dateline = u.parsed.dateline;
    if (dateline) {
      byline = mergeBylines(byline, dateline.byline);
      text = dateline.rest;
      datelineDay ??= datelineDayOf(u.text);
    }
    const credit = u.parsed.credit;
    if (credit) {
      photographers.push(...credit.photographers);
      credits++;
      text = credit.rest;
    }
    // a brief's bullet is layout, not text; nor is where the article goes on ("(下转第3版)")
    if (draft.title === null) text = text.slice(bulletLength(text));
    text = withoutContinuedOn(text);
    return { text, role: "text", lead: dateline !== null };
  });
  const { paragraphs } = repairLayout(blocks);
  const first = paragraphs[0];
  if (first === undefined) return null;
  byline = mergeBylines(byline, { reporters: [], correspondents: [], photographers });
  // a captioned photo, or a group of numbered captions ("图①…图③", "上图…下图") under one credit, a
  // lead above them or not
  const photo =
    credits > 0 &&
    paragraphs.every((p, k) => k === 0 || NUMBERED_CAPTION.test(p)) &&
    blocks.every((b) => b.role !== "heading");
  return {
    kind: photo ? "photo" : "article",
    title: draft.title ?? firstSentenceTitle(first),
    subtitle: draft.subtitle,
    kicker: draft.kicker,
    byline,
    paragraphs,
    lines: [draft.startLine, draft.endLine],
    dateline: datelineDay,
  };
}
