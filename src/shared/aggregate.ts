import type { DatasetRecord, Metric } from "./schema.ts";

/**
 * Per-record figures for the headline sums. A report often prints overlapping figures ("筹集资金
 * 9054.05万元 … 已发放慰问金2054.78万元" — the second is part of the first), so adding all of them up
 * would count the same money twice. Each record therefore contributes its single largest money
 * figure and its single largest head count; the sums are a floor, never an inflation.
 * Person-times (人次) are visits, not people, and are not counted as people.
 */
export function largestFigure(metrics: readonly Metric[], kind: "money" | "people"): number {
  let best = 0;
  for (const m of metrics) {
    if (m.kind === kind && Number.isFinite(m.value) && m.value > best) best = m.value;
  }
  return best;
}

/** yuan: the record's largest money figure, 0 when it prints none */
export function recordMoney(record: Pick<DatasetRecord, "metrics">): number {
  return largestFigure(record.metrics, "money");
}

/** persons: the record's largest people figure, 0 when it prints none */
export function recordPeople(record: Pick<DatasetRecord, "metrics">): number {
  return largestFigure(record.metrics, "people");
}

/** "浙江省 宁波市 余姚市" without repeating a municipality's name ("北京市 朝阳区") */
export function placeLabel(place: DatasetRecord["place"]): string {
  if (!place) return "";
  const parts = [place.province];
  if (place.city && place.city !== place.province) parts.push(place.city);
  if (place.district) parts.push(place.district);
  return parts.join(" ");
}
