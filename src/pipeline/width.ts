/**
 * Width folding for shape checks. Pages print punctuation either full-width ("：" "（" "）" "，" "！",
 * ideographic space "\u3000") or ASCII (":" "(" ")" "," "!", " "); the sample page happens to use
 * ASCII, most real pages full-width. Rules that look at punctuation decide on the folded view and so
 * need to list only the ASCII form; the record keeps the text as printed.
 *
 * The fold maps U+FF01–U+FF5E to U+0021–U+007E and U+3000 to U+0020, one UTF-16 unit to one, so every
 * offset into the folded string is the same offset into the original: match on the fold, slice the
 * original. Unlike NFKC it touches nothing else (no "…" -> "...", no "①" -> "1", no "·" changes).
 */

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xff01 - 0x21;
const IDEOGRAPHIC_SPACE = 0x3000;
const NEEDS_FOLD = /[\uff01-\uff5e\u3000]/u;

/** Full-width ASCII variants and the ideographic space to ASCII; same length as the input. */
export function foldWidth(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) out += String.fromCharCode(c - FULLWIDTH_OFFSET);
    else if (c === IDEOGRAPHIC_SPACE) out += " ";
    else out += text[i];
  }
  return out;
}
