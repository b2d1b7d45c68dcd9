import type { Byline } from "../shared/schema.ts";
import { parseStandaloneByline, splitDateline, splitPhotoCredit } from "./byline.ts";
import { hasTraditionalHint, toSimplified } from "./chinese.ts";
import { findPlaceMentions, isPlaceName } from "./gazetteer.ts";
import {
  isBracketKicker,
  isCommaHeadline,
  isEvenHalves,
  isHeadlineLike,
  isLinkLine,
  isPageFurniture,
  isPostsHead,
  isRelatedHead,
  isRunningHeadPart,
  isTableRow,
  kickerText,
  RUNNING_HEAD_LINES,
} from "./text-shape.ts";

/**
 * A page cut into units: one unit per non-empty line (newspaper pages put a blank line between
 * blocks, one-article files none), each with the number of blank lines before it and its shape.
 * Page furniture (isPageFurniture, and a block of related links) makes no unit; a flattened table's
 * rows are text.
 */
export interface PageUnit {
  /** the line without surrounding whitespace */
  text: string;
  /** 1-based lines in the original file */
  line: number;
  endLine: number;
  /** blank lines between this unit and the previous one (or the top of the body) */
  gapBefore: number;
  /** more blank lines before it than the page usually puts between blocks (and at least two) */
  wideGapBefore: boolean;
  /** kicker: "贵州:"; byline: a line that is only a byline; heading: headline-shaped; text: the rest */
  kind: "kicker" | "byline" | "heading" | "text";
  /** text that opens with a dateline such as 本报讯 */
  dateline: boolean;
  /** text that ends with a photo credit such as "本报记者 赖志凯 摄" */
  credit: boolean;
  /** a row of a flattened table (isTableRow): text, and a paragraph of its own */
  row: boolean;
  /** the parses behind `kind`, `dateline` and `credit`, kept for the segmenter (each line is parsed once) */
  parsed: UnitParse;
}

/**
 * What the byline parsers make of a unit's text: `byline` for a byline unit (else null); for the
 * others `splitDateline(text)` and `splitPhotoCredit` of the text after the dateline.
 */
export interface UnitParse {
  byline: Byline | null;
  dateline: ReturnType<typeof splitDateline>;
  /** `splitPhotoCredit(dateline?.rest ?? text)` */
  credit: ReturnType<typeof splitPhotoCredit>;
  /** `splitPhotoCredit(text)` (null for a byline unit) */
  textCredit: ReturnType<typeof splitPhotoCredit>;
}

/** "01", "02", "1": a section's number set on a line of its own */
const SECTION_NUMBER = /^0?\d$/u;

export function pageUnits(body: string, firstLine: number): PageUnit[] {
  const units: PageUnit[] = [];
  let gap = 0;
  let inLinks = false;
  let postLinks = false;
  let seen = 0;
  // the blank lines before a section number ("01"), which stand for those around it (see below)
  let gapBeforeMarker = -1;
  const raws = body.split("\n");
  for (let k = 0; k < raws.length; k++) {
    // trim() strips exactly what \s matches (U+3000 included)
    const text = (raws[k] as string).trim();
    if (text !== "") {
      seen++;
      // a block of links to other articles ("相关阅读:" and its "·" lines) is furniture too; under a
      // public account's "往期推荐" the links are bare headlines
      const head = isRelatedHead(text);
      postLinks = head ? isPostsHead(text) : postLinks && inLinks;
      inLinks = head || (inLinks && (isLinkLine(text) || (postLinks && isHeadlineLike(text))));
    }
    // a section number on a line of its own ("01", "02" in a public account's article) leads into the
    // subheading under it: it is dropped with the blank lines after it (but see below)
    if (text !== "" && seen > RUNNING_HEAD_LINES && SECTION_NUMBER.test(text)) {
      gapBeforeMarker = gap;
      continue;
    }
    if (text !== "" && gapBeforeMarker >= 0) {
      // (not before a 【place】 label: then the numbers count a roundup's items, "01 【江苏常州】…")
      if (text.charCodeAt(0) !== 0x3010) gap = gapBeforeMarker;
      else gap++;
      gapBeforeMarker = -1;
    }
    // the running head, the editors' line and the like are read as the blank space they stand in
    const furniture =
      text !== "" &&
      (inLinks || isPageFurniture(text) || (seen <= RUNNING_HEAD_LINES && isRunningHeadPart(text)));
    if (text === "" || furniture) {
      gap++;
      continue;
    }
    const line = firstLine + k;
    const prev = units.at(-1);
    // a photo credit printed on a line of its own belongs to the caption above it
    const credit = prev?.kind === "text" && gap <= 1 ? splitPhotoCredit(text) : undefined;
    if (prev !== undefined && credit?.rest === "") {
      const merged = describe(`${prev.text} ${text}`, undefined, prev.line, prev.gapBefore);
      merged.endLine = line;
      units[units.length - 1] = merged;
    } else {
      units.push(describe(text, credit, line, gap));
    }
    gap = 0;
  }
  // a headline with a comma in it, known by what follows: a lead, a byline, or a subtitle over one
  // (bottom up: a subtitle with a comma makes the line above it a headline too)
  for (let k = units.length - 2; k >= 0; k--) {
    const u = units[k] as PageUnit;
    // (or by where it stands: the page's first line, over a paragraph, as a web page sets its title)
    const opensPage = k === 0 && units[1]?.kind === "text";
    if (
      u.kind === "text" &&
      !u.dateline &&
      !u.credit &&
      !u.row &&
      (opensPage || leadsIntoItem(units, k + 1))
    ) {
      // (even halves are a slogan banner unless a lead or byline stands right under them)
      const next = units[k + 1];
      const direct = next !== undefined && (next.dateline || next.kind === "byline");
      if (isCommaHeadline(u.text) && (direct || !isEvenHalves(u.text))) u.kind = "heading";
    }
  }
  const wide = Math.max(2, typicalGap(units) + 1);
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as PageUnit;
    u.wideGapBefore = k > 0 && u.gapBefore >= wide;
    // a kicker leads into a headline; a colon line followed by anything else is a subheading (a
    // place in 【】 leads into its item even without one: a headline-less brief)
    if (u.kind === "kicker" && units[k + 1]?.kind !== "heading" && !isPlaceInBrackets(u.text))
      u.kind = "heading";
  }
  return units;
}

/** The unit at k opens an item's body: a dateline lead or a byline, or a subtitle over one. */
function leadsIntoItem(units: readonly PageUnit[], k: number): boolean {
  const next = units[k];
  if (next === undefined) return false;
  if (next.dateline || next.kind === "byline") return true;
  const after = units[k + 1];
  return next.kind === "heading" && after !== undefined && (after.dateline || after.kind === "byline");
}

/**
 * "【长汀】", "【思明】": a place in 【】, which leads a brief of a review or a column even without a
 * headline; not a box's label inside an article ("【链接】", "【记者手记】", "【背景】").
 */
function isPlaceInBrackets(text: string): boolean {
  if (!isBracketKicker(text)) return false;
  const inner = text.trim().slice(1, -1);
  const name = hasTraditionalHint(inner) ? toSimplified(inner) : inner;
  // a county's short name alone ("长汀") is no mention in running text, but here it is the name
  return isPlaceName(name) || findPlaceMentions(name).length > 0;
}

/** The most common number of blank lines between blocks: some pages put two everywhere. */
export function typicalGap(units: readonly PageUnit[]): number {
  const counts = new Map<number, number>();
  for (const u of units.slice(1)) counts.set(u.gapBefore, (counts.get(u.gapBefore) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) [best, bestCount] = [gap, count];
  }
  return best;
}

/** the parse of a line that is no byline and has no dateline and no credit (most lines): shared */
const NOTHING_PARSED: UnitParse = Object.freeze({
  byline: null,
  dateline: null,
  credit: null,
  textCredit: null,
});

/**
 * The unit of the line(s) `text` starting on `line` after `gapBefore` blank lines (`endLine` is
 * `line`, `wideGapBefore` false: the caller settles them). `knownCredit`: `splitPhotoCredit(text)`
 * when the caller has it already.
 */
function describe(
  text: string,
  knownCredit: ReturnType<typeof splitPhotoCredit> | undefined,
  line: number,
  gapBefore: number,
): PageUnit {
  const byline = parseStandaloneByline(text);
  if (byline) {
    const parsed: UnitParse = { byline, dateline: null, credit: null, textCredit: null };
    return unit(text, "byline", false, false, false, parsed, line, gapBefore);
  }
  const split = splitDateline(text);
  const dateline = split !== null;
  const wholeCredit = knownCredit === undefined ? splitPhotoCredit(text) : knownCredit;
  const credit = wholeCredit !== null;
  let kind: PageUnit["kind"] = "text";
  // a table's row is text, however short and unpunctuated (a dateline or credit tells a line first)
  const row = !dateline && !credit && isTableRow(text);
  if (!dateline && !credit && !row) {
    if (kickerText(text) !== null) kind = "kicker";
    else if (isHeadlineLike(text)) kind = "heading";
  }
  // the segmenter takes the credit off the text after the dateline
  const restCredit = split === null ? wholeCredit : splitPhotoCredit(split.rest);
  const parsed: UnitParse =
    split === null && wholeCredit === null
      ? NOTHING_PARSED
      : { byline: null, dateline: split, credit: restCredit, textCredit: wholeCredit };
  return unit(text, kind, dateline, credit, row, parsed, line, gapBefore);
}

/** A PageUnit spelled out field by field (one shape for all; an object spread is a slow generic clone) */
function unit(
  text: string,
  kind: PageUnit["kind"],
  dateline: boolean,
  credit: boolean,
  row: boolean,
  parsed: UnitParse,
  line: number,
  gapBefore: number,
): PageUnit {
  return { text, kind, dateline, credit, row, parsed, line, endLine: line, gapBefore, wideGapBefore: false };
}
