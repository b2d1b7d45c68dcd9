import OpenCC from "opencc-js";

// Characters that only occur in traditional text; one of them is enough to run the converter, so the
// common case (simplified pages) costs one regex test.
const TRADITIONAL_HINT =
  /[會職與問說國區縣鄉鎮廣東門場個萬億貴遼寧陝蘇滬雲龍體醫療駐驛勞動氣慶華實點這為們時間愛關幫溫開學習報導記]/;

let converter: ((text: string) => string) | null = null;

/**
 * Traditional -> simplified, used only for matching (places, keywords, organiser): the record keeps
 * the text as printed. OpenCC's HK/TW tables map character for character here, so lengths match.
 */
export function toSimplified(text: string): string {
  if (!TRADITIONAL_HINT.test(text)) return text;
  converter ??= OpenCC.Converter({ from: "hk", to: "cn" });
  const out = converter(text);
  return out.length === text.length ? out : text;
}
