import { BENEFICIARY_GROUPS, PROGRAMME_TYPES, type TaxonomyEntry } from "../shared/taxonomy.ts";
import { PairFilter } from "./pair-filter.ts";
import { exactCopy } from "./retention.ts";

/** The parts of an item the classifier reads; headline parts weigh more than the body. */
export interface ClassifyInput {
  title: string;
  subtitle: string | null;
  kicker: string | null;
  section: string | null;
  paragraphs: readonly string[];
}

export interface Classification {
  types: string[];
  beneficiaries: string[];
}

// Weights: a keyword in the headline or kicker says what the item is about; one in the body may be
// a passing mention. A section banner names the column or campaign the item stands in: it tips the
// balance but does not decide alone (a "夏送清凉" column also carries a heat-allowance rights check).
// A headline word in quotation marks that the body never uses is a figure of speech (工会上门“体检”,
// 「充电」), so it weighs as a body mention; a quoted programme name the body repeats keeps full weight.
// Weak keywords are generic words that only count in bulk.
const HEAD_STRONG = 4;
const BODY_STRONG = 1;
const SECTION_STRONG = 1.5;
const HEAD_WEAK = 1.5;
const BODY_WEAK = 0.25;
const SECTION_WEAK = 0.5;
/** the section banner's part of `classifyItem`'s parts; it adds at most SECTION_STRONG to a label */
const SECTION_PART = 0;
/** a label is kept when its score reaches this, or when it leads and reaches LEAD_MIN */
const KEEP_MIN = 2;
const LEAD_MIN = 0.75;
/** labels far behind the leader are dropped even above KEEP_MIN: they are side notes of the report */
const RELATIVE_MIN = 0.2;

/**
 * Keyword matching with the semantics of one global regex per taxonomy entry and part (an alternation
 * of the entry's keywords, longest first: leftmost match, the longest keyword there, then on after
 * it), but found in one walk per part over a trie of every keyword of both taxonomies. Entries with
 * `patterns` keep their regex for strong matches (a pattern can match where no keyword does); their
 * weak keywords go through the trie like the others'.
 */
interface Keyword {
  word: string;
  /** per taxonomy: strong in some entry of it, so masked out before its weak keywords are matched */
  strongIn: [boolean, boolean];
  /** entries that list it: taxonomy (0 types, 1 groups), entry index (-1: masks only), strong or weak */
  uses: { list: number; entry: number; strong: boolean }[];
  /** `uses` of each taxonomy with an entry (not masks only), in order */
  scoring: [Keyword["uses"], Keyword["uses"]];
}

interface Lexicon {
  taxonomies: readonly (readonly TaxonomyEntry[])[];
  keywords: Keyword[];
  /** trie by UTF-16 code unit: first level a table, deeper edges an open-addressing hash; node 0 = none */
  first: Int32Array;
  /** slot h at 4h: parent node, code unit, child (one cache line holds four slots) */
  edges: Int32Array;
  mask: number;
  /** the first two code units of every keyword */
  pairs: PairFilter;
  /** every keyword has two code units or more, so a position whose pair `pairs` denies starts none */
  pairsDecide: boolean;
  /** keyword ending at each node, -1 for none */
  wordAt: number[];
  /** 1 for a unit some keyword starts with (`first` has a node for it): one byte per unit, read first */
  starts: Uint8Array;
  /** the strong regex of entries with patterns, by taxonomy and entry index */
  patternRe: Map<number, RegExp>[];
  /**
   * What a text needs for the strong regex of an entry with patterns to match in it: an occurrence of
   * one of the entry's strong keywords (indices), or a match of its patterns alone (`patterns`; null
   * when they cannot be run apart from the keywords, e.g. with a back reference: then the regex runs).
   */
  patternNeeds: Map<number, PatternNeeds>[];
  /** the keywords' facts flattened for the scoring loop, which runs for every keyword occurrence */
  flat: FlatKeywords;
}

/**
 * What a text needs for an entry's strong regex to match (see Lexicon.patternNeeds): `keywords[k]` is
 * 1 for each of the entry's strong keywords k (a byte per keyword, read for every occurrence in the
 * part, where a Set lookup cost more than the rest of the test).
 */
interface PatternNeeds {
  keywords: Uint8Array;
  patterns: RegExp | null;
}

/**
 * Keyword k's length, whether it is strong in taxonomy `list` (bit `list` of `strongBits[k]`), and its
 * scoring uses in taxonomy `list`: entries `useEntry[list][j]` and strengths `useStrong[list][j]` for j
 * from `useFrom[list][k]` to `useFrom[list][k + 1]`, in the order of `Keyword.scoring`.
 */
interface FlatKeywords {
  length: Int32Array;
  strongBits: Uint8Array;
  useFrom: [Int32Array, Int32Array];
  useEntry: [Int32Array, Int32Array];
  useStrong: [Uint8Array, Uint8Array];
}

function flatten(keywords: readonly Keyword[]): FlatKeywords {
  const k = keywords.length;
  const length = new Int32Array(k);
  const strongBits = new Uint8Array(k);
  const useFrom: [Int32Array, Int32Array] = [new Int32Array(k + 1), new Int32Array(k + 1)];
  const uses: [Keyword["uses"], Keyword["uses"]] = [[], []];
  keywords.forEach((kw, i) => {
    length[i] = kw.word.length;
    strongBits[i] = (kw.strongIn[0] ? 1 : 0) | (kw.strongIn[1] ? 2 : 0);
    for (const list of [0, 1] as const) {
      (useFrom[list] as Int32Array)[i] = uses[list].length;
      uses[list].push(...kw.scoring[list]);
    }
  });
  useFrom[0][k] = uses[0].length;
  useFrom[1][k] = uses[1].length;
  return {
    length,
    strongBits,
    useFrom,
    useEntry: [Int32Array.from(uses[0], (u) => u.entry), Int32Array.from(uses[1], (u) => u.entry)],
    useStrong: [
      Uint8Array.from(uses[0], (u) => (u.strong ? 1 : 0)),
      Uint8Array.from(uses[1], (u) => (u.strong ? 1 : 0)),
    ],
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRe)
    .join("|");

const edgeSlot = (node: number, unit: number, mask: number) =>
  (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;

function childOf(x: Lexicon, node: number, unit: number): number {
  for (let h = edgeSlot(node, unit, x.mask); ; h = (h + 1) & x.mask) {
    const n = x.edges[h << 2] as number;
    if (n === 0) return 0;
    if (n === node && x.edges[(h << 2) + 1] === unit) return x.edges[(h << 2) + 2] as number;
  }
}

function buildLexicon(taxonomies: readonly (readonly TaxonomyEntry[])[]): Lexicon {
  const keywords: Keyword[] = [];
  const patternRe = taxonomies.map(() => new Map<number, RegExp>());
  const patternNeeds = taxonomies.map(() => new Map<number, PatternNeeds>());
  const byWord = new Map<string, number>();
  const addUse = (word: string, list: number, entry: number, strong: boolean) => {
    if (word.length === 0) throw new Error("taxonomy: empty keyword");
    let k = byWord.get(word);
    if (k === undefined) {
      k = keywords.push({ word, strongIn: [false, false], uses: [], scoring: [[], []] }) - 1;
      byWord.set(word, k);
    }
    const kw = keywords[k] as Keyword;
    if (strong) kw.strongIn[list] = true;
    if (!kw.uses.some((u) => u.list === list && u.entry === entry && u.strong === strong)) {
      kw.uses.push({ list, entry, strong });
    }
  };
  taxonomies.forEach((entries, list) => {
    entries.forEach((e, i) => {
      if (e.patterns?.length) {
        (patternRe[list] as Map<number, RegExp>).set(
          i,
          new RegExp([alternation(e.strong), ...e.patterns].join("|"), "g"),
        );
        // its keywords still mask weak keywords, as every strong keyword does
        for (const w of e.strong) addUse(w, list, -1, true);
      } else for (const w of e.strong) addUse(w, list, i, true);
      for (const w of e.weak) addUse(w, list, i, false);
    });
  });
  taxonomies.forEach((entries, list) => {
    entries.forEach((e, i) => {
      if (!e.patterns?.length) return;
      const separable = e.patterns.every((p) => !/\\[1-9k]/.test(p));
      const strong = new Uint8Array(keywords.length);
      for (const w of e.strong) strong[byWord.get(w) as number] = 1;
      (patternNeeds[list] as Map<number, PatternNeeds>).set(i, {
        keywords: strong,
        patterns: separable ? new RegExp(e.patterns.join("|")) : null,
      });
    });
  });
  let units = 0;
  for (const kw of keywords) {
    units += kw.word.length;
    kw.scoring = [
      kw.uses.filter((u) => u.list === 0 && u.entry >= 0),
      kw.uses.filter((u) => u.list === 1 && u.entry >= 0),
    ];
  }
  let size = 256;
  while (size < units * 2) size *= 2;
  const x: Lexicon = {
    taxonomies,
    keywords,
    first: new Int32Array(0x10000),
    edges: new Int32Array(size * 4),
    mask: size - 1,
    pairs: new PairFilter(),
    pairsDecide: true,
    wordAt: [-1],
    starts: new Uint8Array(0x10000),
    patternRe,
    patternNeeds,
    flat: flatten(keywords),
  };
  keywords.forEach((kw, k) => {
    const c0 = kw.word.charCodeAt(0);
    if (kw.word.length >= 2) x.pairs.add(c0, kw.word.charCodeAt(1));
    else x.pairsDecide = false;
    let node = x.first[c0] || x.wordAt.push(-1) - 1;
    x.first[c0] = node;
    for (let i = 1; i < kw.word.length; i++) {
      const c = kw.word.charCodeAt(i);
      let child = childOf(x, node, c);
      if (child === 0) {
        child = x.wordAt.push(-1) - 1;
        let h = edgeSlot(node, c, x.mask);
        while (x.edges[h << 2] !== 0) h = (h + 1) & x.mask;
        x.edges[h << 2] = node;
        x.edges[(h << 2) + 1] = c;
        x.edges[(h << 2) + 2] = child;
      }
      node = child;
    }
    x.wordAt[node] = k;
  });
  for (let c = 0; c < 0x10000; c++) if (x.first[c] !== 0) x.starts[c] = 1;
  return x;
}

const TYPES = 0;
const GROUPS = 1;
const LEXICON = buildLexicon([PROGRAMME_TYPES, BENEFICIARY_GROUPS]);
const SCORES_TYPES = scratch(PROGRAMME_TYPES.length);
const SCORES_GROUPS = scratch(BENEFICIARY_GROUPS.length);

/** Quoted stretches of a headline: “…” ‘…’ 「…」 『…』 and ASCII "…", within one line. */
const QUOTED = /“[^“”\n]*”|‘[^‘’\n]*’|「[^「」\n]*」|『[^『』\n]*』|"[^"\n]*"/gu;
/** what every QUOTED match starts with: a headline without one of these has no quoted stretch */
const QUOTE_OPENER = /[“‘「『"]/u;
const NOT_QUOTED: readonly [number, number][] = [];

/** [start, end) of each QUOTED match in `head` (most headlines quote nothing: no match list is made) */
function quotedStretches(head: string): readonly [number, number][] {
  if (!QUOTE_OPENER.test(head)) return NOT_QUOTED;
  return [...head.matchAll(QUOTED)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/** A stretch of the item's text with the weight of a keyword match in it. */
interface Part {
  text: string;
  strong: number;
  weak: number;
  /** [start, end) offsets of quoted stretches (headline only) */
  quoted?: readonly [number, number][];
}

/** `at` lies in one of the part's quoted stretches */
function inQuoted(part: Part, at: number): boolean {
  const quoted = part.quoted;
  if (quoted === undefined) return false;
  for (const [a, b] of quoted) if (at >= a && at < b) return true;
  return false;
}

/** The weight of one match at `at`: `figurative` inside a quoted stretch that `body` never repeats. */
function weightAt(part: Part, at: number, word: string, weight: number, figurative: number, body: string) {
  return inQuoted(part, at) && !body.includes(word) ? figurative : weight;
}

/**
 * Sum of `weight` over the matches of `re` in `part`; a match inside a quoted stretch that `body`
 * never repeats weighs `figurative` instead.
 */
function weigh(re: RegExp, part: Part, weight: number, figurative: number, body: string): number {
  re.lastIndex = 0;
  let score = 0;
  for (let m = re.exec(part.text); m !== null; m = re.exec(part.text)) {
    score += weightAt(part, m.index, m[0], weight, figurative, body);
  }
  return score;
}

/**
 * Keyword occurrences in one part: `n` of them, positions `at` ascending, at one position shorter
 * keywords first (`kw`: keyword index). Buffers reused from item to item (see FOUND).
 */
interface Occurrences {
  at: Int32Array<ArrayBuffer>;
  kw: Int32Array<ArrayBuffer>;
  n: number;
}

/** Every keyword occurrence in `text`, into `out` (its buffers grown as needed). */
function occurrences(x: Lexicon, text: string, out: Occurrences): void {
  let at = out.at;
  let kws = out.kw;
  let n = 0;
  for (let p = 0; p < text.length; p++) {
    const c0 = text.charCodeAt(p);
    // most units start no keyword at all: one byte tells
    if (x.starts[c0] === 0) continue;
    // then the 16 kB pair filter: the 256 kB first-level table is read only where a keyword may start
    if (x.pairsDecide && (p + 1 >= text.length || !x.pairs.mayHave(c0, text.charCodeAt(p + 1)))) continue;
    let node = x.first[c0] as number;
    for (let i = p + 1; node !== 0; i++) {
      const k = x.wordAt[node] as number;
      if (k >= 0) {
        if (n === at.length) {
          at = grown(at);
          kws = grown(kws);
        }
        at[n] = p;
        kws[n] = k;
        n++;
      }
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      if (i === p + 1 && !x.pairs.mayHave(c0, c)) break; // no keyword starts with these two
      node = childOf(x, node, c);
    }
  }
  out.at = at;
  out.kw = kws;
  out.n = n;
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Scratch space of classifyItem (which is never re-entered): occurrences by part, masks, scores. */
const FOUND: Occurrences[] = [0, 1, 2].map(() => ({ at: new Int32Array(64), kw: new Int32Array(64), n: 0 }));
let maskStart = new Int32Array(64);
let maskEnd = new Int32Array(64);
function scratch(n: number) {
  return {
    strong: new Float64Array(n),
    weak: new Float64Array(n),
    strongFrom: new Int32Array(n),
    weakFrom: new Int32Array(n),
    /** the section part's strong and weak scores, by entry */
    section: new Float64Array(n),
    sectionWeak: new Float64Array(n),
  };
}

/**
 * Per entry of one taxonomy, the scores of its strong keywords on the parts and of its weak keywords
 * on the parts with every strong keyword of the taxonomy masked out, as the per-entry regexes find
 * them; the sums go to `strong` and `weak` of `sc` (by entry index).
 */
function scoreParts(
  x: Lexicon,
  list: 0 | 1,
  parts: readonly Part[],
  found: readonly Occurrences[],
  body: string,
  sc: ReturnType<typeof scratch>,
): void {
  const { strong, weak, strongFrom, weakFrom, section, sectionWeak } = sc;
  const { length, strongBits } = x.flat;
  const useFrom = x.flat.useFrom[list];
  const useEntry = x.flat.useEntry[list];
  const useStrong = x.flat.useStrong[list];
  const strongBit = list === 0 ? 1 : 2;
  strong.fill(0);
  weak.fill(0);
  for (let partIndex = 0; partIndex < parts.length; partIndex++) {
    const part = parts[partIndex] as Part;
    const { at, kw, n } = found[partIndex] as Occurrences;
    // the strong mask: leftmost, longest strong keyword of any entry, then on after it
    let masks = 0;
    for (let j = 0, maskFrom = 0; j < n; ) {
      const p = at[j] as number;
      let end = j;
      let longest = -1;
      for (; end < n && at[end] === p; end++) {
        if (((strongBits[kw[end] as number] as number) & strongBit) !== 0) longest = kw[end] as number;
      }
      if (p >= maskFrom && longest >= 0) {
        maskFrom = p + (length[longest] as number);
        if (masks === maskStart.length) {
          maskStart = grown(maskStart);
          maskEnd = grown(maskEnd);
        }
        maskStart[masks] = p;
        maskEnd[masks] = maskFrom;
        masks++;
      }
      j = end;
    }
    // masks are disjoint and in text order, and occurrences are visited in text order: the only mask
    // that can overlap [p, p + len) is the first one ending after p, found by a cursor that only moves on
    let cursor = 0;
    strongFrom.fill(0);
    weakFrom.fill(0);
    for (let j = 0; j < n; ) {
      const p = at[j] as number;
      let end = j;
      while (end < n && at[end] === p) end++;
      // at one position keywords come shortest first: walk back for each entry's longest
      for (let q = end - 1; q >= j; q--) {
        const k = kw[q] as number;
        const len = length[k] as number;
        for (let u = useFrom[k] as number, last = useFrom[k + 1] as number; u < last; u++) {
          const e = useEntry[u] as number;
          if (useStrong[u] === 1) {
            if (p < (strongFrom[e] as number)) continue;
            strong[e] =
              (strong[e] as number) + weightAt(part, p, wordOf(x, k), part.strong, BODY_STRONG, body);
            strongFrom[e] = p + len;
          } else {
            if (p < (weakFrom[e] as number)) continue;
            while (cursor < masks && (maskEnd[cursor] as number) <= p) cursor++;
            if (cursor < masks && (maskStart[cursor] as number) < p + len) continue;
            weak[e] = (weak[e] as number) + weightAt(part, p, wordOf(x, k), part.weak, BODY_WEAK, body);
            weakFrom[e] = p + len;
          }
        }
      }
      j = end;
    }
    // (the section is the first part: what the entries have scored so far is the section's)
    if (partIndex === SECTION_PART) {
      sectionWeak.set(weak);
      section.set(strong);
    }
  }
  for (const [e, re] of x.patternRe[list] as Map<number, RegExp>) {
    const needs = (x.patternNeeds[list] as Map<number, PatternNeeds>).get(e);
    let score = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] as Part;
      // a part where the regex cannot match adds nothing (most parts: the regex is the costly part)
      if (needs !== undefined && !mayMatch(needs, found[i] as Occurrences, p.text)) continue;
      const w = weigh(re, p, p.strong, BODY_STRONG, body);
      if (i === SECTION_PART) section[e] = w;
      score += w;
    }
    strong[e] = score;
  }
  // beside a label the item keeps on its own evidence, the section banner is one vote, SECTION_STRONG
  // at most, whatever it names how often: "2026年两节工会送温暖行动" names its campaign twice, and
  // must not add warmth visits to a job fair's report. An item with no clear label of its own
  // ("为环卫工人送上棉衣") is the campaign's, as the banner says.
  let ownTop = 0;
  for (let e = 0; e < strong.length; e++) {
    const own =
      (strong[e] as number) + (weak[e] as number) - (section[e] as number) - (sectionWeak[e] as number);
    if (own > ownTop) ownTop = own;
  }
  if (ownTop < KEEP_MIN) return;
  for (let e = 0; e < strong.length; e++) {
    const excess = (section[e] as number) + (sectionWeak[e] as number) - SECTION_STRONG;
    if (excess > 0) strong[e] = (strong[e] as number) - excess;
  }
}

/** The strong regex of an entry with patterns may match in `text` (its keyword occurrences `found`). */
function mayMatch(needs: PatternNeeds, found: Occurrences, text: string): boolean {
  if (needs.patterns === null) return true;
  const strong = needs.keywords;
  for (let j = 0; j < found.n; j++) if (strong[found.kw[j] as number] === 1) return true;
  return needs.patterns.test(text);
}

const wordOf = (x: Lexicon, k: number) => (x.keywords[k] as Keyword).word;

/** The ids kept from the scores (strong + weak by entry), in taxonomy order. */
function pick(entries: readonly TaxonomyEntry[], sc: ReturnType<typeof scratch>): string[] {
  const { strong, weak } = sc;
  let top = 0;
  for (let i = 0; i < entries.length; i++) {
    const score = (strong[i] as number) + (weak[i] as number);
    if (score > top) top = score;
  }
  if (top < LEAD_MIN) return [];
  // Keep taxonomy order so output is stable and readable.
  const ids: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const score = (strong[i] as number) + (weak[i] as number);
    if (score >= RELATIVE_MIN * top && (score >= KEEP_MIN || score === top))
      ids.push((entries[i] as TaxonomyEntry).id);
  }
  return exactCopy(ids);
}

/** Multi-label programme types and beneficiary groups by the taxonomy's keyword rules. */
export function classifyItem(item: ClassifyInput): Classification {
  const head = [item.kicker, item.title, item.subtitle].filter(Boolean).join("\n");
  const body = item.paragraphs.join("\n");
  const quoted = quotedStretches(head);
  const parts: Part[] = [
    { text: item.section ?? "", strong: SECTION_STRONG, weak: SECTION_WEAK },
    { text: head, strong: HEAD_STRONG, weak: HEAD_WEAK, quoted },
    { text: body, strong: BODY_STRONG, weak: BODY_WEAK },
  ];
  for (let i = 0; i < parts.length; i++)
    occurrences(LEXICON, (parts[i] as Part).text, FOUND[i] as Occurrences);
  scoreParts(LEXICON, TYPES, parts, FOUND, body, SCORES_TYPES);
  const types = pick(PROGRAMME_TYPES, SCORES_TYPES);
  scoreParts(LEXICON, GROUPS, parts, FOUND, body, SCORES_GROUPS);
  return { types, beneficiaries: pick(BENEFICIARY_GROUPS, SCORES_GROUPS) };
}
