import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Place } from "../../../src/shared/schema.ts";
import type { Rng } from "./rng.ts";

/**
 * Places for generated pages and records, drawn from data/gazetteer.json so every name is real and
 * resolvable. Provinces follow a Zipf-like weight (an archive over-reports some provinces), cities
 * and counties are uniform within their parent.
 */
type Row = [
  adcode: string,
  name: string,
  parent: string,
  level: Place["level"],
  lat: number,
  lng: number,
  aliases: string[],
  approx: number,
];

export interface Unit {
  adcode: string;
  name: string;
  /** shortest alias, or the name itself */
  short: string;
  parent: string;
  level: Place["level"];
  lat: number;
  lng: number;
}

export interface PickedPlace {
  province: Unit;
  /** prefecture; for municipalities the unit that repeats the province name */
  city: Unit;
  district: Unit | null;
  municipality: boolean;
}

export interface PlaceBank {
  provinces: readonly Unit[];
  pick(rng: Rng): PickedPlace;
  /** the contract's Place for the most precise of the given level */
  toPlace(p: PickedPlace, level: Place["level"]): Place;
}

const ROOT = resolve(import.meta.dirname, "../../..");

export function loadPlaceBank(rng: Rng): PlaceBank {
  const raw = JSON.parse(readFileSync(resolve(ROOT, "data/gazetteer.json"), "utf8")) as { units: Row[] };
  const units = raw.units.map(([adcode, name, parent, level, lat, lng, aliases]): Unit => {
    const short = [...aliases].sort((a, b) => a.length - b.length)[0] ?? name;
    return { adcode, name, short, parent, level, lat, lng };
  });
  const children = new Map<string, Unit[]>();
  for (const u of units) {
    if (!u.parent) continue;
    const list = children.get(u.parent) ?? [];
    list.push(u);
    children.set(u.parent, list);
  }
  // The archive is of mainland papers: Hong Kong, Macao and Taiwan (71/81/82) are left out.
  const provinces = units.filter(
    (u) =>
      u.level === "province" && !/^(71|81|82)/.test(u.adcode) && (children.get(u.adcode)?.length ?? 0) > 0,
  );
  const order = rng.sample(provinces, provinces.length);
  const pickProvince = rng.weighted(
    order,
    order.map((_, rank) => 1 / (rank + 2) ** 0.9),
  );

  return {
    provinces,
    pick(r) {
      const province = pickProvince();
      const cities = children.get(province.adcode) ?? [];
      const city = r.pick(cities);
      const districts = children.get(city.adcode) ?? [];
      const district = districts.length > 0 ? r.pick(districts) : null;
      return { province, city, district, municipality: city.name === province.name };
    },
    toPlace(p, level) {
      const unit =
        level === "district" && p.district ? p.district : level === "province" ? p.province : p.city;
      const lvl = unit === p.district ? "district" : unit === p.province ? "province" : "city";
      return {
        province: p.province.name,
        city: lvl === "province" ? null : p.city.name,
        district: lvl === "district" ? (p.district?.name ?? null) : null,
        adcode: unit.adcode,
        lat: unit.lat,
        lng: unit.lng,
        level: lvl,
      };
    },
  };
}
