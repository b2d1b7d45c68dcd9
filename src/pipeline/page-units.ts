import type { Byline } from "../shared/schema.ts";
import { parseStandaloneByline, splitDateline, splitPhotoCredit } from "./byline.ts";
import { isHeadlineLike, kickerText } from "./text-shape.ts";

/**
 * A page cut into units: one unit per non-empty line (newspaper pages put a blank line between
 * blocks, one-article files none), each with the number of blank lines before it and its shape.
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

export function pageUnits(body: string, firstLine: number): PageUnit[] {
  const units: PageUnit[] = [];
  let gap = 0;
  body.split("\n").forEach((raw, k) => {
    // trim() strips exactly what \s matches (U+3000 included)
    const text = raw.trim();
    if (text === "") {
      gap++;
      return;
    }
    const line = firstLine + k;
    const prev = units.at(-1);
    // a photo credit printed on a line of its own belongs to the caption above it
    const credit = prev?.kind === "text" && gap <= 1 ? splitPhotoCredit(text) : undefined;
    if (prev !== undefined && credit?.rest === "") {
      const d = describe(`${prev.text} ${text}`);
      prev.text = d.text;
      prev.kind = d.kind;
      prev.dateline = d.dateline;
      prev.credit = d.credit;
      prev.parsed = d.parsed;
      prev.endLine = line;
    } else {
      // spelled out: an object spread here (a generic clone) cost more than describing the line
      const d = describe(text, credit);
      units.push({
        text: d.text,
        kind: d.kind,
        dateline: d.dateline,
        credit: d.credit,
        parsed: d.parsed,
        line,
        endLine: line,
        gapBefore: gap,
        wideGapBefore: false,
      });
    }
    gap = 0;
  });
  const wide = Math.max(2, typicalGap(units) + 1);
  units.forEach((u, k) => {
    u.wideGapBefore = k > 0 && u.gapBefore >= wide;
    // a kicker leads into a headline; a colon line followed by anything else is a subheading
    if (u.kind === "kicker" && units[k + 1]?.kind !== "heading") u.kind = "heading";
  });
  return units;
}

/** The most common number of blank lines between blocks: some pages put two everywhere. */
function typicalGap(units: readonly PageUnit[]): number {
  const counts = new Map<number, number>();
  for (const u of units.slice(1)) counts.set(u.gapBefore, (counts.get(u.gapBefore) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) [best, bestCount] = [gap, count];
  }
  return best;
}

/** `knownCredit`: `splitPhotoCredit(text)` when the caller has it already */
function describe(
  text: string,
  knownCredit?: ReturnType<typeof splitPhotoCredit>,
): Pick<PageUnit, "text" | "kind" | "dateline" | "credit" | "parsed"> {
  const byline = parseStandaloneByline(text);
  if (byline) {
    return {
      text,
      kind: "byline",
      dateline: false,
      credit: false,
      parsed: { byline, dateline: null, credit: null, textCredit: null },
    };
  }
  const split = splitDateline(text);
  const dateline = split !== null;
  const wholeCredit = knownCredit === undefined ? splitPhotoCredit(text) : knownCredit;
  const credit = wholeCredit !== null;
  let kind: PageUnit["kind"] = "text";
  if (!dateline && !credit) {
    if (kickerText(text) !== null) kind = "kicker";
    else if (isHeadlineLike(text)) kind = "heading";
  }
  // the segmenter takes the credit off the text after the dateline
  const restCredit = split === null ? wholeCredit : splitPhotoCredit(split.rest);
  return {
    text,
    kind,
    dateline,
    credit,
    parsed: { byline: null, dateline: split, credit: restCredit, textCredit: wholeCredit },
  };
}
