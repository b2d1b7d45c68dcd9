import { readFileSync } from "node:fs";
import { z } from "zod";
import { PairFilter } from "./pair-filter.ts";

/**
 * The national gazetteer (data/gazetteer.json, built by scripts/build-gazetteer.ts) and a single-pass
 * matcher for administrative place names in running text.
 */

export type PlaceLevel = "province" | "city" | "district";

export interface GazetteerEntry {
  /** 6-digit GB/T 2260 code */
  adcode: string;
  /** full official name: "宁夏回族自治区", "余姚市" */
  name: string;
  /** adcode of the parent unit; null for provinces. Municipal districts hang under "110100 北京市". */
  parent: string | null;
  level: PlaceLevel;
  /** degrees, 4 decimals: seat of government where the map data has it */
  lat: number;
  lng: number;
  /** short forms: "宁夏", "延边" / "延边州", "余姚" */
  aliases: readonly string[];
  /** true when the coordinates are the parent's (unit missing from the map data) */
  approximate: boolean;
}

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  byAdcode: ReadonlyMap<string, GazetteerEntry>;
}

const rowSchema = z.tuple([
  z.string().regex(/^\d{6}$/),
  z.string().min(1),
  z.string(),
  z.enum(["province", "city", "district"]),
  z.number(),
  z.number(),
  z.array(z.string()),
  z.number(),
]);
const fileSchema = z.object({ units: z.array(rowSchema) });

let cached: Gazetteer | undefined;

/** Reads data/gazetteer.json once per process. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const raw = readFileSync(new URL("../../data/gazetteer.json", import.meta.url), "utf8");
  const parsed = fileSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`data/gazetteer.json is malformed: ${parsed.error.message}`);
  const entries = parsed.data.units.map(
    ([adcode, name, parent, level, lat, lng, aliases, approx]): GazetteerEntry => ({
      adcode,
      name,
      parent: parent === "" ? null : parent,
      level,
      lat,
      lng,
      aliases,
      approximate: approx === 1,
    }),
  );
  cached = { entries, byAdcode: new Map(entries.map((e) => [e.adcode, e])) };
  return cached;
}

const lineages = new WeakMap<Gazetteer, Map<GazetteerEntry, readonly GazetteerEntry[]>>();

/** The chain from the province down to `entry`, inclusive (worked out once per unit, then shared). */
export function lineage(entry: GazetteerEntry, g: Gazetteer = loadGazetteer()): readonly GazetteerEntry[] {
  let known = lineages.get(g);
  if (known === undefined) {
    known = new Map();
    lineages.set(g, known);
  }
  const hit = known.get(entry);
  if (hit !== undefined) return hit;
  const chain = [entry];
  for (let p = entry.parent; p !== null; ) {
    const up = g.byAdcode.get(p);
    if (!up) break;
    chain.unshift(up);
    p = up.parent;
  }
  known.set(entry, chain);
  return chain;
}

export function isAncestor(a: GazetteerEntry, b: GazetteerEntry, g: Gazetteer = loadGazetteer()): boolean {
  for (let p = b.parent; p !== null; p = g.byAdcode.get(p)?.parent ?? null) if (p === a.adcode) return true;
  return false;
}

const placeNames = new WeakMap<Gazetteer, ReadonlySet<string>>();

/** Some unit is called `name`, in full or short ("长汀县", "长汀"), as a whole string. */
export function isPlaceName(name: string, g: Gazetteer = loadGazetteer()): boolean {
  let names = placeNames.get(g);
  if (names === undefined) {
    const set = new Set<string>();
    for (const e of g.entries) {
      set.add(e.name);
      for (const a of e.aliases) set.add(a);
    }
    placeNames.set(g, set);
    names = set;
  }
  return names.has(name);
}

/** A municipality's city unit repeats the province name and is never matched on its own. */
export function isMunicipalCity(e: GazetteerEntry, g: Gazetteer = loadGazetteer()): boolean {
  return e.level === "city" && e.parent !== null && g.byAdcode.get(e.parent)?.name === e.name;
}

export interface Mention {
  /** UTF-16 offsets into the text, end exclusive */
  start: number;
  end: number;
  /** as printed */
  text: string;
  form: "full" | "short";
  /** the reading chosen from context */
  entry: GazetteerEntry;
  /** every reading that was possible; more than one for names such as 朝阳区 or 鼓楼区 */
  candidates: readonly GazetteerEntry[];
  /** immediately preceded by a mention of an ancestor: "宁波" in "浙江宁波", "海港区" in "秦皇岛海港区" */
  chained: boolean;
  /** a shared name that neither the text nor `context` settled ("鼓楼区" alone): `page` or the code did */
  tied: boolean;
}

export interface FindOptions {
  /** places known from elsewhere (e.g. the rest of the page), used only to break ties between readings */
  context?: readonly GazetteerEntry[];
  /**
   * places of the page's other items: weaker than any evidence of the text or `context`, they choose
   * only between readings those leave level ("鼓楼区总工会" alone on a page of 福建's counties)
   */
  page?: readonly GazetteerEntry[];
  /**
   * The parts `text` is (the caller's contract: `text === lines.join("\n")`): the scans of recent lines
   * are remembered by line, and an item's own strings (title, paragraphs) keep the hash the engine
   * computed at the first lookup, where a line sliced from `text` is a new string to hash every time.
   * Ignored when a part holds a "\n" or the lengths do not add up.
   */
  lines?: readonly string[];
}

interface Key {
  entry: GazetteerEntry;
  form: "full" | "short";
  /** a full name ending in 区 ("海南区域" is a region, not 海南区) */
  endsInQu: boolean;
  /** a weak full name: a district named by two characters or only generic ones (see acceptAt) */
  weak: boolean;
}
/**
 * The trie of full names and short forms, in typed arrays: nodes are numbers (0 = none), the first
 * level is a table by code unit (most positions of a text start no name at all), deeper edges are an
 * open-addressing hash of (node, code unit) -> child.
 */
interface Trie {
  first: Int32Array;
  /** names ending at each node; undefined for most */
  keys: (Key[] | undefined)[];
  /** slot h at 4h: parent node, code unit, child (one cache line holds four slots) */
  edges: Int32Array;
  mask: number;
  /** the first two code units of every name */
  pairs: PairFilter;
  /** every name has two code units or more, so a position whose pair `pairs` denies starts none */
  pairsDecide: boolean;
  /**
   * What the scan must look at a unit for, one byte per code unit (UNIT_TRADITIONAL, UNIT_COMMON,
   * UNIT_NAME): most units of running text are none of these and cost the scan one read.
   */
  unitFlags: Uint8Array;
}

/** a traditional form the scan folds (see simplify) */
const UNIT_TRADITIONAL = 1;
/** the first unit of a COMMON_WORDS word */
const UNIT_COMMON = 2;
/** the first unit of a name (`trie.first` has it) */
const UNIT_NAME = 4;

const edgeSlot = (node: number, unit: number, mask: number) =>
  (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;

function childOf(trie: Trie, node: number, unit: number): number {
  for (let h = edgeSlot(node, unit, trie.mask); ; h = (h + 1) & trie.mask) {
    const n = trie.edges[h << 2] as number;
    if (n === 0) return 0;
    if (n === node && trie.edges[(h << 2) + 1] === unit) return trie.edges[(h << 2) + 2] as number;
  }
}

const tries = new WeakMap<Gazetteer, Trie>();

function trieFor(g: Gazetteer): Trie {
  const hit = tries.get(g);
  if (hit) return hit;
  const words: [string, Key][] = [];
  for (const e of g.entries) {
    if (isMunicipalCity(e, g)) continue;
    const weak = e.level === "district" && (e.name.length <= 2 || GENERIC_NAME.test(e.name));
    words.push([e.name, { entry: e, form: "full", endsInQu: e.name.endsWith("区"), weak }]);
    for (const a of e.aliases) {
      if (a.length >= 2) words.push([a, { entry: e, form: "short", endsInQu: false, weak: false }]);
    }
  }
  let units = 0;
  for (const [w] of words) units += w.length;
  let size = 1024;
  while (size < units * 2) size *= 2;
  const trie: Trie = {
    first: new Int32Array(0x10000),
    keys: [undefined],
    edges: new Int32Array(size * 4),
    mask: size - 1,
    pairs: new PairFilter(),
    pairsDecide: true,
    unitFlags: new Uint8Array(0x10000),
  };
  const newNode = () => trie.keys.push(undefined) - 1;
  for (const [word, key] of words) {
    // The text is walked one UTF-16 unit at a time, so a name with a character outside the BMP could
    // never be reached: it is left out rather than stored under units it would never be looked up by.
    if (word.length === 0 || /[\ud800-\udfff]/.test(word)) continue;
    const c0 = word.charCodeAt(0);
    if (word.length >= 2) trie.pairs.add(c0, word.charCodeAt(1));
    else trie.pairsDecide = false;
    let node = trie.first[c0] || newNode();
    trie.first[c0] = node;
    for (let i = 1; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = childOf(trie, node, c);
      if (child === 0) {
        child = newNode();
        let h = edgeSlot(node, c, trie.mask);
        while (trie.edges[h << 2] !== 0) h = (h + 1) & trie.mask;
        trie.edges[h << 2] = node;
        trie.edges[(h << 2) + 1] = c;
        trie.edges[(h << 2) + 2] = child;
      }
      node = child;
    }
    const keys = trie.keys[node] ?? [];
    keys.push(key);
    trie.keys[node] = keys;
  }
  for (let c = 0; c < 0x10000; c++) {
    trie.unitFlags[c] =
      (IS_TRAD[c] === 1 ? UNIT_TRADITIONAL : 0) |
      (COMMON_FIRST[c] === 1 ? UNIT_COMMON : 0) |
      (trie.first[c] !== 0 ? UNIT_NAME : 0);
  }
  tries.set(g, trie);
  return trie;
}

// Traditional forms of characters common in place names, mapped one-to-one so offsets survive.
const TRADITIONAL = new Map(
  [
    ..."東东區区縣县廣广門门龍龙興兴陽阳濟济蘇苏臺台灣湾漢汉慶庆寧宁遼辽貴贵雲云陝陕黃黄島岛鄉乡鎮镇長长瀋沈爾尔齊齐蘭兰烏乌魯鲁內内廈厦鄭郑開开華华嶺岭寶宝雞鸡無无錫锡揚扬鹽盐連连溫温紹绍麗丽莊庄澤泽瀘泸綿绵張张銀银總总會会國国鐵铁灘滩贛赣閩闽義义陸陆萊莱濱滨",
  ].flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1] ?? c] as const] : [])),
);
const TRAD_RE = new RegExp(`[${[...TRADITIONAL.keys()].join("")}]`, "g");
const IS_TRAD = new Uint8Array(0x10000);
for (const c of TRADITIONAL.keys()) IS_TRAD[c.charCodeAt(0)] = 1;
function simplify(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (IS_TRAD[text.charCodeAt(i)] === 1) return text.replace(TRAD_RE, (c) => TRADITIONAL.get(c) ?? c);
  }
  return text;
}

const isCjkUnit = (c: number) => c >= 0x3400 && c <= 0x9fff;
// Characters after which a name plausibly starts a new word: particles, verbs of motion, dates, and the
// last character of an administrative or organisational name ("…有限公司南京房建").
const WORD_BOUNDARY_BEFORE = new Uint8Array(0x10000);
for (const c of "在赴到至于和与及同从向对往来去达抵经由自将把被给为是有的了进入驻访年月日省市区县州盟旗镇乡村局司院厅部委所站队段处团校国路") {
  WORD_BOUNDARY_BEFORE[c.charCodeAt(0)] = 1;
}
// A name followed by one of these is certainly meant as an institution's place: "新县总工会".
const INSTITUTION_AFTER = /^(?:总工会|工会|委|人民|政府|党委)/;
// Names made only of generic characters (城区, 郊区, 城西区, 新城区, 市中区) are words as often as places.
const GENERIC_NAME = /^[城东西南北中新郊矿关老市]+[区县市]$/;
const QU = 0x533a; // 区
const YU = 0x57df; // 域
/** 区 县 市 旗, as code units (checked at every county short form the trie finds) */
const isCountySuffix = (c: number) => c === QU || c === 0x53bf || c === 0x5e02 || c === 0x65d7;
// Everyday words that begin with a place name: never a mention.
const COMMON_WORD_LIST = [
  "大理石",
  "三明治",
  "哈密瓜",
  "普洱茶",
  "和田玉",
  "长治久安",
  "阿里巴巴",
  "玉树临风",
  "大同小异",
  // zones and cooperatives named for what they do, not for 合作市 (甘南): "深度合作区", "专业合作社"
  "合作区",
  "合作社",
];
const COMMON_WORDS = new RegExp(`(?:${COMMON_WORD_LIST.join("|")})`, "y");
/** first characters of COMMON_WORD_LIST: the regex runs only where one of them stands */
const COMMON_FIRST = new Uint8Array(0x10000);
for (const w of COMMON_WORD_LIST) COMMON_FIRST[w.charCodeAt(0)] = 1;

function boundaryBefore(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const prev = text.charCodeAt(pos - 1);
  return !isCjkUnit(prev) || WORD_BOUNDARY_BEFORE[prev] === 1;
}

interface Raw {
  start: number;
  end: number;
  form: "full" | "short";
  candidates: GazetteerEntry[];
  chained: boolean;
  /** weak full name awaiting corroboration by a related place elsewhere in the text */
  pending: boolean;
}

/**
 * The names of the trie that start at `pos`, longest first: `ends[k]` and `keys[k]` for k < the count
 * returned. The arrays are reused by the caller.
 */
function matchesAt(trie: Trie, text: string, pos: number, ends: number[], keys: Key[][]): number {
  const c0 = text.charCodeAt(pos);
  let node = trie.first[c0] as number;
  let n = 0;
  for (let i = pos + 1; node !== 0; i++) {
    const found = trie.keys[node];
    if (found !== undefined) {
      ends[n] = i;
      keys[n] = found;
      n++;
    }
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    if (i === pos + 1 && !trie.pairs.mayHave(c0, c)) break; // no name starts with these two
    node = childOf(trie, node, c);
  }
  // shortest first as found; reverse in place so the longest comes first
  for (let a = 0, b = n - 1; a < b; a++, b--) {
    const e = ends[a] as number;
    ends[a] = ends[b] as number;
    ends[b] = e;
    const k = keys[a] as Key[];
    keys[a] = keys[b] as Key[];
    keys[b] = k;
  }
  return n;
}

/**
 * Raw matches of one line of text (no "\n" inside): every rule of the scan looks only at the line
 * itself (the character before a name, a few after it, the match just before it), so a text's scan is
 * the concatenation of its lines' scans. Lines repeat between callers (`resolvePlaces` reads the whole
 * item, `extractOrganizer` its headline and paragraphs again), so recent lines are remembered.
 */
function scanLine(norm: string, g: Gazetteer, trie: Trie): Raw[] {
  return scanLineIf(norm, g, trie, false) as Raw[];
}

/**
 * `scanLine(simplify(line))` without a walk of its own for `simplify`: the line is scanned as it is,
 * every unit checked for a traditional form on the way (the scan reads each position's unit anyway;
 * units it jumps over are checked when it jumps); only a line that has one is simplified and scanned
 * again. (Rules may have looked ahead at a traditional unit before it was checked, but then that scan
 * is thrown away.)
 */
function scanLineSimplified(line: string, g: Gazetteer, trie: Trie): Raw[] {
  return scanLineIf(line, g, trie, true) ?? scanLine(simplify(line), g, trie);
}

/** The scan of `norm`; with `untilTraditional`, null as soon as the line is known to hold a traditional unit. */
function scanLineIf(norm: string, g: Gazetteer, trie: Trie, untilTraditional: boolean): Raw[] | null {
  const raws: Raw[] = [];
  const ends = ENDS;
  const keys = KEYS;
  const flags = trie.unitFlags;
  for (let pos = 0; pos < norm.length; ) {
    const c = norm.charCodeAt(pos);
    const f = flags[c] as number;
    if (f === 0) {
      pos++;
      continue;
    }
    // (every unit is checked: those the scan stands on here, those it jumps over where it jumps)
    if (untilTraditional && (f & UNIT_TRADITIONAL) !== 0) return null;
    if ((f & UNIT_COMMON) !== 0) {
      COMMON_WORDS.lastIndex = pos;
      const blocked = COMMON_WORDS.exec(norm);
      if (blocked) {
        if (untilTraditional && traditionalIn(norm, pos + 1, pos + blocked[0].length)) return null;
        pos += blocked[0].length;
        continue;
      }
    }
    // the 16 kB pair filter next: most positions where a name could start start none, and the 256 kB
    // first-level table need not be read for them
    const denied =
      trie.pairsDecide && (pos + 1 >= norm.length || !trie.pairs.mayHave(c, norm.charCodeAt(pos + 1)));
    if (denied || (f & UNIT_NAME) === 0) {
      pos++;
      continue;
    }
    const count = matchesAt(trie, norm, pos, ends, keys);
    const prev = raws.at(-1);
    const adjacent = prev !== undefined && prev.end === pos;
    let taken: Raw | undefined;
    for (let m = 0; m < count && !taken; m++) {
      taken = acceptAt(norm, pos, ends[m] as number, keys[m] as Key[], adjacent ? prev : undefined, g);
    }
    if (!taken) {
      pos++;
      continue;
    }
    // "济南市中区" is 济南 + 市中区, not 济南市 + 中区: give the level suffix back when a child's full
    // name starts on it and the name without it is a short form of the same unit
    if (taken.form === "full" && taken.candidates.length === 1) {
      const unit = taken.candidates[0] as GazetteerEntry;
      const n = matchesAt(trie, norm, taken.end - 1, CHILD_ENDS, CHILD_KEYS);
      let child = false;
      for (let k = 0; k < n && !child; k++) child = hasFullChild(CHILD_KEYS[k] as Key[], unit, g);
      if (child && unit.aliases.includes(norm.slice(pos, taken.end - 1))) {
        taken.end -= 1;
        taken.form = "short";
      }
    }
    raws.push(taken);
    if (untilTraditional && traditionalIn(norm, pos + 1, taken.end)) return null;
    pos = taken.end;
  }
  return raws;
}

/** scratch of the scan (matchesAt fills them; each is read before the next fill) */
const ENDS: number[] = [];
const KEYS: Key[][] = [];
const CHILD_ENDS: number[] = [];
const CHILD_KEYS: Key[][] = [];

/** Some key is the full name of a unit under `unit`. */
function hasFullChild(keys: readonly Key[], unit: GazetteerEntry, g: Gazetteer): boolean {
  for (const key of keys) if (key.form === "full" && isAncestor(unit, key.entry, g)) return true;
  return false;
}

/** A unit in [from, to) of `text` has a traditional form the scan folds. */
function traditionalIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (IS_TRAD[text.charCodeAt(i)] === 1) return true;
  return false;
}

const LINE_CACHE_MAX = 512;
const lineCache = new Map<string, readonly Raw[]>();
let lineCacheFor: Gazetteer | undefined;

function scanLineCached(line: string, g: Gazetteer, trie: Trie): readonly Raw[] {
  const hit = lineCache.get(line);
  if (hit) return hit;
  const raws = scanLineSimplified(line, g, trie);
  if (lineCache.size >= LINE_CACHE_MAX) lineCache.clear();
  lineCache.set(line, raws);
  return raws;
}

/**
 * All administrative place mentions in `text`, left to right, longest match first, in one pass over a
 * trie of full names and short forms. Short forms are held to stricter rules than full names:
 * - a province or prefecture short of two characters must start a word ("赴贵阳", not "推广安全");
 * - a county short ("余姚", "海港") counts only right after an ancestor ("宁波余姚") or with a level
 *   suffix of its own ("余姚县");
 * - generic full names (城区, 城西区, 市中区) and two-character county names (新县) need an ancestor just
 *   before them, an institution after them, or an ancestor elsewhere in the text.
 * Names shared by several units are resolved by the other places in the text, then by `options.context`.
 */
export function findPlaceMentions(text: string, options: FindOptions = {}): Mention[] {
  const g = loadGazetteer();
  const trie = trieFor(g);
  // the cached scans of the lines themselves (read only), each with its line's offset in `text`
  const raws: Raw[] = [];
  const offsets: number[] = [];
  if (g !== lineCacheFor) {
    lineCache.clear();
    lineCacheFor = g;
  }
  const lines = options.lines !== undefined && areLinesOf(options.lines, text) ? options.lines : null;
  for (let from = 0, k = 0; from <= text.length; k++) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    if (to > from) {
      const line = lines !== null ? (lines[k] as string) : text.slice(from, to);
      for (const r of scanLineCached(line, g, trie)) {
        raws.push(r);
        offsets.push(from);
      }
    }
    from = to + 1;
  }
  return resolve(raws, offsets, text, options.context ?? [], options.page ?? [], g);
}

/** No line holds a "\n" and they add up to `text` joined with "\n": by the contract, its lines. */
function areLinesOf(lines: readonly string[], text: string): boolean {
  let length = lines.length - 1;
  for (const line of lines) {
    if (line.includes("\n")) return false;
    length += line.length;
  }
  return length === text.length;
}

/** Some unit of `candidates` is an ancestor of `entry`. */
function hasAncestorIn(candidates: readonly GazetteerEntry[], entry: GazetteerEntry, g: Gazetteer): boolean {
  for (const c of candidates) if (isAncestor(c, entry, g)) return true;
  return false;
}

function acceptAt(
  text: string,
  pos: number,
  end: number,
  keys: Key[],
  prev: Raw | undefined,
  g: Gazetteer,
): Raw | undefined {
  const len = end - pos;
  const atBoundary = boundaryBefore(text, pos) || prev !== undefined;
  // (both made only when a reading is taken: most positions the trie stops at take none)
  let accepted: GazetteerEntry[] | null = null;
  let chained = false; // some reading has its parent in `prev`
  let pending = false;
  let form: "full" | "short" = "short";
  let variants: GazetteerEntry[] | null = null;

  for (const key of keys) {
    const entry = key.entry;
    const f = key.form;
    const parentInPrev = prev !== undefined && hasAncestorIn(prev.candidates, entry, g);
    if (f === "full") {
      // "海南区域" is a region, not 海南区
      if (key.endsInQu && text.charCodeAt(end) === YU) continue;
      // (a full name is matched as spelled: `len` is its length, as `weak` takes it)
      if (key.weak && !parentInPrev && !INSTITUTION_AFTER.test(text.slice(end, end + 4))) {
        if (!atBoundary) continue;
        pending = true;
      }
    } else if (entry.level === "district" && !parentInPrev) {
      // "余姚县" for 余姚市: a county short with a level suffix of its own (but "海南区域" is no 海南区)
      const suffix = text.charCodeAt(end); // NaN past the end: no suffix
      if (atBoundary && isCountySuffix(suffix) && !(suffix === QU && text.charCodeAt(end + 1) === YU)) {
        variants ??= [];
        if (!variants.includes(entry)) variants.push(entry);
      }
      continue;
    } else if (len <= 2 && !parentInPrev && !atBoundary) {
      continue;
    }
    if (f === "full") form = "full";
    if (parentInPrev) chained = true;
    accepted ??= [];
    if (!accepted.includes(entry)) accepted.push(entry);
  }
  if (accepted === null) {
    if (variants === null) return undefined;
    return { start: pos, end: end + 1, form: "full", candidates: variants, chained: false, pending: false };
  }

  let candidates = accepted;
  if (chained && prev) {
    // "北京市朝阳区": the preceding ancestor settles both readings
    candidates = accepted.filter((e) => prev.candidates.some((c) => isAncestor(c, e, g)));
    prev.candidates = prev.candidates.filter((c) => candidates.some((e) => isAncestor(c, e, g)));
    pending = false;
  } else if (form === "full") {
    // a full name beats a short form spelled the same way ("吉林市" the city, never 吉林 province + 市)
    candidates = accepted.filter((e) => keys.some((k) => k.entry === e && k.form === "full"));
  }
  const pendingNow = pending && candidates.every((e) => e.level === "district");
  return {
    start: pos,
    end,
    form,
    candidates,
    chained,
    pending: pendingNow,
  };
}

const LEVEL_PREFERENCE: Record<PlaceLevel, number> = { province: 0.2, city: 0.1, district: 0 };

/**
 * How closely two units are tied, for choosing a shared name's reading: the same unit named elsewhere
 * (4) above one's ancestor or descendant (3), a sibling in one city (2) and one province (1). "新疆克拉玛依"
 * beside "克拉玛依市独山子区" is the city named there, not its 克拉玛依区.
 */
function relation(a: GazetteerEntry, b: GazetteerEntry, g: Gazetteer): number {
  if (a === b) return 4;
  if (isAncestor(a, b, g) || isAncestor(b, a, g)) return 3;
  const la = lineage(a, g);
  const lb = lineage(b, g);
  if (la[1] && la[1] === lb[1]) return 2;
  if (la[0] === lb[0]) return 1;
  return 0;
}

/**
 * Mentions from the raw matches (`offsets[i]`: where the line of `raws[i]` starts in `text`). The raws
 * are cached scans and stay as they are: a narrowed candidate list is the mention's own.
 */
function resolve(
  raws: readonly Raw[],
  offsets: readonly number[],
  text: string,
  context: readonly GazetteerEntry[],
  page: readonly GazetteerEntry[],
  g: Gazetteer,
): Mention[] {
  const fixed: GazetteerEntry[] = [];
  for (const r of raws)
    if (r.candidates.length === 1 && !r.pending) fixed.push(r.candidates[0] as GazetteerEntry);

  // the raws kept, by index, each with its candidates (narrowed for a pending one)
  const kept: number[] = [];
  const keptCandidates: GazetteerEntry[][] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i] as Raw;
    let candidates = r.candidates;
    if (r.pending) {
      // keep a weak name only when a related unit is named elsewhere: "城西区" with 西宁 in the text
      candidates = candidates.filter((c) => hasAncestorIn(fixed, c, g));
      if (candidates.length === 0) continue;
    }
    kept.push(i);
    keptCandidates.push(candidates);
  }

  const mentions: Mention[] = [];
  for (let j = 0; j < kept.length; j++) {
    const i = kept[j] as number;
    const r = raws[i] as Raw;
    const candidates = keptCandidates[j] as GazetteerEntry[];
    const from = offsets[i] as number;
    let best = candidates[0] as GazetteerEntry;
    let tied = false;
    if (candidates.length > 1) {
      // the text and the context first; the page only between readings they leave level; then the code
      let bestScore = Number.NEGATIVE_INFINITY;
      let bestPage = 0;
      for (const c of candidates) {
        let score = LEVEL_PREFERENCE[c.level];
        for (const f of fixed) score += relation(c, f, g);
        for (const f of context) score += relation(c, f, g) / 2;
        if (score < bestScore) continue;
        let onPage = 0;
        for (const f of page) onPage += relation(c, f, g);
        if (score === bestScore) {
          tied = true;
          if (onPage < bestPage || (onPage === bestPage && c.adcode > best.adcode)) continue;
        } else tied = false;
        best = c;
        bestScore = score;
        bestPage = onPage;
      }
      fixed.push(best);
    }
    mentions.push({
      start: r.start + from,
      end: r.end + from,
      text: text.slice(r.start + from, r.end + from),
      form: r.form,
      entry: best,
      candidates,
      chained: r.chained,
      tied,
    });
  }
  return mentions;
}
