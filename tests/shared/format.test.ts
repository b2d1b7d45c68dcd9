import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatMonth, formatYuan } from "../../src/shared/format.ts";

describe("formatYuan", () => {
  it.each([
    [90540500, "zh", "9054.05万元"],
    [20547800, "zh", "2054.78万元"],
    [123_400_000, "zh", "1.23亿元"],
    [5000, "zh", "5000元"],
    [0, "zh", "0元"],
    [90540500, "en", "CNY 90.54 million"],
    [2_500_000_000, "en", "CNY 2.5 billion"],
    [50000, "en", "CNY 50,000"],
  ] as const)("%d %s -> %s", (yuan, lang, expected) => {
    expect(formatYuan(yuan, lang)).toBe(expected);
  });
});

describe("exact and compact forms", () => {
  it("keeps a printed figure exact with 4 digits", () => {
    expect(formatCount(34050, "zh", { digits: 4 })).toBe("3.405万");
    expect(formatYuan(2_710_000, "zh", { digits: 4 })).toBe("271万元");
    expect(formatYuan(162_600_000, "en", { compact: true })).toBe("CNY 162.6M");
  });
});

describe("formatCount", () => {
  it.each([
    [69900, "zh", "6.99万"],
    [283, "zh", "283"],
    [2800, "zh", "2800"],
    [69900, "en", "69,900"],
  ] as const)("%d %s -> %s", (n, lang, expected) => {
    expect(formatCount(n, lang)).toBe(expected);
  });
});

describe("dates", () => {
  it.each([
    ["2026-01-30", "zh", "2026年1月30日"],
    ["2026-01-30", "en", "30 Jan 2026"],
    [null, "zh", "—"],
  ] as const)("%s %s", (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
  it("months", () => {
    expect(formatMonth("2025-12", "zh")).toBe("2025年12月");
    expect(formatMonth("2025-12", "en")).toBe("Dec 2025");
  });
});
