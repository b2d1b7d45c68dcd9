import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ClassifyInput, classifyItem } from "../../src/pipeline/classify.ts";
import { BENEFICIARY_GROUPS, PROGRAMME_TYPES, type TaxonomyEntry } from "../../src/shared/taxonomy.ts";

/**
 * classifyItem finds keywords in one trie walk per part; this is the rule it implements, spelled as
 * one global regex per entry and part (the classifier's earlier form). Both must pick the same labels.
 */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRe)
    .join("|");
const QUOTED = /“[^“”\n]*”|‘[^‘’\n]*’|「[^「」\n]*」|『[^『』\n]*』|"[^"\n]*"/gu;

function referencePick(entries: readonly TaxonomyEntry[], item: ClassifyInput): string[] {
  const section = item.section ?? "";
  const head = [item.kicker, item.title, item.subtitle].filter(Boolean).join("\n");
  const body = item.paragraphs.join("\n");
  const quoted = [...head.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  const maskRe = new RegExp(alternation(entries.flatMap((e) => e.strong)), "g");
  const mask = (t: string) => t.replace(maskRe, (w) => "\u3000".repeat(w.length));
  const parts = [
    { text: section, strong: 1.5, weak: 0.5, quoted: [] as (readonly [number, number])[] },
    { text: head, strong: 4, weak: 1.5, quoted },
    { text: body, strong: 1, weak: 0.25, quoted: [] },
  ];
  const weigh = (
    re: RegExp,
    text: string,
    q: readonly (readonly [number, number])[],
    w: number,
    fig: number,
  ) => {
    let score = 0;
    for (const m of text.matchAll(re)) {
      const inQuote = q.some(([a, b]) => m.index >= a && m.index < b);
      score += inQuote && !body.includes(m[0]) ? fig : w;
    }
    return score;
  };
  const scores = entries.map((e) => {
    const strongRe = new RegExp([alternation(e.strong), ...(e.patterns ?? [])].join("|"), "g");
    const weakRe = e.weak.length ? new RegExp(alternation(e.weak), "g") : null;
    let score = 0;
    for (const p of parts) score += weigh(strongRe, p.text, p.quoted, p.strong, 1);
    if (weakRe) for (const p of parts) score += weigh(weakRe, mask(p.text), p.quoted, p.weak, 0.25);
    const s = parts[0] as (typeof parts)[number];
    const fromSection =
      weigh(strongRe, s.text, s.quoted, s.strong, 1) +
      (weakRe ? weigh(weakRe, mask(s.text), s.quoted, s.weak, 0.25) : 0);
    return { id: e.id, score, fromSection };
  });
  // beside a label of the item's own (2 or more without the banner), the section banner (parts[0])
  // adds 1.5 at most
  if (scores.some((x) => x.score - x.fromSection >= 2))
    for (const x of scores) x.score -= Math.max(0, x.fromSection - 1.5);
  const top = Math.max(0, ...scores.map((s) => s.score));
  if (top < 0.75) return [];
  return scores.filter((s) => s.score >= 0.2 * top && (s.score >= 2 || s.score === top)).map((s) => s.id);
}

const words = [...PROGRAMME_TYPES, ...BENEFICIARY_GROUPS].flatMap((e) => [...e.strong, ...e.weak]);
const piece = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).map((w) => w.slice(1)),
  fc.constantFrom(...words).map((w) => w.slice(0, -1)),
  fc.constantFrom(
    "成立",
    "组建",
    "快递行业",
    "工会",
    "驿站",
    "“",
    "”",
    '"',
    "「",
    "」",
    // every opener the headline's quoted stretches start with (the classifier skips the search without one)
    "‘",
    "’",
    "『",
    "』",
    // the training entry's pattern ("劳模工匠进校园"), run only where it may match
    "劳模",
    "工匠",
    "进校园",
    "，",
    "。",
    "\n",
    "的",
  ),
);
const text = (n: number) => fc.array(piece, { maxLength: n }).map((a) => a.join(""));
const itemArb = fc.record({
  title: text(6),
  subtitle: fc.option(text(4)),
  kicker: fc.option(text(2)),
  section: fc.option(text(3)),
  paragraphs: fc.array(text(20), { maxLength: 4 }),
});

describe("classifyItem against the per-entry regex rule", () => {
  it("picks the same types and groups", () => {
    fc.assert(
      fc.property(itemArb, (item) => {
        expect(classifyItem(item)).toEqual({
          types: referencePick(PROGRAMME_TYPES, item),
          beneficiaries: referencePick(BENEFICIARY_GROUPS, item),
        });
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a quoted headline keyword the body never uses weighs as a body mention", () => {
  // 技能培训 (training) quoted in the headline, 招聘会 (employment) once in the body: figurative, the
  // quoted word weighs 1 and both types tie; taken literally it would weigh 4 and leave employment out
  it.each([
    ["“", "”"],
    ["‘", "’"],
    ["「", "」"],
    ["『", "』"],
    ['"', '"'],
  ])("quoted in %s…%s", (open, close) => {
    const item = {
      title: `${open}技能培训${close}`,
      subtitle: null,
      kicker: null,
      section: null,
      paragraphs: ["招聘会"],
    };
    const got = classifyItem(item);
    expect(got.types).toEqual(referencePick(PROGRAMME_TYPES, item));
    expect(got.types).toHaveLength(2);
  });
});
