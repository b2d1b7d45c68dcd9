/**
 * Number normalisation for figures printed in Chinese news text: Arabic and full-width digits,
 * thousands separators, 万/亿 multipliers and Chinese numerals ("一百二十", "三千五百", "十万").
 * Pure functions; no I/O.
 */

/**
 * One-to-one character folding (UTF-16 length is preserved, so an index into the folded string is an
 * index into the original): the width fold of width.ts (full-width digits, signs, letters and
 * punctuation to ASCII, the ideographic space to a space), then traditional numeral, measure-word and
 * qualifier characters to simplified. Only traditional characters that matter for figures and dates
 * are folded.
 */
const FOLD: ReadonlyMap<string, string> = new Map([
  ["萬", "万"],
  ["億", "亿"],
  ["兩", "两"],
  ["餘", "余"],
  ["幾", "几"],
  ["數", "数"],
  ["約", "约"],
  ["過", "过"],
  ["達", "达"],
  ["將", "将"],
  ["門", "门"],
  ["場", "场"],
  ["個", "个"],
  ["項", "项"],
  ["間", "间"],
  ["處", "处"],
  ["屆", "届"],
  ["節", "节"],
  ["條", "条"],
  ["張", "张"],
  ["輛", "辆"],
  ["臺", "台"],
  ["檯", "台"],
  ["戶", "户"],
  ["職", "职"],
  ["員", "员"],
  ["會", "会"],
  ["來", "来"],
  ["類", "类"],
  ["種", "种"],
  ["輪", "轮"],
  ["冊", "册"],
  ["時", "时"],
  ["鐘", "钟"],
  ["週", "周"],
  ["當", "当"],
  ["號", "号"],
  ["於", "于"],
  ["該", "该"],
  ["訊", "讯"],
]);

/**
 * The whole fold as one table by code unit: the width fold of width.ts (U+FF01–U+FF5E to U+0021–U+007E,
 * U+3000 to a space), then FOLD (whose keys are all outside the width fold's range, and whose values
 * FOLD does not map again); 0 = kept.
 */
const FOLD_TABLE = new Uint16Array(0x10000);
for (let c = 0xff01; c <= 0xff5e; c++) FOLD_TABLE[c] = c - 0xfee0;
FOLD_TABLE[0x3000] = 0x20;
for (const [from, to] of FOLD) FOLD_TABLE[from.charCodeAt(0)] = to.charCodeAt(0);

/** The fold of one code unit (see foldNumerals): the unit itself when the fold keeps it. */
export function foldNumeralUnit(c: number): number {
  return (FOLD_TABLE[c] as number) || c;
}

/** Units the fold changes: `foldNumerals(text) === text` when `text` holds none of them. */
export function foldsUnit(c: number): boolean {
  return FOLD_TABLE[c] !== 0;
}

/** Folds width (full-width digits and punctuation) and traditional characters relevant to figures; same length as the input. */
export function foldNumerals(text: string): string {
  // one pass, copying the runs between folded characters; text with nothing to fold is returned as is
  let out = "";
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const to = FOLD_TABLE[text.charCodeAt(i)] as number;
    if (to === 0) continue;
    out += i > kept ? text.slice(kept, i) + String.fromCharCode(to) : String.fromCharCode(to);
    kept = i + 1;
  }
  if (kept === 0) return text;
  return kept < text.length ? out + text.slice(kept) : out;
}

/** Formal (financial) numerals, accepted by `parseChineseNumber` only, never when scanning text. */
const FORMAL: ReadonlyMap<string, string> = new Map(
  [..."壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"].map((c, i) => [c, "一二二三三四五六六七八九十百千"[i] as string]),
);

const DIGIT: ReadonlyMap<string, number> = new Map([
  ["零", 0],
  ["〇", 0],
  ["一", 1],
  ["二", 2],
  ["两", 2],
  ["三", 3],
  ["四", 4],
  ["五", 5],
  ["六", 6],
  ["七", 7],
  ["八", 8],
  ["九", 9],
]);
const SMALL_UNIT: ReadonlyMap<string, number> = new Map([
  ["十", 10],
  ["百", 100],
  ["千", 1000],
]);
const BIG_UNIT: ReadonlyMap<string, number> = new Map([
  ["万", 1e4],
  ["亿", 1e8],
]);

const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const TOKEN = /(\d+(?:\.\d+)?)|([零〇一二两三四五六七八九])|([十百千])|([万亿])/y;
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;

/** Removes binary floating-point noise: 9054.05 * 1e4 -> 90540500, not 90540499.99999999. */
export function cleanFloat(x: number): number {
  // an integer of at most 15 digits is its own 15-digit rounding (and 0 stays +0, as Number("0…") is)
  if (Number.isInteger(x) && x < 1e15 && x > -1e15) return x === 0 ? 0 : x;
  return Number(x.toPrecision(15));
}

/**
 * Parses a numeral as printed: "9054.05万" -> 90540500, "1,234" -> 1234, "１２" -> 12, "3千" -> 3000,
 * "一百二十" -> 120, "两" -> 2, "十万" -> 100000, "二〇二五" -> 2025, "一万五" -> 15000.
 * Approximation marks are tolerated and ignored ("百余" -> 100, "30余万" -> 300000, "10万+" -> 100000);
 * `parseQuantity` reports them. Returns null for anything that is not one numeral, including
 * ambiguous runs such as "三四" ("three or four") or "五一".
 */
export function parseChineseNumber(text: string): number | null {
  // most figures are plain Arabic numbers ("2054.78", "30"), which the general path below reads as one
  // token: the same value without the folding, clean-up and token loop
  if (PLAIN_NUMBER.test(text)) {
    const plain = cleanFloat(Number(text));
    return Number.isFinite(plain) ? plain : null;
  }
  // next most: one multiplier after an Arabic number ("2.5万", "30余万", "10万+"), and one Chinese
  // digit ("三", "两"); the general path reads them as one or two tokens, to the same value
  const scaled = SCALED_NUMBER.exec(text);
  if (scaled !== null) {
    const n = Number(scaled[1]);
    const value = cleanFloat((n === 0 ? 1 : n) * (scaled[2] === "亿" ? 1e8 : 1e4));
    return Number.isFinite(value) ? value : null;
  }
  if (text.length === 1) {
    const d = DIGIT.get(text);
    if (d !== undefined && d !== 0) return d;
  }
  return parseNumeral(text);
}

/** An Arabic number, an optional 余/多, one multiplier, an optional "+": see parseChineseNumber. */
const SCALED_NUMBER = /^(\d+(?:\.\d+)?)[余多]?([万亿])\+?$/;

/** The general reading of parseChineseNumber, without its shortcuts (exported for its tests). */
export function parseNumeral(text: string): number | null {
  let t = "";
  for (const c of foldNumerals(text.trim())) t += FORMAL.get(c) ?? c;
  t = t
    .replace(THOUSANDS, "$1")
    .replace(/[余多]/g, "")
    .replace(/\+$/, "");
  if (t === "") return null;

  if (/^[零〇一二两三四五六七八九]{2,}$/.test(t)) {
    // Positional digit strings only read as such when a zero marks them as positional ("二〇二五");
    // "三四" or "七八" mean "three or four", not 34.
    if (!/[零〇]/.test(t)) return null;
    let v = 0;
    for (const c of t) v = v * 10 + (DIGIT.get(c) ?? 0);
    return v;
  }

  let total = 0;
  let section = 0;
  let num: number | null = null;
  let numIsChineseDigit = false;
  let prevWasChineseDigit = false;
  let lastUnit = 0;
  let zeroSinceUnit = false;
  let sawValue = false;
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < t.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(t);
    if (!m) return null;
    pos = TOKEN.lastIndex;
    const [, arabic, digit, small, big] = m;
    if (arabic !== undefined) {
      if (num !== null || prevWasChineseDigit) return null;
      num = Number(arabic);
      numIsChineseDigit = false;
      prevWasChineseDigit = false;
      sawValue = true;
    } else if (digit !== undefined) {
      const d = DIGIT.get(digit) ?? 0;
      if (d === 0) {
        zeroSinceUnit = true;
        prevWasChineseDigit = false;
        continue;
      }
      if (prevWasChineseDigit || num !== null) return null;
      num = d;
      numIsChineseDigit = true;
      prevWasChineseDigit = true;
      sawValue = true;
    } else if (small !== undefined) {
      const u = SMALL_UNIT.get(small) ?? 1;
      section += (num ?? 1) * u;
      num = null;
      lastUnit = u;
      zeroSinceUnit = false;
      prevWasChineseDigit = false;
      sawValue = true;
    } else if (big !== undefined) {
      const u = BIG_UNIT.get(big) ?? 1;
      const part = section + (num ?? 0);
      if (u === 1e8) total = (total + (part === 0 && total === 0 ? 1 : part)) * u;
      else total += (part === 0 && total === 0 ? 1 : part) * u;
      section = 0;
      num = null;
      lastUnit = u;
      zeroSinceUnit = false;
      prevWasChineseDigit = false;
      sawValue = true;
    }
  }
  if (!sawValue) return null;
  // "一万五" is 15000 and "三千五" 3500: a trailing digit right after a unit counts in the next lower place.
  if (num !== null && numIsChineseDigit && lastUnit >= 100 && !zeroSinceUnit) num *= lastUnit / 10;
  const value = cleanFloat(total + section + (num ?? 0));
  return Number.isFinite(value) ? value : null;
}

export type Qualifier = "exact" | "approx" | "over" | "under";

const PREFIX_QUALIFIER: ReadonlyArray<readonly [string, Qualifier]> = [
  ["不超过", "under"],
  ["不少于", "over"],
  ["不低于", "over"],
  ["将近", "approx"],
  ["接近", "approx"],
  ["大约", "approx"],
  ["超过", "over"],
  ["超出", "over"],
  ["突破", "over"],
  ["至少", "over"],
  ["不足", "under"],
  ["不到", "under"],
  ["少于", "under"],
  ["近", "approx"],
  ["约", "approx"],
  ["超", "over"],
  ["逾", "over"],
  ["上", "over"],
];

/** Maps a qualifier word printed before a figure ("近", "超过", "不足") to the schema's qualifier. */
export function prefixQualifier(word: string | undefined): Qualifier | null {
  if (!word) return null;
  for (const [w, q] of PREFIX_QUALIFIER) if (w === word) return q;
  return null;
}

/** Regex source for the qualifier words of `prefixQualifier`, longest first. */
export const PREFIX_SOURCE = PREFIX_QUALIFIER.map(([w]) => w).join("|");

/**
 * Parses a figure with its approximation marks: "近5万" -> 50000 approx, "百余" -> 100 over,
 * "上万" -> 10000 over, "不足300" -> 300 under, "10万+" -> 100000 over. Null when no numeral.
 */
export function parseQuantity(text: string): { value: number; qualifier: Qualifier } | null {
  const t = foldNumerals(text.trim());
  let rest = t;
  let qualifier: Qualifier = "exact";
  for (const [w, q] of PREFIX_QUALIFIER) {
    if (rest.startsWith(w) && rest.length > w.length) {
      rest = rest.slice(w.length);
      qualifier = q;
      break;
    }
  }
  if (qualifier === "exact" && /[余多+]|以上$/.test(rest)) qualifier = "over";
  rest = rest.replace(/以上$/, "");
  const value = parseChineseNumber(rest);
  return value === null ? null : { value, qualifier };
}
