import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PairFilter } from "../../src/pipeline/pair-filter.ts";

describe("PairFilter", () => {
  it("never denies a pair it was given", () => {
    const unit = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, unit), { maxLength: 200 }), (pairs) => {
        const filter = new PairFilter();
        for (const [a, b] of pairs) filter.add(a, b);
        for (const [a, b] of pairs) expect(filter.mayHave(a, b)).toBe(true);
      }),
    );
  });

  it("denies most pairs it was not given", () => {
    const filter = new PairFilter();
    for (let c = 0x4e00; c < 0x4e00 + 2000; c++) filter.add(c, c + 1);
    let admitted = 0;
    for (let c = 0x6000; c < 0x6000 + 2000; c++) if (filter.mayHave(c, c + 7)) admitted++;
    expect(admitted).toBeLessThan(100);
  });
});
