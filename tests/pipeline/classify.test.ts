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
      item(
        "慰问坚守一线的职工",
        ["省总工会走访慰问困难职工,发放慰问金100万元,为困难职工家庭发放帮扶资金。"],
        {
          section: "2026年两节工会送温暖行动",
        },
      ),
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
    [
      "a heat-allowance check is rights protection; a quoted 体检 the body never uses is a figure of speech",
      item(
        "高温津贴发没发 工会上门“体检”",
        [
          "7月6日,区总工会法律服务团队走进商圈企业,逐一核对工资台账和防暑降温措施。",
          "区总工会联合人社局开展高温津贴发放专项检查,由工会法律顾问和劳动法律监督员组成检查组,督促5家企业补发高温津贴。",
        ],
        { kicker: "鼓楼区总工会:", section: "2026年工会夏送清凉行动·清凉速递" },
      ),
      ["rights-protection"],
    ],
    [
      "a quoted headline word the body repeats keeps its weight",
      item("工会“体检”进工地", ["市总工会组织医护人员为建筑工人体检,并开展健康咨询。"]),
      ["health-care"],
    ],
    [
      "a sports match is workers' culture",
      item("职工篮球赛激战正酣", ["区总工会举办的职工篮球联赛在全民健身中心进行,24支代表队参加比赛。"]),
      ["culture-recreation"],
    ],
    [
      "a games day and a tug of war are workers' culture",
      item("趣味运动会上比拼忙", ["厂工会举办职工运动会,设拔河比赛、健步走等项目。"]),
      ["culture-recreation"],
    ],
    [
      "founding a drivers' union federation is union building",
      item("货车司机有了自己的“娘家”", [
        "7月14日,区货车司机工会联合会正式成立,首批吸纳会员1200余名。",
        "联合会成立后,将协助货车司机解决运费结算等方面的诉求。",
      ]),
      ["gig-worker-services", "union-building"],
    ],
    [
      "new grassroots unions and members are union building",
      item("快递网点集中“入会”", ["区总工会推动建立行业工会联合会,新建基层工会组织86家,发展会员4700余名。"]),
      ["union-building"],
    ],
    [
      "a campaign banner alone does not label a column's film show",
      item("百场“清凉观影”走进车间", ["市总工会“清凉观影季”首场放映在企业厂区广场举行,职工前来观影。"], {
        section: "2026年工会夏送清凉行动·清凉速递",
      }),
      ["culture-recreation"],
    ],
    [
      "a station built by the union is not a new union",
      item("新建工会驿站20个", ["区总工会在商圈新建工会驿站20个。"]),
      ["outdoor-worker-stations"],
    ],
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
    ["riders and couriers", item("关爱骑手", ["为外卖骑手和快递员送上暖心包。"]), ["gig-workers"]],
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
