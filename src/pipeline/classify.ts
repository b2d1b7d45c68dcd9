import { BENEFICIARY_GROUPS, PROGRAMME_TYPES, type TaxonomyEntry } from "../shared/taxonomy.ts";
import { PairFilter } from "./pair-filter.ts";

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
  /** the strong regex of entries with patterns, by taxonomy and entry index */
  patternRe: Map<number, RegExp>[];
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
    patternRe,
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
  return x;
}

const TYPES = 0;
const GROUPS = 1;
const LEXICON = buildLexicon([PROGRAMME_TYPES, BENEFICIARY_GROUPS]);

/** Quoted stretches of a headline: “…” ‘…’ 「…」 『…』 and ASCII "…", within one line. */
const QUOTED = /“[^“”\n]*”|‘[^‘’\n]*’|「[^「」\n]*」|『[^『』\n]*』|"[^"\n]*"/gu;

/** A stretch of the item's text with the weight of a keyword match in it. */
interface Part {
  text: string;
  strong: number;
  weak: number;
  /** [start, end) offsets of quoted stretches (headline only) */
  quoted?: readonly [number, number][];
}

/** The weight of one match at `at`: `figurative` inside a quoted stretch that `body` never repeats. */
function weightAt(part: Part, at: number, word: string, weight: number, figurative: number, body: string) {
  const quoted = part.quoted?.some(([a, b]) => at >= a && at < b) ?? false;
  return quoted && !body.includes(word) ? figurative : weight;
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

/** Every keyword occurrence in `text`: positions ascending, at one position shorter keywords first. */
function occurrences(x: Lexicon, text: string): Occurrences {
  const at: number[] = [];
  const kw: number[] = [];
  for (let p = 0; p < text.length; p++) {
    const c0 = text.charCodeAt(p);
    // the 16 kB pair filter first: the 256 kB first-level table is read only where a keyword may start
    if (x.pairsDecide && (p + 1 >= text.length || !x.pairs.mayHave(c0, text.charCodeAt(p + 1)))) continue;
    let node = x.first[c0] as number;
    for (let i = p + 1; node !== 0; i++) {
      const k = x.wordAt[node] as number;
      if (k >= 0) {
        at.push(p);
        kw.push(k);
      }
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      if (i === p + 1 && !x.pairs.mayHave(c0, c)) break; // no keyword starts with these two
      node = childOf(x, node, c);
    }
  }
  return { at, kw };
}

interface Occurrences {
  at: number[];
  kw: number[];
}

/**
 * Per entry of one taxonomy, the scores of its strong keywords on the parts and of its weak keywords
 * on the parts with every strong keyword of the taxonomy masked out, as the per-entry regexes find them.
 */
function scoreParts(
  x: Lexicon,
  list: number,
  parts: readonly Part[],
  found: readonly Occurrences[],
  body: string,
): { id: string; score: number }[] {
  const entries = x.taxonomies[list] as readonly TaxonomyEntry[];
  const n = entries.length;
  const strong = new Array<number>(n).fill(0);
  const weak = new Array<number>(n).fill(0);
  const strongFrom = new Array<number>(n);
  const weakFrom = new Array<number>(n);
  parts.forEach((part, partIndex) => {
    const { at, kw } = found[partIndex] as Occurrences;
    // the strong mask: leftmost, longest strong keyword of any entry, then on after it
    const maskStart: number[] = [];
    const maskEnd: number[] = [];
    for (let j = 0, maskFrom = 0; j < at.length; j++) {
      const p = at[j] as number;
      if (p < maskFrom) continue;
      let longest = -1;
      for (let q = j; q < at.length && at[q] === p; q++) {
        if ((x.keywords[kw[q] as number] as Keyword).strongIn[list]) longest = kw[q] as number;
      }
      if (longest < 0) continue;
      maskFrom = p + (x.keywords[longest] as Keyword).word.length;
      maskStart.push(p);
      maskEnd.push(maskFrom);
    }
    // masks are disjoint and in text order, and occurrences are visited in text order: the only mask
    // that can overlap [p, p + len) is the first one ending after p, found by a cursor that only moves on
    let cursor = 0;
    strongFrom.fill(0);
    weakFrom.fill(0);
    for (let j = 0; j < at.length; ) {
      const p = at[j] as number;
      let end = j;
      while (end < at.length && at[end] === p) end++;
      // at one position keywords come shortest first: walk back for each entry's longest
      for (let q = end - 1; q >= j; q--) {
        const k = x.keywords[kw[q] as number] as Keyword;
        const len = k.word.length;
        for (const use of k.scoring[list] as Keyword["uses"]) {
          const e = use.entry;
          if (use.strong) {
            if (p < (strongFrom[e] as number)) continue;
            strong[e] = (strong[e] as number) + weightAt(part, p, k.word, part.strong, BODY_STRONG, body);
            strongFrom[e] = p + len;
          } else {
            if (p < (weakFrom[e] as number)) continue;
            while (cursor < maskEnd.length && (maskEnd[cursor] as number) <= p) cursor++;
            if (cursor < maskStart.length && (maskStart[cursor] as number) < p + len) continue;
            weak[e] = (weak[e] as number) + weightAt(part, p, k.word, part.weak, BODY_WEAK, body);
            weakFrom[e] = p + len;
          }
        }
      }
      j = end;
    }
  });
  for (const [e, re] of x.patternRe[list] as Map<number, RegExp>) {
    let score = 0;
    for (const p of parts) score += weigh(re, p, p.strong, BODY_STRONG, body);
    strong[e] = score;
  }
  return entries.map((e, i) => ({ id: e.id, score: (strong[i] as number) + (weak[i] as number) }));
}

function pick(scores: { id: string; score: number }[]): string[] {
  let top = 0;
  for (const s of scores) if (s.score > top) top = s.score;
  if (top < LEAD_MIN) return [];
  // Keep taxonomy order so output is stable and readable.
  return scores
    .filter((s) => s.score >= RELATIVE_MIN * top && (s.score >= KEEP_MIN || s.score === top))
    .map((s) => s.id);
}

/** Multi-label programme types and beneficiary groups by the taxonomy's keyword rules. */
export function classifyItem(item: ClassifyInput): Classification {
  const head = [item.kicker, item.title, item.subtitle].filter(Boolean).join("\n");
  const body = item.paragraphs.join("\n");
  const quoted = [...head.matchAll(QUOTED)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const parts: Part[] = [
    { text: item.section ?? "", strong: SECTION_STRONG, weak: SECTION_WEAK },
    { text: head, strong: HEAD_STRONG, weak: HEAD_WEAK, quoted },
    { text: body, strong: BODY_STRONG, weak: BODY_WEAK },
  ];
  const found = parts.map((p) => occurrences(LEXICON, p.text));
  return {
    types: pick(scoreParts(LEXICON, TYPES, parts, found, body)),
    beneficiaries: pick(scoreParts(LEXICON, GROUPS, parts, found, body)),
  };
}
