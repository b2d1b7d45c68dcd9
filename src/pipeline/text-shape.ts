import { foldWidth, isSpaceUnit } from "./width.ts";

/**
 * Shape tests for single lines of a newspaper page: does a line end a sentence, start one, look like
 * a headline or a kicker? Pages print punctuation full-width ("，：（）！") or ASCII (",:()!"), and
 * text in simplified or traditional characters. Every test decides on the width-folded view of its
 * input (see width.ts), so the classes below list only the ASCII form of a full-width mark; text
 * handed back to callers is always sliced from the input as printed.
 */

/** Characters after which a paragraph may legitimately end. */
const SENTENCE_FINAL = new Set([..."。!?…;”’」』)"]);
/** Openers whose presence as the last character proves the text goes on. */
const OPENERS = new Set([..."“‘(「『《【["]);
/** Closer -> its opener, for the balance checks. */
const CLOSER_OF: ReadonlyMap<string, string> = new Map([
  ["”", "“"],
  ["’", "‘"],
  [")", "("],
  ["」", "「"],
  ["』", "『"],
  ["》", "《"],
  ["】", "【"],
]);
/** Punctuation that never begins a paragraph: a block starting with one of these is a continuation. */
const NON_INITIAL = new Set([..."”’)」』》】,、。.;:!?…"]);
const TERMINATORS = new Set([..."。!?"]);
const BANNER_SEPARATOR = /[·・•|丨]|——/u;

/**
 * Classes of code units for the length and table-row walks, one byte per unit: whitespace (isSpaceUnit),
 * a high surrogate, a 。;, of either width (where a headline test stops), an ASCII or full-width digit.
 */
const SPACE = 1;
const HIGH_SURROGATE = 2;
const STOP_UNIT = 4;
const DIGIT = 8;
const UNIT_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  UNIT_CLASS[c] =
    (isSpaceUnit(c) ? SPACE : 0) |
    (c >= 0xd800 && c <= 0xdbff ? HIGH_SURROGATE : 0) |
    (c === 0x2c || c === 0xff0c || c === 0x3002 || c === 0x3b || c === 0xff1b ? STOP_UNIT : 0) |
    ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) ? DIGIT : 0);
}

/**
 * Code-point length ignoring whitespace, counted only up to `limit + 1` (callers compare it with a
 * limit: a long paragraph need not be walked to the end). With `stopAtPunctuation`, limit + 1 as soon
 * as a 。;, (either width) is met: for a headline test, such a line is as far off as a long one.
 */
export function visibleLengthUpTo(text: string, limit: number, stopAtPunctuation = false): number {
  let n = 0;
  const stops = stopAtPunctuation ? STOP_UNIT : 0;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    // one read tells the common case (a visible BMP character: counted) from the others
    const kind = UNIT_CLASS[c] as number;
    if (kind === 0) {
      n++;
      continue;
    }
    if ((kind & stops) !== 0) return limit + 1;
    if ((kind & HIGH_SURROGATE) !== 0 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    } else if ((kind & SPACE) === 0) n++;
  }
  return n;
}

/** Code-point length, ignoring whitespace (a headline's spaces are layout, not content). */
export function visibleLength(text: string): number {
  return visibleLengthUpTo(text, Number.POSITIVE_INFINITY);
}

function lastChar(text: string): string {
  const t = text.trimEnd();
  const cp = t.codePointAt(t.length - 1) ?? 0;
  // a trailing low surrogate belongs to a two-unit character
  return cp >= 0xdc00 && cp <= 0xdfff ? t.slice(-2) : t.slice(-1);
}

/**
 * True when the text stops mid-sentence: its last character is not sentence-final punctuation.
 * An ASCII "." counts as final only after a non-digit (so "10.5" at a line end does not end a
 * sentence).
 */
export function endsMidSentence(text: string): boolean {
  // Decided on the end of the text (and its first unit), folded unit by unit: the test on
  // `foldWidth(text).trimEnd()` without folding a whole paragraph (every mark is one BMP unit, a
  // surrogate is none of them, and the fold makes no other character whitespace).
  let end = text.length;
  while (end > 0 && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const lastUnit = text.charCodeAt(end - 1);
  if (foldedUnit(lastUnit) === 0x2e) {
    const before = end >= 2 ? foldedUnit(text.charCodeAt(end - 2)) : -1;
    return before >= 0x30 && before <= 0x39;
  }
  const shape = SHAPE[lastUnit] as number;
  if ((shape & SENTENCE_FINAL_BIT) === 0) return true;
  const opener = (shape >> CLOSES_SHIFT) & 0xf;
  if (opener === 0) return false;
  // "…达成就业意向。（陆海燕）": a bracket set after the sentence's end (a brief's author) ends it too
  if (foldedUnit(lastUnit) === 0x29) {
    let open = end - 2;
    while (open >= 0 && foldedUnit(text.charCodeAt(open)) !== 0x28) open--;
    let before = open - 1;
    while (before >= 0 && isSpaceUnit(text.charCodeAt(before))) before--;
    if (before >= 0 && ENDS_SENTENCE.has(foldedUnit(text.charCodeAt(before)))) return false;
  }
  // a closing quote/bracket ends the paragraph only after the quoted sentence ended ("…暖和!”"),
  // or when the whole block is a parenthesis ("(完)"); "…的“心灵驿站”" still goes on
  let k = end - 1;
  while (k >= 0 && ((SHAPE[text.charCodeAt(k)] as number) & CLOSES_MASK) !== 0) k--;
  const beforeClosers = k >= 0 ? (SHAPE[text.charCodeAt(k)] as number) : 0;
  return !(
    (beforeClosers & SENTENCE_FINAL_BIT) !== 0 ||
    ((SHAPE[text.charCodeAt(0)] as number) & OPENS_MASK) === opener
  );
}

/** True when the text ends with an opener or a comma-like mark: it certainly continues. */
export function endsWithOpenPunctuation(text: string): boolean {
  const last = lastChar(foldWidth(text));
  return OPENERS.has(last) || /[,、:]/u.test(last);
}

/**
 * Strong evidence that a block begins in the middle of a sentence: it opens with punctuation that
 * cannot start a paragraph, or its first sentence closes a quote/bracket it never opened
 * ("办”),并以此…", "方便。”中国一拖…"). Text that merely starts with an ordinary character gives
 * no evidence either way; callers decide with context.
 */
export function startsMidSentence(text: string): boolean {
  // Read by code unit with the width fold applied as it goes (only the first sentence matters, so
  // a long paragraph is neither folded nor walked whole). Every mark below is one BMP unit, and the
  // fold turns no other character into whitespace, so this is the test on `foldWidth(text).trimStart()`.
  let i = 0;
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
  if (i === text.length) return false;
  if (((SHAPE[text.charCodeAt(i)] as number) & NON_INITIAL_BIT) !== 0) return true;
  const depth = OPEN_DEPTH.fill(0);
  let endedSentence = false;
  for (; i < text.length; i++) {
    const shape = SHAPE[text.charCodeAt(i)] as number;
    const closes = (shape >> CLOSES_SHIFT) & 0xf;
    if (closes !== 0) {
      if (depth[closes] === 0) return true;
      (depth[closes] as number)--;
    } else if (endedSentence) {
      break; // only the first sentence and the closers right after it count
    } else {
      const opens = shape & OPENS_MASK;
      if (opens !== 0) (depth[opens] as number)++;
    }
    if ((shape & TERMINATOR_BIT) !== 0) endedSentence = true;
  }
  return false;
}

/** The width fold of one code unit (see width.ts). */
function foldedUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c === 0x3000 ? 0x20 : c;
}
const OPENER_LIST = [...OPENERS];

/**
 * The shape of every code unit after the width fold, as one table: bits 0–3 the opener it is (1 +
 * its index in OPENERS, 0 for none), bits 4–7 the opener it closes (same numbering), then flags.
 * A lookup per character instead of a Map, a Set and an indexOf.
 */
const OPENS_MASK = 0xf;
const CLOSES_SHIFT = 4;
const CLOSES_MASK = 0xf0;
const TERMINATOR_BIT = 0x100;
const NON_INITIAL_BIT = 0x200;
const SENTENCE_FINAL_BIT = 0x400;
const SHAPE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(foldedUnit(c));
  let shape = 0;
  shape |= OPENER_LIST.indexOf(ch) + 1;
  const opener = CLOSER_OF.get(ch);
  if (opener !== undefined) shape |= (OPENER_LIST.indexOf(opener) + 1) << CLOSES_SHIFT;
  if (TERMINATORS.has(ch)) shape |= TERMINATOR_BIT;
  if (NON_INITIAL.has(ch)) shape |= NON_INITIAL_BIT;
  if (SENTENCE_FINAL.has(ch)) shape |= SENTENCE_FINAL_BIT;
  SHAPE[c] = shape;
}
/** open quotes/brackets per kind while reading a first sentence (index 1 + OPENERS index) */
const OPEN_DEPTH = new Int32Array(OPENER_LIST.length + 1);

/** A paragraph that plausibly starts a new piece: an opening quote or bracket, or a date/number. */
export function looksLikeParagraphStart(text: string): boolean {
  return /^\s*[“‘(「『《【\d]/u.test(foldWidth(text));
}

/**
 * Headline-shaped: short (≤ 40 visible characters), no sentence punctuation inside (。;, — a comma
 * only inside a headline that is one quotation), not ending in a comma/colon/opener, quotes balanced. Headlines separate phrases with spaces, not
 * commas, so one comma already makes a line body text ("2024年底,洛阳市总启动…").
 * "!" and "?" are tolerated at the end of short lines ("这个夏天不再热!").
 */
export function isHeadlineLike(text: string): boolean {
  // the fold turns no visible character into whitespace or back, so the length is decided before
  // folding, and a paragraph is given up after its 41st visible character, or at its first 。;, (the
  // test below on the folded text): most body lines have a comma well before that
  // (a line opening with “ may be a quoted headline, commas and all: counted in full)
  let lead = 0;
  while (lead < text.length && isSpaceUnit(text.charCodeAt(lead))) lead++;
  const first = text.charCodeAt(lead);
  const len = visibleLengthUpTo(text, 40, first !== 0x201c && first !== 0x300c);
  if (len < 2 || len > 40) return false;
  const t = foldWidth(text).trim();
  // a headline that is one quotation keeps its commas: “调解室开进法院,职工维权少跑腿” (quoted speech
  // ends its sentence inside the quote: “心里特别暖和!”)
  const quotation =
    ((t.startsWith("“") && t.endsWith("”") && !t.includes("“", 1)) ||
      (t.startsWith("「") && t.endsWith("」") && !t.includes("「", 1))) &&
    !/[。!?…][”」]$/u.test(t);
  if (quotation ? /[。;]/u.test(t) : /[。;,]/u.test(t)) return false;
  // a line in brackets is a note or a credit ("(答复人:本报特约律师 陈 蕾)"), not a headline; nor is a
  // letter's signature ("北京 读者 王小军")
  if (t.startsWith("(") && t.endsWith(")")) return false;
  if (LETTER_SIGNATURE.test(t)) return false;
  if (endsWithOpenPunctuation(t)) return false;
  const inner = t.slice(0, -1);
  if (/[!?…]/u.test(inner)) return false;
  if (/[!?…]$/u.test(t) && len > 24) return false;
  return quotesBalanced(t);
}

/** a reader's signature under a letter: "北京 读者 王小军", "湖南长沙读者 周 强" */
const LETTER_SIGNATURE = /读者[\s\u3000]+\p{Script=Han}(?:\s?\p{Script=Han}){1,3}$/u;
/** Han characters only, around one comma */
const SLOGAN = /^\p{Script=Han}+,\p{Script=Han}+$/u;
/**
 * Two halves of four to seven characters each, of a length and all words ("弘扬劳模精神,争做时代先锋",
 * "工会送清凉,职工心里甜"): a slogan banner, or a headline of the commonest shape; the layout decides.
 */
export function isEvenHalves(text: string): boolean {
  const t = foldWidth(text).trim();
  const comma = t.indexOf(",");
  return comma >= 4 && comma <= 7 && Math.abs(t.length - 2 * comma - 1) <= 1 && SLOGAN.test(t);
}

/** at most this long, a line with one comma may still be a headline (see isCommaHeadline) */
const MAX_COMMA_HEADLINE = 24;

/**
 * A short line of two phrases split by one comma and no sentence end ("小年这天,化工装置区飘来饺子香",
 * "腊月二十,“年货直通车”开进工业园区"): headline-shaped but for the comma (see isHeadlineLike), so a
 * headline only where the layout says so (the caller: a lead or byline follows).
 */
export function isCommaHeadline(text: string): boolean {
  const len = visibleLength(text);
  if (len < 6 || len > MAX_COMMA_HEADLINE) return false;
  const t = foldWidth(text).trim();
  const comma = t.indexOf(",");
  if (comma < 2 || t.indexOf(",", comma + 1) >= 0 || t.length - comma - 1 < 4) return false;
  if (/[。;!?…:、]/u.test(t) || endsWithOpenPunctuation(t)) return false;
  return quotesBalanced(t);
}

/**
 * "贵州:" / "杭州萧山：" / "德州德城区总工会:" — a short place or organisation name ending in a colon.
 * Returns the name as printed.
 */
export function kickerText(text: string): string | null {
  const printed = text.trim();
  // a name in 【】 on a line of its own, over each item of a review or a column ("【鼓楼】")
  if (printed.charCodeAt(0) === 0x3010 && BRACKET_KICKER.test(printed)) return printed;
  // the pattern ends in a colon: ":" or the full-width "：" that folds to it
  const last = printed.charCodeAt(printed.length - 1);
  if (last !== 0x3a && last !== 0xff1a) return null;
  const m = /^(.{1,20}?)\s*:$/u.exec(foldWidth(printed));
  if (!m?.[1]) return null;
  if (/[,。、;!?:“”"]/u.test(m[1]) || visibleLength(m[1]) < 2) return null;
  return printed.slice(0, m[1].length).trim();
}

export function hasBannerSeparator(text: string): boolean {
  return BANNER_SEPARATOR.test(foldWidth(text));
}

/** Every closer closes an opener of its kind, and every opener is closed (by the SHAPE table). */
function quotesBalanced(text: string): boolean {
  const depth = OPEN_DEPTH.fill(0);
  for (let i = 0; i < text.length; i++) {
    const shape = SHAPE[text.charCodeAt(i)] as number;
    const closes = (shape >> CLOSES_SHIFT) & 0xf;
    if (closes !== 0) {
      if (depth[closes] === 0) return false;
      (depth[closes] as number)--;
    } else {
      const opens = shape & OPENS_MASK;
      if (opens !== 0) (depth[opens] as number)++;
    }
  }
  for (let k = 0; k < depth.length; k++) if (depth[k] !== 0) return false;
  return true;
}

/**
 * Title for an item printed without a headline: the body's first sentence, without its final "。",
 * when it is at most `max` characters; else a clean cut at the last break ("，" "；" "、", full-width
 * or not) that keeps 10 to `max` characters; only a sentence with no such break is hard-cut with "…".
 */
export function firstSentenceTitle(text: string, max = 40): string {
  const chars = [...text.trim()];
  const shape = chars.map(foldWidth);
  let end = chars.length;
  for (let i = 0; i < chars.length; i++) {
    if (TERMINATORS.has(shape[i] ?? "")) {
      end = i + 1;
      while (end < chars.length && CLOSER_OF.has(shape[end] ?? "")) end++;
      break;
    }
  }
  let sentence = chars.slice(0, end);
  if (sentence.at(-1) === "。") sentence = sentence.slice(0, -1);
  if (sentence.length <= max) return sentence.join("").trim();
  for (let i = max; i >= 10; i--) {
    if (/[,;、]/u.test(shape[i] ?? "")) return sentence.slice(0, i).join("").trim();
  }
  return `${sentence.slice(0, max).join("").trim()}…`;
}

/** "2026年3月13日　星期五　…　工会新闻　…　5": the running head a page is printed with. */
const RUNNING_HEAD_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;
const RUNNING_HEAD_DAY = /星期[一二三四五六日天]|周[一二三四五六日]/u;
/** a running head's closing "责任编辑:何 川" (the only colon it may hold) */
const RUNNING_HEAD_EDITOR = /(?:责任编辑|责编|编辑)\s*:\s*[^:\s]{1,4}(?:\s[^:\s]{1,3})?$/u;
/**
 * "本版编辑:郑晓雯 校对:林 可", "责任编辑：赵 明 美术编辑：孙 悦", "(本版统筹:梁家声)", "第3版　基层传真
 * 责任编辑:顾晓岚": the page's staff line
 */
const STAFF_LINE =
  /^(?:本版)?(?:责任编辑|责编|编辑|美术编辑|美编|版式设计|版式|校对|组版|制图)\s*:|^(?:本版)?(?:责任编辑|责编|编辑)\s*\S{2,6}\s+(?:美术编辑|美编|校对|版式|组版)\s*:|^\(\s*本版(?:统筹|統籌|策划|策劃|编辑|編輯)\s*:[^()]{1,12}\)$|^第\s*\d{1,3}\s*版\s.{0,20}(?:责任编辑|责编|編輯|编辑)\s*:/u;
/** a full date, as a web page's source line gives it: "2026-02-20", "2026年2月20日" */
const ANY_DATE = /(?<!\d)\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/u;

/** Furniture of a page saved from the web, tested on the folded line. */
const WEB_FURNITURE: readonly ((t: string) => boolean)[] = [
  // a table of contents: its head ("今日导读") and its lines, each with a page ("…送温暖资金逾31亿元 (3版)")
  (t) =>
    /^(?:今日导读|本版导读|本期导读|导读|今日要目|要目)$/u.test(t) ||
    /\(\s*第?\s*\d{1,2}\s*版\s*\)$/u.test(t),
  // the breadcrumb: "首页 > 工会动态 > 正文", "中工网 > 权益保障 > 正文"
  (t) =>
    /^(?:首页|当前位置|您的位置|位置)\s*:?.*(?:>|›|»|→)/u.test(t) ||
    /^[^>›»\s]{1,12}(?:\s*[>›»]\s*[^>›»\s]{1,12})*\s*[>›»]\s*(?:正文|详情)$/u.test(t),
  // a public account's article: its author line ("原创　山西工会　2026年05月14日 18:06　山西") and its
  // calls to follow, read on or like
  (t) => /^原创\s/u.test(t) && ANY_DATE.test(t),
  (t) =>
    /^(?:点击(?:上方)?蓝字关注(?:我们)?|关注我们|阅读原文|点个在看|点赞在看|分享、?点赞、?在看)$/u.test(t),
  // the source line: "2026-02-20 08:45 来源:工人日报客户端 作者:记者 唐瑶", "发布时间:2026-02-20";
  // not "经费来源:市总工会专项资金"
  (t) =>
    /^(?:来源|发布时间|发布日期)\s*:/u.test(t) ||
    (ANY_DATE.test(t) && /(?:来源|发布时间|发布日期|作者)\s*:/u.test(t)),
  // the tool rows: "【字体:大 中 小】 分享到:微信", "【纠错】 【打印】 【关闭】"
  (t) => /^【?字体\s*:|分享到\s*:/u.test(t),
  (t) => /^【[^】]{1,4}】(?:\s*【[^】]{1,4}】)+$/u.test(t),
  // the copyright line: "版权所有 中工网 未经授权禁止转载", "Copyright © …"; not a headline that
  // merely says 未经授权
  (t) =>
    /^(?:©|Copyright\b)|版权所有.*(?:©|网|报社|站|未经)|未经(?:本网|本报|许可|授权)\S{0,4}(?:不得|禁止)转载/iu.test(
      t,
    ),
];
/** the hints the furniture tests need, as printed: a line with none of them is ruled out unfolded */
const FURNITURE_HINT =
  /版|导读|要目|星期|\d\s*日\s*周|编辑|责编|美编|校对|版式|组版|制图|首页|位置|来源|发布|分享|字体|【|版权|转载|Copyright|©|[>›»]|原创|关注|阅读原文|在看/iu;

/**
 * Page furniture that is no part of any item: the running head (the date with its weekday, the page's
 * name and number), the line naming the page's editors, and what a page saved from the web carries
 * around the article (breadcrumb, source line, tool buttons, copyright). All are short lines without
 * a sentence, a comma or (but for the labelled ones) a colon: "时间：2026年3月14日（星期六）上午9点" is a
 * notice's line, not a running head.
 */
export function isPageFurniture(text: string): boolean {
  if (!FURNITURE_HINT.test(text)) return false;
  if (visibleLengthUpTo(text, 80) > 80) return false;
  const t = foldWidth(text).trim();
  if (/[。;!?,]/u.test(t)) return false;
  if (RUNNING_HEAD_DAY.test(t) && RUNNING_HEAD_DATE.test(t)) {
    // the running head, its editor's name at its end or not ("…第2版　基层传真　　责任编辑:何 川")
    if (!t.includes(":") || RUNNING_HEAD_EDITOR.test(t)) return true;
  }
  if (STAFF_LINE.test(t)) return true;
  return WEB_FURNITURE.some((test) => test(t));
}

/** A paper's name alone: "湖南工人报", "澳門工人報", "工人日报" (not 快报, 简报, 捷报). */
const PAPER = String.raw`[^\s:：]{1,8}(?:日|晚|早|时|時|工人)[报報]`;
const PAPER_NAME = new RegExp(`^${PAPER}$`, "u");

/**
 * A running head set over several lines: a line that is only the paper's name ("工人日报", "河北工人报",
 * "澳門工人報"; not 快报, 简报, 捷报) or the page's number ("6", "A12", "第3版"), or the number with
 * the page's name after a space ("第4版　社團．勞工").
 */
const HEAD_PART = new RegExp(
  String.raw`^(?:${PAPER}|(?:第\s*)?\d{1,3}\s*版?|第\s*\d{1,3}\s*版\s+\S{1,12}|[A-Z]?\d{1,2})$`,
  "u",
);

/** "中共霍山县委主管　霍山县融媒体中心主办": who publishes a local paper, under its masthead */
const PUBLISHER_LINE = /(?:主办|主管)(?:单位)?\s*$/u;
const isPublisherLine = (line: string) => line.length <= 40 && PUBLISHER_LINE.test(line);

/**
 * The publisher line among the page's first lines, which names a county paper's county where its
 * title ("今日霍山") does not; null without one.
 */
export const publisherLine = (body: string): string | null => headLine(body, isPublisherLine);

/**
 * The paper a page is from: its front matter's `source`, else a masthead line among the page's first
 * lines; null when neither names one.
 */
export function paperName(source: string | undefined, body: string): string | null {
  if (source && PAPER_NAME.test(foldWidth(source).trim())) return source.trim();
  return headLine(body, isPaperNameLine);
}

const isPaperNameLine = (line: string) => PAPER_NAME.test(foldWidth(line));

/**
 * The first of a page's first non-empty lines (RUNNING_HEAD_LINES of them, trimmed) that `test`
 * accepts, else null. The lines are read one by one rather than splitting the whole page.
 */
function headLine(body: string, test: (line: string) => boolean): string | null {
  let seen = 0;
  for (let start = 0; start < body.length && seen < RUNNING_HEAD_LINES; ) {
    const nl = body.indexOf("\n", start);
    const line = body.slice(start, nl === -1 ? body.length : nl).trim();
    start = nl === -1 ? body.length : nl + 1;
    if (line === "") continue;
    if (test(line)) return line;
    seen++;
  }
  return null;
}

/** Among the first lines of a page: the paper's name or the page's number on a line of its own. */
export const isRunningHeadPart = (text: string): boolean => {
  const t = foldWidth(text).trim();
  // a county paper's masthead ("今日霍山") and its publisher line ("中共霍山县委主管　霍山县融媒体中心主办")
  return HEAD_PART.test(t) || COUNTY_MASTHEAD.test(t) || isPublisherLine(t);
};
/** "今日霍山", "今日永康": the county papers' usual title */
const COUNTY_MASTHEAD = /^今日\p{Script=Han}{2,4}$/u;

/** Opinion columns: their pieces argue, they report no programme ("工人时评", "短评", "言论"). */
const OPINION_COLUMN = /(?:时评|评论|短评|快评|言论|锐评|漫评|社论|热评|微评|评论员文章)\s*:?$/u;

/** how many of a page's first non-empty lines may be its running head or masthead */
export const RUNNING_HEAD_LINES = 6;

/** "【长汀】": a place or a column's name in 【】, alone on its line (see kickerText) */
const BRACKET_KICKER = /^【[^【】\s,，。、;；:：!！?？“”"]{1,8}】$/u;
/** A 【】 kicker leads into its item whether or not a headline follows ("【长汀】" then the text). */
export const isBracketKicker = (text: string): boolean => BRACKET_KICKER.test(text.trim());

/** "编者按:…", "編者按：…", "编者的话:…": the editors introduce a page, they report no programme */
const EDITORS_NOTE = /^(?:编者按|編者按|编者的话|編者的話|编后|編後)\s*:/u;
/** "…咨询电话:0731-8861235(某职工疗养院 广告)": an advertisement, marked at its end as papers do */
const ADVERT_MARK = /[([][^()[\]]{0,24}(?:广告|廣告)\s*[)\]]\s*$/u;

/**
 * The label of a box that is no report: "更正", "征稿启事", "“我的助学故事”征文启事", "公益广告", "声明";
 * a reader's letter ("读者来信") and an editors' afterword set under its own label ("编后"). Not "编者按"
 * on a line of its own: it may stand between an article's headline and its lead, and a box would
 * swallow the article.
 */
const NOTICE_HEAD =
  /^(?:更正|更正启事|启事|征稿启事|征文启事|征稿|公益广告|广告|声明|讣告|公告|通告|读者来信|群众来信|网友来信|来信|读者之声|编后|编后语|編後)\s*:?$|^.{1,16}(?:征文|征稿|征集|招募|寻人|更正)(?:启事|啟事)$/u;

/** A line that only labels a notice box (see NOTICE_HEAD): it starts a box of its own. */
export const isNoticeHead = (text: string): boolean =>
  // every label ends in one of these (as printed: the fold leaves Han characters alone), most lines don't
  NOTICE_LAST.has(
    text
      .trimEnd()
      .replace(/[:：]$/u, "")
      .slice(-1),
  ) && NOTICE_HEAD.test(foldWidth(text).trim());
/** the last characters of NOTICE_HEAD's labels */
const NOTICE_LAST = new Set([..."正事稿告明信声后語语後"]);

/** "(上接第1版)…": the rest of an article that starts on another page (and is reported there). */
const CONTINUED_FROM = /^[(（]\s*上接第?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]/u;

/**
 * An item that reports no programme: a piece under an opinion column's name (as its kicker or
 * section), a notice box (correction, call for contributions, public-service ad), or the tail of an
 * article continued from another page.
 */
export function reportsNoProgramme(item: {
  kicker: string | null;
  section: string | null;
  title?: string;
  paragraphs?: readonly string[];
}): boolean {
  if (item.title !== undefined && isNoticeHead(item.title)) return true;
  // a commentary under its column's name set as its headline ("短评" over "送清凉,更要送“制度凉”")
  if (item.title !== undefined && item.title.length <= 6 && OPINION_COLUMN.test(foldWidth(item.title).trim()))
    return true;
  const paragraphs = item.paragraphs ?? [];
  if (CONTINUED_FROM.test(paragraphs[0] ?? "")) return true;
  // an editors' note alone (under the page's banner), or an advertisement marked as one (each
  // looked for only where its words are: this runs for every item)
  const first = paragraphs[0] ?? "";
  if (paragraphs.length === 1 && "编編".includes(first.charAt(0)) && EDITORS_NOTE.test(foldWidth(first)))
    return true;
  const last = paragraphs.at(-1) ?? "";
  if (last.includes("广告") || last.includes("廣告")) {
    // "(某职工疗养院 广告)", not "(本版图片均为资料图,非广告)"
    const mark = ADVERT_MARK.exec(foldWidth(last))?.[0];
    if (mark !== undefined && !mark.includes("非")) return true;
  }
  return [item.kicker, item.section].some(
    (name) => name !== null && (OPINION_COLUMN.test(foldWidth(name).trim()) || isNoticeHead(name)),
  );
}

/** "(下转第3版)" at the end of a paragraph: where the article goes on, not its text */
const CONTINUED_ON = /\s*[(（]\s*下转第?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]\s*$/u;

/** `text` without a closing "(下转第3版)". */
export function withoutContinuedOn(text: string): string {
  return text.includes("下转") ? text.replace(CONTINUED_ON, "") : text;
}

/** "相关阅读:" and its kin: the head of a block of links to other articles */
const RELATED_HEAD =
  /^(?:相关阅读|延伸阅读|推荐阅读|相关新闻|相关报道|热点推荐|猜你喜欢|往期推荐|往期回顾)\s*:?$/u;
/** a link of such a block: "·多地工会为春节坚守岗位职工送上“年夜饭”" */
const LINK_LINE = /^[·•▪◦]/u;

/** The head of a block of links to other articles ("相关阅读:"), which is furniture with its links. */
export const isRelatedHead = (text: string): boolean =>
  // the heads' first characters, as printed (the fold leaves Han characters alone): most lines stop here
  "相延推热猜往".includes(text.charAt(0)) && RELATED_HEAD.test(foldWidth(text).trim());
/**
 * A public account's list of earlier posts ("往期推荐"), whose links are bare headlines: the list
 * ends the article, so every headline-shaped line under it is a link.
 */
export const isPostsHead = (text: string): boolean => text.startsWith("往期");
/** A line of such a block. */
export const isLinkLine = (text: string): boolean => LINK_LINE.test(text);

/**
 * A row of a table flattened into text: "困难职工帮扶　　　1280户　　　　640万元". Two or more gaps of
 * two or more spaces between the cells, and a figure among them (a headline spaced out as
 * "送温暖　　暖人心　　聚民心" has none). Bylines, datelines and credits are told apart before this.
 */
export function isTableRow(text: string): boolean {
  let gaps = 0;
  let run = 0;
  let digit = false;
  for (let i = 0; i < text.length; i++) {
    const kind = UNIT_CLASS[text.charCodeAt(i)] as number;
    if ((kind & SPACE) !== 0) run++;
    else {
      if (run >= 2 && i > run) gaps++;
      run = 0;
      if ((kind & DIGIT) !== 0) digit = true;
    }
  }
  return gaps >= 2 && digit;
}

const RUNNING_HEAD_ISO =
  /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/u;
/** a web page's source line: "2026-02-20 08:45 来源:…" */
const SOURCE_LINE = /来源|发布时间|发布日期/u;

/**
 * The date printed in a page's running head ("2026年3月13日　星期五　…") or a web page's source line
 * ("2026-02-20 08:45 来源:…"), as "YYYY-MM-DD": the publication date of a page whose file says none.
 * Only the first lines of the body are looked at.
 */
export function runningHeadDate(body: string): string | null {
  let seen = 0;
  for (const line of body.split("\n", 40)) {
    const text = line.trim();
    if (text === "") continue;
    if (++seen > 6) break;
    if (!isPageFurniture(text)) continue;
    const m = RUNNING_HEAD_ISO.exec(foldWidth(text));
    if (!m || !(RUNNING_HEAD_DAY.test(text) || SOURCE_LINE.test(text))) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) {
      return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    }
  }
  return null;
}

/** 。 ! ? … (folded): what a bracket after the sentence's end follows */
const ENDS_SENTENCE = new Set([0x3002, 0x21, 0x3f, 0x2026]);

/** A bullet glyph a news-in-brief column sets before each brief: "■3月11日，…", "● 近日，…". */
const BULLET = /^[■□●○◆◇▲△▶►★☆◎•]\s*/u;

/** the length of the bullet (and the space after it) `text` opens with; 0 without one */
export function bulletLength(text: string): number {
  return BULLET.exec(text)?.[0].length ?? 0;
}
