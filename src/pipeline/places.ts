import type { Place } from "../shared/schema.ts";
import {
  findPlaceMentions,
  type Gazetteer,
  type GazetteerEntry,
  isAncestor,
  isMunicipalCity,
  lineage,
  loadGazetteer,
  type Mention,
  type PlaceLevel,
} from "./gazetteer.ts";
import type { PageItem } from "./types.ts";

/**
 * Where an item's programme runs, and every administrative place it names.
 *
 * Evidence is weighted by where it stands: kicker > headline > subtitle > lead paragraph > body; a
 * place that is part of a company's name ("中国铁路上海局集团有限公司") or names a visiting delegation
 * ("连云港市总工会考察团一行") counts little, one that names a union ("洛阳市总工会", "贵州省总") counts extra. A place that only qualifies the next one ("浙江" in
 * "浙江宁波余姚市") lends its weight to that one. The place is then found top-down: the best-supported
 * province, then its best-supported city and district, descending only while the lower unit carries at
 * least half the weight of the unit above named on its own — so a province-wide drive that visits one
 * county in passing stays at province level.
 */

export interface ResolvedPlaces {
  /** where the programme runs; null when the item names no administrative place */
  place: Place | null;
  /** every place named, deduplicated, each in its most precise form, in order of first mention */
  places: Place[];
  /** some name several units share was left level by the item and `context` (see Mention.tied) */
  tied: boolean;
}

// Both are tried at a mention's end (sticky) and read at most 13 units after it. WEAK_AFTER: the place
// is part of a company's name, or names a delegation visiting elsewhere ("连云港市总工会考察团一行来到日照").
const WEAK_AFTER =
  /[^，。；、：！？“”‘’《》,;:!?\n]{0,10}?(?:集团|公司|有限|股份|银行|控股|考察团|代表团|参观团|学习团|考察组|一行)/y;
const UNION_AFTER = /(?:总工会|工会|总(?![结体计数量额共书]))/y;
/** a railway station named after the place ("海东站", "郑州东站"): where it stands, not who acts */
const STATION_AFTER = /[东西南北]?站(?![长点台])/y;
/** a stop of a touring campaign, not a railway station: "劳模工匠助企行·宁波站" */
const CAMPAIGN_STOP_BEFORE = new Set([0xb7, 0x30fb, 0x2022, 0x2027]);
/** The mention `m` names a railway station ("海东站"), not a campaign's stop ("…·宁波站"). */
function isStation(text: string, m: Mention): boolean {
  return !CAMPAIGN_STOP_BEFORE.has(text.charCodeAt(m.start - 1)) && matchesAt(STATION_AFTER, text, m.end);
}

/** where people come from, not where the programme runs: "来自上海、江苏、浙江的16支队伍" */
const ORIGIN_BEFORE = /来自[^，。；：,.;:！？!?\n]{0,12}$/u;
const isOrigin = (text: string, m: Mention) =>
  ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start));

/** `re` (sticky) matches at `at` in `text` */
function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}
const COMPANY_FACTOR = 0.3;
const UNION_FACTOR = 1.5;
const DESCEND_RATIO = 0.5;
// "全省", "省总", "市委" without a name before them refer to the unit already in focus: the matches,
// left to right and not overlapping, of /[全本]省|省总|省委|省政府/g, /[全本]市|市总|市委|市政府/g and
// /[全本][区县]|[区县]总|[区县]委/g (see `implicit`).
const IMPLICIT_UNITS: Record<PlaceLevel, readonly string[]> = {
  province: ["省"],
  city: ["市"],
  district: ["区", "县"],
};
const IMPLICIT_WEIGHT = 0.5;

/**
 * The item's place of action and every place it names. `context`: places the page stands in (its
 * paper's region, its section banner's "八闽"), which settle a name several units share ("鼓楼") when
 * the item itself does not; `page`: the places of the page's other items, weaker still (see FindOptions).
 */
export function resolvePlaces(
  item: PageItem,
  context: readonly GazetteerEntry[] = [],
  page: readonly GazetteerEntry[] = [],
): ResolvedPlaces {
  const g = loadGazetteer();
  // the item's non-empty parts, each with where it ends in `text` and its weight: kicker 5 (3 when it
  // names an organisation, see below), headline 4, subtitle 3, lead paragraph 2, other paragraphs 1
  const parts: string[] = [];
  const ends: number[] = [];
  const weights: number[] = [];
  addPart(parts, ends, weights, item.kicker, 5);
  addPart(parts, ends, weights, item.title, 4);
  addPart(parts, ends, weights, item.subtitle, 3);
  for (let i = 0; i < item.paragraphs.length; i++) {
    addPart(parts, ends, weights, item.paragraphs[i] as string, i === 0 ? 2 : 1);
  }
  const text = parts.join("\n");
  const mentions = findPlaceMentions(text, { lines: parts, context, page });
  if (mentions.length === 0) return { place: null, places: [], tied: false };
  let tied = false;
  for (let i = 0; i < mentions.length; i++) if ((mentions[i] as Mention).tied) tied = true;
  // a kicker that names an organisation ("甘肃邮政工会:") says whose programme it is, not where it
  // runs: it weighs as a subtitle ("贵州:", "德州德城区:" name only places and keep their weight)
  if (item.kicker && !namesOnlyPlaces(item.kicker, mentions)) weights[0] = ORG_KICKER_WEIGHT;

  // (loops and module functions, not closures: tsx names every closure as it is made)
  const own = new Map<GazetteerEntry, number>();
  let part = 0; // the part the mention starts in (mentions come in text order, and never start on a "\n")
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const next = mentions[i + 1];
    if (next?.chained && next.start === m.end) continue; // a qualifier: its child carries it
    while (part < ends.length && (ends[part] as number) <= m.start) part++;
    let w = part < ends.length ? (weights[part] as number) : 1;
    if (matchesAt(WEAK_AFTER, text, m.end) || isStation(text, m) || isOrigin(text, m)) w *= COMPANY_FACTOR;
    else if (matchesAt(UNION_AFTER, text, m.end)) w *= UNION_FACTOR;
    own.set(m.entry, (own.get(m.entry) ?? 0) + w);
  }

  const support = new Map<GazetteerEntry, number>();
  for (const [e, w] of own) for (const up of lineage(e, g)) support.set(up, (support.get(up) ?? 0) + w);
  const firstSeen = new Map<GazetteerEntry, number>();
  for (const m of mentions)
    for (const up of lineage(m.entry, g)) if (!firstSeen.has(up)) firstSeen.set(up, m.start);

  let at = best(support, firstSeen, null);
  if (!at || isRoundup(support, at)) return { place: null, places: placesOf(mentions, g), tied };
  // each level's count of bare references is asked for up to three times: counted once
  const implicitOf: Partial<Record<PlaceLevel, number>> = {};
  let ownAbove = (own.get(at) ?? 0) + implicitAt(implicitOf, text, mentions, "province");
  for (let child = best(support, firstSeen, at); child; child = best(support, firstSeen, at)) {
    if (isMunicipalCity(child, g)) {
      // the municipality's city unit is the province itself under another level
      at = child;
      ownAbove += (own.get(child) ?? 0) + implicitAt(implicitOf, text, mentions, "city");
      continue;
    }
    const childOwn = (own.get(child) ?? 0) + implicitAt(implicitOf, text, mentions, child.level);
    const childSupport = (support.get(child) ?? 0) + implicitAt(implicitOf, text, mentions, child.level);
    if (childSupport < DESCEND_RATIO * ownAbove) break;
    at = child;
    ownAbove = childOwn;
  }
  return { place: toPlace(at, g), places: placesOf(mentions, g), tied };
}

const ORG_KICKER_WEIGHT = 3;
/** what a kicker may hold besides place names: a closing colon, after 总工会 (a union named by its place) */
const KICKER_END = /(?:总工会|工会)?\s*[:：]?\s*$/u;
/** and brackets and spaces */
const KICKER_FRAME = /[【】[\]\s\u3000]/gu;

/**
 * The kicker (the first part of the joined text) holds nothing but place names: "贵州:", "【鼓楼】",
 * "德州德城区总工会:" (a union named only by its place), not "甘肃邮政工会:".
 */
function namesOnlyPlaces(kicker: string, mentions: readonly Mention[]): boolean {
  let named = 0;
  for (const m of mentions) if (m.end <= kicker.length) named += m.end - m.start;
  return named > 0 && named === kicker.replace(KICKER_END, "").replace(KICKER_FRAME, "").length;
}

/** Appends a non-empty part, with where it ends in the parts joined by "\n" and its weight. */
function addPart(
  parts: string[],
  ends: number[],
  weights: number[],
  part: string | null,
  weight: number,
): void {
  if (!part) return;
  const start = parts.length === 0 ? 0 : (ends[ends.length - 1] as number) + 1;
  parts.push(part);
  ends.push(start + part.length);
  weights.push(weight);
}

/** provinces a report must name, none standing out, to be a roundup of many (see isRoundup) */
const ROUNDUP_PROVINCES = 3;
/** how far the best-supported province must stand above the next for the item to be its */
const ROUNDUP_LEAD = 1.5;

/**
 * A roundup of several provinces' programmes ("在河北,… 在江苏,… 在广东,…"): three provinces or more
 * named, the best supported less than ROUNDUP_LEAD times the next (provinces people come from weigh
 * little: an event "在安徽芜湖" with teams "来自上海、江苏、浙江" is 芜湖's). Its place is none of them.
 */
function isRoundup(support: ReadonlyMap<GazetteerEntry, number>, top: GazetteerEntry): boolean {
  let provinces = 0;
  let second = 0;
  for (const [e, s] of support) {
    if (e.parent !== null) continue;
    provinces++;
    if (e !== top && s > second) second = s;
  }
  return provinces >= ROUNDUP_PROVINCES && (support.get(top) ?? 0) < ROUNDUP_LEAD * second;
}

/** The best-supported unit directly under `parent` (a province for null); ties go to the first named. */
function best(
  support: ReadonlyMap<GazetteerEntry, number>,
  firstSeen: ReadonlyMap<GazetteerEntry, number>,
  parent: GazetteerEntry | null,
): GazetteerEntry | undefined {
  let top: GazetteerEntry | undefined;
  for (const [e, s] of support) {
    if (e.parent !== (parent?.adcode ?? null) || s <= 0) continue;
    const ts = top ? (support.get(top) ?? 0) : -1;
    if (!top || s > ts || (s === ts && (firstSeen.get(e) ?? 0) < (firstSeen.get(top) ?? 0))) top = e;
  }
  return top;
}

function implicitAt(
  memo: Partial<Record<PlaceLevel, number>>,
  text: string,
  mentions: readonly Mention[],
  level: PlaceLevel,
): number {
  const known = memo[level];
  if (known !== undefined) return known;
  const n = implicit(text, mentions, level);
  memo[level] = n;
  return n;
}

/** Bare references to a unit of `level` outside any mention ("全省", "市总"), times their weight. */
export function implicit(text: string, mentions: readonly Mention[], level: PlaceLevel): number {
  // Every match holds a unit character (省, 市, 区 or 县) as its first or second character, where it
  // refers back: the unit characters are visited in order, a match starting just before one tried
  // first, and none may overlap the one before (what the regex's global scan finds).
  const [u1, u2] = IMPLICIT_UNITS[level] as [string, string | undefined];
  let n = 0;
  let free = 0; // the end of the last match
  // the unit characters in order, found by indexOf (the engine's fast search, most text has few)
  let next1 = text.indexOf(u1);
  let next2 = u2 === undefined ? -1 : text.indexOf(u2);
  while (next1 >= 0 || next2 >= 0) {
    let j: number;
    if (next2 < 0 || (next1 >= 0 && next1 < next2)) {
      j = next1;
      next1 = text.indexOf(u1, j + 1);
    } else {
      j = next2;
      next2 = text.indexOf(u2 as string, j + 1);
    }
    let end = -1;
    const before = j > 0 ? text.charCodeAt(j - 1) : 0;
    const after = text.charCodeAt(j + 1);
    // 全 本 before it; else 总 委 after it, or 政府 (not for districts)
    if (j - 1 >= free && (before === 0x5168 || before === 0x672c)) end = j + 1;
    else if (j >= free && (after === 0x603b || after === 0x59d4)) end = j + 2;
    else if (j >= free && level !== "district" && after === 0x653f && text.charCodeAt(j + 2) === 0x5e9c) {
      end = j + 3;
    }
    if (end < 0) continue;
    free = end;
    // "洛阳市总" is an explicit name; only a bare "市总" refers back to the unit in focus
    if (!mentions.some((x) => x.start <= j && j < x.end)) n++;
  }
  return n * IMPLICIT_WEIGHT;
}

function placesOf(mentions: readonly Mention[], g: Gazetteer): Place[] {
  const seen: GazetteerEntry[] = [];
  for (const m of mentions) if (!seen.includes(m.entry)) seen.push(m.entry);
  return seen.filter((e) => !seen.some((o) => isAncestor(e, o, g))).map((e) => toPlace(e, g));
}

const placesByGazetteer = new WeakMap<Gazetteer, Map<GazetteerEntry, Place>>();

/**
 * A gazetteer unit as a dataset Place: names of its province, city and district, its own code and point.
 * One frozen object per unit, shared by every record that names it (a record keeps its places for the
 * whole build; see retention.ts): a Place is never changed once made, and frozen it cannot be.
 */
export function toPlace(entry: GazetteerEntry, g: Gazetteer = loadGazetteer()): Place {
  let made = placesByGazetteer.get(g);
  if (made === undefined) {
    made = new Map();
    placesByGazetteer.set(g, made);
  }
  const known = made.get(entry);
  if (known !== undefined) return known;
  const place = Object.freeze(placeOf(entry, g));
  made.set(entry, place);
  return place;
}

/** The Place of `entry` built afresh (what `toPlace` shares). */
export function placeOf(entry: GazetteerEntry, g: Gazetteer = loadGazetteer()): Place {
  const chain = lineage(entry, g);
  const province = chain[0] as GazetteerEntry;
  const unit = isMunicipalCity(entry, g) ? province : entry;
  // a province-level 市 is a municipality: its city repeats its name
  const municipality = province.name.endsWith("市");
  const city = chain.find((e) => e.level === "city")?.name ?? (municipality ? province.name : null);
  return {
    province: province.name,
    city,
    district: chain.find((e) => e.level === "district")?.name ?? null,
    adcode: unit.adcode,
    lat: unit.lat,
    lng: unit.lng,
    level: unit.level,
  };
}
