import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGazetteer, type Mention } from "../../src/pipeline/gazetteer.ts";
import { implicit, placeOf, resolvePlaces, toPlace } from "../../src/pipeline/places.ts";
import { processPage } from "../../src/pipeline/process-page.ts";
import { exactCopy } from "../../src/pipeline/retention.ts";
import { paperName } from "../../src/pipeline/text-shape.ts";
import type { PageItem } from "../../src/pipeline/types.ts";
import { item } from "./page-item.ts";

type Expected = [province: string, city: string | null, district: string | null, level: string] | null;

const summary = (p: ReturnType<typeof resolvePlaces>["place"]): Expected =>
  p ? [p.province, p.city, p.district, p.level] : null;

describe("resolvePlaces: the place of the programme", () => {
  const cases: [string, PageItem, Expected][] = [
    [
      "city short + county in the kicker",
      item("“小饭桌”解决双职工后顾之忧", ["近年来，海宁市总工会联合教育部门开办职工子女托管班。"], {
        kicker: "嘉兴海宁市总工会",
      }),
      ["浙江省", "嘉兴市", "海宁市", "district"],
    ],
    [
      "province short + county short in the headline, full chain in the lead",
      item("江苏昆山玉山镇总工会搭建企业互助平台", [
        "1月15日，在江苏苏州昆山市一家电子企业车间里，工会志愿者正在为职工讲解劳动合同条款。",
      ]),
      ["江苏省", "苏州市", "昆山市", "district"],
    ],
    [
      "municipality with a district",
      item("职工书法展开幕", ["2月6日，上海市浦东新区总工会在区职工活动中心举办迎新春职工书法展。"], {
        kind: "photo",
      }),
      ["上海市", "上海市", "浦东新区", "district"],
    ],
    [
      "municipality alone: the city repeats the province",
      item("北京：户外劳动者驿站再添新点位", ["北京市总工会日前公布了新一批户外劳动者驿站名单。"]),
      ["北京市", "北京市", null, "province"],
    ],
    [
      "repeated county name settled by a city named later",
      item("鼓楼区总工会为快递小哥送年货", ["日前，鼓楼区总工会走进福州多家快递网点，送去米面油等年货。"]),
      ["福建省", "福州市", "鼓楼区", "district"],
    ],
    [
      "the same county name in another city",
      item("鼓楼区总工会为快递小哥送年货", ["日前，江苏省南京市鼓楼区总工会走进多家快递网点送去年货。"]),
      ["江苏省", "南京市", "鼓楼区", "district"],
    ],
    [
      "a railway station named after the city is where it stands, not who acts",
      item("心理服务站开进高铁站", ["1月6日,青海省海东市平安区总工会在海东站开设“职工心灵驿站”。"], {
        kicker: "青海海东:",
      }),
      ["青海省", "海东市", "平安区", "district"],
    ],
    [
      "a kicker naming an organisation says whose programme, not where: the county in the lead wins",
      item("草原邮路上的“流动补给站”", ["在甘南藏族自治州玛曲县,乡邮员每天骑着摩托车往返于草原深处。"], {
        kicker: "甘肃邮政工会:",
      }),
      ["甘肃省", "甘南藏族自治州", "玛曲县", "district"],
    ],
    [
      "a kicker naming only a place keeps its weight",
      item("草原邮路上的“流动补给站”", ["在甘南藏族自治州玛曲县,乡邮员每天骑着摩托车往返于草原深处。"], {
        kicker: "甘肃:",
      }),
      ["甘肃省", null, null, "province"],
    ],
    [
      "a roundup of several provinces, none standing out, is placed in none of them",
      item("各地工会持续开展高温慰问", [
        "入伏以来,各地工会把夏送清凉作为一件实事。在河北,省总工会安排专项资金3260万元。在江苏,全省工会驿站延长开放时间。在广东,省总工会组建服务队312支。在四川,各级工会发放防暑物资。",
      ]),
      null,
    ],
    [
      "a province's item that names two others in passing stays the province's",
      item("江西工会驿站服务户外劳动者超千万人次", [
        "江西省总工会获悉,全省建成工会驿站4800余个,并与湖南、广东两省工会签订互认协议。",
      ]),
      ["江西省", null, null, "province"],
    ],
    [
      "a touring campaign's stop (…·宁波站) is no railway station",
      item("劳模工匠助企行·宁波站", ["浙江省总工会组织来自杭州、温州的10名劳模工匠走进企业。"]),
      ["浙江省", "宁波市", null, "city"],
    ],
    [
      "an event in one city with teams from other provinces is that city's, no roundup",
      item("长三角职工篮球赛开幕", [
        "5月10日,长三角职工篮球赛在安徽芜湖开幕,来自上海、江苏、浙江的16支职工队伍参赛。",
      ]),
      ["安徽省", "芜湖市", null, "city"],
    ],
    [
      "a roundup that names its provinces' cities is still placed in none of them",
      item("各地工会送清凉", [
        "入伏以来,浙江杭州市总工会为环卫工人送上防暑用品;江苏南京市总工会延长驿站开放时间;广东深圳市总工会组建服务队。",
      ]),
      null,
    ],
    [
      "a station alone still places the item",
      item("春运暖心服务", ["1月20日,工会志愿者在郑州东站为返乡旅客送上热饮。"]),
      ["河南省", "郑州市", null, "city"],
    ],
    [
      "a place inside a company name is weak evidence",
      item("春运前为司机查体", [
        "1月28日，中国铁路广州局集团有限公司长沙车务段邀请医护人员为一线职工提供查体服务。",
      ]),
      ["湖南省", "长沙市", null, "city"],
    ],
    [
      "a visiting delegation's home is weak evidence",
      item("码头工人的“港湾驿站”引来同行取经", [
        "2月5日，江苏省连云港市总工会考察团一行来到日照，实地考察港区“港湾驿站”建设运行情况。",
        "日照市总工会依托港区、物流园区，已建成“港湾驿站”46个。",
      ]),
      ["山东省", "日照市", null, "city"],
    ],
    [
      "a province-wide drive stays at province level",
      item(
        "筑路工人收到新春慰问品",
        [
          "1月22日，在云南省大理州祥云县一处高速公路施工现场，云南省总工会慰问组为一线职工送上慰问品。",
          "据了解，云南省总工会此次深入全省16个州（市）开展送温暖活动，全省各级工会共筹集资金1.2亿元。",
          "云南省总还组织开展线上招聘活动，云南省总工会相关负责人介绍了有关情况。",
        ],
        { kicker: "云南" },
      ),
      ["云南省", null, null, "province"],
    ],
    [
      "a city union's item stays at city level when a district is named in passing",
      item("郑州市总工会开设职工夜校", [
        "郑州市总工会今年开设职工夜校课程60门，覆盖全市。",
        "郑州市总工会相关负责人说，金水区一处教学点最受欢迎。",
      ]),
      ["河南省", "郑州市", null, "city"],
    ],
    [
      "the lead sentence names the site",
      item("寒冬里的一碗热汤", ["1月20日，在四川省成都市武侯区一处环卫站点，工会志愿者为环卫工人送上热汤。"]),
      ["四川省", "成都市", "武侯区", "district"],
    ],
    [
      "a county-level city under its province directly",
      item("湖北仙桃市总工会开展技能培训", ["仙桃市总工会组织200名职工参加电工培训。"]),
      ["湖北省", null, "仙桃市", "district"],
    ],
    [
      "autonomous region and city",
      item("职工子女寒假托管班开班", ["2月1日，宁夏回族自治区石嘴山市工人文化宫寒假托管班开班。"]),
      ["宁夏回族自治区", "石嘴山市", null, "city"],
    ],
    [
      "no place at all",
      item("全总部署春节送温暖工作", ["全国各级工会要把党和政府的关怀送到职工心坎上。"]),
      null,
    ],
  ];

  it.each(cases)("%s", (_label, it, expected) => {
    expect(summary(resolvePlaces(it).place)).toEqual(expected);
  });

  it("fills adcode and coordinates of the most precise level", () => {
    const { place } = resolvePlaces(item("", ["日前，河北省石家庄市长安区总工会启动送温暖活动。"]));
    const unit = loadGazetteer().byAdcode.get("130102");
    expect(place).toEqual({
      province: "河北省",
      city: "石家庄市",
      district: "长安区",
      adcode: "130102",
      lat: unit?.lat,
      lng: unit?.lng,
      level: "district",
    });
  });
});

describe("resolvePlaces: every place named", () => {
  it("lists each place once, most precise form, in order", () => {
    const { places } = resolvePlaces(
      item("", ["在贵州省安顺市西秀区，慰问组走访了多个站点；此后又赴遵义和安顺，贵州省总工会负责人参加。"]),
    );
    expect(places.map((p) => [p.province, p.city, p.district, p.level])).toEqual([
      ["贵州省", "安顺市", "西秀区", "district"],
      ["贵州省", "遵义市", null, "city"],
    ]);
  });

  it("keeps a place that is only part of a company name", () => {
    const { places } = resolvePlaces(item("", ["中国铁路广州局集团有限公司长沙车务段开展义诊。"]));
    expect(places.map((p) => p.city)).toEqual(["广州市", "长沙市"]);
  });

  it("is empty without places", () => {
    expect(resolvePlaces(item("工会驿站迎来新朋友", ["驿站里暖意融融。"]))).toEqual({
      place: null,
      places: [],
      tied: false,
    });
  });
});

describe("implicit: bare references to the unit in focus", () => {
  // the regexes `implicit` walks by hand, as the reference
  const REFERENCE = {
    province: /[全本]省|省总|省委|省政府/g,
    city: /[全本]市|市总|市委|市政府/g,
    district: /[全本][区县]|[区县]总|[区县]委/g,
  } as const;
  const reference = (text: string, mentions: readonly Mention[], level: keyof typeof REFERENCE) => {
    let n = 0;
    for (const m of text.matchAll(REFERENCE[level])) {
      const unit = m.index + m[0].search(/[省市区县]/);
      if (!mentions.some((x) => x.start <= unit && unit < x.end)) n++;
    }
    return n * 0.5;
  };
  const text = fc.string({ unit: fc.constantFrom(..."全本省市区县总委政府洛阳, "), maxLength: 30 });
  const g = loadGazetteer();
  const entry = g.entries[0] as Mention["entry"];
  const mention = (start: number, end: number): Mention =>
    ({
      start,
      end,
      text: "",
      form: "full",
      entry,
      candidates: [entry],
      chained: false,
      tied: false,
    }) satisfies Mention;

  it("counts what the regexes' global scans count, outside mentions", () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(30), fc.nat(4)), { maxLength: 3 }),
        fc.constantFrom("province", "city", "district"),
        (t, spans, level) => {
          const mentions = spans.map(([s, len]) => mention(s, s + len));
          expect(implicit(t, mentions, level)).toBe(reference(t, mentions, level));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["全省省委", "province", 1],
    ["省省总", "province", 0.5],
    ["本市市政府", "city", 1],
    ["区县委", "district", 0.5],
    ["全区县总", "district", 1],
  ] as const)("%s (%s)", (t, level, want) => {
    expect(implicit(t, [], level)).toBe(want);
  });
});

describe("toPlace: one shared Place per unit", () => {
  const g = loadGazetteer();

  it("is, for every unit of the gazetteer, the Place built afresh, frozen, and the same object each time", () => {
    for (const entry of g.entries) {
      const place = toPlace(entry);
      expect(place).toEqual(placeOf(entry));
      expect(Object.isFrozen(place)).toBe(true);
      expect(toPlace(entry)).toBe(place);
    }
  });

  it("gives records equal places whether shared or not", () => {
    const a = resolvePlaces(item("洛阳市总工会开展送温暖活动", ["河南洛阳,涧西区职工。"]));
    const b = resolvePlaces(item("洛阳市总工会开展送温暖活动", ["河南洛阳,涧西区职工。"]));
    expect(a.place).toBe(b.place);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe("exactCopy", () => {
  it("copies any list element for element, into a new array", () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (list) => {
        const pushed: unknown[] = [];
        for (const x of list) pushed.push(x);
        const copy = exactCopy(pushed);
        expect(copy).toEqual(list);
        expect(copy).not.toBe(pushed);
      }),
    );
  });
});

describe("a regional paper's items that name no place are its region's", () => {
  const item = "慰问送到工地上\n\n近日,市总工会组织慰问团走进建筑工地,为一线职工送上棉衣和慰问品。";
  const placesOfPage = (page: string) =>
    processPage("p.txt", new TextEncoder().encode(page)).records.map((r) =>
      r.place ? [r.place.province, r.place.city] : null,
    );
  it.each([
    [
      "front matter: a provincial paper",
      `---\nsource: 湖南工人报\ndate: 2026-01-05\n---\n\n${item}`,
      [["湖南省", null]],
    ],
    [
      "a masthead in traditional characters",
      `澳門工人報\n2026年1月2日　星期五\n\n${item}`,
      [["澳门特别行政区", null]],
    ],
    ["a national paper names no region", `---\nsource: 工人日报\ndate: 2026-01-05\n---\n\n${item}`, [null]],
    ["no paper named", item, [null]],
    [
      "a national body's programme is not the region's",
      `---\nsource: 湖南工人报\n---\n\n全总部署送温暖活动\n\n近日,全国总工会印发通知,部署今年送温暖活动。`,
      [null],
    ],
    ["a source line is no masthead", `来源:北京日报\n\n${item}`, [null]],
    [
      "a county paper whose title names no county: its publisher line does",
      `---\nsource: 今日霍山\n---\n\n今日霍山\n\n中共霍山县委主管　霍山县融媒体中心主办\n\n${item}`,
      [["安徽省", "六安市"]],
    ],
    [
      "a place the item names wins",
      `---\nsource: 湖南工人报\n---\n\n慰问送到工地上\n\n近日,江西省南昌市总工会组织慰问团走进建筑工地。`,
      [["江西省", "南昌市"]],
    ],
  ])("%s", (_name, page, want) => {
    expect(placesOfPage(page)).toEqual(want);
  });
});

describe("paperName", () => {
  it.each([
    [undefined, "河北工人报\n\n第3版\n\n标题", "河北工人报"],
    ["湖南工人报", "标题", "湖南工人报"],
    ["新华网", "标题", null],
    [undefined, "标题\n\n正文一段。\n\n二\n\n三\n\n四\n\n五\n\n六\n\n某地工人报", null], // past the head
  ])("source %s", (source, body, want) => {
    expect(paperName(source, body)).toBe(want);
  });
});

describe("a shared name the item leaves open is read with its page", () => {
  const districts = (page: string) =>
    processPage("p.txt", new TextEncoder().encode(page)).records.map((r) =>
      r.place ? `${r.place.city}${r.place.district ?? ""}` : null,
    );
  const gulou = "【鼓楼】\n\n困难职工心愿全部认领\n\n今年以来,鼓楼区总工会征集困难职工“微心愿”412个。";
  const fujian = "【长汀】\n\n金秋助学\n\n今年暑期,福建省龙岩市长汀县总工会开展“金秋助学”活动。";
  const fujian2 = "【晋江】\n\n驿站提质\n\n今年,福建省泉州市晋江市总工会新建工会驿站12个。";
  const jilin = "【长春】\n\n骑手驿站\n\n近日,吉林省长春市朝阳区总工会新建骑手驿站。";
  it.each([
    ["alone, the lowest code decides (南京)", gulou, ["南京市鼓楼区"]],
    [
      "beside two items in 福建, 福州's",
      `${gulou}\n\n${fujian}\n\n${fujian2}`,
      ["福州市鼓楼区", "龙岩市长汀县", "泉州市晋江市"],
    ],
    ["beside only one, still the lowest code", `${gulou}\n\n${fujian}`, ["南京市鼓楼区", "龙岩市长汀县"]],
    [
      "on a page that mixes provinces, still the lowest code",
      `${gulou}\n\n${fujian}\n\n${fujian2}\n\n${jilin}\n\n${jilin}`,
      ["南京市鼓楼区", "龙岩市长汀县", "泉州市晋江市", "长春市朝阳区", "长春市朝阳区"],
    ],
    [
      "under a banner naming 八闽, 福州's",
      `2025年终盘点·八闽工会办实事\n\n${gulou}\n\n【长汀】\n\n助学\n\n今年暑期开展“金秋助学”活动。`,
      ["福州市鼓楼区", null],
    ],
    [
      "the item's own evidence beats the page",
      `鼓楼区总工会与南京地铁共建驿站\n\n近日,鼓楼区总工会与南京地铁共建驿站。\n\n${fujian}`,
      ["南京市鼓楼区", "龙岩市长汀县"],
    ],
  ])("%s", (_name, page, want) => {
    expect(districts(page)).toEqual(want);
  });
});
