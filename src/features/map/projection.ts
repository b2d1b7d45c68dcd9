/**
 * Projections for the map of China: an equal-area conic centred on 105°E (the look of the standard
 * national map), fitted to a fixed frame, plus the South China Sea inset in the bottom-right corner.
 * Pure d3-geo: no DOM, so it runs in tests and could run in a worker.
 */
import { type GeoPermissibleObjects, type GeoProjection, geoConicEqualArea, geoPath } from "d3-geo";
import type { Feature, Polygon } from "geojson";

export interface Frame {
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** viewBox of the SVG; the drawing scales with the element, the geometry is computed once */
export const FRAME: Frame = { width: 800, height: 600 };

const PADDING = 12;

function conic(): GeoProjection {
  return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
}

/**
 * Islands that belong in the inset rather than the main map: everything Hainan holds south of its
 * main island. The build script cuts the outlines with the same rule.
 */
export function isSouthSeaPoint([lng, lat]: readonly [number, number]): boolean {
  return lat < 18 && lng > 108.5;
}

/**
 * Main projection, fitted to the outlines without the South China Sea islands, then moved flush
 * left: the space freed on the right, east of Taiwan and south of Heilongjiang, holds the inset.
 */
export function createMainProjection(frame: Frame, outlines: GeoPermissibleObjects): GeoProjection {
  const projection = conic().fitExtent(
    [
      [PADDING, PADDING],
      [frame.width - PADDING, frame.height - PADDING],
    ],
    outlines,
  );
  const [[left]] = geoPath(projection).bounds(outlines);
  const [tx, ty] = projection.translate();
  return projection.translate([tx - (left - PADDING), ty]);
}

/** The inset's frame: a portrait box in the bottom-right corner, as on the standard map. */
export function insetBox(frame: Frame): Box {
  const width = Math.round(frame.width * 0.14);
  const height = Math.round(width * 1.5);
  return { x: frame.width - width - PADDING / 2, y: frame.height - height - PADDING / 2, width, height };
}

/** Sea area shown in the inset: from the Beibu Gulf to Taiwan, and south to Zengmu Reef (3°N). */
export const SOUTH_SEA_EXTENT: Feature<Polygon> = {
  type: "Feature",
  properties: {},
  geometry: {
    type: "Polygon",
    // clockwise, as d3-geo expects for a small polygon
    coordinates: [
      [
        [107, 24.5],
        [122.5, 24.5],
        [122.5, 2.5],
        [107, 2.5],
        [107, 24.5],
      ],
    ],
  },
};

/** Inset projection: the same conic, fitted to the South China Sea extent inside the inset box. */
export function createInsetProjection(box: Box): GeoProjection {
  const pad = 3;
  return conic().fitExtent(
    [
      [box.x + pad, box.y + pad],
      [box.x + box.width - pad, box.y + box.height - pad],
    ],
    SOUTH_SEA_EXTENT,
  );
}

export interface ProjectedPoint {
  x: number;
  y: number;
  /** drawn in the South China Sea inset */
  inset: boolean;
}

/** Where a place goes: islands of the South China Sea into the inset, everything else on the main map. */
export function projectPlace(
  lngLat: readonly [number, number],
  main: GeoProjection,
  inset: GeoProjection,
): ProjectedPoint | null {
  const useInset = isSouthSeaPoint(lngLat);
  const xy = (useInset ? inset : main)([lngLat[0], lngLat[1]]);
  if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return null;
  return { x: xy[0], y: xy[1], inset: useInset };
}

export type Bounds = [[number, number], [number, number]];

/**
 * The part of the frame to show when a province is chosen: its projected bounds with a margin on
 * every side, widened to the frame's aspect ratio, at least `minWidth` across (a municipality is a
 * few units wide), and moved inside the frame where it fits. The whole frame when the bounds are
 * empty or would need more than the frame.
 */
export function focusBox(bounds: Bounds, frame: Frame, margin = 0.15, minWidth = frame.width / 6): Box {
  const whole = { x: 0, y: 0, width: frame.width, height: frame.height };
  const [[x0, y0], [x1, y1]] = bounds;
  if (![x0, y0, x1, y1].every(Number.isFinite) || x1 < x0 || y1 < y0) return whole;
  const aspect = frame.width / frame.height;
  const pad = margin * Math.max(x1 - x0, y1 - y0);
  let width = Math.max(x1 - x0 + 2 * pad, (y1 - y0 + 2 * pad) * aspect, minWidth);
  if (width >= frame.width) return whole;
  let height = width / aspect;
  if (height > frame.height) {
    height = frame.height;
    width = height * aspect;
  }
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  return {
    x: clamp((x0 + x1) / 2 - width / 2, frame.width - width),
    y: clamp((y0 + y1) / 2 - height / 2, frame.height - height),
    width,
    height,
  };
}
