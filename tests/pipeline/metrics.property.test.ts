import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  extractMetrics,
  FIGURE,
  FIGURE_START,
  NOUN_FIRST,
  NOUN_START,
  nextMatch,
} from "../../src/pipeline/metrics.ts";
import { splitSentences } from "../../src/pipeline/sentences.ts";
import { type Metric, metricSchema } from "../../src/shared/schema.ts";

/** Characters the extractor reacts to, so random text often contains figure-like runs. */
const ALPHABET = [
  ..."0123456789０１２３４５６７８９.．,，+%-~",
  ..."零〇一二两三四五六七八九十百千万亿萬億余多近约超逾上不足到第数",
  ..."元人次名位家场门期套个件项所座处支批台份条户年天小时月日",
  ..."会员职工企业慰问金驿站“”‘’「」。!?;!?;、 \n",
];
const figureText = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 80 });
const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  figureText,
);

describe("extractMetrics properties", () => {
  it("never throws, and every metric is valid, quoted and found in the input", () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 4 }), (paragraphs) => {
        const metrics = extractMetrics(paragraphs);
        for (const m of metrics) {
          expect(metricSchema.safeParse(m).success).toBe(true);
          expect(Number.isFinite(m.value)).toBe(true);
          expect(m.value).toBeGreaterThanOrEqual(0);
          expect(m.quote).toContain(m.text);
          expect(paragraphs.some((p) => p.includes(m.quote))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("finds in a paragraph the figures of its sentences read one by one, repeats reported once", () => {
    // (a paragraph is scanned as stretches of one folded text; one paragraph alone has no heading
    // rule to apply, so only the repeats differ from reading its sentences as paragraphs of their own)
    const repeat = (a: Metric, b: Metric) =>
      a.text === b.text &&
      a.kind === b.kind &&
      a.value === b.value &&
      a.unit === b.unit &&
      a.label === b.label;
    fc.assert(
      fc.property(figureText, (paragraph) => {
        const want: Metric[] = [];
        for (const sentence of splitSentences(paragraph)) {
          for (const m of extractMetrics([sentence])) if (!want.some((o) => repeat(o, m))) want.push(m);
        }
        expect(extractMetrics([paragraph])).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fc.array(figureText, { maxLength: 3 }), (paragraphs) => {
        expect(extractMetrics(paragraphs)).toEqual(extractMetrics(paragraphs));
      }),
      { numRuns: 200 },
    );
  });

  const decimal = fc
    .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 }))
    .map(([i, f]) => `${i}.${String(f).padStart(2, "0")}`);

  it('normalises "N万元" to N * 10000 yuan', () => {
    fc.assert(
      fc.property(decimal, (n) => {
        const [m] = extractMetrics([`发放慰问金${n}万元。`]);
        expect(m).toMatchObject({ kind: "money", unit: "CNY", qualifier: "exact", text: `${n}万元` });
        expect(m?.value).toBeCloseTo(Number(n) * 10_000, 6);
      }),
    );
  });

  it('normalises "N亿元" and "N万人次", and marks 余 as over', () => {
    fc.assert(
      fc.property(decimal, (n) => {
        const ms = extractMetrics([`筹集资金${n}亿元,服务职工${n}万余人次。`]);
        expect(ms.map((m) => [m.unit, m.qualifier])).toEqual([
          ["CNY", "exact"],
          ["人次", "over"],
        ]);
        expect(ms[0]?.value).toBeCloseTo(Number(n) * 1e8, 0);
        expect(ms[1]?.value).toBeCloseTo(Number(n) * 1e4, 6);
      }),
    );
  });

  it("reads full-width digits like ASCII ones", () => {
    const toFull = (s: string) =>
      s.replace(/[0-9.]/g, (c) => (c === "." ? "．" : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
    fc.assert(
      fc.property(decimal, fc.constantFrom("家", "个", "场", "人", "名", "元"), (n, unit) => {
        const ascii = extractMetrics([`共${n}${unit}。`]).map((m) => [m.value, m.unit]);
        const full = extractMetrics([`共${toFull(n)}${unit}。`]).map((m) => [m.value, m.unit]);
        expect(full).toEqual(ascii);
        expect(ascii).toHaveLength(1);
      }),
    );
  });

  it("never reports a date or a year as a figure", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, mo, d) => {
          expect(extractMetrics([`${y}年${mo}月${d}日,${y}年以来,${mo}月初,${y}年底。`])).toEqual([]);
        },
      ),
    );
  });
});

describe("nextMatch", () => {
  /** the matches `re` finds as a global regex, as [index, text] */
  const globalMatches = (re: RegExp, text: string) =>
    [...text.matchAll(new RegExp(re.source, "g"))].map((m) => [m.index, m[0]]);
  const stickyMatches = (re: RegExp, kind: number, text: string) => {
    const out: [number, string][] = [];
    for (let m = nextMatch(re, kind, text, 0); m !== null; m = nextMatch(re, kind, text, re.lastIndex)) {
      out.push([m.index, m[0]]);
    }
    return out;
  };
  const text = fc.oneof(
    figureText,
    fc.string({ unit: fc.constantFrom(...ALPHABET, ..."量播放阅读人数人次不超过将近大约"), maxLength: 80 }),
  );

  it("finds what the global regex finds: a match never starts off the start table", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(stickyMatches(FIGURE, FIGURE_START, t)).toEqual(globalMatches(FIGURE, t));
        expect(stickyMatches(NOUN_FIRST, NOUN_START, t)).toEqual(globalMatches(NOUN_FIRST, t));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("extractMetrics reports a figure printed again once, however many figures an item has", () => {
  // body paragraphs (a comma in each: none is headline-shaped) of figures drawn from a few, so that
  // items of dozens of figures repeat many: past a handful the repeats are looked up by text
  const figure = fc
    .tuple(
      fc.constantFrom("发放慰问金", "走访", "开展活动", "服务职工", "新建驿站"),
      fc.integer({ min: 1, max: 4 }),
    )
    .map(
      ([noun, n]) =>
        `${noun}${n}${noun === "发放慰问金" ? "万元" : noun === "走访" ? "户" : noun === "服务职工" ? "人次" : "个"}`,
    );
  const paragraph = fc.array(figure, { minLength: 1, maxLength: 8 }).map((f) => `${f.join("，")}。`);
  const same = (a: Metric, b: Metric) =>
    a.text === b.text && a.kind === b.kind && a.value === b.value && a.unit === b.unit && a.label === b.label;

  it("is each paragraph's figures in order, less those an earlier one repeats", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 10 }), (paragraphs) => {
        const want: Metric[] = [];
        for (const p of paragraphs)
          for (const m of extractMetrics([p])) if (!want.some((o) => same(o, m))) want.push(m);
        expect(extractMetrics(paragraphs)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});
