/** The map feature's own UI text. Programme-type labels come from the shared taxonomy. */
import { formatCount } from "../../shared/format.ts";
import { PROGRAMME_TYPES } from "../../shared/taxonomy.ts";

export type Lang = "zh" | "en";

const STRINGS = {
  zh: {
    region: "地图与城市列表",
    mapTitle: "中国地图：各城市工会福利项目数",
    mapDesc: (places: number, total: number) =>
      places === 0
        ? "当前筛选下没有可定位的项目。"
        : `圆点表示城市，面积与项目数成正比；省份按项目数着色。共 ${formatCount(places, "zh")} 个地点、${formatCount(total, "zh")} 项。`,
    loading: "地图加载中…",
    loadFailed: "地图未能加载。城市列表仍可使用。",
    /** inset label, one entry per line */
    southSea: ["南海诸岛"],
    legend: "项目数",
    cityPoint: "城市",
    provincePoint: "全省项目",
    // as the charts print counts: "2800", "1.23万"
    count: (n: number) => `${formatCount(n, "zh")} 项`,
    listTitle: "城市列表",
    sortBy: "排序",
    sortCount: "按数量",
    sortPinyin: "按拼音",
    provinceWide: (province: string) =>
      province.endsWith("市") ? "全市" : province.endsWith("省") ? "全省" : "全区",
    unplaced: (n: number) => `另有 ${formatCount(n, "zh")} 项未注明地点`,
    empty: "当前筛选下没有项目。",
    topTypes: "主要类型",
    selected: "已选",
  },
  en: {
    region: "Map and city list",
    mapTitle: "Map of China: union welfare programmes by city",
    mapDesc: (places: number, total: number) =>
      places === 0
        ? "No programme under the current filters has a place."
        : `Circles are cities, their area proportional to the number of programmes; provinces are shaded by count. ${formatCount(places, "en")} places, ${formatCount(total, "en")} programmes.`,
    loading: "Loading the map…",
    loadFailed: "The map could not be loaded. The city list still works.",
    southSea: ["South China Sea", "Islands"],
    legend: "Programmes",
    cityPoint: "City",
    provincePoint: "Province-wide",
    // digits grouped as the charts print them: "12,345 programmes"
    count: (n: number) => `${formatCount(n, "en")} ${n === 1 ? "programme" : "programmes"}`,
    listTitle: "Cities",
    sortBy: "Sort",
    sortCount: "By count",
    sortPinyin: "By pinyin",
    provinceWide: (province: string) => (province.endsWith("市") ? "City-wide" : "Province-wide"),
    unplaced: (n: number) => `${formatCount(n, "en")} more without a place`,
    empty: "No programmes under the current filters.",
    topTypes: "Main types",
    selected: "selected",
  },
} as const;

export type MapStrings = (typeof STRINGS)[Lang];

export function mapStrings(lang: Lang): MapStrings {
  return STRINGS[lang];
}

/** Label of a programme type id; an id the taxonomy does not know is shown as it is. */
export function typeLabel(id: string, lang: Lang): string {
  const entry = PROGRAMME_TYPES.find((t) => t.id === id);
  return entry ? entry[lang] : id;
}
