import { type FilterIndex, type FilterResult, monthKey, provinceOfCity } from "../../shared/filter-engine.ts";
import type { Filters, Lang } from "../../shared/filters.ts";
import { taxonomyLabel } from "../../shared/i18n.ts";
import type { Dataset } from "../../shared/schema.ts";

/** One bar: `key` is what a click filters by (taxonomy id, place name, month "YYYY-MM"). */
export interface ChartRow {
  key: string;
  label: string;
  value: number;
}

export const TOP_PLACES = 15;

const byValue = (a: ChartRow, b: ChartRow) => b.value - a.value;

export function typeRows(
  counts: Float64Array,
  index: FilterIndex,
  taxonomy: Dataset["taxonomy"],
  lang: Lang,
): ChartRow[] {
  return index.typeIds
    .map((id, t) => ({
      key: id,
      label: taxonomyLabel(taxonomy.types, id, lang),
      value: counts[t] ?? 0,
    }))
    .filter((r) => r.value > 0)
    .sort(byValue);
}

/** Whether place charts break down by city: once a province (or city) is chosen. */
export function placeLevel(
  filters: Filters,
  index: FilterIndex,
): { level: "province" | "city"; province: string | null } {
  const province = filters.province ?? (filters.city ? provinceOfCity(index, filters.city) : null);
  return province ? { level: "city", province } : { level: "province", province: null };
}

export function placeRows(
  result: FilterResult,
  index: FilterIndex,
  filters: Filters,
  measure: "count" | "money",
): { rows: ChartRow[]; total: number } {
  const { level, province } = placeLevel(filters, index);
  let rows: ChartRow[];
  if (level === "province") {
    const values = measure === "count" ? result.provinceCounts : result.moneyByProvince;
    rows = index.provinces.map((name, p) => ({ key: name, label: name, value: values[p] ?? 0 }));
  } else {
    const values = measure === "count" ? result.cityCounts : result.moneyByCity;
    const p = index.provinceIndex.get(province ?? "") ?? -1;
    rows = index.cities
      .map((name, c) => ({ key: name, label: name, value: values[c] ?? 0, p: index.cityProvince[c] }))
      .filter((r) => r.p === p)
      .map(({ key, label, value }) => ({ key, label, value }));
  }
  rows = rows.filter((r) => r.value > 0).sort(byValue);
  return { rows: rows.slice(0, TOP_PLACES), total: rows.length };
}

/** Every month from the dataset's first to last, zeros included, so gaps show as gaps. */
export function monthRows(result: FilterResult, index: FilterIndex): ChartRow[] {
  return Array.from(result.monthCounts, (value, slot) => {
    const key = monthKey(index, slot);
    return { key, label: key, value };
  });
}

/** First and last day of a "YYYY-MM" month. */
export function monthRange(key: string): { from: string; to: string } {
  const [y, m] = key.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${key}-01`, to: `${key}-${String(last).padStart(2, "0")}` };
}

/**
 * A bar's length as a share of the longest (0..1). Any value above zero gets at least 1%, so a small
 * but real figure never looks like none; nothing is drawn for zero, negative or missing values.
 */
export function barShare(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(1, Math.max(0.01, value / max));
}
