import { describe, expect, it } from "vitest";
import type { Metric } from "../../src/shared/schema.ts";
import {
  ALREADY_NORMAL,
  locateMetrics,
  normalizeForSearch,
  splitSearchTerms,
} from "../../src/shared/text.ts";

const metric = (text: string, quote: string): Metric => ({
  kind: "count",
  value: 1,
  unit: "个",
  qualifier: "exact",
  label: null,
  text,
  quote,
});

describe("normalizeForSearch", () => {
  it.each([
    ["ＡＰＰ注册", "app注册"],
    ["１２３４５", "12345"],
    ["骑手，驿站", "骑手,驿站"],
    ["APP", "app"],
    ["洛阳市总工会", "洛阳市总工会"],
    ["（河南）", "(河南)"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });
});

describe("ALREADY_NORMAL (the fast path of normalizeForSearch)", () => {
  it("admits only characters that NFKC and lower-casing leave unchanged", () => {
    let admitted = 0;
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (!ALREADY_NORMAL.test(ch)) continue;
      admitted++;
      expect(ch.normalize("NFKC").toLowerCase(), `U+${c.toString(16)}`).toBe(ch);
    }
    expect(admitted).toBeGreaterThan(20_000);
  });

  it.each(["洛阳市总工会“暖心驿站”", "", "app 12", "……", "ＡＰＰ", "骑手，驿站", "A"])("%s", (text) => {
    expect(normalizeForSearch(text)).toBe(text.normalize("NFKC").toLowerCase());
  });
});

describe("splitSearchTerms", () => {
  it.each([
    ["骑手 驿站", ["骑手", "驿站"]],
    ["骑手\u3000驿站", ["骑手", "驿站"]],
    ["  ", []],
    ["ＡＰＰ", ["app"]],
  ])("%j", (input, expected) => {
    expect(splitSearchTerms(input)).toEqual(expected);
  });
});

describe("locateMetrics", () => {
  it("splits a paragraph into text and figures, joined back unchanged", () => {
    const p = "已建成驿站40个,骑手食堂15个。";
    const { paragraphs, positions } = locateMetrics([p], [metric("40个", p), metric("15个", p)]);
    expect(paragraphs[0]).toEqual([
      { text: "已建成驿站", metric: null },
      { text: "40个", metric: 0 },
      { text: ",骑手食堂", metric: null },
      { text: "15个", metric: 1 },
      { text: "。", metric: null },
    ]);
    expect(positions).toEqual([
      [0, 5],
      [0, 13],
    ]);
  });

  it("uses the quote to pick the right occurrence of a repeated figure", () => {
    const paras = ["首批建成驿站40个。", "今年又新建40个,全市驿站达80个。"];
    const { positions } = locateMetrics(paras, [metric("40个", "今年又新建40个,全市驿站达80个。")]);
    expect(positions[0]).toEqual([1, 5]);
  });

  it("gives two metrics with the same text two places", () => {
    const p = "驿站40个,食堂40个。";
    const { positions } = locateMetrics([p], [metric("40个", p), metric("40个", p)]);
    expect(positions).toEqual([
      [0, 2],
      [0, 8],
    ]);
  });

  it("falls back to the first free occurrence when the quote is not verbatim", () => {
    const { positions } = locateMetrics(["驿站 40个。"], [metric("40个", "驿站40个。")]);
    expect(positions[0]).toEqual([0, 3]);
  });

  it("reports a figure that is not in the text", () => {
    const { paragraphs, positions } = locateMetrics(["没有数字。"], [metric("9个", "九个")]);
    expect(positions[0]).toBeNull();
    expect(paragraphs[0]).toEqual([{ text: "没有数字。", metric: null }]);
  });

  it("keeps markup-like text as text", () => {
    const p = "<img src=x onerror=alert(1)>共5个";
    const { paragraphs } = locateMetrics([p], [metric("5个", p)]);
    expect(paragraphs[0]?.map((s) => s.text).join("")).toBe(p);
  });
});
