/**
 * The project's taxonomy file: programme types (ids fixed by the dataset contract) and beneficiary
 * groups, with zh/en labels and the keyword rules the pipeline classifies by.
 *
 * Keywords are matched as plain substrings of the (simplified-Chinese) text. `strong` keywords name the
 * programme outright; `weak` ones only count when they recur or stand in the headline. `patterns` are
 * regular-expression sources that weigh like strong keywords, for phrases with a gap in them
 * ("成立…工会": 成立快递行业工会联合会, 建起骑手工会小组).
 */
export interface TaxonomyEntry {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly strong: readonly string[];
  readonly weak: readonly string[];
  readonly patterns?: readonly string[];
}

export const PROGRAMME_TYPES = [
  {
    id: "warmth-visits",
    zh: "送温暖慰问",
    en: "Warmth visits",
    strong: [
      "送温暖",
      "送清凉",
      "夏送清凉",
      "慰问金",
      "慰问品",
      "慰问礼包",
      "大礼包",
      "温暖大礼包",
      "走访慰问",
      "慰问活动",
      "慰问组",
      "春送岗位",
      "两节",
      "暖心包",
      "清凉包",
      // volunteer barbers at sites and stations before the holidays
      "义剪",
      "免费理发",
      "爱心理发",
      "新春红包",
      "春节慰问",
      // warmth sent in winter, as Hong Kong and Macau papers put it (not 送暖 alone: heating is
      // 送暖 too, and 送暖心服务 is a manner)
      "冬日送暖",
      "寒冬送暖",
      // migrant workers taken home for the Spring Festival, free
      "返乡专车",
      "免费返乡",
      "返乡大巴",
      // the gift on the first working day after the Spring Festival
      "开工红包",
      "开工礼包",
      "开工福袋",
    ],
    weak: ["慰问", "礼包", "年货", "防暑降温", "送去关怀", "看望", "理发"],
    patterns: [
      // something sent to those who hold their posts over the holidays ("为坚守岗位的公交司机送上饺子";
      // not the couriers who hold theirs to bring the public its parcels; each lookbehind stands after
      // its literal, so the engine looks for the literal first)
      "坚守(?<=为[^。；！？!?\\n]{0,6}坚守)(?:岗位|一线|在)[^。；！？!?\\n]{0,16}送(?:上|去|来)",
      // the holiday's own food taken to workers ("送上热腾腾的饺子", "送来“夜班餐”"; not 配送年夜饭)
      "送(?<![配运递]送)(?:上|去|来|到)[^，。；：,.;:!?！？\\n]{0,8}(?:饺子|汤圆|元宵|粽子|月饼|年夜饭|团圆饭|夜班餐|爱心餐|姜茶|姜汤|绿豆汤|凉茶|热饮|冷饮)",
    ],
  },
  {
    id: "hardship-aid",
    zh: "困难帮扶",
    en: "Hardship aid",
    strong: [
      "困难职工",
      "帮扶资金",
      "救助金",
      "金秋助学",
      "助学金",
      "大病救助",
      "困难帮扶",
      "解困脱困",
      "帮扶中心",
      "临时救助",
      "救急金",
      "因工致困",
      "致困职工",
    ],
    weak: ["帮扶", "救助", "助学", "困难", "救急", "因病致困"],
  },
  {
    id: "outdoor-worker-stations",
    zh: "工会驿站",
    en: "Outdoor-worker stations",
    strong: [
      "工会驿站",
      "户外劳动者驿站",
      "爱心驿站",
      "暖心驿站",
      "户外劳动者服务站",
      "骑手驿站",
      "职工驿站",
      "服务驿站",
      // stations set up for the heat, fixed or on wheels
      "清凉站",
      "清凉驿站",
      "流动驿站",
    ],
    // (补给站 is as often a figure of speech: 精神补给站, 心灵补给站, a marathon's)
    weak: ["驿站", "户外劳动者", "环卫工人", "补给站", "补给点", "休息点"],
  },
  {
    id: "gig-worker-services",
    zh: "新就业形态劳动者服务",
    en: "Gig-worker services",
    strong: [
      "新就业形态劳动者",
      "新就业群体",
      "外卖配送员",
      "外卖骑手",
      "快递员",
      "快递小哥",
      "网约车司机",
      "网约配送员",
      "货车司机",
      "骑手食堂",
    ],
    weak: ["骑手", "外卖", "快递", "网约车", "平台企业"],
  },
  {
    id: "mental-health",
    zh: "心理健康",
    en: "Mental health",
    strong: [
      "心理健康",
      "心理咨询",
      "心理热线",
      "心理疏导",
      "心理服务",
      "心理测评",
      "心灵驿站",
      "心理辅导",
      "减压",
    ],
    weak: ["心理", "情绪"],
  },
  {
    id: "health-care",
    zh: "医疗健康",
    en: "Health care",
    strong: [
      // defibrillators at stations and workplaces
      "AED",
      "除颤仪",
      "义诊",
      "体检",
      "健康体检",
      "疗休养",
      "疗养",
      "医疗互助",
      "送医",
      "送诊",
      "查体",
      "问诊",
      "健康讲座",
      "职工医疗",
      // women workers' cervical and breast cancer screening
      "两癌",
      "筛查",
      "养生讲座",
      "健康课堂",
    ],
    // blood pressure checked and health advice at a station or a work site: often one service of the
    // many a station lists, so they count little alone; so does the unions' mutual health cover
    // ("职工互助保障"), which joining the union brings too
    weak: [
      "医院",
      "医护",
      "健康",
      "中医",
      "急救",
      "健康咨询",
      "测量血压",
      "量血压",
      "养生",
      "疾病预防",
      "互助保障",
    ],
  },
  {
    id: "culture-recreation",
    zh: "职工文化",
    en: "Workers' culture",
    strong: [
      "文化宫",
      "工人文化宫",
      "职工文化",
      "年货大集",
      "文艺汇演",
      "读书会",
      "文体活动",
      "职工书屋",
      "周末影院",
      "文化惠民",
      "送文化",
      "趣味运动会",
      "职工运动会",
      "运动会",
      "联赛",
      "球赛",
      "体育比赛",
      "文体比赛",
      "健步走",
      "拔河比赛",
      "音乐会",
      // the union as matchmaker for single workers
      "联谊活动",
      "联谊会",
      "婚恋交友",
      "交友活动",
      "相亲会",
      // walks, and New Year couplets written for workers
      "健步行",
      "送春联",
      "写春联",
      // Hong Kong's and Macau's word for the New Year's couplets and sayings ("書寫揮春")
      "挥春",
      // flower arranging, a favourite of women workers' days
      "插花",
      // opera troupes touring workplaces, and the New Year shopping fair (as 年货大集)
      "戏曲",
      "巡演",
      "年货节",
      "龙舟赛",
      "赛龙舟",
    ],
    weak: [
      "文化",
      "文艺",
      "阅读",
      "观影",
      "非遗",
      "书法",
      "演出",
      "比赛",
      "篮球",
      "足球",
      "排球",
      "羽毛球",
      "乒乓球",
      "健身",
      "体育",
      "代表队",
      "联谊",
      "交友",
      "合唱",
      "春联",
      "花艺",
    ],
  },
  {
    id: "education-training",
    zh: "教育培训",
    en: "Education & training",
    strong: [
      "职工夜校",
      "夜校",
      "公益培训",
      "培训班",
      "寒假班",
      "暑期班",
      "托管班",
      // care for workers' young children while they work
      "托育",
      "爱心托管",
      "职工子女",
      "公益课",
      "职工学校",
      "学历提升",
      "云课堂",
      "技能培训",
      "职业培训",
      "培训补贴",
      "订单式培训",
      // the unions' degree programme for workers (求学圆梦行动), and retraining
      "求学圆梦",
      "学历教育",
      "再培训",
      // short courses that end in a skills certificate
      "集训班",
      "技能集训",
      "送技术",
    ],
    weak: ["培训", "课程", "课堂", "讲座", "授课", "讲授", "传授", "进修", "学历", "集训"],
    // model workers and craftsmen sent to teach: "劳模工匠进校园", "劳模进车间", "工匠进工地"
    patterns: [
      "(?:劳模|工匠)[^，。；：,.;:!?！？\\n宣]{0,4}进(?:校园|学校|课堂|工地|企业|车间|班组|园区|社区|牧区|农村|乡村)",
    ],
  },
  {
    id: "employment-services",
    zh: "就业服务",
    en: "Employment services",
    strong: [
      "招聘会",
      "招聘月",
      "就业岗位",
      "就业服务",
      "就业援助",
      "春风行动",
      "就业指导",
      "求职",
      "就业意向",
      "职业介绍",
      "稳岗",
      // training tied to a job: the employer orders the course and hires who passes
      "订单式培训",
      "定向培训",
      "岗前培训",
      "推荐就业",
      "实现就业",
      "安置就业",
      "用工协议",
      "就业协议",
      // day-labour markets where the union keeps a desk
      "零工市场",
      "零工驿站",
    ],
    weak: ["招聘", "就业", "岗位"],
  },
  {
    id: "rights-protection",
    zh: "权益维护",
    en: "Rights protection",
    strong: [
      "劳动争议",
      "法律援助",
      "法律服务",
      "维权",
      "欠薪",
      "讨薪",
      "调解",
      "调处",
      "集体协商",
      "劳动仲裁",
      "权益保障",
      "合法权益",
      "法律咨询",
      "法律顾问",
      "劳动法律监督",
      "高温津贴",
      "高温补贴",
      // women workers' special protections in law and contract ("女职工高温特殊保护")
      "特殊保护",
      "工资支付",
      "拖欠工资",
      "劳动合同",
      "劳动保障",
      // collective contracts the union negotiates: "工资专项集体合同", "女职工权益保护专项集体合同"
      "集体合同",
      "工资协商",
      // the union's workplace safety monitors ("工会劳动保护监督员"; not 劳动保护用品, a hand-out)
      "劳动保护监督",
      // the unions' national rights hotline
      "12351",
      "维权热线",
    ],
    weak: ["权益", "法律", "劳动关系", "用工风险", "投诉", "补发", "监督检查", "专项检查"],
  },
  {
    id: "skills-competitions",
    zh: "技能竞赛",
    en: "Skills competitions",
    strong: [
      "技能竞赛",
      "劳动竞赛",
      "技能大赛",
      "职业技能竞赛",
      "岗位练兵",
      "技术比武",
      "技能比武",
      "劳动技能竞赛",
      "技能比赛",
      "技能比拼",
    ],
    // model workers' and craftsmen's innovation studios, where technical contests are run, are weak: a
    // profile or a visit names them in passing
    weak: ["竞赛", "比武", "大赛", "同场竞技", "比拼", "创新工作室", "工匠工作室"],
  },
  {
    id: "union-building",
    zh: "工会建设",
    en: "Union building",
    strong: [
      "建会",
      "入会",
      "片区化",
      "工会联盟",
      "联合工会",
      "职工之家",
      "工会组建",
      "基层工会建设",
      "区域工会",
      "行业工会联合会",
      "会员发展",
      "发展会员",
      "吸纳会员",
      "成立工会",
      "工会成立",
      "联合会成立",
      "工会成立大会",
      "新建基层工会",
      "新建工会组织",
      // the union trains its own officers
      "工会主席培训",
      "工会干部培训",
      // unions of gig workers, and union groups at their stations
      "骑手工会",
      "快递工会",
      "新就业形态劳动者工会",
      "工会小组",
      // the union's own service network: stations and "service circles" it builds and certifies
      "职工服务圈",
      "服务阵地",
      "阵地建设",
    ],
    weak: [
      "联盟",
      "组建",
      "工会工作",
      "工会联合会",
      "正式成立",
      "挂牌成立",
      "职工服务站",
      "服务站点",
      "学习借鉴",
    ],
    // founding verb, a short name, then a union: "成立快递行业工会联合会", "建起骑手工会小组"
    // (not a union's station or staff: "建立工会驿站", "组建工会干部队伍")
    patterns: [
      '(?:成立|组建|建起|建立)[^，。；：,.;:!?！？“”由的在与和向为对"\\n]{0,8}工会(?!驿站|服务|干部|主席|会员|工作|经费)',
    ],
  },
] as const satisfies readonly TaxonomyEntry[];

export const BENEFICIARY_GROUPS = [
  {
    id: "hardship-workers",
    zh: "困难职工",
    en: "Workers in hardship",
    strong: ["困难职工", "困难家庭", "困难劳模", "生活困难", "困难群体"],
    weak: ["困难"],
  },
  {
    id: "gig-workers",
    zh: "新就业形态劳动者",
    en: "Gig workers",
    strong: [
      "新就业形态劳动者",
      "新就业群体",
      "外卖配送员",
      "外卖骑手",
      "快递员",
      "快递小哥",
      "网约车司机",
      "网约配送员",
      "骑手",
      "货车司机",
    ],
    weak: ["外卖", "快递"],
  },
  {
    id: "outdoor-workers",
    zh: "户外劳动者",
    en: "Outdoor workers",
    strong: ["户外劳动者", "环卫工人", "环卫工", "户外作业", "交警", "公安干警", "建筑工人"],
    weak: ["户外", "野外", "荒野"],
  },
  {
    id: "migrant-workers",
    zh: "农民工",
    en: "Migrant workers",
    strong: ["农民工", "返乡", "务工人员", "外来务工"],
    weak: ["务工"],
  },
  {
    id: "frontline-workers",
    zh: "一线职工",
    en: "Front-line workers",
    strong: ["一线职工", "一线员工", "坚守岗位", "一线工作者", "高铁司机", "地质勘探", "施工现场"],
    weak: ["一线", "坚守"],
  },
  {
    id: "women-workers",
    zh: "女职工",
    en: "Women workers",
    strong: ["女职工", "妇女", "母婴", "爱心妈咪小屋"],
    weak: [],
  },
  {
    id: "workers-children",
    zh: "职工子女",
    en: "Workers' children",
    strong: ["职工子女", "孩子们", "子女", "金秋助学", "寒假班", "暑期托管"],
    weak: ["孩子", "亲子"],
  },
  {
    id: "model-workers",
    zh: "劳模工匠",
    en: "Model workers & craftsmen",
    strong: ["劳动模范", "劳模", "大国工匠", "工匠"],
    weak: [],
  },
  {
    id: "job-seekers",
    zh: "求职者",
    en: "Job seekers",
    strong: ["求职", "高校毕业生", "退役军人", "失业人员", "就业困难"],
    weak: ["招聘"],
  },
  {
    id: "retirees",
    zh: "退休职工",
    en: "Retired workers",
    strong: ["退休职工", "离退休", "老职工"],
    weak: [],
  },
  {
    id: "enterprise-unions",
    zh: "企业与基层工会",
    en: "Enterprises & grassroots unions",
    strong: ["中小企业", "企业工会", "基层工会", "非公企业"],
    weak: [],
  },
  {
    id: "all-workers",
    zh: "广大职工",
    en: "Workers in general",
    strong: ["广大职工", "职工群众", "全市职工", "全省职工", "职工及家属"],
    weak: ["职工"],
  },
] as const satisfies readonly TaxonomyEntry[];

export type ProgrammeTypeId = (typeof PROGRAMME_TYPES)[number]["id"];
export type BeneficiaryGroupId = (typeof BENEFICIARY_GROUPS)[number]["id"];

export const TYPE_IDS: readonly ProgrammeTypeId[] = PROGRAMME_TYPES.map((t) => t.id);
export const GROUP_IDS: readonly BeneficiaryGroupId[] = BENEFICIARY_GROUPS.map((g) => g.id);

/** Labels only, as written into the dataset's `taxonomy` field. */
export function taxonomyLabels() {
  const strip = ({ id, zh, en }: TaxonomyEntry) => ({ id, zh, en });
  return { types: PROGRAMME_TYPES.map(strip), beneficiaries: BENEFICIARY_GROUPS.map(strip) };
}
