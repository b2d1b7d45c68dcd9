import type { Publication } from "../shared/schema.ts";
import { foldWidth } from "./width.ts";

export interface FrontMatterResult {
  /** null when the page has no front matter or none of its values could be used */
  publication: Publication | null;
  /** the page text after the front matter (always the end of the text: a caller may count on its offset) */
  body: string;
  /** 1-based line number in the file of body line 1, so item line ranges point into the file */
  bodyStartLine: number;
  /** human-readable, each naming the front-matter line */
  warnings: string[];
}

/** A front-matter block longer than this is taken for a "---" rule in the body, not front matter. */
const MAX_FRONT_MATTER_LINES = 40;
const FENCE = /^---[ \t]*$/u;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/u;

/**
 * Splits an optional YAML-like `---` block from the top of a page (blank lines may precede it).
 * Reads `source`, `date` (YYYY-MM-DD, a real calendar date), `page` (positive integer) and `url`
 * (http/https); other keys are ignored, bad values are warned about and dropped. Never throws.
 */
export function splitFrontMatter(text: string): FrontMatterResult {
  const noFrontMatter: FrontMatterResult = { publication: null, body: text, bodyStartLine: 1, warnings: [] };
  // most pages open with no fence: told from their first non-blank line, without splitting the page
  if (!FENCE.test(firstNonBlankLine(text))) return noFrontMatter;
  const lines = text.split("\n");
  let open = 0;
  while (open < lines.length && (lines[open] ?? "").trim() === "") open++;
  if (!FENCE.test(lines[open] ?? "")) return noFrontMatter;

  let close = -1;
  for (let i = open + 1; i < lines.length && i <= open + MAX_FRONT_MATTER_LINES; i++) {
    if (CLOSE_FENCE.test(lines[i] ?? "")) {
      close = i;
      break;
    }
  }
  if (close < 0) {
    noFrontMatter.warnings.push(
      `front matter opened with "---" on line ${open + 1} is never closed; the page is read as body text`,
    );
    return noFrontMatter;
  }

  const warnings: string[] = [];
  const publication: Publication = {};
  const seen = new Set<string>();
  for (let i = open + 1; i < close; i++) {
    const raw = (lines[i] ?? "").trim();
    const where = `front matter line ${i + 1}`;
    if (raw === "" || raw.startsWith("#")) continue;
    // "date：2026-07-15" and "ｐａｇｅ: ４" read like their ASCII forms (width.ts)
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u.exec(foldWidth(raw));
    if (!m?.[1]) {
      warnings.push(`${where}: cannot read "${raw}" (expected "key: value"); ignored`);
      continue;
    }
    const key = m[1].toLowerCase();
    if (!["source", "date", "page", "url"].includes(key)) continue;
    if (seen.has(key)) {
      warnings.push(`${where}: "${key}" given twice; the first value is kept`);
      continue;
    }
    seen.add(key);
    // the source name as printed; dates, page numbers and addresses as folded (same length)
    const rawValue = key === "source" ? raw.slice(raw.length - (m[2] ?? "").length) : (m[2] ?? "");
    const value = unquote(rawValue.replace(/\s+#.*$/u, "").trim());
    if (value === "") {
      warnings.push(`${where}: "${key}" has no value; ignored`);
      continue;
    }
    if (key === "source") publication.source = value;
    else if (key === "date") {
      if (isCalendarDate(value)) publication.date = value;
      else warnings.push(`${where}: date "${value}" is not a valid YYYY-MM-DD date; ignored`);
    } else if (key === "page") {
      if (/^\d{1,4}$/u.test(value) && Number(value) > 0) publication.page = Number(value);
      else warnings.push(`${where}: page "${value}" is not a positive whole number; ignored`);
    } else if (isWebUrl(value)) publication.url = value;
    else warnings.push(`${where}: url "${value}" is not an http(s) address; ignored`);
  }

  // the body as a slice of the text after the closing fence's line (the same string as joining the
  // lines after it, without copying the page)
  let bodyStart = 0;
  for (let i = 0; i <= close; i++) bodyStart += (lines[i] as string).length + 1;
  return {
    publication: Object.keys(publication).length > 0 ? publication : null,
    body: text.slice(bodyStart),
    bodyStartLine: close + 2,
    warnings,
  };
}

/** The first line of `text` that is not blank (whitespace only), or "" when there is none. */
export function firstNonBlankLine(text: string): string {
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (line.trim() !== "") return line;
    from = to + 1;
  }
  return "";
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/u.exec(value);
  return m?.[2] !== undefined ? m[2].trim() : value;
}

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
