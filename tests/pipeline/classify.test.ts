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
      "a collective contract is rights protection",
      item("行业签下首份工资专项集体合同", ["市葡萄酒行业首份工资专项集体合同日前签订,覆盖16家企业。"]),
      ["rights-protection"],
    ],
    [
      "model workers sent to teach are education",
      item("劳模工匠进校园", ["市总工会组织5名劳模工匠走进职业技术学院,为学生讲授专业技能。"]),
      ["education-training"],
    ],
    [
      "a mixer for single workers is culture and recreation",
      item("盐湖边的“缘来有约”", ["州总工会为企业单身职工举办联谊活动,120名单身职工参加。"]),
      ["culture-recreation"],
    ],
    [
      "the unions' rights hotline",
      item("12351热线2月接听来电2380个", [
        "市总工会12351职工服务热线共接听来电2380个,其中劳动合同类咨询占四成。",
      ]),
      ["rights-protection"],
    ],
    [
      "workers studying for a degree",
      item("420名一线职工圆了“大学梦”", [
        "市总工会“求学圆梦行动”学员毕业典礼举行,420名一线职工拿到学历证书。",
      ]),
      ["education-training"],
    ],
    [
      "emergency grants for workers in hardship",
      item("因工致困职工拿到“救急金”", ["区总工会向12名因工致困职工发放救急金共计6万元。"]),
      ["hardship-aid"],
    ],
    [
      "blood pressure checks and health advice at a work site",
      item("假期里的“铁路医生”", [
        "区总工会组织医护志愿者走进铁路工务段,为坚守岗位的养路工人免费测量血压、开展健康咨询。",
      ]),
      ["health-care"],
    ],
    [
      "the union's safety monitors are rights protection",
      item("监督员进车间", ["市总工会选聘劳动保护监督员126人,进车间、看现场,发现隐患督促整改。"]),
      ["rights-protection"],
    ],
    [
      "safety gear handed out is warmth, not rights",
      item("为环卫工人送清凉", ["区总工会为环卫工人发放棉衣、手套等劳动保护用品,并送上慰问金。"]),
      ["warmth-visits"],
    ],
    [
      "heating supplied is no warmth visit",
      item("供热管网改造完工", ["热力公司完成管网改造,确保为全市居民送暖。"]),
      [],
    ],
    [
      "warmth sent, as Hong Kong and Macau papers say it",
      item("冬日送暖福袋派到长者会员手上", ["工联各区服务中心举行“冬日送暖”活动,派发福袋1200份。"]),
      ["warmth-visits"],
    ],
    [
      "New Year couplets written in the street (挥春)",
      item("挥春写福迎新年", ["工联义工在街站为街坊及雇员免费书写挥春,半日送出挥春逾600幅。"]),
      ["culture-recreation"],
    ],
    [
      "the first working day's gift is a warmth visit",
      item("节后开工第一天", ["市总工会为返岗一线职工发放“开工红包”1万份,每份200元。"]),
      ["warmth-visits"],
    ],
    [
      "holiday food taken to workers at their posts is a warmth visit",
      item("初五的饺子送到场站", ["正月初五,市总工会志愿者为坚守岗位的公交司机送上热腾腾的饺子。"]),
      ["warmth-visits"],
    ],
    [
      "holding one's post, with nothing sent, is no warmth visit; a dumpling contest is culture",
      item("包饺子比赛", ["春节期间职工坚守岗位,车间工会举办包饺子比赛和文艺演出。"]),
      ["culture-recreation"],
    ],
    [
      "flower arranging on women's day is culture",
      item("“花漾”女神节", ["区总工会举办插花体验活动,数百名女职工在花艺师指导下学习插花。"]),
      ["culture-recreation"],
    ],
    [
      "an opera troupe touring workplaces is culture",
      item("“戏曲进企业”唱响车间", ["区总工会“戏曲进企业”巡演走进一家企业,剧团为400多名职工表演了采茶戏。"]),
      ["culture-recreation"],
    ],
    [
      "a skills contest by any of its names (技能比赛)",
      item("女职工茶艺比拼展风采", ["区总工会举办女职工茶艺技能比赛,66名女职工参赛。"]),
      ["skills-competitions"],
    ],
    [
      "a day-labour market with a union desk is an employment service",
      item("家门口的“零工驿站”", ["区零工市场一年促成灵活用工2.1万余人次,工会窗口提供用工信息。"]),
      ["employment-services"],
    ],
    [
      "a seasonal health lecture is health care, not a class",
      item("春季养生课堂开给女职工", ["县总工会邀请中医院医师为女职工讲解春季养生和疾病预防知识。"]),
      ["health-care"],
    ],
    [
      "training the union's own chairs builds the union",
      item("基层工会主席培训班开班", ["区总工会举办首期基层工会主席培训班,150名新任工会主席参加培训。"]),
      ["education-training", "union-building"],
    ],
    [
      "a dragon-boat race is culture, whoever rows",
      item("汨罗江上赛龙舟", ["端午节当天,市第九届职工龙舟赛开赛,首次设立外卖骑手、快递员组。"]),
      ["gig-worker-services", "culture-recreation"],
    ],
    [
      "a cooling station on wheels is a station, and, in the summer drive's column, a warmth visit",
      item(
        "芒果园旁的“移动清凉站”",
        ["区总工会的“移动清凉站”为施工工人送上凉茶和藿香正气水,送清凉到一线。"],
        {
          section: "2026年工会夏送清凉行动·一线直击",
        },
      ),
      ["warmth-visits", "outdoor-worker-stations"],
    ],
    [
      "a model worker's innovation studio is the contests' home",
      item("劳模创新工作室挂牌", ["地区总工会为“次仁劳模创新工作室”授牌,成员15人开展技术攻关。"]),
      ["skills-competitions"],
    ],
    [
      "night meals taken to a site are a warmth visit",
      item("工地调整作息 工会送来“夜班餐”", ["区总工会为夜间施工的工人免费提供一餐。"]),
      ["warmth-visits"],
    ],
    [
      "an item with no clear label of its own is the campaign's its banner names",
      item("环卫工人穿上新棉衣", ["市总工会为100名环卫工人送上棉衣和手套。"], {
        section: "2026年两节工会送温暖行动",
      }),
      ["warmth-visits"],
    ],
    [
      "a figure of speech is no station (精神补给站)",
      item("职工书屋成了车间里的“精神补给站”", ["企业工会在车间建起职工书屋,藏书3000册。"]),
      ["culture-recreation"],
    ],
    [
      "couriers holding their posts for the public are no warmth visit, nor are dinners delivered",
      item("春节不打烊", ["快递员们坚守岗位,为市民送上一件件年货包裹;骑手配送年夜饭订单5000余份。"]),
      ["gig-worker-services"],
    ],
    [
      "a lecture tour of model workers is no training",
      item("劳模宣讲团走进乡村", ["市总工会劳模宣讲团走进乡村,宣讲劳模精神。"]),
      [],
    ],
    [
      "a hospital visited with gifts is a warmth visit, not health care",
      item("医师节慰问一线医务人员", ["市总工会走进市中心医院,向200名医师送去慰问品。"]),
      ["warmth-visits"],
    ],
    [
      "migrant workers taken home free are a warmth visit",
      item("农民工坐上免费大巴回家过年", ["市总工会开行免费返乡专车420辆,将1.8万名务工人员送回家乡。"]),
      ["warmth-visits"],
    ],
    [
      "the unions' mutual health cover is health care",
      item("职工互助保障上线“线上秒赔”", ["全市参加职工互助保障的职工达11.8万人,今年已发放互助金326万元。"]),
      ["health-care"],
    ],
    [
      "a heat allowance negotiated for riders is rights protection",
      item("外卖骑手的高温补贴谈下来了", [
        "区总工会组织行业工会联合会与平台开展集体协商,骑手每单可获高温补贴。",
      ]),
      ["gig-worker-services", "rights-protection"],
    ],
    [
      "free training that ends in a job contract is training (上岗 alone says no more: 重新上岗 after a course)",
      item("“家政女工”培训班结业即上岗", ["45名学员全部通过考核,其中38人当天与家政企业签订了用工协议。"]),
      ["education-training"],
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
      "training ordered by employers is an employment service too",
      item("订单式培训助农民工上岗", [
        "县总工会联合企业开展订单式培训,学员结业后由企业推荐就业,已有60人实现就业。",
      ]),
      ["education-training", "employment-services"],
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
      "a banner naming its campaign twice is still one vote: it does not label a job fair",
      item("返乡务工人员家门口“挑岗位”", ["县总工会举办招聘会,86家企业提供岗位2300个。"], {
        section: "2026年两节工会送温暖行动·基层直击",
      }),
      ["employment-services"],
    ],
    [
      "a station built by the union is not a new union",
      item("新建工会驿站20个", ["区总工会在商圈新建工会驿站20个。"]),
      ["outdoor-worker-stations"],
    ],
    [
      "volunteer barbers for workers before the holidays are a warmth visit",
      item("理发师进工地 农民工“焕新”过大年", [
        "1月25日,某区总工会组织12名志愿理发师走进工地,为即将返乡的农民工免费理发、修面。",
      ]),
      ["warmth-visits"],
    ],
    ["义剪 is a warmth visit", item("工会义剪进社区", ["志愿者为环卫工人义剪。"]), ["warmth-visits"]],
    [
      "women workers' 两癌 screening is health care",
      item("市总工会启动“三八”女职工关爱行动", [
        "今年将为全市5.6万名女职工免费开展“两癌”筛查,职工可预约筛查时间。",
      ]),
      ["health-care"],
    ],
    [
      "a riders' union founded at delivery stations is union building",
      item("外卖骑手有了自己的“议事会”", ["市总工会推动配送站点建起骑手工会小组,吸纳骑手会员2600余人。"], {
        subtitle: "首批18个配送站点建起骑手工会小组",
      }),
      ["gig-worker-services", "union-building"],
    ],
    [
      "founding verb, a name, then a union (成立…工会, 建起…工会)",
      item("快递员有了“娘家”", ["区总工会推动成立快递行业工会,在网点建起工会小组12个。"]),
      ["gig-worker-services", "union-building"],
    ],
    [
      "a gig workers' union",
      item("新就业形态劳动者工会成立", ["全市首家新就业形态劳动者工会揭牌。"]),
      ["gig-worker-services", "union-building"],
    ],
    [
      "the union's service-station network is union building",
      item("某区学习借鉴外地经验打造“15分钟职工服务圈”", [
        "区总工会建成“15分钟职工服务圈”站点28个,提供法律咨询、文体活动等服务。",
      ]),
      ["union-building"],
    ],
    [
      "a study visit to learn from other unions is union building",
      item("学习借鉴先进经验", ["区总工会组织工会干部赴外地考察交流。"]),
      ["union-building"],
    ],
    [
      "a union's station or staff is no founding (建立工会驿站, 组建工会干部服务队)",
      item("工会驿站暖人心", ["区总工会建立工会驿站10个,组建工会干部服务队为户外劳动者送水。"]),
      ["outdoor-worker-stations"],
    ],
    [
      "a team set up by the union is no founding (组建由…总工会牵头的服务队)",
      item("法律服务进园区", ["区里组建由市总工会牵头的法律服务队,为职工提供法律咨询。"]),
      ["rights-protection"],
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
