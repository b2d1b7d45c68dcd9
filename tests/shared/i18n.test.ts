import { describe, expect, it } from "vitest";
import { fillMessage, translator } from "../../src/shared/i18n.ts";

describe("fillMessage", () => {
  it.each([
    ["{n} {n:report|reports}", { n: 1 }, "1 report"],
    ["{n} {n:report|reports}", { n: 0 }, "0 reports"],
    ["{n} {n:report|reports}", { n: 3 }, "3 reports"],
    ["{n} {n:report has|reports have} no date", { n: 1 }, "1 report has no date"],
    ["{n} {n:report has|reports have} no date", { n: "2" }, "2 reports have no date"],
    ["Rows {from}–{to} of {total}", { from: 1, to: 50, total: 120 }, "Rows 1–50 of 120"],
    ["{missing} and {n}", { n: 2 }, "{missing} and 2"],
    ["{missing:a|b}", {}, "{missing:a|b}"],
    ["筛选 {label}", { label: "心理健康" }, "筛选 心理健康"],
    ["{label}", { label: "$& {n}" }, "$& {n}"],
  ] as const)("%s with %o", (text, vars, expected) => {
    expect(fillMessage(text, vars)).toBe(expected);
  });

  it("agrees in the English notes; Chinese needs no plural", () => {
    expect(translator("en")("undatedNote", { n: 1 })).toBe("1 report has no date and is not shown.");
    expect(translator("en")("undatedNote", { n: 4 })).toBe("4 reports have no date and are not shown.");
    expect(translator("zh")("undatedNote", { n: 1 })).toBe("1篇报道没有日期,未计入。");
  });
});
