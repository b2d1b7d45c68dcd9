/**
 * Page bytes -> text. Pages are UTF-8 (with or without BOM) or GB18030/GBK. Strict UTF-8 is tried
 * first: GBK Chinese text is practically never valid UTF-8, while the reverse is often true, so the
 * order matters. Messages name the problem; the caller prefixes the file name.
 */
import { isTraditionalHintUnit } from "./chinese.ts";
import { foldsUnit } from "./numerals.ts";

export type DecodeResult =
  | { ok: true; text: string; encoding: "utf-8" | "gb18030"; warnings: string[] }
  | { ok: false; error: string };

/** Share of control/replacement characters above which the "text" is taken for binary data. */
const JUNK_SHARE = 0.02;
/** C0/C1 control characters other than tab and line breaks */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;

export function decodePage(bytes: Uint8Array): DecodeResult {
  return decodePageWithFacts(bytes).result;
}

/**
 * What the walk that counts characters also learns about the decoded text, for the caller to skip
 * walks of its own: the offset of the last traditional hint character (chinese.ts) and of the last
 * unit `foldNumerals` changes, -1 for none. Null when the text changed after that walk (control
 * characters removed).
 */
export interface TextFacts {
  lastHint: number;
  lastFold: number;
}

/** `decodePage`, and the facts about its text (null for a failure or when unknown). */
export function decodePageWithFacts(bytes: Uint8Array): { result: DecodeResult; facts: TextFacts | null } {
  const facts: TextFacts = { lastHint: -1, lastFold: -1 };
  const result = decodeInto(bytes, facts);
  return { result, facts: result.ok && facts.lastHint >= -1 ? facts : null };
}

function decodeInto(bytes: Uint8Array, facts: TextFacts): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: "empty file (0 bytes)" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      error: "UTF-16 text (byte-order mark found) is not supported: save as UTF-8 or GB18030",
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, error: `binary data, not text: NUL byte at offset ${nul}` };

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const payload = bom ? bytes.subarray(3) : bytes;
  const warnings: string[] = [];
  let text: string;
  let encoding: "utf-8" | "gb18030" = "utf-8";

  // valid UTF-8 (nearly every page) is decoded and checked in one native pass; the hand-written scan
  // only runs to tell what is wrong with the rest (the WHATWG decoder rejects exactly what it rejects:
  // stray continuation bytes, overlong forms, surrogates, code points above U+10FFFF)
  const valid = decodeValidUtf8(payload);
  const scan = valid === null ? scanUtf8(payload) : { invalidAt: -1, truncated: false };
  if (valid !== null) {
    text = valid;
  } else if (scan.truncated) {
    const cut = payload.length - scan.invalidAt;
    text = decode("utf-8", payload.subarray(0, scan.invalidAt));
    warnings.push(
      `UTF-8 text is cut off mid-character at the end: the last ${cut} byte(s) are an incomplete character and were dropped (truncated file?)`,
    );
  } else if (bom) {
    // the BOM says UTF-8, so damaged bytes are replaced rather than the file re-read as GB18030
    text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(payload);
    warnings.push(
      `invalid UTF-8 byte 0x${hex(payload[scan.invalidAt])} at offset ${scan.invalidAt + 3} (file has a UTF-8 byte-order mark); invalid bytes were replaced with U+FFFD`,
    );
  } else if (looksLikeDamagedUtf8(payload)) {
    // a few bad bytes in a page that is otherwise plainly UTF-8 (a damaged copy, or one cut at the
    // start): read as GB18030 it would fail or turn into mojibake, so it is kept as UTF-8 and reported
    text = decode("utf-8", payload);
    warnings.push(
      `invalid UTF-8 byte 0x${hex(payload[scan.invalidAt])} at offset ${scan.invalidAt} in otherwise valid UTF-8 text; invalid bytes were replaced with U+FFFD`,
    );
  } else {
    const gb = decodeGb18030(payload);
    if (gb === null) {
      return {
        ok: false,
        error: `not readable text: neither UTF-8 (invalid byte 0x${hex(payload[scan.invalidAt])} at offset ${scan.invalidAt}) nor GB18030`,
      };
    }
    encoding = "gb18030";
    text = gb.text;
    if (gb.cut > 0) {
      warnings.push(
        `GB18030 text is cut off mid-character at the end: the last ${gb.cut} byte(s) were dropped (truncated file?)`,
      );
    }
  }

  if (text.startsWith("\uFEFF")) text = text.slice(1); // a GB18030-encoded BOM, or a doubled one
  if (LINE_BREAKS_TO_FOLD.test(text)) text = text.replace(/\r\n?|[\u2028\u2029]/gu, "\n");

  if (text.trim() === "") {
    if (bom && text === "") return { ok: false, error: "empty file: only a UTF-8 byte-order mark" };
    return { ok: false, error: `file contains only whitespace (${bytes.length} bytes)` };
  }

  const { chars, controls, replacements } = countChars(text, facts);
  if ((controls + replacements) / chars > JUNK_SHARE) {
    const pct = (((controls + replacements) / chars) * 100).toFixed(0);
    return {
      ok: false,
      error: `binary data, not text: ${pct}% of characters are control or replacement characters`,
    };
  }
  if (controls > 0) {
    warnings.push(
      `${controls} control character(s) removed (first on line ${lineOf(text, text.search(CONTROL))})`,
    );
    text = text.replace(CONTROL, "");
    facts.lastHint = -2; // offsets moved: unknown
  }
  if (replacements > 0) {
    warnings.push(
      `${replacements} replacement character(s) U+FFFD in the text (first on line ${lineOf(text, text.indexOf("\uFFFD"))}): some characters were lost before this file was saved`,
    );
  }
  return { ok: true, text, encoding, warnings };
}

const LINE_BREAKS_TO_FOLD = /[\r\u2028\u2029]/u;
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The text of `bytes` when they are valid UTF-8, else null. */
function decodeValidUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** What countChars does with a code unit, one byte per unit (0 for nothing, most units) */
const CONTROL_UNIT = 1;
const REPLACEMENT_UNIT = 2;
const HIGH_SURROGATE_UNIT = 3;
/** flags, for units of none of the kinds above (hint characters and folded units are neither) */
const HINT_UNIT = 4;
const FOLDED_UNIT = 8;
const UNIT_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f))
    UNIT_KIND[c] = CONTROL_UNIT;
  else if (c === 0xfffd) UNIT_KIND[c] = REPLACEMENT_UNIT;
  else if (c >= 0xd800 && c <= 0xdbff) UNIT_KIND[c] = HIGH_SURROGATE_UNIT;
  else if (c >= 0x20)
    UNIT_KIND[c] = (isTraditionalHintUnit(c) ? HINT_UNIT : 0) | (foldsUnit(c) ? FOLDED_UNIT : 0);
}

/**
 * In one walk: code points (`[...text].length`: a surrogate pair is one, a lone surrogate one too),
 * matches of CONTROL (C0/C1 controls other than tab and line breaks: never a surrogate, so counted by
 * code unit) and U+FFFD.
 */
export function countChars(
  text: string,
  facts?: TextFacts,
): { chars: number; controls: number; replacements: number } {
  let chars = text.length;
  let controls = 0;
  let replacements = 0;
  let lastHint = -1;
  let lastFold = -1;
  for (let i = 0; i < text.length; i++) {
    const kind = UNIT_KIND[text.charCodeAt(i)] as number;
    if (kind === 0) continue; // most units: none of the below
    if (kind === CONTROL_UNIT) controls++;
    else if (kind === REPLACEMENT_UNIT) replacements++;
    else if (kind === HIGH_SURROGATE_UNIT) {
      if (i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          chars--;
          i++;
        }
      }
    } else {
      if ((kind & HINT_UNIT) !== 0) lastHint = i;
      if ((kind & FOLDED_UNIT) !== 0) lastFold = i;
    }
  }
  if (facts !== undefined) {
    facts.lastHint = lastHint;
    facts.lastFold = lastFold;
  }
  return { chars, controls, replacements };
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}

function decodeGb18030(bytes: Uint8Array): { text: string; cut: number } | null {
  const strict = new TextDecoder("gb18030", { fatal: true, ignoreBOM: true });
  try {
    return { text: strict.decode(bytes), cut: 0 };
  } catch {
    // only an incomplete sequence at the very end is forgiven: a lone lead byte (81–FE), or the
    // first two or three bytes of a four-byte sequence (81–FE, 30–39, 81–FE)
    const isLead = (b: number | undefined) => b !== undefined && b >= 0x81 && b <= 0xfe;
    const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
    const at = (k: number) => bytes[bytes.length - k];
    const cut =
      isDigit(at(2)) && isLead(at(3)) && isLead(at(1))
        ? 3
        : isDigit(at(1)) && isLead(at(2))
          ? 2
          : isLead(at(1))
            ? 1
            : 0;
    if (cut > 0 && cut < bytes.length) {
      try {
        return { text: strict.decode(bytes.subarray(0, bytes.length - cut)), cut };
      } catch {}
    }
    return null;
  }
}

/**
 * Validates UTF-8 by hand so that a sequence merely cut short at the very end (a truncated file)
 * can be told apart from bytes in another encoding. `invalidAt` is -1 when all is valid.
 */
export function scanUtf8(b: Uint8Array): { invalidAt: number; truncated: boolean } {
  for (let i = 0; i < b.length; ) {
    if ((b[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const length = sequenceAt(b, i);
    if (length <= 0) return { invalidAt: i, truncated: length < 0 };
    i += length;
  }
  return { invalidAt: -1, truncated: false };
}

/**
 * True when valid multi-byte UTF-8 sequences outnumber invalid bytes at least 20 to 1. GBK/GB18030
 * Chinese text read as UTF-8 gives more invalid bytes than valid sequences, so it never qualifies.
 */
function looksLikeDamagedUtf8(b: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    if ((b[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const length = sequenceAt(b, i);
    if (length > 0) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return valid > 0 && invalid * 20 <= valid;
}

/**
 * Length of the valid multi-byte UTF-8 sequence starting at `i`; 0 when it is invalid, -1 when it is
 * valid so far but the input ends before it does.
 */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i] ?? 0;
  let lo = 0x80;
  let hi = 0xbf;
  let need: number;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    const d = b[i + k];
    if (d === undefined) return -1;
    if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return 0;
  }
  return need + 1;
}

const hex = (n: number | undefined) => (n ?? 0).toString(16).toUpperCase().padStart(2, "0");

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
