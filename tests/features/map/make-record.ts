import type { DatasetRecord, Place } from "../../../src/shared/schema.ts";

let serial = 0;

/** A record with just the fields the map reads; the rest are valid empty values. */
export function makeRecord(place: Place | null, types: string[] = []): DatasetRecord {
  serial++;
  return {
    id: `r${serial}`,
    kind: "article",
    title: `title ${serial}`,
    subtitle: null,
    kicker: null,
    section: null,
    byline: { reporters: [], correspondents: [], photographers: [] },
    date: null,
    place,
    places: place ? [place] : [],
    organizer: null,
    types,
    beneficiaries: [],
    metrics: [],
    paragraphs: [],
    source: { file: "test.txt", lines: [1, 1] },
  };
}

export const PLACES = {
  luoyang: {
    province: "河南省",
    city: "洛阳市",
    district: null,
    adcode: "410300",
    lat: 34.62,
    lng: 112.45,
    level: "city",
  },
  luoyangDistrict: {
    province: "河南省",
    city: "洛阳市",
    district: "西工区",
    adcode: "410303",
    lat: 34.66,
    lng: 112.43,
    level: "district",
  },
  zhengzhou: {
    province: "河南省",
    city: "郑州市",
    district: null,
    adcode: "410100",
    lat: 34.75,
    lng: 113.66,
    level: "city",
  },
  henan: {
    province: "河南省",
    city: null,
    district: null,
    adcode: "410000",
    lat: 34.76,
    lng: 113.67,
    level: "province",
  },
  xiantao: {
    province: "湖北省",
    city: null,
    district: "仙桃市",
    adcode: "429004",
    lat: 30.36,
    lng: 113.45,
    level: "district",
  },
  ningbo: {
    province: "浙江省",
    city: "宁波市",
    district: null,
    adcode: "330200",
    lat: 29.87,
    lng: 121.55,
    level: "city",
  },
  yuyao: {
    province: "浙江省",
    city: "宁波市",
    district: "余姚市",
    adcode: "330281",
    lat: 30.04,
    lng: 121.15,
    level: "district",
  },
  anji: {
    province: "浙江省",
    city: "湖州市",
    district: "安吉县",
    adcode: "330523",
    lat: 30.64,
    lng: 119.68,
    level: "district",
  },
  chaoyang: {
    province: "北京市",
    city: "北京市",
    district: "朝阳区",
    adcode: "110105",
    lat: 39.92,
    lng: 116.44,
    level: "district",
  },
  sansha: {
    province: "海南省",
    city: "三沙市",
    district: null,
    adcode: "460300",
    lat: 16.83,
    lng: 112.35,
    level: "city",
  },
} satisfies Record<string, Place>;
