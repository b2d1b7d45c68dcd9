// processPage on arbitrary text and bytes: never throws, always gives a dataset the schema accepts, and
// every figure it reports can be found where it says.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleDataset, serializeDataset } from "../../src/pipeline/assemble.ts";
import { type PageResult, processPage } from "../../src/pipeline/process-page.ts";
import { datasetSchema } from "../../src/shared/schema.ts";

const SAMPLE_LINES = readFileSync(
  new URL("../../data/articles/000_ba35e313d3dcb2c4.txt", import.meta.url),
  "utf8",
)
  .split("\n")
  .filter((l) => l.trim() !== "");
const utf8 = (s: string) => new TextEncoder().encode(s);
const RUNS = { numRuns: 200 } as const;

/** Pieces of real page text and of its furniture, so generated pages get past the decoder and segmenter. */
const FRAGMENTS = [
  "\n",
  "\n\n",
  "\n\n\n",
  "\r\n",
  "\u3000\u3000",
  " ",
  "。",
  ",",
  ":",
  "“",
  "”",
  "(",
  ")",
  "——",
  "·",
  "■",
  "本报讯",
  "本报讯(记者 王佳婧 通讯员 张佳婧)",
  "本报记者 李一帆",
  "本报记者 王晓东 摄",
  "贵州:",
  "德州德城区总工会:",
  "2026年两节工会送温暖行动·暖闻",
  "浙江余姚阳明街道总工会探索片区化互助模式",
  "1月26日,",
  "2024年12月",
  "近5万会员",
  "发放慰问金9054.05万元",
  "6.99万人",
  "300余人次",
  "设立工会驿站200余家",
  "三千",
  "百分之五十",
  "1.5亿",
  "¥",
  "---\n",
  "date: 2026-02-05\n",
  "page: 0\n",
  "url: javascript:alert(1)\n",
  "<script>",
  "\uFFFD",
  "\u0007",
  "\uFEFF",
  "\u2028",
  "𠀀",
  "٣",
  "e\u0301",
];

const pageText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 2, arbitrary: fc.constantFrom(...SAMPLE_LINES) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** The sample with lines dropped, repeated, reordered and glued: plausible layouts the segmenter never saw. */
const mangledSample = fc
  .array(
    fc.tuple(fc.constantFrom(...SAMPLE_LINES), fc.constantFrom("\n", "\n\n", "\n\n\n", "", "\r\n\r\n")),
    { minLength: 1, maxLength: 30 },
  )
  .map((pairs) => pairs.map(([line, sep]) => line + sep).join(""));

function checkPage(file: string, bytes: Uint8Array): PageResult {
  const result = processPage(file, bytes);
  const { source, records } = result;

  const dataset = assembleDataset([result]);
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) throw new Error(`schema: ${JSON.stringify(checked.error.issues.slice(0, 2))}`);
  expect(() => serializeDataset(dataset)).not.toThrow();

  expect(source.file).toBe(file);
  expect(source.records).toBe(records.length);
  expect(source.status === "error").toBe(records.length === 0);
  expect(source.status === "ok").toBe(source.messages.length === 0);
  for (const m of source.messages) expect(m.startsWith(`${file}: `)).toBe(true);
  expect(new Set(records.map((r) => r.id)).size).toBe(records.length);

  const lineCount = new TextDecoder().decode(bytes).split(/\r\n|\r|\n|\u2028|\u2029/u).length;
  for (const r of records) {
    expect(r.source.file).toBe(file);
    const [from, to] = r.source.lines;
    expect(from).toBeGreaterThanOrEqual(1);
    expect(to).toBeGreaterThanOrEqual(from);
    expect(to).toBeLessThanOrEqual(lineCount);
    expect(r.title).toMatch(/\p{L}/u);
    expect(r.paragraphs.some((p) => /\p{L}/u.test(p)) || /\p{L}/u.test(r.title)).toBe(true);
    for (const m of r.metrics) {
      expect(
        r.paragraphs.some((p) => p.includes(m.quote)),
        `quote "${m.quote}" of ${m.text}`,
      ).toBe(true);
      expect(m.quote.includes(m.text), `text "${m.text}" in its quote "${m.quote}"`).toBe(true);
      expect(Number.isFinite(m.value)).toBe(true);
    }
  }
  return result;
}

describe("processPage never throws and always gives a valid dataset", () => {
  it("on arbitrary unicode text (as UTF-8)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        checkPage("fuzz.txt", utf8(s));
      }),
      RUNS,
    );
  });

  it("on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = checkPage("bytes.txt", bytes);
        if (bytes.length === 0) expect(r.source.status).toBe("error");
      }),
      RUNS,
    );
  });

  it("on page-like text built from real fragments", () => {
    fc.assert(
      fc.property(pageText, (s) => {
        checkPage("page.txt", utf8(s));
      }),
      RUNS,
    );
  });

  // Counterexamples fast-check found once, kept so they run on every seed.
  it.each(["٣。1.5亿", "٣。٤。工会", "3。", "——"])("on %j", (text) => {
    checkPage("found.txt", utf8(text));
  });

  it("on the sample page with its lines dropped, repeated, reordered and glued", () => {
    fc.assert(
      fc.property(mangledSample, (s) => {
        checkPage("mangled.txt", utf8(s));
      }),
      { numRuns: 100 },
    );
  });

  it("a stray byte in a UTF-8 page is reported, and the page still read as UTF-8", () => {
    const text = SAMPLE_LINES.slice(0, 6).join("\n\n");
    // not at the very end: a lead byte there is a cut-off character, reported as such
    const chars = [...text];
    fc.assert(
      fc.property(
        fc.nat({ max: chars.length - 1 }),
        fc.constantFrom(0x80, 0xbf, 0xc0, 0xe5, 0xf5, 0xff),
        (at, byte) => {
          const before = utf8(chars.slice(0, at).join(""));
          const bytes = new Uint8Array([...before, byte, ...utf8(chars.slice(at).join(""))]);
          const r = checkPage("stray.txt", bytes);
          expect(r.source.encoding).toBe("utf-8");
          const hex = byte.toString(16).toUpperCase();
          expect(r.source.messages[0]).toMatch(
            new RegExp(`invalid UTF-8 byte 0x${hex} at offset ${before.length}`, "u"),
          );
          expect(r.records.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("on a slice of the sample cut at arbitrary byte offsets (mid-character at either end)", () => {
    const sample = utf8(SAMPLE_LINES.slice(0, 12).join("\n"));
    fc.assert(
      fc.property(fc.nat({ max: sample.length }), fc.nat({ max: sample.length }), (a, b) => {
        checkPage("cut.txt", sample.subarray(Math.min(a, b), Math.max(a, b)));
      }),
      RUNS,
    );
  });
});
