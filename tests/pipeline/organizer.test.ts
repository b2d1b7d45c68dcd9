import { describe, expect, it } from "vitest";
import { extractOrganizer, findUnions } from "../../src/pipeline/organizer.ts";
import { resolvePlaces } from "../../src/pipeline/places.ts";
import type { PageItem } from "../../src/pipeline/types.ts";
import { item } from "./page-item.ts";

const organizer = (it: PageItem) => extractOrganizer(it, resolvePlaces(it).place);

describe("extractOrganizer", () => {
  const cases: [string, PageItem, string | null][] = [
    [
      "a headline's shortened union yields to the lead's formal name for the same place",
      item("邯郸工会为环卫工送上热饺子", ["1月20日,河北省邯郸市总工会走进环卫站点,为环卫工人送上热饺子。"]),
      "河北省邯郸市总工会",
    ],
    [
      "a headline's workplace union is kept when the lead's formal union is elsewhere",
      item("邯郸工会为环卫工送上热饺子", ["1月20日,石家庄市总工会也开展了同类活动。"]),
      "邯郸工会",
    ],
    ["union in the headline", item("郑州市总工会开设职工夜校", ["课程涵盖书法、舞蹈等。"]), "郑州市总工会"],
    [
      "leading 由 is not part of the name",
      item("冰雪嘉年华", ["2月1日，由海淀区总工会主办、区文化馆承办的冰雪嘉年华开幕。"], { kind: "photo" }),
      "海淀区总工会",
    ],
    [
      "headline short forms dropped before a full county name",
      item("“小饭桌”解决后顾之忧", ["近年来，海宁市总工会联合教育部门开办托管班。"], {
        kicker: "嘉兴海宁市总工会",
      }),
      "海宁市总工会",
    ],
    [
      "headline short forms dropped before a town union",
      item("江苏昆山玉山镇总工会搭建企业互助平台", ["玉山镇总工会在辖区内组建了5个片区联盟。"]),
      "玉山镇总工会",
    ],
    [
      "a formal full name is kept as printed",
      item("500份年货送到环卫工人手中", [
        "日前，江苏省苏州市吴中区总工会启动送温暖行动。",
        "吴中区总还下拨了专项资金。",
      ]),
      "江苏省苏州市吴中区总工会",
    ],
    [
      "headline beats lead, lead beats body",
      item("武汉市总工会发布职工疗休养线路", [
        "记者从江岸区总工会获悉，今年将有更多一线职工参加疗休养。",
        "武昌区总工会也推出了类似举措。",
      ]),
      "武汉市总工会",
    ],
    [
      "lead beats body",
      item("职工疗休养线路发布", [
        "记者从江岸区总工会获悉，今年疗休养名额增加。",
        "武昌区总工会也推出了类似举措。",
      ]),
      "江岸区总工会",
    ],
    [
      "the provincial union before a sectoral one named after it",
      item("勘探队员收到慰问品", ["1月18日，队员们收到来自四川省总工会、省地质工会的慰问品。"], {
        kicker: "四川",
      }),
      "四川省总工会",
    ],
    [
      "generic unions are not organisers",
      item("片区联盟见成效", ["全省各级工会积极响应，企业工会联盟不断壮大，来自工会的关怀直达一线。"]),
      null,
    ],
    [
      "without a union, the organisation that held the event",
      item("春运前为司机查体", ["1月28日，中国铁路广州局集团有限公司长沙车务段开展“健康护航”义诊活动。"], {
        kind: "photo",
      }),
      "中国铁路广州局集团有限公司长沙车务段",
    ],
    [
      "the holder after a date in full-width digits",
      item("春运前为司机查体", ["１月２８日中国铁路广州局集团有限公司长沙车务段开展义诊活动。"], {
        kind: "photo",
      }),
      "中国铁路广州局集团有限公司长沙车务段",
    ],
    [
      "the holder after a leading 由, ASCII punctuation",
      item("春运前为司机查体", ["1月28日,由中国铁路广州局集团有限公司长沙车务段组织义诊活动。"], {
        kind: "photo",
      }),
      "中国铁路广州局集团有限公司长沙车务段",
    ],
    ["nothing to name", item("雪中的驿站", ["驿站里暖意融融，职工们围坐在一起。"]), null],
    [
      "a verb ends the name: the object of 推进 is no organiser, the 总工会 in the text is",
      item("郑州金水区推进楼宇工会建设", ["这是金水区总工会推进楼宇工会建设的一个缩影。"]),
      "金水区总工会",
    ],
    [
      "a union founded by the organiser is not it",
      item("朝阳区总工会推动成立快递行业工会联合会", ["首批吸纳会员300人。"]),
      "朝阳区总工会",
    ],
  ];

  it.each(cases)("%s", (_label, it, expected) => {
    expect(organizer(it)).toBe(expected);
  });

  it("prefers the union in the item's place among equals", () => {
    const it1 = item("两地工会联合开展职工交流", ["成都市总工会与重庆市总工会签署合作协议。"]);
    const chongqing = {
      province: "重庆市",
      city: "重庆市",
      district: null,
      adcode: "500000",
      lat: 0,
      lng: 0,
      level: "province",
    } as const;
    expect(extractOrganizer(it1, chongqing)).toBe("重庆市总工会");
    expect(extractOrganizer(it1, null)).toBe("成都市总工会");
  });
});

describe("findUnions", () => {
  it.each<[string, string[]]>([
    ["收到来自贵州省总工会、省地质工会的慰问", ["贵州省总工会", "省地质工会"]],
    ["这里是宁夏回族自治区总工会职工服务热线", ["宁夏回族自治区总工会"]],
    ["舜宇集团工会通过联盟结对", ["舜宇集团工会"]],
    ["2026年工会驿站送温暖，还好工会有线上课堂", []],
    ["市教育工会联合会组织教师参加培训", ["市教育工会联合会"]],
    ["郑州金水区推进楼宇工会建设", []],
    ["西城区总工会推动成立快递行业工会联合会", ["西城区总工会"]],
    ["海淀区总工会开展职工工会干部培训", ["海淀区总工会"]],
    ["朝阳区望京商圈联合工会召开会员大会", ["朝阳区望京商圈联合工会"]],
    ["西城区城建发展集团工会举办活动", ["西城区城建发展集团工会"]],
  ])("%s", (text, names) => {
    expect(findUnions(text).map((u) => u.name)).toEqual(names);
  });
});
