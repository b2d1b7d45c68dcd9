/**
 * Decodes the generated TopoJSON (scripts/build-map.ts) into the GeoJSON the map draws. The file
 * itself is loaded with a dynamic import so it lands in its own chunk, fetched only with the map.
 */
import type { Feature, FeatureCollection, MultiPoint, MultiPolygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface ProvinceProperties {
  /** 6 digits, e.g. "410000" */
  adcode: string;
  /** full official name, e.g. "河南省" */
  name: string;
  /** the capital, [lng, lat] */
  center: [number, number];
  /** where province-wide programmes are drawn, [lng, lat] */
  anchor: [number, number];
}

export type ProvinceFeature = Feature<MultiPolygon, ProvinceProperties>;

export interface ChinaGeometry {
  provinces: ProvinceFeature[];
  /** every province outline except the South China Sea islands (what the main map is fitted to) */
  outlines: FeatureCollection<MultiPolygon, ProvinceProperties>;
  southSeaIslands: Feature<MultiPolygon>;
  /** prefecture-level city code -> seat [lng, lat] */
  citySeats: ReadonlyMap<string, [number, number]>;
}

type ChinaTopology = Topology<{
  provinces: GeometryCollection<ProvinceProperties>;
  southSeaIslands: GeometryCollection;
  cities: GeometryCollection<{ adcodes: string[] }>;
}>;

export function decodeChinaGeometry(json: unknown): ChinaGeometry {
  const topo = json as ChinaTopology;
  const outlines = feature(topo, topo.objects.provinces) as FeatureCollection<
    MultiPolygon,
    ProvinceProperties
  >;
  const islands = feature(topo, topo.objects.southSeaIslands).features[0] as
    | Feature<MultiPolygon>
    | undefined;
  if (outlines.features.length === 0 || !islands) throw new Error("map outlines are missing");
  const seats = feature(topo, topo.objects.cities).features[0] as Feature<MultiPoint, { adcodes: string[] }>;
  const citySeats = new Map<string, [number, number]>();
  seats?.properties.adcodes.forEach((adcode, i) => {
    const at = seats.geometry.coordinates[i];
    if (at && at[0] !== undefined && at[1] !== undefined) citySeats.set(adcode, [at[0], at[1]]);
  });
  return { provinces: outlines.features, outlines, southSeaIslands: islands, citySeats };
}

let pending: Promise<ChinaGeometry> | null = null;

/** Loads the outlines once per page; a failed load can be retried. */
export function loadChinaGeometry(): Promise<ChinaGeometry> {
  pending ??= import("./china-provinces.topo.json").then(
    (module) => decodeChinaGeometry(module.default),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
