import type { Lang } from "./filters.ts";

const trim = (n: number, digits: number) => Number(n.toFixed(digits)).toString();
const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export interface FormatOptions {
  /** decimals kept after scaling to 万/亿 or million; 4 keeps a printed figure exact */
  digits?: number;
  /** "CNY 162.6M" rather than "CNY 162.6 million" (headline cards) */
  compact?: boolean;
}

/** yuan -> "9054.05万元" / "1.23亿元" (zh) or "CNY 90.54 million" (en). */
export function formatYuan(
  yuan: number,
  lang: Lang,
  { digits = 2, compact = false }: FormatOptions = {},
): string {
  const abs = Math.abs(yuan);
  if (lang === "zh") {
    if (abs >= 1e8) return `${trim(yuan / 1e8, digits)}亿元`;
    if (abs >= 1e4) return `${trim(yuan / 1e4, digits)}万元`;
    return `${trim(yuan, 2)}元`;
  }
  if (abs >= 1e9) return `CNY ${trim(yuan / 1e9, digits)}${compact ? "B" : " billion"}`;
  if (abs >= 1e6) return `CNY ${trim(yuan / 1e6, digits)}${compact ? "M" : " million"}`;
  return `CNY ${grouped.format(yuan)}`;
}

/** A count of people or things: "2800", "6.99万" (zh, as Chinese papers print them), "69,900" (en). */
export function formatCount(n: number, lang: Lang, { digits = 2 }: FormatOptions = {}): string {
  if (lang === "zh") {
    if (Math.abs(n) >= 1e8) return `${trim(n / 1e8, digits)}亿`;
    if (Math.abs(n) >= 1e4) return `${trim(n / 1e4, digits)}万`;
    return trim(n, 2);
  }
  return grouped.format(n);
}

/** "2026-01-30" -> "2026年1月30日" (zh) or "30 Jan 2026" (en); null -> "—" */
export function formatDate(iso: string | null, lang: Lang): string {
  if (!iso) return "—";
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m || !d) return iso;
  if (lang === "zh") return `${y}年${m}月${d}日`;
  return `${d} ${MONTHS_EN[m - 1] ?? m} ${y}`;
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** month key "2026-01" -> "2026年1月" (zh) / "Jan 2026" (en) */
export function formatMonth(key: string, lang: Lang): string {
  const [y, m] = key.split("-").map(Number);
  if (!y || !m) return key;
  return lang === "zh" ? `${y}年${m}月` : `${MONTHS_EN[m - 1] ?? m} ${y}`;
}
