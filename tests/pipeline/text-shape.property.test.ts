import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  endsMidSentence,
  isHeadlineLike,
  isTableRow,
  startsMidSentence,
  visibleLengthUpTo,
} from "../../src/pipeline/text-shape.ts";
import { foldWidth } from "../../src/pipeline/width.ts";

/**
 * The shape tests read code units through a table; these references state them on the width-folded
 * string, as the module's contract does, with the sets written out.
 */
const SENTENCE_FINAL = new Set([..."。!?…;”’」』)"]);
const OPENERS = new Set([..."“‘(「『《【["]);
const CLOSER_OF = new Map(
  [..."”“’‘)(」「』『》《】【"].flatMap((c, i, all) => (i % 2 ? [] : [[c, all[i + 1]]])),
);
const NON_INITIAL = new Set([..."”’)」』》】,、。.;:!?…"]);
const TERMINATORS = new Set([..."。!?"]);

function endsMidReference(text: string): boolean {
  const folded = foldWidth(text);
  const t = folded.trimEnd();
  if (t === "") return false;
  const last = t[t.length - 1] as string;
  if (last === ".") return /[0-9]/.test(t[t.length - 2] ?? "");
  if (!SENTENCE_FINAL.has(last)) return true;
  const opener = CLOSER_OF.get(last);
  if (opener === undefined) return false;
  // a bracket set after a sentence's end (。!?…, not a closing quote): "…意向。(陆海燕)"
  if (last === ")") {
    const before = t.slice(0, t.lastIndexOf("(", t.length - 2)).trimEnd();
    if (t.lastIndexOf("(", t.length - 2) >= 0 && "。!?…".includes(before[before.length - 1] || "x")) {
      return false;
    }
  }
  let k = t.length - 1;
  while (k >= 0 && CLOSER_OF.has(t[k] as string)) k--;
  return !(SENTENCE_FINAL.has(t[k] ?? "") || folded[0] === opener);
}

function startsMidReference(text: string): boolean {
  const t = foldWidth(text).trimStart();
  if (t === "") return false;
  if (NON_INITIAL.has(t[0] as string)) return true;
  const depth = new Map<string, number>();
  let ended = false;
  for (const ch of t.split("")) {
    const opener = CLOSER_OF.get(ch);
    if (opener !== undefined) {
      const d = depth.get(opener) ?? 0;
      if (d === 0) return true;
      depth.set(opener, d - 1);
    } else if (ended) break;
    else if (OPENERS.has(ch)) depth.set(ch, (depth.get(ch) ?? 0) + 1);
    if (TERMINATORS.has(ch)) ended = true;
  }
  return false;
}

/** isHeadlineLike as stated on the folded string, with Map-counted quote balance */
function headlineReference(text: string): boolean {
  const len = [...text].filter((ch) => !/^\s$/u.test(ch)).length;
  if (len < 2 || len > 40) return false;
  const t = foldWidth(text).trim();
  // a headline that is one quotation (“…” or 「…」, not ending its sentence inside) may have commas
  const quotation =
    ((t.startsWith("“") && t.endsWith("”") && !t.includes("“", 1)) ||
      (t.startsWith("「") && t.endsWith("」") && !t.includes("「", 1))) &&
    !/[。!?…][”」]$/u.test(t);
  if (quotation ? /[。;]/u.test(t) : /[。;,]/u.test(t)) return false;
  // a line in brackets is a note or a credit, not a headline; nor is a reader's signature
  if (t.startsWith("(") && t.endsWith(")")) return false;
  if (/读者[\s\u3000]+\p{Script=Han}(?:\s?\p{Script=Han}){1,3}$/u.test(t)) return false;
  // (as the module reads it: a trailing low surrogate is taken with the unit before it)
  const lastUnit = t.charCodeAt(t.length - 1);
  const last = lastUnit >= 0xdc00 && lastUnit <= 0xdfff ? t.slice(-2) : t.slice(-1);
  if (OPENERS.has(last) || /[,、:]/u.test(last)) return false;
  if (/[!?…]/u.test(t.slice(0, -1))) return false;
  if (/[!?…]$/u.test(t) && len > 24) return false;
  const depth = new Map<string, number>();
  for (const ch of t) {
    const opener = CLOSER_OF.get(ch);
    if (opener !== undefined) {
      const d = depth.get(opener) ?? 0;
      if (d === 0) return false;
      depth.set(opener, d - 1);
    } else if (OPENERS.has(ch)) depth.set(ch, (depth.get(ch) ?? 0) + 1);
  }
  return [...depth.values()].every((d) => d === 0);
}

const MARKS = [
  ..."。!?…;”’」』)“‘(「『《【[》】],、.:",
  ..."！？；（）［］，：．",
  ..."工会职工12",
  " ",
  "\u3000",
  "\t",
  "\uD83D",
  "\uDE00",
];
const shapeText = fc.string({ unit: fc.constantFrom(...MARKS), maxLength: 24 });

describe("sentence-shape tests agree with their folded-string statements", () => {
  it("endsMidSentence", () => {
    fc.assert(
      fc.property(fc.oneof(shapeText, fc.string({ unit: "binary", maxLength: 12 })), (text) => {
        expect(endsMidSentence(text)).toBe(endsMidReference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("isHeadlineLike", () => {
    const long = fc.string({ unit: fc.constantFrom(...MARKS, "工", "会"), minLength: 30, maxLength: 60 });
    const quoted = fc
      .tuple(
        fc.constantFrom(["“", "”"], ["「", "」"], ["“", "」"]),
        shapeText,
        fc.constantFrom("", " ", "\u3000"),
      )
      .map(([[open, close], inner, space]) => `${space}${open}${inner}${close}`);
    fc.assert(
      fc.property(fc.oneof(shapeText, long, quoted, fc.string({ unit: "binary", maxLength: 12 })), (text) => {
        expect(isHeadlineLike(text)).toBe(headlineReference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("startsMidSentence", () => {
    fc.assert(
      fc.property(fc.oneof(shapeText, fc.string({ unit: "binary", maxLength: 12 })), (text) => {
        expect(startsMidSentence(text)).toBe(startsMidReference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the code-unit walks agree with their statements by code point and regex", () => {
  const UNITS = [
    ..."工会12０９ 　\t\n,，。;；、!A",
    "\uD83D",
    "\uDE00",
    "\uD83D\uDE00",
    "\u00A0",
    "\u2028",
    "\uFEFF",
  ];
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 20 }),
  );
  const STOPS = [..."。;,；，"];

  /** visible code points (a surrogate pair is one), up to limit + 1; limit + 1 at a stop mark if asked */
  function visibleReference(t: string, limit: number, stop: boolean): number {
    let n = 0;
    for (const ch of t) {
      if (n > limit) break;
      if (stop && STOPS.includes(ch)) return limit + 1;
      if (!/^\s$/u.test(ch)) n++;
    }
    return n;
  }

  it("visibleLengthUpTo", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 45 }), fc.boolean(), (t, limit, stop) => {
        expect(visibleLengthUpTo(t, limit, stop)).toBe(visibleReference(t, limit, stop));
      }),
      { numRuns: 5000 },
    );
  });

  it("isTableRow: two gaps of two or more spaces between cells, and a digit", () => {
    fc.assert(
      fc.property(text, (t) => {
        const gaps = [...t.matchAll(/(?<=\S)\s{2,}(?=\S)/gu)].length;
        expect(isTableRow(t)).toBe(gaps >= 2 && /[0-9０-９]/u.test(t));
      }),
      { numRuns: 5000 },
    );
  });
});
