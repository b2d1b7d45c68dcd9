import OpenCC from "opencc-js";

// Characters that only occur in traditional text; one of them is enough to run the converter, so the
// common case (simplified pages) costs one walk over the text.
export const TRADITIONAL_HINT_CHARS =
  "會職與問說國區縣鄉鎮廣東門場個萬億貴遼寧陝蘇滬雲龍體醫療駐驛勞動氣慶華實點這為們時間愛關幫溫開學習報導記";

/** TRADITIONAL_HINT_CHARS as a table by code unit (all are single BMP units) */
const HINT = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_HINT_CHARS.length; i++) HINT[TRADITIONAL_HINT_CHARS.charCodeAt(i)] = 1;

/** Is the code unit one of the traditional-only hint characters? */
export function isTraditionalHintUnit(c: number): boolean {
  return HINT[c] === 1;
}

/**
 * Does `text` hold one of the traditional-only hint characters? A table walk: the hint characters
 * as a regex cost a binary search per character, on every field of every item.
 */
export function hasTraditionalHint(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (HINT[text.charCodeAt(i)] === 1) return true;
  return false;
}

let converter: ((text: string) => string) | null = null;

/**
 * Traditional -> simplified, used only for matching (places, keywords, organiser): the record keeps
 * the text as printed. OpenCC's HK table maps character for character here, so lengths match.
 * Text without a hint character is returned as is, so a caller that knows a whole page has none can
 * skip the call for every part of it.
 */
export function toSimplified(text: string): string {
  if (!hasTraditionalHint(text)) return text;
  converter ??= OpenCC.Converter({ from: "hk", to: "cn" });
  const out = converter(text);
  return out.length === text.length ? out : text;
}
