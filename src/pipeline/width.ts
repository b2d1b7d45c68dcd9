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

/** Full-width ASCII variants and the ideographic space to ASCII; same length as the input. */
export function foldWidth(text: string): string {
  // one pass, copying the runs between folded characters (most Chinese text has a few "，" per
  // sentence and nothing else to fold); text with nothing to fold is returned as is
  let out = "";
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let to: number;
    if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) to = c - FULLWIDTH_OFFSET;
    else if (c === IDEOGRAPHIC_SPACE) to = 0x20;
    else continue;
    out += i > kept ? text.slice(kept, i) + String.fromCharCode(to) : String.fromCharCode(to);
    kept = i + 1;
  }
  if (kept === 0) return text;
  return kept < text.length ? out + text.slice(kept) : out;
}

/** The code units `\s` matches (all in the BMP; a surrogate pair is never whitespace). */
function isSpaceUnitByRanges(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * isSpaceUnitByRanges as one byte per code unit: the scans call it for every unit of every line, and
 * for Han text (above U+3000, where the chain of comparisons runs to its end) one read is cheaper.
 */
const SPACE_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isSpaceUnitByRanges(c)) SPACE_UNIT[c] = 1;

/** The code units `\s` matches (all in the BMP; a surrogate pair is never whitespace). */
export function isSpaceUnit(c: number): boolean {
  return SPACE_UNIT[c] === 1;
}
