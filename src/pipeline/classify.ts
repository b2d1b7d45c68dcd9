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

// Weights: a keyword in the headline, kicker or section banner says what the item is about; one in
// the body may be a passing mention. Weak keywords are generic words that only count in bulk.
const HEAD_STRONG = 4;
const BODY_STRONG = 1;
const HEAD_WEAK = 1.5;
const BODY_WEAK = 0.25;
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join("|");

function buildMatchers(entries: readonly TaxonomyEntry[]): Map<string, Matcher> {
  const allStrong = entries.flatMap((e) => e.strong);
  const maskRe = new RegExp(alternation(allStrong), "g");
  const out = new Map<string, Matcher>();
  for (const e of entries) {
    out.set(e.id, {
      strongRe: new RegExp(alternation(e.strong), "g"),
      weakRe: e.weak.length ? new RegExp(alternation(e.weak), "g") : null,
      maskRe,
    });
  }
  return out;
}

const TYPE_MATCHERS = buildMatchers(PROGRAMME_TYPES);
const GROUP_MATCHERS = buildMatchers(BENEFICIARY_GROUPS);

const count = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

function scoreEntries(
  entries: readonly TaxonomyEntry[],
  matchers: Map<string, Matcher>,
  head: string,
  body: string,
): { id: string; score: number }[] {
  const anyMatcher = matchers.values().next().value;
  if (!anyMatcher) return [];
  // Masking all strong keywords once per text keeps "心灵驿站" from counting as a weak "驿站".
  const headMasked = head.replace(anyMatcher.maskRe, "\u3000");
  const bodyMasked = body.replace(anyMatcher.maskRe, "\u3000");
  return entries.map((e) => {
    const m = matchers.get(e.id);
    if (!m) return { id: e.id, score: 0 };
    let score = HEAD_STRONG * count(m.strongRe, head) + BODY_STRONG * count(m.strongRe, body);
    if (m.weakRe) {
      score += HEAD_WEAK * count(m.weakRe, headMasked) + BODY_WEAK * count(m.weakRe, bodyMasked);
    }
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
  const head = [item.section, item.kicker, item.title, item.subtitle].filter(Boolean).join("\n");
  const body = item.paragraphs.join("\n");
  return {
    types: pick(scoreEntries(PROGRAMME_TYPES, TYPE_MATCHERS, head, body)),
    beneficiaries: pick(scoreEntries(BENEFICIARY_GROUPS, GROUP_MATCHERS, head, body)),
  };
}
