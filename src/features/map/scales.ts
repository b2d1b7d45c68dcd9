/** Scales for the map: circle radius by count, and the sequential classes provinces are shaded by. */

export interface RadiusRange {
  min: number;
  max: number;
}

/**
 * Square-root scale: a circle's area, not its radius, grows with the count. `min` keeps a single
 * programme visible and clickable. The domain runs to at least `minDomain`, so that in a small
 * selection two programmes do not already get the largest circle.
 */
export function radiusScale(maxCount: number, range: RadiusRange = { min: 4, max: 20 }, minDomain = 20) {
  const domain = Math.max(maxCount, minDomain);
  return (count: number): number => {
    if (count <= 0 || maxCount <= 0) return 0;
    return Math.max(range.min, range.max * Math.sqrt(Math.min(count, domain) / domain));
  };
}

/** Light to dark, readable on white and under the points (ColorBrewer Blues, 5 classes). */
export const SHADES = ["#deebf7", "#b3d3e8", "#7fb2d6", "#4a8fc2", "#2166a6"] as const;
/** fill of a province with no programmes under the current filters */
export const EMPTY_SHADE = "#e8ebef";

export interface ShadeClass {
  /** inclusive */
  from: number;
  /** inclusive */
  to: number;
  colour: string;
}

/**
 * Equal-width classes from 1 to `maxCount`: one per value while there are no more values than
 * colours, otherwise `SHADES.length` classes of whole numbers.
 */
export function shadeClasses(maxCount: number): ShadeClass[] {
  if (maxCount <= 0) return [];
  const width = Math.ceil(maxCount / Math.min(SHADES.length, maxCount));
  const ranges: [number, number][] = [];
  for (let from = 1; from <= maxCount; from += width)
    ranges.push([from, Math.min(maxCount, from + width - 1)]);
  // Spread the classes over the palette, darkest last, so two classes read as light and dark.
  const last = SHADES.length - 1;
  return ranges.map(([from, to], i) => {
    const index = ranges.length === 1 ? last : Math.round((i * last) / (ranges.length - 1));
    return { from, to, colour: SHADES[index] ?? EMPTY_SHADE };
  });
}

export function shadeFor(classes: readonly ShadeClass[], count: number): string {
  return classes.find((c) => count >= c.from && count <= c.to)?.colour ?? EMPTY_SHADE;
}
