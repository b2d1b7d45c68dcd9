import { describe, expect, it } from "vitest";
import {
  EMPTY_SHADE,
  radiusScale,
  SHADES,
  shadeClasses,
  shadeFor,
} from "../../../src/features/map/scales.ts";

describe("radiusScale", () => {
  const r = radiusScale(100, { min: 4, max: 20 }, 1);
  it.each([
    [0, 0],
    [-1, 0],
    [100, 20],
    [25, 10], // a quarter of the count: half the radius, a quarter of the area
    [1, 4], // 2 would be too small to see: clamped to min
    [400, 20], // beyond the max (should not happen): capped
  ])("count %d -> radius %d", (count, radius) => {
    expect(r(count)).toBeCloseTo(radius);
  });

  it("draws nothing when nothing is placed", () => {
    expect(radiusScale(0)(5)).toBe(0);
  });

  it("does not blow a small selection up to the largest circle", () => {
    const small = radiusScale(2, { min: 4, max: 20 }, 20);
    expect(small(2)).toBeCloseTo(20 * Math.sqrt(2 / 20));
    expect(small(1)).toBeLessThan(small(2));
  });

  it("keeps area proportional to count above the minimum", () => {
    const area = (n: number) => r(n) ** 2;
    expect(area(64) / area(16)).toBeCloseTo(4);
  });
});

describe("shadeClasses", () => {
  it.each([
    { max: 0, ranges: [] },
    { max: 1, ranges: [[1, 1]] },
    {
      max: 3,
      ranges: [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    },
    {
      max: 12,
      ranges: [
        [1, 3],
        [4, 6],
        [7, 9],
        [10, 12],
      ],
    },
    {
      max: 100,
      ranges: [
        [1, 20],
        [21, 40],
        [41, 60],
        [61, 80],
        [81, 100],
      ],
    },
  ])("max $max", ({ max, ranges }) => {
    const classes = shadeClasses(max);
    expect(classes.map((c) => [c.from, c.to])).toEqual(ranges);
    expect(classes.length).toBeLessThanOrEqual(SHADES.length);
  });

  it("runs from light to the darkest colour", () => {
    const classes = shadeClasses(12);
    expect(classes[0]?.colour).toBe(SHADES[0]);
    expect(classes.at(-1)?.colour).toBe(SHADES.at(-1));
    expect(shadeClasses(1)[0]?.colour).toBe(SHADES.at(-1));
  });

  it.each([
    [0, EMPTY_SHADE],
    [1, SHADES[0]],
    [12, SHADES.at(-1)],
    [13, EMPTY_SHADE],
  ])("shadeFor(%d)", (count, colour) => {
    expect(shadeFor(shadeClasses(12), count)).toBe(colour);
  });
});
