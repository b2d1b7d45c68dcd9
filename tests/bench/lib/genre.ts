/**
 * The genre's vocabulary for generated text: names, organisers, places as printed, and figures in
 * the shapes newspapers print them (万元/亿元, 余/近/超, Chinese numerals for small counts).
 * Shared by the page generator (corpus.ts) and the synthetic dataset (dataset.ts).
 */

import { COMPANY_PARTS, GIVEN, SURNAMES } from "./phrases.ts";
import type { PickedPlace } from "./places.ts";
import type { Rng } from "./rng.ts";

const CN_DIGITS = [..."零一二三四五六七八九"];

/** 3 -> "三", 45 -> "四十五", 10 -> "十" (only used below 100) */
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ""}`;
}

export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : "");
}

export interface Context {
  rng: Rng;
  place: PickedPlace;
  org: string;
  year: number;
  month: number;
  day: number;
}

function fmt(x: number, decimals: number): string {
  return decimals === 0 ? String(Math.round(x)) : x.toFixed(decimals).replace(/\.?0+$/, "");
}

function moneyFigure(rng: Rng): string {
  const r = rng.next();
  if (r < 0.06) return `${fmt(rng.logNormal(2, 0.8), 2)}亿元`;
  if (r < 0.12) return `${rng.int(2, 900) * 100}元`;
  const wan = rng.logNormal(120, 1.3);
  const text = fmt(wan, rng.chance(0.4) ? 2 : wan < 10 ? 1 : 0);
  return rng.chance(0.2) ? `${text}余万元` : `${text}万元`;
}

function countFigure(rng: Rng, unit: string, median: number): string {
  const n = Math.max(1, Math.round(rng.logNormal(median, 1)));
  if (n < 100 && rng.chance(0.12)) return `${chineseNumber(n)}${rng.chance(0.5) ? "余" : ""}${unit}`;
  if (n >= 10000 && rng.chance(0.6)) return `${fmt(n / 10000, 1)}万${unit}`;
  const q = rng.next();
  if (q < 0.2) return `${n}余${unit}`;
  if (q < 0.28) return `近${n}${unit}`;
  if (q < 0.33) return `超${n}${unit}`;
  return `${n}${unit}`;
}

function peopleFigure(rng: Rng): string {
  const n = Math.max(3, Math.round(rng.logNormal(800, 1.5)));
  if (n >= 10000) return `${rng.chance(0.3) ? "近" : ""}${fmt(n / 10000, 2)}万人`;
  return `${n}${rng.pick(["人", "余人", "名", "余名", "位"])}`;
}

function personTimes(rng: Rng): string {
  const n = Math.max(10, Math.round(rng.logNormal(5000, 1.4)));
  if (n >= 10000) return `${fmt(n / 10000, 1)}万${rng.chance(0.3) ? "余" : ""}人次`;
  return `${n}${rng.chance(0.3) ? "余" : ""}人次`;
}

function placeAsPrinted(rng: Rng, p: PickedPlace): string {
  const { province, city, district } = p;
  const d = district && rng.chance(0.6) ? district.name : "";
  if (p.municipality) return `${province.name}${d}`;
  const r = rng.next();
  if (r < 0.45) return `${province.name}${city.name}${d}`;
  if (r < 0.75) return `${province.short}${city.short}${d}`;
  return `${city.name}${d}`;
}

export function organizerFor(rng: Rng, p: PickedPlace): string {
  const r = rng.next();
  if (r < 0.15) return `${p.province.name}总工会`;
  if (r < 0.6 || !p.district) return `${p.city.name}总工会`;
  if (r < 0.9) return `${p.municipality ? "" : p.city.short}${p.district.name}总工会`;
  return `${p.city.name}${rng.pick(["交通运输", "建设", "教育", "卫生健康", "邮政"])}工会`;
}

export function fill(template: string, c: Context): string {
  const { rng, place } = c;
  return template.replace(/\{(\w+)\}/g, (_, token: string) => {
    switch (token) {
      case "date":
        return `${c.month}月${c.day}日`;
      case "year":
        return String(c.year);
      case "org":
        return c.org;
      case "loc":
        return placeAsPrinted(rng, place);
      case "short":
        return rng.chance(0.7) ? place.city.short : place.province.short;
      case "city":
        return place.city.name;
      case "prov":
        return place.province.name;
      case "money":
        return moneyFigure(rng);
      case "persons":
        return peopleFigure(rng);
      case "ptimes":
        return personTimes(rng);
      case "jia":
        return countFigure(rng, "家", 40);
      case "ge":
        return countFigure(rng, "个", 30);
      case "chang":
        return countFigure(rng, "场", 25);
      case "tao":
        return countFigure(rng, "套", 600);
      case "men":
        return countFigure(rng, "门", 20);
      case "qi":
        return countFigure(rng, "期", 12);
      case "name":
        return personName(rng);
      case "company":
        return `${rng.pick(COMPANY_PARTS.head)}${rng.pick(COMPANY_PARTS.trade)}${rng.pick(COMPANY_PARTS.form)}`;
      default:
        throw new Error(`unknown token {${token}}`);
    }
  });
}

export function dateline(rng: Rng): string {
  const reporters = Array.from({ length: rng.int(1, 2) }, () => personName(rng));
  const correspondents = rng.chance(0.6) ? [personName(rng)] : [];
  const role = rng.chance(0.15) ? "特约记者" : "记者";
  const sep = rng.chance(0.5) ? " " : "";
  const inner = [
    `${role}${sep}${reporters.join(" ")}`,
    ...correspondents.map((n) => `通讯员${sep}${n}`),
  ].join(" ");
  return rng.chance(0.6) ? `本报讯 (${inner})` : `本报讯(${inner})`;
}
