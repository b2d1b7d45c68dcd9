import type { Place } from "../shared/schema.ts";
import { findPlaceMentions, type Mention } from "./gazetteer.ts";
import type { PageItem } from "./types.ts";
import { foldWidth } from "./width.ts";

/**
 * The organisation behind an item: the union it names (X总工会, X工会, X工会联合会), as printed; if
 * no union is named, the organisation that held the event ("…公寓段开展…").
 *
 * The kicker, headline and subtitle come first, then the lead paragraph, then the body. Within one of
 * these a union with a place in its name, or a 总工会, beats a workplace union, and one in the item's
 * place beats one elsewhere. Headlines drop formal levels ("德州德城区总工会" for 德城区总工会): a name
 * that starts with short place forms loses them, as long as something more than the bare suffix stays.
 */

const UNION_SUFFIX = /工会联合会|工会委员会|总工会|工会/g;
// Characters that end the name when walking back from the suffix: particles and verbs that introduce an
// organisation ("由朝阳区总工会主办", "来自贵州省总工会", "这里是洛阳市总工会").
const STOP = new Set("由据是在自向对与和及从经让为把将被给等了的以到至赴于同并即称还也都又就");
/** /[\u3400-\u9fff（）()]/ by code unit */
const isNameUnit = (c: number) =>
  (c >= 0x3400 && c <= 0x9fff) || c === 0xff08 || c === 0xff09 || c === 0x28 || c === 0x29;
// Verbs a union's name never holds: walking back from "楼宇工会" in "郑州金水区推进楼宇工会建设" stops
// at 推进, so the verb's object ("楼宇工会") is not read as "金水区推进楼宇工会". (联合 and 发展 are left
// out: "商圈联合工会", "城建发展集团工会".)
const STOP_VERB = new Set([
  "推进",
  "推动",
  "开展",
  "举办",
  "举行",
  "组织",
  "启动",
  "召开",
  "成立",
  "组建",
  "建立",
  "建起",
  "指导",
  "部署",
  "加强",
  "深化",
  "实施",
  "打造",
  "探索",
  "依托",
  "通过",
  "围绕",
  "聚焦",
  "覆盖",
  "引导",
  "帮助",
  "支持",
]);
/** STOP as a table by code unit, STOP_VERB as pairs of code units (first * 0x10000 + second) */
const STOP_UNITS = new Uint8Array(0x10000);
for (const ch of STOP) STOP_UNITS[ch.charCodeAt(0)] = 1;
const STOP_VERB_PAIRS = new Set([...STOP_VERB].map((v) => v.charCodeAt(0) * 0x10000 + v.charCodeAt(1)));

/** The mention that ends at `end`, if any (the first, as `find` gives it). */
function mentionEndingAt(mentions: readonly Mention[], end: number): Mention | undefined {
  for (const x of mentions) if (x.end === end) return x;
  return undefined;
}

const GENERIC_START = /^[各该本这那其每全多几某一两上下个]/;
const GENERIC = /^(?:企业|基层|产业|行业|地方|单位|公司|机关|班组|车间|会员|职工)$/;
const ORG_END =
  /(?:集团|公司|街道|镇|乡|村|社区|局|院|厂|矿|站|段|系统|大学|学校|医院|中心|协会|委员会|办|所|队|部|厅|委|行|店|园区|联盟|基地)$/;
const ADMIN_START = /^[省市区县州]/;
const MAX_NAME = 32;
const FORMAL_UNION = /总工会|工会联合会/;

/** Both names lead with mentions of the same administrative unit (the last, most precise one). */
function samePlace(a: Found, b: Found): boolean {
  const last = a.mentions.at(-1)?.entry.adcode;
  return last !== undefined && last === b.mentions.at(-1)?.entry.adcode;
}

interface Found {
  name: string;
  start: number;
  /** the name has a place in it, or is a 总工会 */
  specific: boolean;
  mentions: Mention[];
}

/** Unions named in `text`, in order; `lines`: the parts it was joined from with "\n", if known. */
export function findUnions(text: string, lines?: readonly string[]): Found[] {
  const out: Found[] = [];
  // the places are looked for only in a text that names a union (headlines mostly name none)
  let mentions: Mention[] | null = null;
  for (const m of text.matchAll(UNION_SUFFIX)) {
    mentions ??= findPlaceMentions(text, lines ? { lines } : {});
    const suffixAt = m.index;
    let i = suffixAt;
    while (i > 0 && suffixAt - i < MAX_NAME) {
      const place = mentionEndingAt(mentions, i);
      if (place) {
        i = place.start;
        continue;
      }
      // (read by code unit, without one-character strings: a name unit, not a STOP, no STOP_VERB ending here)
      const c = text.charCodeAt(i - 1);
      if (
        !isNameUnit(c) ||
        STOP_UNITS[c] === 1 ||
        (i >= 2 && STOP_VERB_PAIRS.has(text.charCodeAt(i - 2) * 0x10000 + c))
      )
        break;
      i--;
    }
    const stem = text.slice(i, suffixAt);
    if (stem.length < 2 || GENERIC_START.test(stem) || GENERIC.test(stem)) continue;
    const inside = mentions.filter((x) => x.start >= i && x.end <= suffixAt);
    const isTotal = m[0] === "总工会";
    if (!isTotal && inside.length === 0 && !ADMIN_START.test(stem) && !ORG_END.test(stem)) continue;
    const name = trimShortPrefix(text.slice(i, suffixAt + m[0].length), i, inside, m[0].length);
    out.push({ name, start: i, specific: isTotal || inside.length > 0, mentions: inside });
  }
  return out;
}

/** "浙江余姚阳明街道总工会" -> 阳明街道总工会; "德州德城区总工会" -> 德城区总工会; "贵州总工会" stays. */
function trimShortPrefix(
  name: string,
  start: number,
  inside: readonly Mention[],
  suffixLength: number,
): string {
  let cut = 0;
  for (const m of inside) {
    if (m.start - start !== cut || m.form !== "short") break;
    const rest = name.length - (m.end - start);
    if (rest <= suffixLength) break;
    cut = m.end - start;
  }
  return name.slice(cut);
}

const EVENT_VERB = /开展|举办|举行|组织|启动|推出|发起|携手|联合/;
const LEADING_TIME = /^(?:\d{1,2}月\d{1,2}日|日前|近日|近期|当天|今年|去年|\d{4}年)/;

/** "中国铁路上海局集团有限公司南京房建公寓段开展…" -> the clause subject, when it looks like an organisation. */
function findHolder(text: string): string | null {
  // clauses and leading dates are found on the width-folded text ("７月３日，"), the name is sliced
  // from the text as printed
  const shape = foldWidth(text);
  for (const clause of shape.matchAll(/[^。，；！？：,;!?:\n]+/gu)) {
    const verb = EVENT_VERB.exec(clause[0]);
    if (!verb) continue;
    const head = clause[0].slice(0, verb.index);
    const lead = /^\s*/u.exec(head)?.[0].length ?? 0;
    const time = LEADING_TIME.exec(head.slice(lead))?.[0].length ?? 0;
    const by = head.startsWith("由", lead + time) ? 1 : 0;
    const from = clause.index + lead + time + by;
    const subject = text.slice(from, clause.index + head.length).trim();
    if (subject.length >= 3 && subject.length <= 40 && ORG_END.test(subject) && !/[“”"]/.test(subject)) {
      return subject;
    }
  }
  return null;
}

function matchesPlace(f: Found, place: Place | null): boolean {
  if (!place) return false;
  const names = [place.district, place.city, place.province];
  return f.mentions.some((m) => names.includes(m.entry.name));
}

// module functions rather than closures: tsx names every closure as it is made (keepNames)
const rank = (f: Found, place: Place | null) => (f.specific ? 0 : 2) + (matchesPlace(f, place) ? 0 : 1);
const unionsIn = (tier: (string | null)[]) => {
  const lines = tier.filter((t): t is string => !!t);
  return findUnions(lines.join("\n"), lines);
};

/** The organising union as printed (see module comment), else the event's holder, else null. */
export function extractOrganizer(item: PageItem, place: Place | null): string | null {
  const tiers: (string | null)[][] = [
    [item.kicker, item.title, item.subtitle],
    [item.paragraphs[0] ?? null],
    item.paragraphs.slice(1),
  ];
  for (const [i, tier] of tiers.entries()) {
    const found = unionsIn(tier);
    if (found.length === 0) continue;
    const best = found.reduce((a, b) => (rank(b, place) < rank(a, place) ? b : a));
    // Headlines shorten: "邯郸工会" over a lead that prints "河北省邯郸市总工会". Take the lead's
    // formal name when it names a union of the same place.
    if (i === 0 && !FORMAL_UNION.test(best.name)) {
      const sameFormal = unionsIn(tiers[1] ?? []).find(
        (f) => FORMAL_UNION.test(f.name) && samePlace(f, best),
      );
      if (sameFormal) return sameFormal.name;
    }
    return best.name;
  }
  for (const tier of tiers) {
    for (const t of tier) {
      const holder = t ? findHolder(t) : null;
      if (holder) return holder;
    }
  }
  return null;
}
