import { describe, expect, it } from "vitest";
import { foldWidth, isSpaceUnit } from "../../src/pipeline/width.ts";

describe("foldWidth", () => {
  it.each([
    ["本报讯（记者孙海涛　通讯员刘静怡）", "本报讯(记者孙海涛 通讯员刘静怡)"],
    ["杭州萧山：", "杭州萧山:"],
    ["覆盖２８个站点，１２．５％！？；", "覆盖28个站点,12.5%!?;"],
    ["ＡＰＰ／ｗｅｂ～＂＇［］｛｝＠＃", "APP/web~\"'[]{}@#"],
    ["！", "!"], // U+FF01, first of the range
    ["～", "~"], // U+FF5E, last of the range
    // outside the fold: CJK punctuation, quotes, dots, ellipsis, circled digits, U+FF5F and up
    ["“心灵驿站”、「充电」。…·・①｟￥", "“心灵驿站”、「充电」。…·・①｟￥"],
    ["plain ASCII, unchanged", "plain ASCII, unchanged"],
    ["𠀋职工（一）", "𠀋职工(一)"], // a character outside the BMP keeps its two units
    ["", ""],
  ])("%s", (input, expected) => {
    const folded = foldWidth(input);
    expect(folded).toBe(expected);
    // length-preserving, so offsets found on the fold slice the original
    expect(folded).toHaveLength(input.length);
  });

  it("is idempotent", () => {
    const once = foldWidth("本報訊（記者　吳嘉欣）７月");
    expect(foldWidth(once)).toBe(once);
  });
});

describe("isSpaceUnit", () => {
  it("is the regex class \\s, for every code unit (the table against what it replaced)", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isSpaceUnit(c) !== /^\s$/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it.each([Number.NaN, -1, 0x10000])("is false off the code unit range (%s)", (c) => {
    expect(isSpaceUnit(c)).toBe(false);
  });
});
