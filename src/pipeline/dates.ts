/**
 * Event dates of news items: the first day-level date of the lead ("1月26日", "2026年2月3日").
 * Month-level dates ("2024年12月成立") are history, not the event; "日前/近日" leads have no date.
 */
import { foldNumerals, parseChineseNumber } from "./numerals.ts";
import { splitSentences } from "./sentences.ts";

const NUM_CHARS = "\\d零〇一二两三四五六七八九十";
const DAY_DATE = new RegExp(
  `(?<![\\d.])(?:(?<y>(?:19|20)\\d{2}|[一二][〇零一二三四五六七八九]{3})年)?(?<![${NUM_CHARS}])(?<m>[${NUM_CHARS}]{1,2})月(?<d>[${NUM_CHARS}]{1,3})[日号]` +
    "|(?<![\\d.])(?<iy>(?:19|20)\\d{2})[-/.](?<im>\\d{1,2})[-/.](?<id>\\d{1,2})(?![\\d])",
  "g",
);
const YEAR_MENTION = /(?<!\d)((?:19|20)\d{2})年/g;
/** Leads that give no date for the event: "日前,河北省…启动". */
const VAGUE_TIME = /日前|近日|近期|前不久|不久前|日前/;
const LEAD_MIN_CHARS = 60;
const DAY_MS = 86_400_000;

/**
 * The year a page is about: the most frequent "20xx年" mention, ties going to the latest year.
 * Null when the text names no year.
 */
export function inferPageYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of foldNumerals(text).matchAll(YEAR_MENTION)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && y > best)) {
      best = y;
      bestCount = n;
    }
  }
  return best;
}

function toIso(y: number, m: number, d: number): string | null {
  const t = Date.UTC(y, m - 1, d);
  const date = new Date(t);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function parsePublication(date: string | null | undefined): { y: number; t: number } | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return null;
  const y = Number(m[1]);
  const t = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? { y, t } : null;
}

/**
 * Year for a "M月D日" date without a year. With a publication date, the publication year, moved across
 * the year boundary when that reads better (a 12月28日 event on a January page is last year's; an
 * event on a December page cannot be ten months old). Otherwise the fallback year.
 */
function yearFor(
  m: number,
  d: number,
  pub: { y: number; t: number } | null,
  fallback: number | null,
): number | null {
  if (!pub) return fallback;
  const t = Date.UTC(pub.y, m - 1, d);
  if (t - pub.t > 60 * DAY_MS) return pub.y - 1;
  if (pub.t - t > 300 * DAY_MS) return pub.y + 1;
  return pub.y;
}

export interface EventDateOptions {
  /** "YYYY-MM-DD" from the page's front matter */
  publicationDate?: string | null;
  /** year used when there is no publication date, e.g. `inferPageYear(page)` */
  fallbackYear?: number | null;
}

/** The lead: the first paragraph, plus the next when the first is only a short line (a quote, a kicker). */
function leadOf(paragraphs: readonly string[]): string {
  const first = paragraphs[0] ?? "";
  const second = paragraphs[1];
  return first.length < LEAD_MIN_CHARS && second !== undefined ? `${first}\n${second}` : first;
}

/**
 * "YYYY-MM-DD" of the reported event: the first day-level date in the lead, else null.
 * A lead that says "日前/近日/近期" before any such date has no event date. Dates with an explicit year
 * more than a year away from the reference year are history ("2019年5月1日成立") and are skipped.
 */
export function extractEventDate(paragraphs: readonly string[], opts: EventDateOptions = {}): string | null {
  const pub = parsePublication(opts.publicationDate);
  const refYear = pub?.y ?? opts.fallbackYear ?? null;
  for (const sentence of splitSentences(leadOf(paragraphs))) {
    const folded = foldNumerals(sentence);
    DAY_DATE.lastIndex = 0;
    const vague = VAGUE_TIME.exec(folded);
    for (let m = DAY_DATE.exec(folded); m !== null; m = DAY_DATE.exec(folded)) {
      if (vague && vague.index < m.index) return null;
      const g = m.groups ?? {};
      const explicitYear = g.y ?? g.iy;
      const month = parseChineseNumber(g.m ?? g.im ?? "");
      const day = parseChineseNumber(g.d ?? g.id ?? "");
      if (month === null || day === null || !Number.isInteger(month) || !Number.isInteger(day)) continue;
      let year: number | null;
      if (explicitYear !== undefined) {
        year = parseChineseNumber(explicitYear);
        if (year !== null && refYear !== null && Math.abs(year - refYear) > 1) continue;
      } else {
        year = yearFor(month, day, pub, opts.fallbackYear ?? null);
      }
      if (year === null) return null;
      const iso = toIso(year, month, day);
      if (iso) return iso;
    }
    if (vague) return null;
  }
  return null;
}
