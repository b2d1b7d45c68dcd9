import fc from "fast-check";
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
    // written from index 0 over whatever the array holds; the count says how far
    const bounds: number[] = [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7];
    const n = sentenceBounds(text, bounds);
    const got: string[] = [];
    for (let k = 0; k < n; k += 2) got.push(text.slice(bounds[k], bounds[k + 1]));
    expect(got).toEqual(want);
  });

  it("returns substrings of the input", () => {
    const p =
      "“多亏你们安装的这台高速裁布机。”1月26日,负责人表示感谢。1月初,翁旭军率技术团队赴该企业开展帮扶。";
    for (const s of splitSentences(p)) expect(p).toContain(s);
  });
});

/**
 * The splitter as it read before its stacks became typed arrays with a height (arrays pushed to and cut
 * by `length`, openers paired by a stack the same way): the statement the scan is held to.
 */
function referenceSentences(text: string): string[] {
  const CLOSER: Record<string, string> = { "“": "”", "‘": "’", "「": "」", "『": "』" };
  const isCloser = (ch: string) => ch === "”" || ch === "’" || ch === "」" || ch === "』";
  const isTerminator = (ch: string) => "。!！?？;；".includes(ch);
  const units = text.split("");
  const matched = new Set<number>();
  const stack: [number, string][] = [];
  units.forEach((ch, i) => {
    const close = CLOSER[ch];
    if (close !== undefined) stack.push([i, close]);
    else if (isCloser(ch)) {
      for (let k = stack.length - 1; k >= 0; k--) {
        if ((stack[k] as [number, string])[1] === ch) {
          matched.add((stack[k] as [number, string])[0]);
          stack.length = k;
          break;
        }
      }
    }
  });
  const out: string[] = [];
  const open: string[] = [];
  let start = 0;
  const cut = (end: number) => {
    const sentence = text.slice(start, end).trim();
    if (sentence !== "") out.push(sentence);
    start = end;
  };
  for (let i = 0; i < units.length; i++) {
    const ch = units[i] as string;
    const close = CLOSER[ch];
    if (close !== undefined) {
      if (matched.has(i)) open.push(close);
      continue;
    }
    if (isCloser(ch)) {
      const k = open.lastIndexOf(ch);
      if (k >= 0) open.length = k;
      if (open.length === 0 && i > 0 && isTerminator(units[i - 1] as string)) {
        let end = i + 1;
        while (end < units.length && isCloser(units[end] as string)) end++;
        cut(end);
        i = end - 1;
      }
      continue;
    }
    if (open.length === 0 && isTerminator(ch)) {
      let end = i + 1;
      while (end < units.length && isTerminator(units[end] as string)) end++;
      while (end < units.length && isCloser(units[end] as string)) end++;
      cut(end);
      i = end - 1;
    }
  }
  cut(units.length);
  return out;
}

describe("splitSentences against its statement", () => {
  const text = fc.string({
    unit: fc.constantFrom(..."“”‘’「」『』。!！?？;；,， \u3000甲乙"),
    maxLength: 60,
  });
  it("gives the same sentences for random quote-heavy text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitSentences(t)).toEqual(referenceSentences(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the same bounds through a reused scratch array, long paragraphs after short ones", () => {
    const scratch: number[] = [];
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        for (const p of paragraphs) {
          const n = sentenceBounds(p.repeat(3), scratch);
          const got: string[] = [];
          for (let k = 0; k < n; k += 2) got.push(p.repeat(3).slice(scratch[k], scratch[k + 1]));
          expect(got).toEqual(referenceSentences(p.repeat(3)));
        }
      }),
      { numRuns: 500 },
    );
  });
});
