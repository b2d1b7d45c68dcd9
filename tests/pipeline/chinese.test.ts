import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasTraditionalHint, TRADITIONAL_HINT_CHARS, toSimplified } from "../../src/pipeline/chinese.ts";

/** the character class the table replaced */
const HINT_RE = new RegExp(`[${TRADITIONAL_HINT_CHARS}]`, "u");

describe("hasTraditionalHint", () => {
  it.each([
    ["", false],
    ["市总工会送温暖", false],
    ["市總工會送溫暖", true],
    ["記", true],
    ["𠀋职工", false],
  ])("%s -> %s", (text, expected) => {
    expect(hasTraditionalHint(text)).toBe(expected);
  });

  it("agrees with the character-class regex on random text", () => {
    // hint characters, their simplified forms, CJK, surrogates and ASCII mixed
    const unit = fc.oneof(
      fc.constantFrom(...TRADITIONAL_HINT_CHARS, ..."会职与问说国区县乡镇广东门场"),
      fc.string({ unit: "binary", maxLength: 2 }),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(hasTraditionalHint(text)).toBe(HINT_RE.test(text));
      }),
    );
  });

  it("every hint character is one BMP code unit", () => {
    expect([...TRADITIONAL_HINT_CHARS].every((c) => c.length === 1)).toBe(true);
  });
});

describe("toSimplified", () => {
  it("returns text without a hint character as is", () => {
    expect(toSimplified("市总工会送温暖")).toBe("市总工会送温暖");
  });
  it("converts text with one", () => {
    expect(toSimplified("市總工會送溫暖")).toBe("市总工会送温暖");
  });
});
