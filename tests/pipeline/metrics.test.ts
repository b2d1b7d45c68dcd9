import { describe, expect, it } from "vitest";
import { extractMetrics } from "../../src/pipeline/metrics.ts";
import type { Metric } from "../../src/shared/schema.ts";

type Want = [value: number, unit: string, qualifier?: Metric["qualifier"], text?: string];

const project = (ms: Metric[], want: Want[]) =>
  ms.map((m, i) => {
    const w = want[i];
    const row: unknown[] = [m.value, m.unit];
    if (w && w.length > 2) row.push(m.qualifier);
    if (w && w.length > 3) row.push(m.text);
    return row;
  });

describe("extractMetrics: figures in the genre", () => {
  const cases: [string, Want[]][] = [
    // money
    [
      "全市各级工会共走访慰问困难职工3.2万户,发放慰问金1.2亿元。",
      [
        [32000, "户", "exact", "3.2万户"],
        [120000000, "CNY", "exact", "1.2亿元"],
      ],
    ],
    ["已发放慰问金2054.78万元。", [[20547800, "CNY", "exact", "2054.78万元"]]],
    // 名 before 单身 counts people; 批次 and couples (对) are measure words; "一对一" is a manner
    ["120名单身职工参加联谊活动。", [[120, "人", "exact", "120名"]]],
    ["计划分12批次组织职工疗休养。", [[12, "批次", "exact", "12批次"]]],
    ["现场有12对牵手成功。", [[12, "对", "exact", "12对"]]],
    ["开展一对一帮扶。", []],
    ["3家企业对接岗位。", [[3, "家", "exact", "3家"]]],
    [
      "热线共接听来电86通,受理求助个案37宗。",
      [
        [86, "通", "exact", "86通"],
        [37, "宗", "exact", "37宗"],
      ],
    ],
    ["5通道全部开通。", []],
    ["开展1对1帮扶。", []],
    [
      "春运期间发车86辆次,筛查出130例,发放头盔1500顶。",
      [
        [86, "辆次", "exact", "86辆次"],
        [130, "例", "exact", "130例"],
        [1500, "顶", "exact", "1500顶"],
      ],
    ],
    ["例如3例外情况。", []],
    ["比赛以3对2获胜。", []],
    ["接听12351通话。", []],
    ["全年发放各类帮扶资金共计2.3亿余元。", [[230000000, "CNY", "over", "2.3亿余元"]]],
    [
      "每人发放500元慰问金,不足500元的由区总补齐。",
      [
        [500, "CNY", "exact"],
        [500, "CNY", "under", "不足500元"],
      ],
    ],
    [
      "医疗互助参保职工达26.8万人,理赔金额3276.5万元。",
      [
        [268000, "人"],
        [32765000, "CNY"],
      ],
    ],
    [
      "慰问困难职工三千五百人,发放慰问金三千五百元。",
      [
        [3500, "人"],
        [3500, "CNY"],
      ],
    ],
    // people and person-times
    [
      "今年夏送清凉活动覆盖职工超15万人次,发放物资价值860余万元。",
      [
        [150000, "人次", "over", "超15万人次"],
        [8600000, "CNY", "over", "860余万元"],
      ],
    ],
    ["金秋助学活动资助困难职工子女1200名。", [[1200, "人", "exact", "1200名"]]],
    [
      "全省已建成工会驿站1.5万余个,年服务户外劳动者超千万人次。",
      [
        [15000, "个", "over"],
        [10000000, "人次", "over", "超千万人次"],
      ],
    ],
    [
      "举办招聘会120场次,提供岗位3万余个,达成就业意向4600人。",
      [
        [120, "场", "exact", "120场次"],
        [30000, "个", "over"],
        [4600, "人"],
      ],
    ],
    [
      "开展义诊活动30余次,服务职工2000多人次。",
      [
        [30, "次", "over"],
        [2000, "人次", "over", "2000多人次"],
      ],
    ],
    [
      "组织23名劳模疗休养,3位专家现场授课。",
      [
        [23, "人"],
        [3, "人"],
      ],
    ],
    ["该公司成立于2008年,拥有员工1200余人。", [[1200, "人", "over", "1200余人"]]],
    [
      "上千名职工参加,惠及十万职工。",
      [
        [1000, "人", "over", "上千名"],
        [100000, "人", "exact", "十万"],
      ],
    ],
    [
      "近5万会员,累计受益人数达1.2万。",
      [
        [50000, "人", "approx", "近5万"],
        [12000, "人", "exact", "1.2万"],
      ],
    ],
    [
      "培训农民工3000人以上,年均服务200人左右。",
      [
        [3000, "人", "over", "3000人以上"],
        [200, "人", "approx", "200人左右"],
      ],
    ],
    [
      "一百二十名志愿者和1,200名职工参加。",
      [
        [120, "人"],
        [1200, "人", "exact", "1,200名"],
      ],
    ],
    [
      "线上3场讲座,预约300人次。",
      [
        [3, "场", "exact", "3场"],
        [300, "人次", "exact", "300人次"],
      ],
    ],
    // counts
    [
      "向环卫工人送去防暑降温用品5000份、西瓜800箱。",
      [
        [5000, "份"],
        [800, "箱"],
      ],
    ],
    [
      "新建改建工会驿站86座,组建20余支志愿服务队。",
      [
        [86, "座"],
        [20, "支", "over", "20余支"],
      ],
    ],
    [
      "两家企业签约,三个项目落地。",
      [
        [2, "家"],
        [3, "个"],
      ],
    ],
    ["近年来,该市先后建成职工书屋百余家。", [[100, "家", "over", "百余家"]]],
    [
      "覆盖职工家庭800户,开展活动三十余场。",
      [
        [800, "户"],
        [30, "场", "over", "三十余场"],
      ],
    ],
    [
      "心理热线接听来电1800余个,阅读量超过5万。",
      [
        [1800, "个", "over"],
        [50000, "次", "over", "超过5万"],
      ],
    ],
    // traditional characters and full-width digits
    [
      "全市工會共舉辦技能競賽35場,參與職工逾2萬人。",
      [
        [35, "場"],
        [20000, "人", "over", "逾2萬人"],
      ],
    ],
    [
      "發放慰問金1,250萬元,開設課程12門,組建服務隊8個。",
      [
        [12500000, "CNY"],
        [12, "門"],
        [8, "個"],
      ],
    ],
    [
      "慰问困难职工１２３４人，发放慰问金５６．７万元。",
      [
        [1234, "人", "exact", "１２３４人"],
        [567000, "CNY"],
      ],
    ],
    ["累計服務職工30餘萬人次。", [[300000, "人次", "over", "30餘萬人次"]]],
    // durations
    [
      "12年来,热线24小时在线。",
      [
        [12, "年"],
        [24, "小时"],
      ],
    ],
    [
      "近3年,共培训3个月。",
      [
        [3, "年", "approx"],
        [3, "个月"],
      ],
    ],
    // not figures
    ["2025年12月31日,2026年元旦前夕,市总工会启动送温暖活动。", []],
    ["职工可拨打12351热线咨询,该市在全省考核中位列第3名。", []],
    ["第二季活动于1月初启动,共3期。", [[3, "期"]]],
    ["参与率达95%,同比增长12.5%。", []],
    ["数十家企业参与,千家万户受益,亿万职工关注。", []],
    ["一家吹塑家具公司组建一支队伍,一线职工受益。", []],
    ["两节期间,活动持续3至5天。", []],
    ["构建5大制度,推出5G服务,洛阳市第五人民医院参与。", []],
    ["三四个人一组,七八家单位参加。", []],
    ["2026年1月26日至2月10日,活动在全市展开。", []],
    ["2024年以来,成立于2019年。", []],
    // hotlines and phone numbers: a number glued to a noun without a measure word, or dialled
    ["职工可拨打12351职工服务热线,就高温作业时长进行咨询。", []],
    ["职工可拨打１２３５１职工服务热线咨询。", []],
    ["开通12351职工热线。", []],
    ["服务热线：968职工之家,欢迎来电。", []],
    ["拨打96812职工可获帮助。", []],
    ["全市12351职工参与问卷。", []], // five bare digits glued to a noun: a code, not a head count
    [
      "热线24小时在线,开通热线3条。",
      [
        [24, "小时"],
        [3, "条"],
      ],
    ],
    [
      "全市近5万职工参与,1200余职工受益。",
      [
        [50000, "人", "approx", "近5万"],
        [1200, "人", "over", "1200余"],
      ],
    ],
    // full-width digits, punctuation and 场次
    ["将轮流举办专场招聘会6场次，并同步开设直播带岗。", [[6, "场", "exact", "6场次"]]],
    [
      "首批吸纳会员１２００余名；为５个站点授牌！",
      [
        [1200, "人", "over", "１２００余名"],
        [5, "个", "exact", "５个"],
      ],
    ],
    ["调解成功率达92.6％，追回欠薪1630万元。", [[16300000, "CNY", "exact", "1630万元"]]],
    ["编号Ｇ１２３段，共３辆车。", [[3, "辆"]]],
    // 组 as a measure word, not inside 组织/组建/组成/组长/组委会/组团
    [
      "配套安装换电柜40组,提供储物柜12组。",
      [
        [40, "组", "exact", "40组"],
        [12, "组"],
      ],
    ],
    ["购置40组储物柜。", [[40, "组"]]],
    [
      "由5人组成服务队,10支队伍组建完成。",
      [
        [5, "人"],
        [10, "支"],
      ],
    ],
    ["3组织联合开展,2组委会成员,4组长到场,6组团参观。", []],
    ["分成两组进行比赛,第3组表现突出。", []],
    [
      "为留岗职工摆上56桌年夜饭,开通返乡专列120趟。",
      [
        [56, "桌"],
        [120, "趟"],
      ],
    ],
    ["对困难职工开展二次救助,全年慰问两次。", [[2, "次"]]],
    ["3部门联合发文,拍摄微电影5部。", [[5, "部"]]],
  ];
  it.each(cases)("%s", (text, want) => {
    const ms = extractMetrics([text]);
    expect(project(ms, want)).toEqual(want);
  });
});

describe("extractMetrics: kind", () => {
  it.each<[string, string[]]>([
    ["发放慰问金2054.78万元。", ["money"]],
    ["每人发放500元,共发放12万元。", ["other", "money"]],
    ["一餐才花8元,原价15元。", ["other", "other"]],
    ["人均补贴300元。", ["other"]],
  ])("%s", (text, kinds) => {
    expect(extractMetrics([text]).map((m) => m.kind)).toEqual(kinds);
  });
});

describe("extractMetrics: labels, text and quotes", () => {
  it("takes the noun before a trailing figure and after a leading one", () => {
    const ms = extractMetrics([
      "目前,已建成户外劳动者驿站、骑手驿站共40个,骑手食堂15个。",
      "覆盖230家单独建会企业,送上900套“温暖大礼包”。",
      "调处劳动争议216件,涉及金额271万元。",
    ]);
    expect(ms.map((m) => [m.label, m.text])).toEqual([
      ["骑手驿站", "40个"],
      ["骑手食堂", "15个"],
      ["单独建会企业", "230家"],
      ["温暖大礼包", "900套"],
      ["劳动争议", "216件"],
      ["金额", "271万元"],
    ]);
  });

  it("quotes the sentence, with a quotation kept whole", () => {
    const p = "“我们很开心,收到了3份礼包。”1月30日,慰问组送去慰问金5万元。此外还有10场活动。";
    const ms = extractMetrics([p]);
    expect(ms.map((m) => m.quote)).toEqual([
      "“我们很开心,收到了3份礼包。”",
      "1月30日,慰问组送去慰问金5万元。",
      "此外还有10场活动。",
    ]);
    expect(ms.map((m) => m.kind)).toEqual(["count", "money", "count"]);
  });

  it("reports kinds per schema", () => {
    const kinds = extractMetrics(["慰问金5万元,职工300人,服务500人次,建成驿站8个,热线24小时。"]).map(
      (m) => m.kind,
    );
    expect(kinds).toEqual(["money", "people", "person-times", "count", "duration"]);
  });

  it("counts households as people, the measure word kept", () => {
    const ms = extractMetrics(["走访慰问困难女职工1300余户,帮扶4.2万户困难家庭。"]);
    expect(ms.map((m) => [m.kind, m.value, m.unit, m.text])).toEqual([
      ["people", 1300, "户", "1300余户"],
      ["people", 42000, "户", "4.2万户"],
    ]);
  });

  it("drops a subheading's figure that the text repeats, keeps one it does not", () => {
    const ms = extractMetrics([
      "专场招聘提供岗位6000余个",
      "120家用人单位提供就业岗位6000余个,现场830人达成意向。",
      "首批建成驿站18个",
      "驿站提供饮水、充电服务。",
    ]);
    expect(ms.map((m) => m.text)).toEqual(["120家", "6000余个", "830人", "18个"]);
    expect(ms[1]?.quote).toContain("用人单位");
  });

  it("keeps a figure of a sentence paragraph that a later sentence repeats", () => {
    const ms = extractMetrics(["全区建成驿站18个。", "骑手食堂也开了18个。"]);
    expect(ms.map((m) => m.text)).toEqual(["18个", "18个"]);
  });

  it("keeps text order across paragraphs and reports a repeated identical figure once", () => {
    const ms = extractMetrics(["送上900套礼包。", "共有48家驿站参与,900套礼包已送达。"]);
    expect(ms.map((m) => m.text)).toEqual(["900套", "48家"]);
  });

  it("is deterministic", () => {
    const p = ["余姚市阳明街道辖区内共有7000余家企业和近5万会员。", "组织劳动技能竞赛52场,覆盖上万人次。"];
    expect(extractMetrics(p)).toEqual(extractMetrics(p));
  });
});
