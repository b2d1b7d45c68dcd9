import { describe, expect, it } from "vitest";
import { sentenceBounds, splitSentences } from "../../src/pipeline/sentences.ts";

describe("splitSentences", () => {
  const cases: [string, string, string[]][] = [
    ["full-width full stop", "甲。乙。", ["甲。", "乙。"]],
    ["half- and full-width ! ? ;", "甲!乙?丙;丁!戊?己;庚", ["甲!", "乙?", "丙;", "丁!", "戊?", "己;", "庚"]],
    ["full-width ！？；", "甲！乙？丙；丁", ["甲！", "乙？", "丙；", "丁"]],
    ["full-width runs stay together", "真的吗？！当然。", ["真的吗？！", "当然。"]],
    [
      "a full-width terminator inside a quotation does not split it",
      "他说：“第一！第二？”大家鼓掌。",
      ["他说：“第一！第二？”", "大家鼓掌。"],
    ],
    [
      "a full-width comma does not split",
      "1月26日，浙江宁波，企业开展帮扶。",
      ["1月26日，浙江宁波，企业开展帮扶。"],
    ],
    ["no terminator", "只有一句", ["只有一句"]],
    ["empty and blank", "   ", []],
    ["a comma does not split", "1月26日,浙江宁波,企业开展帮扶。", ["1月26日,浙江宁波,企业开展帮扶。"]],
    [
      "a quotation that ends a sentence keeps its closing mark",
      "“我们很开心。”1月30日,职工收到礼包。",
      ["“我们很开心。”", "1月30日,职工收到礼包。"],
    ],
    [
      "terminators inside a quotation do not split it",
      "他说:“第一。第二!第三?”大家鼓掌。",
      ["他说:“第一。第二!第三?”", "大家鼓掌。"],
    ],
    [
      "a quotation inside a sentence",
      "推出“职工夜校”等活动。随后开课。",
      ["推出“职工夜校”等活动。", "随后开课。"],
    ],
    ["nested quotes", "“联盟让我们有了‘导师’。”肖环环表示。", ["“联盟让我们有了‘导师’。”", "肖环环表示。"]],
    [
      "a stray closing quote is ignored",
      "“寒冬送暖”工笔“暖·新”同行 驿站温暖”等活动。已开展。",
      ["“寒冬送暖”工笔“暖·新”同行 驿站温暖”等活动。", "已开展。"],
    ],
    [
      "an unclosed opening quote does not swallow the paragraph",
      "这让我们工作有了抓手。“服务更实了。高洁说。",
      ["这让我们工作有了抓手。", "“服务更实了。", "高洁说。"],
    ],
    ["runs of terminators stay together", "真的吗?!当然。", ["真的吗?!", "当然。"]],
    ["corner brackets", "「好。」他说。", ["「好。」", "他说。"]],
    ["whitespace is trimmed", " 甲。 乙。 ", ["甲。", "乙。"]],
    ["ellipsis does not split", "或举手挥拍……这是2月2日的一幕。", ["或举手挥拍……这是2月2日的一幕。"]],
  ];
  it.each(cases)("%s", (_name, text, want) => {
    expect(splitSentences(text)).toEqual(want);
  });

  it.each(cases)("sentenceBounds: %s", (_name, text, want) => {
    const bounds: number[] = [7, 7]; // appended to, not cleared
    sentenceBounds(text, bounds);
    const got: string[] = [];
    for (let k = 2; k < bounds.length; k += 2) got.push(text.slice(bounds[k], bounds[k + 1]));
    expect(got).toEqual(want);
  });

  it("returns substrings of the input", () => {
    const p =
      "“多亏你们安装的这台高速裁布机。”1月26日,负责人表示感谢。1月初,翁旭军率技术团队赴该企业开展帮扶。";
    for (const s of splitSentences(p)) expect(p).toContain(s);
  });
});
