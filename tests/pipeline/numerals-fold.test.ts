import { describe, expect, it } from "vitest";
import { foldNumerals } from "../../src/pipeline/numerals.ts";
import { foldWidth } from "../../src/pipeline/width.ts";

// foldNumerals folds width with its own table (one pass, for speed); it must stay the width fold of
// width.ts plus the traditional figure characters, code unit by code unit.
describe("foldNumerals", () => {
  it("agrees with foldWidth on every code unit it does not fold as a traditional character", () => {
    const traditional = [
      ..."萬億兩餘幾數約過達將門場個項間處屆節條張輛臺檯戶職員會來類種輪冊時鐘週當號於該訊",
    ];
    const differs: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (traditional.includes(ch)) continue;
      if (foldNumerals(ch) !== foldWidth(ch)) differs.push(c.toString(16));
    }
    expect(differs).toEqual([]);
    for (const ch of traditional) expect(foldNumerals(ch)).not.toBe(ch);
  });

  it("keeps the length and folds inside a run", () => {
    const text = "共發放１２萬個　禮包，惠及3000餘人";
    expect(foldNumerals(text)).toBe("共發放12万个 禮包,惠及3000余人");
    expect(foldNumerals(text)).toHaveLength(text.length);
    expect(foldNumerals("没有要折叠的")).toBe("没有要折叠的");
  });
});
