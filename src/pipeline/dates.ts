/**
 * Event dates of news items: the first day-level date of the lead ("1月26日", "2026年2月3日").
 * Month-level dates ("2024年12月成立") are history, not the event; "日前/近日" leads have no date.
 */

import { lunarToIso, newYearsEveIso } from "./lunar.ts";
import { foldNumerals, parseChineseNumber } from "./numerals.ts";
import { splitSentences } from "./sentences.ts";

const NUM_CHARS = "\\d零〇一二两三四五六七八九十";
/** festivals of the lunar calendar by name: [month, day] (小年 as the north and the state keep it) */
const LUNAR_FESTIVALS: Readonly<Record<string, readonly [number, number]>> = {
  腊八节: [12, 8],
  腊八: [12, 8],
  小年: [12, 23],
  春节: [1, 1],
  元宵节: [1, 15],
  端午节: [5, 5],
  七夕节: [7, 7],
  中秋节: [8, 15],
  重阳节: [9, 9],
};
/** festivals of the Gregorian calendar by name: [month, day] */
const SOLAR_FESTIVALS: Readonly<Record<string, readonly [number, number]>> = {
  元旦: [1, 1],
  三八妇女节: [3, 8],
  妇女节: [3, 8],
  五一劳动节: [5, 1],
  劳动节: [5, 1],
  儿童节: [6, 1],
  教师节: [9, 10],
  国庆节: [10, 1],
  国庆: [10, 1],
  五一: [5, 1],
};
/** what makes the day after it an "as of" date: "截至2月2日", "截止到1月31日" */
const AS_OF_BEFORE = /(?:截至|截止|截止到|截至到)\s*$/u;
/** festivals whose holiday begins on their own day, so that "假期第二天" is the day after */
const HOLIDAY_FROM_THE_DAY = new Set(["国庆", "国庆节", "五一", "劳动节", "五一劳动节"]);
const WEEKDAY: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const DAY_DATE = new RegExp(
  `(?<![\\d.])(?:(?<y>(?:19|20)\\d{2}|[一二][〇零一二三四五六七八九]{3})年)?(?<![${NUM_CHARS}])(?<m>[${NUM_CHARS}]{1,2})月(?<d>[${NUM_CHARS}]{1,3})[日号]` +
    "|(?<![\\d.])(?<iy>(?:19|20)\\d{2})[-/.](?<im>\\d{1,2})[-/.](?<id>\\d{1,2})(?![\\d])" +
    // a day of the publication's month or the one before: "上月28日", "本月3日"
    `|(?<rm>上|本)月(?<rd>[${NUM_CHARS}]{1,3})[日号]` +
    // a day counted back from the publication: "昨天", "前天"; "今天" is the day of the item's
    // "本报北京1月7日电" dateline (without one it is left alone)
    "|(?<rel>今天|今日|昨天|昨日|前天)" +
    // a lunar day, never followed by 日/号 (that is a Gregorian "十二月二十日"): "腊月二十三", "正月初八"
    `|(?<lm>正|腊|冬|十一|十二|[一二三四五六七八九十])月(?<ld>初[一二三四五六七八九十]|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|三十)(?![${NUM_CHARS}日号])` +
    // "大年初三" (of the first month) and New Year's Eve, not "除夕前(夕)"
    "|大年初(?<ny>[一二三四五六七八九十])|(?<eve>除夕)(?!前|之前)" +
    // a festival named with its day ("腊八节当天", "小年这天", "元旦当天"); not its eve, nor "期间"
    `|(?<fest>${Object.keys({ ...LUNAR_FESTIVALS, ...SOLAR_FESTIVALS }).join("|")})[”"]?(?:(?=当天|这天|当日|那天)|(?:假期|长假|节)?第(?<nth>[一二三四五六七])天)` +
    // a weekday of the publication's week or the one before: "上周六", "本周三"
    "|(?<wk>上|本|这)(?:周|星期)(?<wd>[一二三四五六日天])",
  "g",
);
const YEAR_MENTION = /(?<!\d)((?:19|20)\d{2})年/g;
/** Leads that give no date for the event: "日前,河北省…启动". */
const VAGUE_TIME = /日前|近日|近期|前不久|不久前/;
const LEAD_MIN_CHARS = 60;
const DAY_MS = 86_400_000;

/**
 * A year mention that looks ahead, not at the reported event: "到2030年", "力争2027年", "2027年前",
 * "2027年底前", "2027年将…". "截至2025年底" and "2025年前三季度" look back and stay.
 */
const FORWARD_BEFORE = /(?:(?<!截)至|到|力争|争取|计划|预计|目标|规划|展望)\s*$/u;
const FORWARD_AFTER = /^(?:前(?![\d零〇一二两三四五六七八九十几])|底前|年底前|将|要|力争|目标|规划|远景)/u;
/** A year that frames a summary, not the event: "2025年以来", "2025年全年", "2025年9月启动", "自2025年". */
const SUMMARY_AFTER = /^(?:以来|来|至今|全年|上半年|下半年|度以来|[\d零〇一二两三四五六七八九十]{1,2}月)/u;
const SUMMARY_BEFORE = /(?:自|从|截至|截止|于)\s*$/u;

function isForward(folded: string, start: number, end: number): boolean {
  return (
    FORWARD_BEFORE.test(folded.slice(Math.max(0, start - 4), start)) ||
    FORWARD_AFTER.test(folded.slice(end, end + 4))
  );
}

/**
 * The year a page reports on, for dates printed without one: the latest "20xx年" it mentions, skipping
 * forward-looking mentions ("到2030年", "2027年前"). A report describes recent events; an earlier
 * year on the page is mostly a summary ("2025年以来", "2025年,全市…") or history, so the latest
 * plausible year is the events' year even when earlier years are mentioned more often.
 * Null when the text names no year. `foldFree`: the caller knows the fold leaves `text` as it is.
 */
export function inferPageYear(text: string, foldFree = false): number | null {
  // foldFree: the caller knows that foldNumerals(text) is text itself (no walk to find out)
  const folded = foldFree ? text : foldNumerals(text);
  let best: number | null = null;
  for (const m of folded.matchAll(YEAR_MENTION)) {
    if (isForward(folded, m.index, m.index + m[0].length)) continue;
    const y = Number(m[1]);
    if (best === null || y > best) best = y;
  }
  return best;
}

/** clause breaks within a sentence */
const CLAUSE_BREAK = /[,;:、]/u;

/**
 * The year the item itself states next to a date printed without one: a "20xx年" in the date's clause
 * or the clause after it ("1月16日,由…主办的2026年“唐山工匠杯”…"), unless it frames a summary or looks
 * ahead. Null when there is none.
 */
function yearNearDate(folded: string, start: number, end: number): number | null {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(folded[from - 1] ?? "")) from--;
  let to = end;
  for (let breaks = 0; to < folded.length; to++) {
    if (CLAUSE_BREAK.test(folded[to] ?? "") && ++breaks === 2) break;
  }
  const window = folded.slice(from, to);
  for (const m of window.matchAll(YEAR_MENTION)) {
    const at = from + m.index;
    const after = at + m[0].length;
    if (at >= start && at < end) continue; // the date itself
    if (isForward(folded, at, after)) continue;
    if (SUMMARY_AFTER.test(folded.slice(after, after + 3))) continue;
    if (SUMMARY_BEFORE.test(folded.slice(Math.max(0, at - 2), at))) continue;
    return Number(m[1]);
  }
  return null;
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

const LUNAR_MONTH: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };

/** the lunar day "初八" / "十五" / "廿三" / "二十三" / "三十" as a number */
function lunarDay(word: string): number | null {
  if (word.startsWith("初")) return parseChineseNumber(word.slice(1));
  if (word.startsWith("廿"))
    return 20 + (word.length > 1 ? (parseChineseNumber(word.slice(1)) ?? Number.NaN) : 0);
  const n = parseChineseNumber(word);
  return n !== null && Number.isInteger(n) ? n : null;
}

/**
 * A lunar date's Gregorian day, in the lunar year that puts it nearest the publication (at most 60
 * days after it), or, without one, in the page's year.
 */
function lunarDate(
  g: Record<string, string | undefined>,
  pub: { y: number; t: number } | null,
  refYear: number | null,
): string | null {
  if (g.eve !== undefined) return nearestLunarYear(newYearsEveIso, pub, refYear);
  const month = g.ny !== undefined ? 1 : (LUNAR_MONTH[g.lm ?? ""] ?? parseChineseNumber(g.lm ?? ""));
  const day = g.ny !== undefined ? (parseChineseNumber(g.ny) ?? 0) : lunarDay(g.ld ?? "");
  if (month === null || day === null) return null;
  return nearestLunarYear((year) => lunarToIso(year, month, day), pub, refYear);
}

/**
 * The Gregorian day `isoOf` gives in the lunar year before `refYear` or in `refYear` itself: the one
 * nearest the publication (at most 60 days after it), or, without one, the one in `refYear`.
 */
function nearestLunarYear(
  isoOf: (lunarYear: number) => string | null,
  pub: { y: number; t: number } | null,
  refYear: number | null,
): string | null {
  if (refYear === null) return null;
  const candidates: string[] = [];
  for (const year of [refYear - 1, refYear]) {
    const iso = isoOf(year);
    if (iso) candidates.push(iso);
  }
  if (pub) {
    let best: string | null = null;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const iso of candidates) {
      const gap = Date.parse(`${iso}T00:00:00Z`) - pub.t;
      if (gap > 60 * DAY_MS) continue;
      if (Math.abs(gap) < bestGap) [best, bestGap] = [iso, Math.abs(gap)];
    }
    return best;
  }
  return candidates.find((iso) => iso.startsWith(String(refYear))) ?? null;
}

/**
 * The day of a festival named in the text: a lunar festival as lunarDate places lunar days, a
 * Gregorian one as a "M月D日" date without a year.
 */
function festivalDate(
  name: string,
  pub: { y: number; t: number } | null,
  refYear: number | null,
): string | null {
  const lunar = LUNAR_FESTIVALS[name];
  if (lunar !== undefined)
    return nearestLunarYear((year) => lunarToIso(year, lunar[0], lunar[1]), pub, refYear);
  const solar = SOLAR_FESTIVALS[name];
  if (solar === undefined) return null;
  const year = yearFor(solar[0], solar[1], pub, refYear);
  return year === null ? null : toIso(year, solar[0], solar[1]);
}

/** Is offset `at` of `text` inside a “quotation”? */
function insideQuote(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) depth++;
    else if (c === 0x201d && depth > 0) depth--;
  }
  return depth > 0;
}

export interface EventDateOptions {
  /** "YYYY-MM-DD" from the page's front matter */
  publicationDate?: string | null;
  /** year used when there is no publication date, e.g. `inferPageYear(page)` */
  fallbackYear?: number | null;
  /** the day of the item's "本报北京1月7日电" dateline ("1月7日"): what its "今天" means */
  datelineDay?: string | null;
  /** the item's headline (and subtitle): read for the day when the lead opens with "当天" and gives none */
  headline?: string | null;
}

/** A lead that opens on the day the headline gives: "当天清晨,…", "当日,…", "这一天,…". */
const REFERS_TO_HEADLINE = /^(?:当天|当日|这天|这一天|是日)/u;

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
 * A date without a year takes the publication's (see yearFor); with no publication date, the year the
 * item states beside it (yearNearDate, within a year of the page's), else the page's year.
 * A lead that opens with "当天" and names no day refers to the headline's day (`opts.headline`).
 */
export function extractEventDate(paragraphs: readonly string[], opts: EventDateOptions = {}): string | null {
  const fromLead = leadDate(paragraphs, opts);
  if (fromLead !== null || !opts.headline || !REFERS_TO_HEADLINE.test(paragraphs[0] ?? "")) return fromLead;
  // "8月8日,万名职工同跳一套工间操" over "当天清晨,…": the headline's day
  return leadDate([opts.headline], opts);
}

/** The first day-level date of the lead (see extractEventDate). */
function leadDate(paragraphs: readonly string[], opts: EventDateOptions): string | null {
  const pub = parsePublication(opts.publicationDate);
  const refYear = pub?.y ?? opts.fallbackYear ?? null;
  for (const sentence of splitSentences(leadOf(paragraphs))) {
    const folded = foldNumerals(sentence);
    DAY_DATE.lastIndex = 0;
    const vague = VAGUE_TIME.exec(folded);
    for (let m = DAY_DATE.exec(folded); m !== null; m = DAY_DATE.exec(folded)) {
      if (vague && vague.index < m.index) return null;
      const g = m.groups ?? {};
      if (g.rel !== undefined) {
        // a time word inside a quotation is the speaker's, not the report's
        if (insideQuote(folded, m.index)) continue;
        if (g.rel.startsWith("今")) {
          const day = opts.datelineDay ? /^(\d{1,2})月(\d{1,2})日$/.exec(opts.datelineDay) : null;
          if (!day) continue;
          const [mo, d] = [Number(day[1]), Number(day[2])];
          const year = yearFor(mo, d, pub, opts.fallbackYear ?? null);
          const iso = year === null ? null : toIso(year, mo, d);
          if (iso) return iso;
          continue;
        }
        if (!pub) return null;
        const back = g.rel.startsWith("前") ? 2 : 1;
        return new Date(pub.t - back * DAY_MS).toISOString().slice(0, 10);
      }
      if (g.fest !== undefined) {
        // "国庆假期第二天": the festival's day and one more
        // (only the holidays that begin on the festival's day: 春节 and 端午 holidays begin before it)
        if (g.nth !== undefined && !HOLIDAY_FROM_THE_DAY.has(g.fest)) continue;
        const iso = festivalDate(g.fest, pub, refYear);
        const later = g.nth === undefined ? 0 : (parseChineseNumber(g.nth) ?? 1) - 1;
        if (iso)
          return later === 0
            ? iso
            : new Date(Date.parse(`${iso}T00:00:00Z`) + later * DAY_MS).toISOString().slice(0, 10);
        continue;
      }
      // "截至2月2日": the day a tally was made, not the event's
      if (AS_OF_BEFORE.test(folded.slice(Math.max(0, m.index - 4), m.index))) continue;
      if (g.wk !== undefined) {
        // a time word inside a quotation is the speaker's, not the report's
        if (insideQuote(folded, m.index)) continue;
        if (!pub) return null;
        // weeks run Monday to Sunday: the publication's Monday, back a week for 上周
        const weekday = new Date(pub.t).getUTCDay() || 7;
        const monday = pub.t - (weekday - 1) * DAY_MS - (g.wk === "上" ? 7 * DAY_MS : 0);
        const t = monday + ((WEEKDAY[g.wd ?? ""] ?? 1) - 1) * DAY_MS;
        return new Date(t).toISOString().slice(0, 10);
      }
      if (g.lm !== undefined || g.ny !== undefined || g.eve !== undefined) {
        const iso = lunarDate(g, pub, refYear);
        if (iso) return iso;
        continue;
      }
      if (g.rm !== undefined) {
        // read against the publication date; without one the month is unknown
        const day = parseChineseNumber(g.rd ?? "");
        // the first day-level date is the event's: when it cannot be read, no later one stands in
        if (!pub || day === null || !Number.isInteger(day)) return null;
        const at = new Date(pub.t);
        const month = at.getUTCMonth() - (g.rm === "上" ? 1 : 0); // 0-based, -1 is last December
        const iso = toIso(at.getUTCFullYear() + Math.floor(month / 12), (((month % 12) + 12) % 12) + 1, day);
        if (iso) return iso;
        continue;
      }
      const explicitYear = g.y ?? g.iy;
      const month = parseChineseNumber(g.m ?? g.im ?? "");
      const day = parseChineseNumber(g.d ?? g.id ?? "");
      if (month === null || day === null || !Number.isInteger(month) || !Number.isInteger(day)) continue;
      let year: number | null;
      if (explicitYear !== undefined) {
        year = parseChineseNumber(explicitYear);
        if (year !== null && refYear !== null && Math.abs(year - refYear) > 1) continue;
      } else {
        // without a publication date, a year the item states next to the date beats the page's year
        const near = pub ? null : yearNearDate(folded, m.index, m.index + m[0].length);
        const plausible = near !== null && (refYear === null || Math.abs(near - refYear) <= 1);
        year = plausible ? near : yearFor(month, day, pub, opts.fallbackYear ?? null);
      }
      if (year === null) return null;
      const iso = toIso(year, month, day);
      if (iso) return iso;
    }
    if (vague) return null;
  }
  return null;
}
