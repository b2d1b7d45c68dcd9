import lunar from "lunar-javascript";

/**
 * Days of the Chinese lunar calendar as the genre prints them around the Spring Festival ("腊月二十三",
 * "正月初八", "大年初三", "除夕"), turned into Gregorian dates with lunar-javascript (tables for
 * 1900-2100, no dependencies). Pure; a date it cannot place is null.
 */

/** "YYYY-MM-DD" of day `day` of lunar month `month` (1-12) of lunar year `year`; null if there is none. */
export function lunarToIso(year: number, month: number, day: number): string | null {
  if (year < 1901 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  try {
    const iso = lunar.Lunar.fromYmd(year, month, day).getSolar().toYmd();
    // a 30th of a 29-day month rolls over into the next: not a day of that month
    if (day === 30 && lunarToIso(year, month, 29) === iso) return null;
    return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
  } catch {
    return null;
  }
}

/** "YYYY-MM-DD" of the eve of lunar year `year + 1`: the last day of `year`'s twelfth month. */
export function newYearsEveIso(year: number): string | null {
  const first = lunarToIso(year + 1, 1, 1);
  if (!first) return null;
  const t = Date.parse(`${first}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
