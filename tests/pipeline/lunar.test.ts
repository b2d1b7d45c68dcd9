import { describe, expect, it } from "vitest";
import { lunarToIso, newYearsEveIso } from "../../src/pipeline/lunar.ts";

describe("lunar days", () => {
  it.each([
    [2026, 1, 1, "2026-02-17"], // Spring Festival 2026
    [2026, 1, 8, "2026-02-24"],
    [2025, 12, 23, "2026-02-10"],
    [2025, 12, 29, "2026-02-16"],
    [2025, 12, 30, null], // that twelfth month has 29 days
    [2026, 13, 1, null],
    [1850, 1, 1, null],
  ])("%i-%i-%i -> %s", (y, m, d, want) => {
    expect(lunarToIso(y, m, d)).toBe(want);
  });
  it("New Year's Eve is the day before the first of the first month", () => {
    expect(newYearsEveIso(2025)).toBe("2026-02-16");
    expect(newYearsEveIso(2023)).toBe("2024-02-09");
  });
});
