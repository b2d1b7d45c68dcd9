import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findPlaceMentions,
  isAncestor,
  isPlaceName,
  lineage,
  loadGazetteer,
} from "../../src/pipeline/gazetteer.ts";

const g = loadGazetteer();
const byName = (name: string) => g.entries.filter((e) => e.name === name);

describe("loadGazetteer", () => {
  it("holds every province-level unit, prefectures and counties, no 市辖区 placeholders", () => {
    const provinces = g.entries.filter((e) => e.level === "province");
    expect(provinces).toHaveLength(34);
    for (const name of ["台湾省", "香港特别行政区", "澳门特别行政区", "宁夏回族自治区"]) {
      expect(provinces.map((p) => p.name)).toContain(name);
    }
    expect(g.entries.filter((e) => e.level === "city").length).toBeGreaterThan(330);
    expect(g.entries.filter((e) => e.level === "district").length).toBeGreaterThan(2900);
    expect(g.entries.some((e) => e.name === "市辖区" || e.name.includes("直辖"))).toBe(false);
  });

  it("is sorted by adcode and every parent exists", () => {
    const codes = g.entries.map((e) => e.adcode);
    expect(codes).toEqual([...codes].sort());
    for (const e of g.entries) if (e.parent !== null) expect(g.byAdcode.has(e.parent)).toBe(true);
  });

  it("hangs municipal districts under a city unit that repeats the province name", () => {
    const chaoyang = byName("朝阳区").find((e) => e.adcode === "110105");
    expect(chaoyang && lineage(chaoyang).map((e) => `${e.level}:${e.name}`)).toEqual([
      "province:北京市",
      "city:北京市",
      "district:朝阳区",
    ]);
  });

  it("hangs province-administered county-level cities directly under the province", () => {
    const xiantao = byName("仙桃市")[0];
    expect(xiantao?.parent).toBe("420000");
  });

  it.each([
    ["宁夏回族自治区", ["宁夏"]],
    ["广西壮族自治区", ["广西", "八桂"]],
    ["香港特别行政区", ["香港"]],
    ["延边朝鲜族自治州", ["延边", "延边州"]],
    ["锡林郭勒盟", ["锡林郭勒"]],
    ["余姚市", ["余姚"]],
    ["石柱土家族自治县", ["石柱"]],
    ["忠县", []],
  ])("short forms of %s", (name, aliases) => {
    expect(byName(name)[0]?.aliases).toEqual(aliases);
  });

  it("has coordinates inside China, 4 decimals, and no one-character short forms", () => {
    const bad = g.entries.filter(
      (e) =>
        !(e.lat > 3 && e.lat < 54 && e.lng > 73 && e.lng < 136) ||
        Math.round(e.lat * 1e4) / 1e4 !== e.lat ||
        e.aliases.some((a) => a.length < 2),
    );
    expect(bad.map((e) => e.name)).toEqual([]);
  });
});

describe("findPlaceMentions", () => {
  const code = (text: string) => findPlaceMentions(text).map((m) => [m.text, m.entry.adcode]);

  it.each<[string, string, [string, string][]]>([
    [
      "province + city short + county full",
      "记者来到浙江嘉兴海宁市的工地",
      [
        ["浙江", "330000"],
        ["嘉兴", "330400"],
        ["海宁市", "330481"],
      ],
    ],
    [
      "city short + district full",
      "济宁任城区总工会",
      [
        ["济宁", "370800"],
        ["任城区", "370811"],
      ],
    ],
    [
      "all full names",
      "河北省唐山市路南区",
      [
        ["河北省", "130000"],
        ["唐山市", "130200"],
        ["路南区", "130202"],
      ],
    ],
    [
      "autonomous region",
      "广西壮族自治区柳州市",
      [
        ["广西壮族自治区", "450000"],
        ["柳州市", "450200"],
      ],
    ],
    [
      "two city shorts after particles",
      "慰问组赴遵义和六盘水等地",
      [
        ["遵义", "520300"],
        ["六盘水", "520200"],
      ],
    ],
    [
      "county short after its city",
      "宁波余姚",
      [
        ["宁波", "330200"],
        ["余姚", "330281"],
      ],
    ],
    ["county short with its own suffix", "来到余姚县城", [["余姚县", "330281"]]],
    ["county shorts alone are words", "城西、城北两个片区和海港码头", []],
    ["a workplace named after a county short", "大丰实业公司", []],
    ["words that contain a place short", "推广安全生产经验，隆重庆祝节日", []],
    ["idioms", "维护社会长治久安，大理石地面", []],
    [
      "cooperation zones and cooperatives (横琴's zone is 珠海's)",
      "横琴粤澳深度合作区，在合作区工作；农民专业合作社",
      [["横琴粤澳深度合作区", "440400"]],
    ],
    ["a state-level new area is its city's", "雄安新区建设者", [["雄安新区", "130600"]]],
    ["a name two cities use is no alias (海口 has a 西海岸新区 too)", "西海岸新区工会驿站开放", []],
    [
      "a new area in a municipality",
      "重庆两江新区总工会",
      [
        ["重庆", "500000"],
        ["两江新区", "500000"],
      ],
    ],
    [
      "合作市 itself",
      "甘南州合作市总工会",
      [
        ["甘南州", "623000"],
        ["合作市", "623001"],
      ],
    ],
    ["news agency, not 新华区", "新华社记者，和平年代", []],
    ["a short inside a word", "年味聚朝阳", []],
    [
      "municipality",
      "北京市朝阳区",
      [
        ["北京市", "110000"],
        ["朝阳区", "110105"],
      ],
    ],
    [
      "same name, other city",
      "长春市朝阳区",
      [
        ["长春市", "220100"],
        ["朝阳区", "220104"],
      ],
    ],
    [
      "municipal district short after the municipality",
      "上海浦东",
      [
        ["上海", "310000"],
        ["浦东", "310115"],
      ],
    ],
    [
      "a city short beside a company name",
      "中国铁路广州局集团有限公司长沙车务段",
      [
        ["广州", "440100"],
        ["长沙", "430100"],
      ],
    ],
    [
      "市中区 after its city",
      "济南市中区",
      [
        ["济南", "370100"],
        ["市中区", "370103"],
      ],
    ],
    ["generic district name needs its city", "建设新城区", []],
    [
      "generic district name with its city",
      "西安市新城区",
      [
        ["西安市", "610100"],
        ["新城区", "610102"],
      ],
    ],
    [
      "prefecture short chained to a province beats the province short",
      "青海海南州",
      [
        ["青海", "630000"],
        ["海南州", "632500"],
      ],
    ],
    ["区域 is not a district", "海南区域协作", [["海南", "460000"]]],
    [
      "traditional characters",
      "廣東省深圳市",
      [
        ["廣東省", "440000"],
        ["深圳市", "440300"],
      ],
    ],
    ["no place", "职工书屋添新书", []],
  ])("%s: %s", (_label, text, expected) => {
    expect(code(text)).toEqual(expected);
  });

  it("resolves a repeated county name from other places in the text", () => {
    const fuzhou = findPlaceMentions("鼓楼区总工会联合福州市多家企业").find((m) => m.text === "鼓楼区");
    expect(fuzhou?.entry.adcode).toBe("350102");
    expect(fuzhou?.candidates.length).toBe(4);
    const nanjing = findPlaceMentions("鼓楼区总工会与南京地铁共建驿站").find((m) => m.text === "鼓楼区");
    expect(nanjing?.entry.adcode).toBe("320106");
  });

  it.each([
    ["新疆克拉玛依:\n新疆维吾尔自治区克拉玛依市独山子区总工会", "650200"],
    ["吉林通化:\n吉林省通化市总工会组织的活动在集安市启动", "220500"],
  ])(
    "reads a city's short name as the city it names elsewhere, not its namesake district: %s",
    (text, adcode) => {
      const lines = text.split("\n");
      const first = findPlaceMentions(text, { lines }).find(
        (m) => m.start >= 2 && m.end <= (lines[0] as string).length,
      );
      expect(first?.entry.adcode).toBe(adcode);
    },
  );

  it.each([
    ["2025年终盘点·八闽工会办实事", "350000"],
    ["齐鲁工匠进校园", "370000"],
    ["三秦职工", "610000"],
  ])("reads a province's literary name: %s", (text, adcode) => {
    expect(findPlaceMentions(text)[0]?.entry.adcode).toBe(adcode);
  });

  it("lets the page choose only between readings the text leaves level", () => {
    const fujian = g.byAdcode.get("350000");
    const page = fujian ? [fujian] : [];
    const alone = findPlaceMentions("鼓楼区总工会开展慰问", { page })[0];
    expect([alone?.entry.adcode, alone?.tied]).toEqual(["350102", true]);
    const withoutPage = findPlaceMentions("鼓楼区总工会开展慰问")[0];
    expect([withoutPage?.entry.adcode, withoutPage?.tied]).toEqual(["320106", true]);
    const settled = findPlaceMentions("鼓楼区总工会与南京地铁共建驿站", { page })[0];
    expect([settled?.entry.adcode, settled?.tied]).toEqual(["320106", false]);
  });

  it("uses outside context to break a tie", () => {
    const kaifeng = g.byAdcode.get("410200");
    expect(kaifeng).toBeDefined();
    const m = findPlaceMentions("鼓楼区总工会开展慰问", { context: kaifeng ? [kaifeng] : [] })[0];
    expect(m?.entry.adcode).toBe("410204");
  });

  it("reports offsets into the original text", () => {
    const text = "日前，在贵州省清镇市";
    const ms = findPlaceMentions(text);
    expect(ms.map((m) => [m.start, m.end, text.slice(m.start, m.end), m.form, m.chained])).toEqual([
      [4, 7, "贵州省", "full", false],
      [7, 10, "清镇市", "full", true],
    ]);
  });

  it("chains only to an ancestor", () => {
    const [a, b] = findPlaceMentions("浙江余姚");
    expect(a && b && isAncestor(a.entry, b.entry)).toBe(true);
    expect(findPlaceMentions("江苏余姚")).toHaveLength(1);
  });

  it("scans a long page in one pass", () => {
    const page = "贵州省总工会赴贵阳和毕节开展慰问，推广安全生产经验。".repeat(600);
    const ms = findPlaceMentions(page);
    expect(ms).toHaveLength(1800);
  });
});

describe("findPlaceMentions on traditional characters", () => {
  // a few of the one-to-one forms the scan folds, and place-name characters around them
  const PAIRS: [string, string][] = [
    ["東", "东"],
    ["廣", "广"],
    ["區", "区"],
    ["縣", "县"],
    ["總", "总"],
    ["會", "会"],
    ["寧", "宁"],
    ["陽", "阳"],
  ];
  const simplified = (t: string) => PAIRS.reduce((s, [trad, simp]) => s.replaceAll(trad, simp), t);
  const unit = fc.constantFrom(
    ..."广东省深圳市南山区洛阳市西工区总工会宁波余姚在和",
    ...PAIRS.map(([t]) => t),
  );
  const strip = (text: string) =>
    findPlaceMentions(text).map(({ text: _printed, ...m }) => ({
      ...m,
      entry: m.entry.adcode,
      candidates: m.candidates.map((c) => c.adcode),
    }));

  it("finds what it finds in the simplified text, wherever the traditional units stand", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (t) => {
        expect(strip(t)).toEqual(strip(simplified(t)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("isPlaceName", () => {
  it.each([
    ["长汀县", true],
    ["长汀", true], // a county's short name, which running text alone does not count as a mention
    ["雄安新区", true],
    ["链接", false],
    ["记者手记", false],
  ])("%s -> %s", (name, want) => {
    expect(isPlaceName(name)).toBe(want);
  });
});
