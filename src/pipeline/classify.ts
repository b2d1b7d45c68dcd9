import { BENEFICIARY_GROUPS, PROGRAMME_TYPES, type TaxonomyEntry } from "../shared/taxonomy.ts";

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

interface Matcher {
  strongRe: RegExp;
  weakRe: RegExp | null;
  /** every strong keyword of every entry, longest first: weak words inside them are masked out */
  maskRe: RegExp;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRe)
    .join("|");

function buildMatchers(entries: readonly TaxonomyEntry[]): Map<string, Matcher> {
  const allStrong = entries.flatMap((e) => e.strong);
  const maskRe = new RegExp(alternation(allStrong), "g");
  const out = new Map<string, Matcher>();
  for (const e of entries) {
    out.set(e.id, {
      strongRe: new RegExp([alternation(e.strong), ...(e.patterns ?? [])].join("|"), "g"),
      weakRe: e.weak.length ? new RegExp(alternation(e.weak), "g") : null,
      maskRe,
    });
  }
  return out;
}

const TYPE_MATCHERS = buildMatchers(PROGRAMME_TYPES);
const GROUP_MATCHERS = buildMatchers(BENEFICIARY_GROUPS);

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

/**
 * Sum of `weight` over the matches of `re` in `part`; a match inside a quoted stretch that `body`
 * never repeats weighs `figurative` instead.
 */
function weigh(re: RegExp, part: Part, weight: number, figurative: number, body: string): number {
  re.lastIndex = 0;
  let score = 0;
  for (let m = re.exec(part.text); m !== null; m = re.exec(part.text)) {
    const at = m.index;
    const quoted = part.quoted?.some(([a, b]) => at >= a && at < b) ?? false;
    score += quoted && !body.includes(m[0]) ? figurative : weight;
  }
  return score;
}

function scoreEntries(
  entries: readonly TaxonomyEntry[],
  matchers: Map<string, Matcher>,
  item: { section: string; head: string; body: string },
): { id: string; score: number }[] {
  const anyMatcher = matchers.values().next().value;
  if (!anyMatcher) return [];
  const quoted = [...item.head.matchAll(QUOTED)].map((m): [number, number] => [
    m.index,
    m.index + m[0].length,
  ]);
  // Masking all strong keywords once per text keeps "心灵驿站" from counting as a weak "驿站" (one
  // character per masked character, so quoted offsets stay valid).
  const mask = (t: string) => t.replace(anyMatcher.maskRe, (w) => "\u3000".repeat(w.length));
  const parts: Part[] = [
    { text: item.section, strong: SECTION_STRONG, weak: SECTION_WEAK },
    { text: item.head, strong: HEAD_STRONG, weak: HEAD_WEAK, quoted },
    { text: item.body, strong: BODY_STRONG, weak: BODY_WEAK },
  ];
  const masked = parts.map((p) => ({ ...p, text: mask(p.text) }));
  return entries.map((e) => {
    const m = matchers.get(e.id);
    if (!m) return { id: e.id, score: 0 };
    let score = 0;
    for (const p of parts) score += weigh(m.strongRe, p, p.strong, BODY_STRONG, item.body);
    if (m.weakRe) for (const p of masked) score += weigh(m.weakRe, p, p.weak, BODY_WEAK, item.body);
    return { id: e.id, score };
  });
}

function pick(scores: { id: string; score: number }[]): string[] {
  const top = Math.max(0, ...scores.map((s) => s.score));
  if (top < LEAD_MIN) return [];
  // Keep taxonomy order so output is stable and readable.
  return scores
    .filter((s) => s.score >= RELATIVE_MIN * top && (s.score >= KEEP_MIN || s.score === top))
    .map((s) => s.id);
}

/** Multi-label programme types and beneficiary groups by the taxonomy's keyword rules. */
export function classifyItem(item: ClassifyInput): Classification {
  const text = {
    section: item.section ?? "",
    head: [item.kicker, item.title, item.subtitle].filter(Boolean).join("\n"),
    body: item.paragraphs.join("\n"),
  };
  return {
    types: pick(scoreEntries(PROGRAMME_TYPES, TYPE_MATCHERS, text)),
    beneficiaries: pick(scoreEntries(BENEFICIARY_GROUPS, GROUP_MATCHERS, text)),
  };
}
