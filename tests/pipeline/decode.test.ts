import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasTraditionalHint } from "../../src/pipeline/chinese.ts";
import { countChars, decodePage, decodePageWithFacts, scanUtf8 } from "../../src/pipeline/decode.ts";
import { foldNumerals } from "../../src/pipeline/numerals.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const BOM = [0xef, 0xbb, 0xbf];
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url)));

describe("decodePage: readable pages", () => {
  it.each([
    { name: "plain UTF-8", input: utf8("工会送温暖\n第二行"), text: "工会送温暖\n第二行", encoding: "utf-8" },
    { name: "UTF-8 with BOM (stripped)", input: bytes(BOM, utf8("工会")), text: "工会", encoding: "utf-8" },
    { name: "CRLF -> LF", input: utf8("一\r\n二\r\n"), text: "一\n二\n", encoding: "utf-8" },
    { name: "lone CR -> LF", input: utf8("一\r二"), text: "一\n二", encoding: "utf-8" },
    { name: "pure ASCII is UTF-8", input: utf8("page 3"), text: "page 3", encoding: "utf-8" },
    // 中 = D6 D0, 文 = CE C4 in GBK/GB18030
    { name: "GBK bytes", input: bytes([0xd6, 0xd0, 0xce, 0xc4]), text: "中文", encoding: "gb18030" },
    {
      name: "GB18030 with CRLF",
      input: bytes([0xd6, 0xd0, 0x0d, 0x0a, 0xce, 0xc4]),
      text: "中\n文",
      encoding: "gb18030",
    },
  ])("$name", ({ input, text, encoding }) => {
    const r = decodePage(input);
    expect(r).toEqual({ ok: true, text, encoding, warnings: [] });
  });

  it("reads the GB18030 fixture page", () => {
    const r = decodePage(fixture("gb18030.txt"));
    expect(r.ok && r.encoding).toBe("gb18030");
    expect(r.ok && r.text).toContain("广西壮族自治区柳州市总工会职工子女暑期爱心托管班开课");
  });

  it("reads the BOM + CRLF fixture page", () => {
    const r = decodePage(fixture("bom-crlf.txt"));
    if (!r.ok) throw new Error(r.error);
    expect(r.text.startsWith("---\nsource: 工人日报\n")).toBe(true);
    expect(r.text).not.toMatch(/[\r\uFEFF]/u);
  });
});

describe("decodePage: errors name the problem", () => {
  it.each([
    { name: "empty", input: bytes(), error: /empty file \(0 bytes\)/ },
    { name: "only a BOM", input: bytes(BOM), error: /only a UTF-8 byte-order mark/ },
    { name: "whitespace only", input: utf8(" \n\t\r\n\u3000"), error: /only whitespace/ },
    { name: "NUL bytes", input: bytes(utf8("工会"), [0, 1, 2]), error: /binary data.*NUL byte at offset 6/ },
    {
      name: "control-character junk",
      input: bytes(utf8("ab"), [1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f]),
      error: /binary data.*control or replacement characters/,
    },
    { name: "UTF-16", input: bytes([0xff, 0xfe, 0x2d, 0x4e]), error: /UTF-16/ },
    {
      name: "neither encoding",
      input: bytes([0x41, 0xff, 0x80, 0xff]),
      error: /neither UTF-8 \(invalid byte 0xFF at offset 1\) nor GB18030/,
    },
    {
      name: "mostly U+FFFD",
      input: utf8("\uFFFD\uFFFD\uFFFD工会\uFFFD"),
      error: /binary data.*replacement characters/,
    },
  ])("$name", ({ input, error }) => {
    const r = decodePage(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });
});

describe("decodePage: warnings", () => {
  const long = "工会送温暖活动在全市展开,".repeat(20);
  it.each([
    {
      name: "UTF-8 cut mid-character at the end",
      input: utf8("工会").subarray(0, 5),
      text: "工",
      warning: /cut off mid-character at the end: the last 2 byte/,
      encoding: "utf-8",
    },
    {
      name: "GB18030 cut after a lead byte",
      input: bytes([0xd6, 0xd0, 0xce]),
      text: "中",
      warning: /GB18030 text is cut off mid-character/,
      encoding: "gb18030",
    },
    {
      name: "a few control characters are removed",
      input: utf8(`${long}\u0007${long}`),
      text: `${long}${long}`,
      warning: /1 control character\(s\) removed \(first on line 1\)/,
      encoding: "utf-8",
    },
    {
      name: "a stray replacement character is reported with its line",
      input: utf8(`第一行\n${long}\uFFFD`),
      text: `第一行\n${long}\uFFFD`,
      warning: /1 replacement character\(s\) U\+FFFD .*line 2/,
      encoding: "utf-8",
    },
    {
      name: "invalid bytes after a UTF-8 BOM stay UTF-8",
      input: bytes(BOM, utf8(long), [0xff], utf8(long)),
      text: `${long}\uFFFD${long}`,
      warning: /invalid UTF-8 byte 0xFF at offset \d+/,
      encoding: "utf-8",
    },
  ])("$name", ({ input, text, warning, encoding }) => {
    const r = decodePage(input);
    if (!r.ok) throw new Error(r.error);
    expect(r.text).toBe(text);
    expect(r.encoding).toBe(encoding);
    expect(r.warnings.join("\n")).toMatch(warning);
  });
});

describe("scanUtf8", () => {
  it.each([
    { input: utf8("工会abc"), expected: { invalidAt: -1, truncated: false } },
    { input: bytes([0x61, 0xe5, 0xb7]), expected: { invalidAt: 1, truncated: true } },
    { input: bytes([0xc0, 0x80]), expected: { invalidAt: 0, truncated: false } }, // overlong
    { input: bytes([0xed, 0xa0, 0x80]), expected: { invalidAt: 0, truncated: false } }, // surrogate
    { input: bytes([0xd6, 0xd0]), expected: { invalidAt: 0, truncated: false } }, // GBK 中
  ])("%#", ({ input, expected }) => {
    expect(scanUtf8(input)).toEqual(expected);
  });

  it("agrees with the strict TextDecoder", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (b) => {
        let valid = true;
        try {
          strict.decode(b);
        } catch {
          valid = false;
        }
        expect(scanUtf8(b).invalidAt < 0).toBe(valid);
      }),
      { numRuns: 300 },
    );
  });
});

describe("decodePage round-trips ordinary text", () => {
  it("any non-blank UTF-8 text without control characters comes back unchanged", () => {
    const text = fc
      .string({ unit: "grapheme", maxLength: 40 })
      .filter(
        (s) => s.trim() !== "" && !/[\p{Cc}\uFFFD\u2028\u2029]|^\uFEFF/u.test(s.replace(/[\n\t]/gu, "")),
      );
    fc.assert(
      fc.property(text, (s) => {
        const r = decodePage(utf8(s));
        expect(r.ok && r.text).toBe(s);
      }),
      { numRuns: 200 },
    );
  });
});

describe("countChars", () => {
  it("agrees with the regex counts it replaced on random text", () => {
    const unit = fc.oneof(
      fc.string({ unit: "binary", maxLength: 3 }),
      fc.constantFrom("\uFFFD", "\t", "\n", "\r", "\u0000", "\u001F", "\u007F", "\u009F", "\u00A0"),
      fc.constantFrom("\uD83D", "\uDE00", "\uD83D\uDE00", "工会"),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect(countChars(text)).toEqual({
          chars: [...text].length,
          controls: text.match(/(?![\t\n\r])\p{Cc}/gu)?.length ?? 0,
          replacements: text.match(/\uFFFD/gu)?.length ?? 0,
        });
      }),
    );
  });
});

describe("countChars' facts", () => {
  it("are the offsets of the text's last hint character and last unit the fold changes", () => {
    const unit = fc.oneof(
      fc.string({ unit: "binary", maxLength: 3 }),
      fc.constantFrom(
        "會",
        "國",
        "萬",
        "億",
        "１",
        "，",
        "\u3000",
        "工会",
        "\t",
        "\u0001",
        "\u0085",
        "\uFFFD",
      ),
      fc.constantFrom("\uD83D", "\uDE00", "\uD83D\uDE00", "\uD83D會", "會\uDE00"),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        const facts = { lastHint: -9, lastFold: -9 };
        countChars(text, facts);
        let lastHint = -1;
        let lastFold = -1;
        for (let i = 0; i < text.length; i++) {
          if (hasTraditionalHint(text[i] as string)) lastHint = i;
          if (foldNumerals(text[i] as string) !== text[i]) lastFold = i;
        }
        expect(facts).toEqual({ lastHint, lastFold });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("decodePageWithFacts", () => {
  const enc = new TextEncoder();
  it("gives decodePage's result, and where the text's last hint and folded units stand", () => {
    const unit = fc.oneof(
      fc.string({ unit: "binary", maxLength: 3 }),
      fc.constantFrom("會", "國", "萬", "１", "，", "\u3000", "工会", "\uD83D\uDE00", "\r\n", "\u0001"),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const bytes = enc.encode(`x${parts.join("")}`);
        const { result, facts } = decodePageWithFacts(bytes);
        expect(result).toEqual(decodePage(bytes));
        if (!result.ok || facts === null) return;
        const t = result.text;
        // from every offset on: the text holds a hint (a folded unit) iff the last one stands there or later
        for (let k = 0; k <= t.length; k++) {
          expect(facts.lastHint >= k).toBe(hasTraditionalHint(t.slice(k)));
          expect(facts.lastFold >= k).toBe(foldNumerals(t.slice(k)) !== t.slice(k));
        }
      }),
    );
  });

  it("knows nothing of a text whose control characters were removed", () => {
    const { result, facts } = decodePageWithFacts(enc.encode(`${"工会".repeat(100)}\u0001會`));
    expect(result.ok).toBe(true);
    expect(facts).toBeNull();
  });
});
