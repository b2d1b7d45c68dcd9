/** Day numbers for dates: what the filter index compares and the compact index stores. */

export const NO_DAY = -2147483648;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of a calendar date, normalised like `Date.UTC` (Feb 30 -> Mar 2). */
export function dayOf(year: number, month: number, day: number): number {
  const t = Date.UTC(year, month - 1, day);
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : NO_DAY;
}

/** Days since 1970-01-01 for "YYYY-MM-DD"; NO_DAY for anything else. */
export function isoToDay(iso: string | null | undefined): number {
  if (!iso || !ISO_DATE.test(iso)) return NO_DAY;
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * "2026-01-26" <-> 20260126. The compact index stores dates as these integers rather than day
 * numbers: they read back as printed even for a date the calendar does not have ("2025-02-30").
 */
export function isoToYmd(iso: string): number {
  return Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

export function ymdToIso(ymd: number): string {
  const y = Math.floor(ymd / 10_000);
  const m = Math.floor(ymd / 100) % 100;
  const d = ymd % 100;
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** "YYYY-MM-DD" of a day number (proleptic Gregorian, UTC) */
export function dayToIso(day: number): string {
  const date = new Date(day * 86_400_000);
  return date.toISOString().slice(0, 10);
}
