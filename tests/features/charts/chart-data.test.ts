import { describe, expect, it } from "vitest";
import {
  barShare,
  monthRange,
  monthRows,
  placeLevel,
  placeRows,
  typeRows,
} from "../../../src/features/charts/chart-data.ts";
import { filterRecords } from "../../../src/shared/filter-engine.ts";
import { EMPTY_FILTERS } from "../../../src/shared/filters.ts";
import { dataset, index } from "../../app/test-utils.tsx";

const all = filterRecords(index, EMPTY_FILTERS);

describe("chart data", () => {
  it("types: labelled from the dataset's taxonomy, largest first, zeros dropped", () => {
    const rows = typeRows(all.typeCounts, index, dataset.taxonomy, "zh");
    expect(rows[0]).toEqual({ key: "warmth-visits", label: "送温暖慰问", value: 7 });
    expect(rows.every((r, i) => i === 0 || (rows[i - 1]?.value ?? 0) >= r.value)).toBe(true);
    expect(typeRows(all.typeCounts, index, dataset.taxonomy, "en")[0]?.label).toBe("Warmth visits");
  });

  it.each([
    [{}, "province", null],
    [{ province: "河南省" }, "city", "河南省"],
    [{ city: "宁波市" }, "city", "浙江省"],
  ])("place level for %j", (partial, level, province) => {
    expect(placeLevel({ ...EMPTY_FILTERS, ...partial }, index)).toEqual({ level, province });
  });

  it("places break down by city inside a chosen province", () => {
    const filters = { ...EMPTY_FILTERS, province: "河南省" };
    const { rows } = placeRows(filterRecords(index, filters), index, filters, "count");
    expect(rows).toEqual([
      { key: "洛阳市", label: "洛阳市", value: 2 },
      { key: "郑州市", label: "郑州市", value: 2 },
    ]);
  });

  it("money by province sums each report's largest figure", () => {
    const { rows } = placeRows(all, index, EMPTY_FILTERS, "money");
    expect(rows.find((r) => r.key === "贵州省")?.value).toBe(90540500 + 1578000);
  });

  it("months run without gaps from first to last", () => {
    const rows = monthRows(all, index);
    expect(rows[0]?.key).toBe("2025-03");
    expect(rows.at(-1)?.key).toBe("2026-02");
    expect(rows).toHaveLength(12);
    expect(rows.reduce((s, r) => s + r.value, 0)).toBe(dataset.records.filter((r) => r.date).length);
  });

  it.each([
    ["2025-02", { from: "2025-02-01", to: "2025-02-28" }],
    ["2024-02", { from: "2024-02-01", to: "2024-02-29" }],
    ["2025-12", { from: "2025-12-01", to: "2025-12-31" }],
  ])("month %s as a date range", (key, range) => {
    expect(monthRange(key)).toEqual(range);
  });

  it.each([
    [50, 100, 0.5],
    [100, 100, 1],
    [0.001, 100, 0.01],
    [0, 100, 0],
    [-5, 100, 0],
    [Number.NaN, 100, 0],
    [5, 0, 0],
    [200, 100, 1],
  ])("bar length of %s against a longest of %s: %s", (value, max, share) => {
    expect(barShare(value, max)).toBe(share);
  });
});
