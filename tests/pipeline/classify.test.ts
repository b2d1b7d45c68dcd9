import { describe, expect, it } from "vitest";
import { type ClassifyInput, classifyItem } from "../../src/pipeline/classify.ts";

const item = (title: string, paragraphs: string[], extra: Partial<ClassifyInput> = {}): ClassifyInput => ({
  title,
  subtitle: null,
  kicker: null,
  section: null,
  paragraphs,
  ...extra,
});

describe("classifyItem types", () => {
  const cases: [string, ClassifyInput, string[]][] = [
    [
      "summer drive is a warmth visit",
      item("高温下的清凉问候", ["7月10日,某市总工会开展夏送清凉活动,为环卫工人送去防暑降温用品500份。"]),
      ["warmth-visits"],
    ],
    [
      "station headline plus gig workers in the body",
      item("新建工会驿站20个", [
        "区总工会在商圈新建工会驿站20个,为外卖骑手、快递员提供歇脚、饮水、充电服务。",
        "驿站还为新就业形态劳动者开设法律咨询。",
      ]),
      ["outdoor-worker-stations", "gig-worker-services"],
    ],
    [
      "a station named for the mind is mental health, not an outdoor station",
      item("职工心理关爱", ["市总工会开设心灵驿站,提供心理咨询和心理疏导服务,开通心理热线。"]),
      ["mental-health"],
    ],
    [
      "free clinic",
      item("义诊进车间", ["市总工会组织医护人员走进企业开展义诊,为一线职工提供体检和健康咨询。"]),
      ["health-care"],
    ],
    [
      "night school and children's classes (the venue alone is not culture)",
      item("职工夜校开课", ["工人文化宫开设职工夜校和职工子女寒假班,公益培训课程30门。"]),
      ["education-training"],
    ],
    [
      "section banner marks a warmth drive",
      item("慰问坚守一线的职工", ["省总工会走访慰问困难职工,发放慰问金100万元,为困难职工家庭发放帮扶资金。"], {
        section: "2026年两节工会送温暖行动",
      }),
      ["warmth-visits", "hardship-aid"],
    ],
    [
      "one passing mention of a group does not make a programme type",
      item("新春送温暖", ["市总工会走访慰问困难职工,送上慰问品。"]),
      ["warmth-visits"],
    ],
    [
      "job fair",
      item("春风行动招聘会举办", ["县总工会举办招聘会,120家企业提供就业岗位3000余个。"]),
      ["employment-services"],
    ],
    ["nothing to classify", item("天气晴好", ["今天阳光明媚。"]), []],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(classifyItem(input).types).toEqual(expected);
  });

  it("reads traditional-free simplified input only (conversion happens before)", () => {
    expect(classifyItem(item("工會驛站", ["工會驛站"])).types).toEqual([]);
  });
});

describe("classifyItem beneficiaries", () => {
  const cases: [string, ClassifyInput, string[]][] = [
    [
      "riders and couriers",
      item("关爱骑手", ["为外卖骑手和快递员送上暖心包。"]),
      ["gig-workers"],
    ],
    [
      "hardship workers and their children",
      item("金秋助学", ["为困难职工子女发放助学金,帮助困难职工家庭。"]),
      ["hardship-workers", "workers-children"],
    ],
    ["no group named", item("天气晴好", ["今天阳光明媚。"]), []],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(classifyItem(input).beneficiaries).toEqual(expected);
  });
});
