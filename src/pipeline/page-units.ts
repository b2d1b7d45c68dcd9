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
  /** kicker: "贵州:"; byline: a line that is only a byline; heading: headline-shaped; text: the rest */
  kind: "kicker" | "byline" | "heading" | "text";
  /** text that opens with a dateline such as 本报讯 */
  dateline: boolean;
  /** text that ends with a photo credit such as "本报记者 赖志凯 摄" */
  credit: boolean;
}

const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/gu;

export function pageUnits(body: string, firstLine: number): PageUnit[] {
  const units: PageUnit[] = [];
  let gap = 0;
  body.split("\n").forEach((raw, k) => {
    const text = raw.replace(EDGE_SPACE, "");
    if (text === "") {
      gap++;
      return;
    }
    const line = firstLine + k;
    const prev = units.at(-1);
    // a photo credit printed on a line of its own belongs to the caption above it
    if (prev?.kind === "text" && gap <= 1 && splitPhotoCredit(text)?.rest === "") {
      Object.assign(prev, describe(`${prev.text} ${text}`), { endLine: line });
    } else {
      units.push({ ...describe(text), line, endLine: line, gapBefore: gap });
    }
    gap = 0;
  });
  return units;
}

function describe(text: string): Pick<PageUnit, "text" | "kind" | "dateline" | "credit"> {
  if (parseStandaloneByline(text)) return { text, kind: "byline", dateline: false, credit: false };
  const dateline = splitDateline(text) !== null;
  const credit = splitPhotoCredit(text) !== null;
  let kind: PageUnit["kind"] = "text";
  if (!dateline && !credit) {
    if (kickerText(text) !== null) kind = "kicker";
    else if (isHeadlineLike(text)) kind = "heading";
  }
  return { text, kind, dateline, credit };
}
