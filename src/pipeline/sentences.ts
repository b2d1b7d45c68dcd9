/**
 * Sentence splitting for Chinese news paragraphs. Every sentence returned is a substring of the input
 * (trimmed), so it can serve as `Metric.quote` and be found again in the paragraph. Terminators are
 * recognised as on the width-folded view (width.ts), so "！？；" and "!?;" both end a sentence.
 *
 * The scan reads UTF-16 code units (`charCodeAt`): indexing a string of CJK text by character would
 * allocate a new one-character string at every step.
 */
import { isSpaceUnit } from "./width.ts";

/** 。 and !?; in either width: the terminators of the width-folded view */
function isTerminator(c: number): boolean {
  return (
    c === 0x3002 || c === 0x21 || c === 0xff01 || c === 0x3f || c === 0xff1f || c === 0x3b || c === 0xff1b
  );
}

/** The closing mark of an opening quotation mark (“ ‘ 「 『), else 0. */
function closerOf(c: number): number {
  switch (c) {
    case 0x201c:
      return 0x201d;
    case 0x2018:
      return 0x2019;
    case 0x300c:
      return 0x300d;
    case 0x300e:
      return 0x300f;
    default:
      return 0;
  }
}

/**
 * A unit that is no terminator, opening quotation mark or closer, so the scans skip it at once: one
 * byte per code unit (digits, commas and Latin letters included, which a range test let through).
 */
const MARK = new Uint8Array(0x10000);
for (const c of [0x3002, 0x21, 0xff01, 0x3f, 0xff1f, 0x3b, 0xff1b, 0x201c, 0x2018, 0x300c, 0x300e])
  MARK[c] = 1;
for (const c of [0x201d, 0x2019, 0x300d, 0x300f]) MARK[c] = 1;
function isPlain(c: number): boolean {
  return MARK[c] === 0;
}

/** ” ’ 」 』 */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f;
}

const NONE: readonly number[] = [];

/**
 * Pairs quote marks with a stack from `from` (the first opening mark) on; returns the positions of
 * opening marks that have a matching close, ascending. Unmatched marks (a common OCR and layout
 * defect) are treated as plain characters, so one stray “ cannot glue the rest of the paragraph into
 * one sentence. (A short list, not a flag per position: allocating a typed array the length of every
 * quoted paragraph cost more than the scan.)
 */
function matchedOpeners(text: string, from: number): readonly number[] {
  // scratch reused from call to call (the caller reads the result before the next call); the stack
  // is typed arrays with a height, as setting an array's length is a call into the runtime
  const matched = MATCHED;
  if (matched.length !== 0) matched.length = 0;
  if (STACK_POS.length < text.length) {
    STACK_POS = new Int32Array(Math.max(text.length, STACK_POS.length * 2));
    STACK_CLOSE = new Int32Array(STACK_POS.length);
  }
  const stackPos = STACK_POS;
  const stackClose = STACK_CLOSE;
  let height = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isPlain(c)) continue;
    const close = closerOf(c);
    if (close !== 0) {
      stackPos[height] = i;
      stackClose[height] = close;
      height++;
    } else if (height > 0 && isCloser(c)) {
      // Close the innermost opener of the same kind; openers above it were never closed.
      for (let k = height - 1; k >= 0; k--) {
        if (stackClose[k] === c) {
          matched.push(stackPos[k] as number);
          height = k;
          break;
        }
      }
    }
  }
  if (matched.length === 0) return NONE;
  // closed innermost first: "“a‘b’c”" closes ‘ before “ (quotes side by side come in order already)
  if (!ascending(matched)) matched.sort((a, b) => a - b);
  return matched;
}

const MATCHED: number[] = [];
/** the closers awaited by the quotations open in sentenceBounds, and by openers in matchedOpeners */
let OPEN_STACK = new Int32Array(64);
let STACK_POS = new Int32Array(64);
let STACK_CLOSE = new Int32Array(64);

function ascending(a: readonly number[]): boolean {
  for (let k = 1; k < a.length; k++) if ((a[k - 1] as number) > (a[k] as number)) return false;
  return true;
}

/**
 * Splits a paragraph on 。!?; (full and half width). A terminator inside a quotation does not end the
 * sentence: `“我们很开心。”1月30日,……。` gives `“我们很开心。”` and `1月30日,……。` — the closing quote
 * stays with the sentence it closes. Runs of terminators and trailing closers stay together ("?!”").
 */
export function splitSentences(paragraph: string): string[] {
  const bounds: number[] = [];
  const n = sentenceBounds(paragraph, bounds);
  const sentences: string[] = [];
  for (let k = 0; k < n; k += 2) {
    sentences.push(paragraph.slice(bounds[k] as number, bounds[k + 1] as number));
  }
  return sentences;
}

/**
 * `paragraph.slice(start, end).trim()` as offsets: written to `out` at `at` as [start, end] unless
 * empty. Returns where the next pair goes.
 */
function putTrimmed(paragraph: string, start: number, end: number, out: number[], at: number): number {
  while (start < end && isSpaceUnit(paragraph.charCodeAt(start))) start++;
  while (end > start && isSpaceUnit(paragraph.charCodeAt(end - 1))) end--;
  if (end <= start) return at;
  out[at] = start;
  out[at + 1] = end;
  return at + 2;
}

/**
 * The sentences of `splitSentences` as offsets into the paragraph, without slicing them: writes
 * start and end (exclusive) of each to `out` from index 0, in order, and returns how many numbers it
 * wrote (`out` may hold stale entries after them: a scratch array is reused without emptying it).
 * A sentence is `paragraph.slice(start, end)`.
 */
export function sentenceBounds(paragraph: string, out: number[]): number {
  let written = 0;
  const n = paragraph.length;
  // paired up at the first opening mark (most paragraphs have none, and none before it matters)
  let matched: readonly number[] | null = null;
  let nextMatched = 0; // the first entry of `matched` not behind i
  // scratch, reused from call to call: no more quotations can be open than the paragraph has units
  if (OPEN_STACK.length < n) OPEN_STACK = new Int32Array(Math.max(n, OPEN_STACK.length * 2));
  const openStack = OPEN_STACK;
  let open = 0; // the stack's height
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = paragraph.charCodeAt(i);
    if (isPlain(c)) continue;
    const close = closerOf(c);
    if (close !== 0) {
      matched ??= matchedOpeners(paragraph, i); // i is the first opener: nothing before it pairs
      while (nextMatched < matched.length && (matched[nextMatched] as number) < i) nextMatched++;
      if (matched[nextMatched] === i) openStack[open++] = close;
      continue;
    }
    if (isCloser(c)) {
      // the innermost quotation this closes, and the ones opened inside it, are closed
      for (let k = open - 1; k >= 0; k--) {
        if (openStack[k] === c) {
          open = k;
          break;
        }
      }
      // A quotation that itself ended a sentence ends this one too.
      if (open === 0 && i > 0 && isTerminator(paragraph.charCodeAt(i - 1))) {
        let end = i + 1;
        while (end < n && isCloser(paragraph.charCodeAt(end))) end++;
        written = putTrimmed(paragraph, start, end, out, written);
        start = end;
        i = end - 1;
      }
      continue;
    }
    if (open === 0 && isTerminator(c)) {
      let end = i + 1;
      while (end < n && isTerminator(paragraph.charCodeAt(end))) end++;
      while (end < n && isCloser(paragraph.charCodeAt(end))) end++;
      written = putTrimmed(paragraph, start, end, out, written);
      start = end;
      i = end - 1;
    }
  }
  return putTrimmed(paragraph, start, n, out, written);
}
