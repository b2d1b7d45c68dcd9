/**
 * Sentence splitting for Chinese news paragraphs. Every sentence returned is a substring of the input
 * (trimmed), so it can serve as `Metric.quote` and be found again in the paragraph. Terminators are
 * recognised on the width-folded view (width.ts), so "！？；" and "!?;" both end a sentence.
 */
import { foldWidth } from "./width.ts";

const TERMINATORS = new Set(["。", "!", "?", ";"]);
const OPEN_TO_CLOSE: ReadonlyMap<string, string> = new Map([
  ["“", "”"],
  ["‘", "’"],
  ["「", "」"],
  ["『", "』"],
]);
const CLOSERS = new Set(OPEN_TO_CLOSE.values());

/**
 * Pairs quote marks with a stack; returns the positions of opening marks that have a matching close.
 * Unmatched marks (a common OCR and layout defect) are treated as plain characters, so one stray “
 * cannot glue the rest of the paragraph into one sentence.
 */
function matchedOpeners(text: string): Set<number> {
  const stack: { pos: number; close: string }[] = [];
  const matched = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const close = OPEN_TO_CLOSE.get(c);
    if (close !== undefined) {
      stack.push({ pos: i, close });
    } else if (CLOSERS.has(c)) {
      // Close the innermost opener of the same kind; openers above it were never closed.
      for (let k = stack.length - 1; k >= 0; k--) {
        const open = stack[k];
        if (open && open.close === c) {
          matched.add(open.pos);
          stack.length = k;
          break;
        }
      }
    }
  }
  return matched;
}

/**
 * Splits a paragraph on 。!?; (full and half width). A terminator inside a quotation does not end the
 * sentence: `“我们很开心。”1月30日,……。` gives `“我们很开心。”` and `1月30日,……。` — the closing quote
 * stays with the sentence it closes. Runs of terminators and trailing closers stay together ("?!”").
 */
export function splitSentences(paragraph: string): string[] {
  const shape = foldWidth(paragraph);
  const matched = matchedOpeners(paragraph);
  const sentences: string[] = [];
  const openStack: string[] = [];
  let start = 0;
  const push = (end: number) => {
    const s = paragraph.slice(start, end).trim();
    if (s !== "") sentences.push(s);
    start = end;
  };
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i] as string;
    const close = OPEN_TO_CLOSE.get(c);
    if (close !== undefined) {
      if (matched.has(i)) openStack.push(close);
      continue;
    }
    if (CLOSERS.has(c)) {
      const k = openStack.lastIndexOf(c);
      if (k >= 0) openStack.length = k;
      // A quotation that itself ended a sentence ends this one too.
      if (openStack.length === 0 && i > 0 && TERMINATORS.has(shape[i - 1] as string)) {
        let end = i + 1;
        while (end < paragraph.length && CLOSERS.has(paragraph[end] as string)) end++;
        push(end);
        i = end - 1;
      }
      continue;
    }
    if (openStack.length === 0 && TERMINATORS.has(shape[i] as string)) {
      let end = i + 1;
      while (end < paragraph.length && TERMINATORS.has(shape[end] as string)) end++;
      while (end < paragraph.length && CLOSERS.has(paragraph[end] as string)) end++;
      push(end);
      i = end - 1;
    }
  }
  push(paragraph.length);
  return sentences;
}
