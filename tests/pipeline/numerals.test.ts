import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  foldNumerals,
  parseChineseNumber,
  parseNumeral,
  parseQuantity,
} from "../../src/pipeline/numerals.ts";

describe("parseChineseNumber", () => {
  const cases: [string, number | null][] = [
    ["0", 0],
    ["216", 216],
    ["2054.78", 2054.78],
    ["1,234", 1234],
    ["1,234,567.5", 1234567.5],
    ["１２３４", 1234],
    ["５６．７", 56.7],
    ["9054.05万", 90540500],
    ["2054.78万", 20547800],
    ["6.99万", 69900],
    ["1.2亿", 120000000],
    ["3千", 3000],
    ["3千万", 30000000],
    ["1.2万亿", 1.2e12],
    ["30余万", 300000],
    ["10万+", 100000],
    ["百余", 100],
    ["万", 10000],
    ["十", 10],
    ["二十", 20],
    ["两", 2],
    ["十一", 11],
    ["二十五", 25],
    ["一百二十", 120],
    ["一百零五", 105],
    ["三千五百", 3500],
    ["三千五", 3500],
    ["一万五", 15000],
    ["一万五千", 15000],
    ["十万", 100000],
    ["一亿三千万", 130000000],
    ["两万三千四百五十六", 23456],
    ["二〇二五", 2025],
    ["萬", 10000],
    ["3萬", 30000],
    ["兩百", 200],
    ["壹佰贰拾", 120],
    ["三四", null],
    ["五一", null],
    ["二三十", null],
    ["", null],
    ["abc", null],
    ["12个", null],
    ["近5万", null],
  ];
  it.each(cases)("%s -> %s", (text, want) => {
    expect(parseChineseNumber(text)).toBe(want);
  });
});

describe("parseQuantity", () => {
  const cases: [string, ReturnType<typeof parseQuantity>][] = [
    ["近5万", { value: 50000, qualifier: "approx" }],
    ["约300", { value: 300, qualifier: "approx" }],
    ["百余", { value: 100, qualifier: "over" }],
    ["上万", { value: 10000, qualifier: "over" }],
    ["超20万", { value: 200000, qualifier: "over" }],
    ["逾千", { value: 1000, qualifier: "over" }],
    ["600余", { value: 600, qualifier: "over" }],
    ["3000以上", { value: 3000, qualifier: "over" }],
    ["不足300", { value: 300, qualifier: "under" }],
    ["10万+", { value: 100000, qualifier: "over" }],
    ["7573", { value: 7573, qualifier: "exact" }],
    ["近", null],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(parseQuantity(text)).toEqual(want);
  });
});

describe("foldNumerals", () => {
  it("keeps length so indices map back to the original", () => {
    const s = "發放慰問金１２３４．５萬元,開設課程12門";
    const f = foldNumerals(s);
    expect(f).toHaveLength(s.length);
    expect(f).toBe("發放慰問金1234.5万元,開設課程12门");
  });

  it.each([
    ["覆盖２８个站点，增长１２．５％", "覆盖28个站点,增长12.5%"],
    ["编号Ｇ１２３／Ａ　２座", "编号G123/A 2座"],
    ["惠及３．５萬名職工", "惠及3.5万名职工"],
  ])("folds width (punctuation, letters, ideographic space) as well: %s", (input, expected) => {
    const f = foldNumerals(input);
    expect(f).toBe(expected);
    expect(f).toHaveLength(input.length);
  });
});

describe("parseChineseNumber shortcuts", () => {
  it("agree with the general reading", () => {
    const numeral = fc.string({
      unit: fc.constantFrom(..."0123456789.,+余多万亿零〇一二两三四五六七八九十百千", "１"),
      maxLength: 8,
    });
    fc.assert(
      fc.property(numeral, (text) => {
        expect(parseChineseNumber(text)).toBe(parseNumeral(text));
      }),
      { numRuns: 5000 },
    );
  });
});
