import { describe, expect, it } from "vitest";
import { bulletLength, isPageFurniture, runningHeadDate } from "../../src/pipeline/text-shape.ts";

describe("isPageFurniture", () => {
  it.each([
    ["2026年3月13日　星期五　　　　　工会新闻　　　　　5", true],
    ["2026年3月10日 星期二 市州工会 2", true],
    ["本版编辑：郑晓雯　　校对：林　可", true],
    ["本版责任编辑：赵　明　　　美术编辑：孙　悦", true],
    ["责任编辑:王 五", true],
    ["责编 赵明 美编:孙悦", true],
    // a sentence, a headline or a dateline is text, even with a weekday or an editor in it
    ["2026年3月13日星期五，市总工会举办招聘会。", false],
    ["星期五的职工夜校", false],
    ["编辑部走进工地", false],
    ["本报编辑赵明参加活动，为职工送上慰问品。", false],
    ["周末课堂开到工地上", false],
  ])("%s -> %s", (text, want) => {
    expect(isPageFurniture(text)).toBe(want);
  });
});

describe("runningHeadDate", () => {
  it.each([
    ["2026年3月13日　星期五　　工会新闻　　5\n\n本版编辑：赵明\n\n标题", "2026-03-13"],
    ["\n\n本版编辑：赵明\n2025年12月1日 星期一 要闻 1\n标题", "2025-12-01"],
    // an impossible date, a date in the body, none
    ["2026年2月30日 星期一 要闻 1\n标题", null],
    ["标题\n\n本报讯 2026年3月13日星期五，市总工会举办招聘会。", null],
    ["标题\n正文。", null],
  ])("%j -> %s", (body, want) => {
    expect(runningHeadDate(body)).toBe(want);
  });
});

describe("bulletLength", () => {
  it.each([
    ["■3月11日，", 1],
    ["● 近日，", 2],
    ["◆　近日，", 2],
    ["3月11日，", 0],
    ["·近日", 0],
  ])("%s -> %i", (text, want) => {
    expect(bulletLength(text)).toBe(want);
  });
});
