import type { Byline } from "../shared/schema.ts";
import { visibleLengthUpTo } from "./text-shape.ts";
import { foldWidth, isSpaceUnit } from "./width.ts";

/**
 * Bylines as this genre prints them, in simplified or traditional characters:
 *   dateline lead   "本报讯 (记者王佳婧 通讯员张佳婧)“多亏…"  /  "新华社北京2月3日电(记者 张三)…"
 *   standalone line "本报记者 余嘉熙 本报通讯员 夏若茵"
 *   photo credit    "…奏响了欢乐序曲。 本报记者 赖志凯 摄"  /  "…(新华社记者 王五 摄)"
 * Names are 2–4 Han characters, or longer with a middle dot (minority and foreign names).
 *
 * Brackets, colons, slashes and spaces come full-width ("本报讯（记者孙海涛　通讯员刘静怡）") or ASCII: every
 * pattern runs on the width-folded text (width.ts) and lists only the ASCII form; the text handed back
 * is sliced from the input as printed, at the same offsets.
 */

type Role = keyof Byline;

/** A role word with optional prefixes: 本报 / 特约 / 实习 / 新华社 + 摄影 + 记者 / 通讯员; 实习生; 摄影. */
const ROLE =
  /(?:本[报報]|特[约約]|[实實]习|[见見]习|新[华華]社|中新社|人民日[报報])*(?:[摄攝]影)?(?:[记記]者|通[讯訊][员員])|[实實]习生|[摄攝]影/gu;
const ROLE_TEST = new RegExp(ROLE.source, "u");
const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,6}[··•]\p{Script=Han}{1,8})$/u;
const NAME_SEPARATOR = /[\s、,;/]+/u;
const DATELINE =
  /^\s*[【[]?((?:本[报報]|新[华華]社|中新社|中新[网網])[^\s,。(]{0,16}?[讯訊电電])[】\]]?\s*(?:\(([^()]{0,60})\))?\s*/u;
/**
 * DATELINE_START, /^\s*[【[［]?[本新中]/u, by code unit (it runs on every line of every page): the
 * first unit that is not whitespace is one of 【 [ ［, followed by one of 本 新 中, or is one of these.
 */
export function datelineMayStart(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
  let c = text.charCodeAt(i);
  if (c === 0x3010 || c === 0x5b || c === 0xff3b) c = text.charCodeAt(i + 1);
  return c === 0x672c || c === 0x65b0 || c === 0x4e2d;
}
const CREDIT_TAIL = /(\s*\/?)\s*[摄攝]影?(?:[报報][道導])?\s*(\))?\s*$/u;
/**
 * A two-character name set with a space between its characters, as two-character names are padded
 * to the width of three in print ("记者　何　昊", "唐 静 摄"): joined back before names are read.
 */
const SPACED_NAME = /(^|[\s、,;/])(\p{Script=Han})\s+(\p{Script=Han})(?=$|[\s、,;/])/gu;
const CREDIT_STOP = /[。!?…”」』)]/u;

export const emptyByline = (): Byline => ({ reporters: [], correspondents: [], photographers: [] });

// module functions rather than closures: tsx names every closure as it is made (keepNames)
const merge = (x: string[], y: string[]) =>
  y.length === 0 && x.length === 0 ? [] : [...new Set([...x, ...y])];

export function mergeBylines(a: Byline, b: Byline): Byline {
  return {
    reporters: merge(a.reporters, b.reporters),
    correspondents: merge(a.correspondents, b.correspondents),
    photographers: merge(a.photographers, b.photographers),
  };
}

function roleOf(word: string): Role {
  // (/通[讯訊]/, /[摄攝]影/ and /[记記]者/ as substrings: a role word is a few characters)
  if (word.includes("通讯") || word.includes("通訊")) return "correspondents";
  if ((word.includes("摄影") || word.includes("攝影")) && !word.includes("记者") && !word.includes("記者"))
    return "photographers";
  return "reporters"; // 记者, 特约记者, 摄影记者 writing the story, 实习生
}

/**
 * "记者马学礼 李静楠 通讯员宋炜" -> roles and names. `strict`: every token must be a role word or a
 * plausible name and at least one name must appear (used to recognise whole lines as bylines);
 * otherwise tokens that are not names are skipped (inside a dateline's brackets). Names are Han
 * characters and dots, which the width fold leaves alone, so names read from the fold are as printed.
 */
export function parseCredits(printed: string, opts: { strict: boolean; defaultRole?: Role }): Byline | null {
  const text = foldWidth(printed);
  const state: Credits = { out: emptyByline(), role: opts.defaultRole ?? null, names: 0, ok: true };
  let last = 0;
  ROLE.lastIndex = 0;
  for (let m = ROLE.exec(text); m !== null; m = ROLE.exec(text)) {
    takeNames(state, text.slice(last, m.index), opts.strict);
    state.role = roleOf(m[0]);
    last = m.index + m[0].length;
  }
  takeNames(state, text.slice(last), opts.strict);
  return state.ok && state.names > 0 ? state.out : null;
}

interface Credits {
  out: Byline;
  role: Role | null;
  names: number;
  ok: boolean;
}

/** The names in `chunk` (between role words) go to the current role; with `strict`, a non-name fails. */
function takeNames(state: Credits, chunk: string, strict: boolean): void {
  // a chunk without a separator (most: "王佳婧" after 记者) is one token, which SPACED_NAME (it needs a
  // space) leaves alone: read as is, without the regex replace and split
  if (!hasNameSeparator(chunk)) {
    if (chunk !== "") takeToken(state, chunk, strict);
    return;
  }
  for (const token of chunk.replace(SPACED_NAME, "$1$2$3").split(NAME_SEPARATOR)) {
    if (token !== "") takeToken(state, token, strict);
  }
}

function takeToken(state: Credits, token: string, strict: boolean): void {
  if (NAME.test(token) && state.role) {
    state.out[state.role].push(token);
    state.names++;
  } else if (strict) state.ok = false;
}

/** A unit of NAME_SEPARATOR's class [\s、,;/] stands in `text`. */
export function hasNameSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c) || c === 0x3001 || c === 0x2c || c === 0x3b || c === 0x2f) return true;
  }
  return false;
}

/**
 * Strips a dateline lead ("本报讯 (记者李丰)", "本报北京2月3日电 记者 张三 ") from the start of a
 * paragraph. Returns null when the paragraph has none.
 */
export function splitDateline(paragraph: string): { byline: Byline; rest: string } | null {
  // DATELINE's start, on the text as printed (the fold makes "［" a "[" and leaves the rest alone):
  // most paragraphs are ruled out without folding them
  if (!datelineMayStart(paragraph)) return null;
  const folded = foldWidth(paragraph);
  const m = DATELINE.exec(folded);
  if (!m) return null;
  let rest = paragraph.slice(m[0].length);
  const restShape = folded.slice(m[0].length);
  let byline = m[2]
    ? (parseCredits(m[2], { strict: false, defaultRole: "reporters" }) ?? emptyByline())
    : null;
  if (!byline) {
    // unbracketed credits: whole whitespace-separated tokens only, so a name glued to the first
    // sentence is never cut into
    let taken = "";
    let best: { byline: Byline; length: number } | null = null;
    for (const m of restShape.matchAll(/\S+\s+/gu)) {
      if (m.index !== taken.length || taken.length > 60) break;
      taken += m[0];
      const candidate = parseCredits(taken, { strict: true });
      if (candidate) best = { byline: candidate, length: taken.length };
      else if (!ROLE_TEST.test(m[0])) break;
    }
    if (best && ROLE_TEST.test(restShape.slice(0, best.length))) {
      rest = rest.slice(best.length);
      byline = best.byline;
    }
  }
  return { byline: byline ?? emptyByline(), rest: rest.trimStart() };
}

/**
 * The day a dated dateline gives: "本报北京1月7日电", "新華社北京1月7日電" -> "1月7日"; null for "本报讯"
 * or no dateline. (Read from the same DATELINE match as splitDateline; only lines that have one ask.)
 */
export function datelineDay(paragraph: string): string | null {
  const head = DATELINE.exec(foldWidth(paragraph))?.[1];
  return head ? (/(\d{1,2}月\d{1,2}日)[电電]$/u.exec(head)?.[1] ?? null) : null;
}

/** a commentary's author line: a box, then a name of two to four characters ("□林 泉", "□李然") */
const COMMENTATOR = /^□\s*(\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,3})$/u;

/** A line that is only a byline: "本报记者 余嘉熙 本报通讯员 夏若茵", "(本报记者 李丰)", "□林 泉". */
export function parseStandaloneByline(line: string): Byline | null {
  // what is taken off below (a bullet, brackets, 文/图:) is at most 7 visible characters, so a line of
  // more than 47 can never come down to the 40 allowed: such lines are not folded at all
  if (visibleLengthUpTo(line, 47) > 47) return null;
  // the role word tested below stands in the line as printed too (the fold and the trimming leave
  // Han characters alone): most lines have none and need no folding
  if (!ROLE_TEST.test(line)) {
    // a commentary's author, set after a box: "□林 泉"
    const author = COMMENTATOR.exec(line.trim());
    return author?.[1] !== undefined
      ? { reporters: [author[1].replace(/\s+/gu, "")], correspondents: [], photographers: [] }
      : null;
  }
  let t = foldWidth(line)
    .trim()
    .replace(/^[□■◇◆●○]\s*/u, "");
  const bracketed = /^\((.*)\)$/u.exec(t);
  if (bracketed?.[1] !== undefined) t = bracketed[1];
  t = t.replace(/^(?:文\/?[图圖]|文|[图圖])[/:]\s*/u, "");
  if ([...t].length > 40 || !ROLE_TEST.test(t) || /[摄攝]影?\)?$/u.test(t)) return null;
  return parseCredits(t, { strict: true });
}

/**
 * Splits a photo credit off the end of a caption. The names must stand apart from the caption:
 * after sentence-final punctuation, a space, or inside brackets; and without a space before 摄 a
 * role word is required, so "…正在拍摄" is never read as a credit.
 */
export function splitPhotoCredit(paragraph: string): { rest: string; photographers: string[] } | null {
  // CREDIT_TAIL needs a 摄 (the fold leaves Han characters alone)
  if (!paragraph.includes("摄") && !paragraph.includes("攝")) return null;
  const folded = foldWidth(paragraph);
  const tail = CREDIT_TAIL.exec(folded);
  if (!tail) return null;
  // decide on the fold, cut the text as printed at the same offsets
  const before = folded.slice(0, tail.index);
  const spaced = tail[1] !== "";
  if (tail[2]) {
    const open = before.lastIndexOf("(");
    if (open < 0) return null;
    const credit = parseCredits(before.slice(open + 1), { strict: true, defaultRole: "photographers" });
    return credit ? { rest: paragraph.slice(0, open).trimEnd(), photographers: flatten(credit) } : null;
  }
  let start = 0;
  for (let i = before.length - 1; i >= 0 && i >= before.length - 60; i--) {
    if (CREDIT_STOP.test(before[i] ?? "")) {
      start = i + 1;
      break;
    }
  }
  // try the whole stretch after the last sentence end, then shorter suffixes starting after a space
  for (let from = start; from < before.length; ) {
    const region = before.slice(from);
    const credit = parseCredits(region, { strict: true, defaultRole: "photographers" });
    const standsApart =
      from === 0 || /\s/u.test(before[from - 1] ?? "") || CREDIT_STOP.test(before[from - 1] ?? "");
    if (credit && standsApart && (spaced || ROLE_TEST.test(region))) {
      return { rest: paragraph.slice(0, from).trimEnd(), photographers: flatten(credit) };
    }
    const nextSpace = before.slice(from).search(/\s/u);
    if (nextSpace < 0) break;
    from += nextSpace + 1;
  }
  return null;
}

function flatten(b: Byline): string[] {
  return [...new Set([...b.photographers, ...b.reporters, ...b.correspondents])];
}
