/**
 * Figures in article bodies: "慰问金2054.78万元", "近5万会员", "120余场次", "上万人次".
 * Scans each sentence of each paragraph with two precompiled patterns:
 *  - number + measure word ("7000余家", "6.99万人", "85门");
 *  - a counted noun followed by a bare number ("播放量突破10万+", "受益人数达1.2万").
 * Dates, years, ranks (第…), phone numbers, percentages and prices per unit of weight are not figures.
 * Matching runs on `foldNumerals` (width and traditional folded, same length); text is sliced from
 * the sentence as printed.
 */
import type { Metric } from "../shared/schema.ts";
import {
  foldNumerals,
  foldNumeralUnit,
  foldsUnit,
  PREFIX_SOURCE,
  parseChineseNumber,
  prefixQualifier,
  type Qualifier,
} from "./numerals.ts";
import { exactCopy } from "./retention.ts";
import { sentenceBounds } from "./sentences.ts";
import { isHeadlineLike } from "./text-shape.ts";
import { isSpaceUnit } from "./width.ts";

type Kind = Metric["kind"];

interface UnitRule {
  kind: Kind;
  /** normalised unit; undefined = the measure word as printed */
  unit?: string;
  /** the unit is a noun ("会员") and stays out of `text` ("近5万") */
  noun?: boolean;
  /** only after Arabic digits: "两节" is a holiday, "2节" a count */
  arabicOnly?: boolean;
  /** words that start with the measure word and make it something else: "人民", "期间", "户外" */
  notBefore?: readonly string[];
  /** a bare year before it is a name, not a count: "2025职工运动会", "2025届毕业生" */
  notAfterYear?: boolean;
  /** numerals that make the pair an ordinal or a set phrase rather than a count */
  notNumeral?: readonly string[];
}

/**
 * names that open with a numeral and a measure word: the folk duets 二人转 and 二人台, not 2 people
 * (but "二人转岗", "二人转正" are two people moved or made permanent)
 */
const SET_PHRASES = ["二人转", "二人台"] as const;
const isSetPhraseAt = (folded: string, at: number) =>
  SET_PHRASES.some((p) => folded.startsWith(p, at)) && !"岗正".includes(folded.charAt(at + 3) || "-");

const CLOCK_BEFORE = /[:：]/u;
const HAN = /\p{Script=Han}/u;

const PEOPLE: UnitRule = { kind: "people", unit: "人" };
const COUNT: UnitRule = { kind: "count" };
const DURATION: UnitRule = { kind: "duration", arabicOnly: true };

/** Longest first, so "人次" wins over "人" and "场次" over "场". */
const UNITS: ReadonlyArray<readonly [string, UnitRule]> = [
  ["人次", { kind: "person-times", unit: "人次" }],
  // vehicle-times, kept as printed: "发车86辆次"
  ["辆次", COUNT],
  ["场次", { kind: "count", unit: "场" }],
  ["个小时", { ...DURATION, unit: "小时" }],
  ["个月", { ...DURATION, unit: "个月" }],
  ["小时", DURATION],
  ["分钟", DURATION],
  ["会员", { ...PEOPLE, noun: true, notAfterYear: true, notBefore: ["单位", "企业", "服务"] }],
  ["职工", { ...PEOPLE, noun: true, notAfterYear: true }],
  ["员工", { ...PEOPLE, noun: true, notAfterYear: true }],
  ["元", { kind: "money", unit: "CNY", notBefore: ["旦", "素", "宵", "首", "老", "帅", "化"] }],
  ["人", { ...PEOPLE, notBefore: ["民", "大", "社", "工智", "文", "格", "性", "力资源", "口", "才"] }],
  // not "单": "120名单身职工" are people (a list, 名单, never follows a number in this genre)
  ["名", { ...PEOPLE, notBefore: ["称", "义", "字", "片", "录", "牌", "额", "列", "次"] }],
  ["位", { ...PEOPLE, notBefore: ["于", "置", "列", "居", "数"] }],
  // households: people for the contract's kinds, the measure word kept ("4.2万户")
  ["户", { kind: "people", notBefore: ["外", "籍", "口", "型"] }],
  // visits counted per enterprise and time, kept as printed: "走访企业1800家次"
  ["家次", COUNT],
  ["家", { ...COUNT, notBefore: ["庭", "属", "长", "具", "政", "乡", "园", "门口", "电", "务", "风"] }],
  ["场", { ...COUNT, notBefore: ["所", "景", "地", "馆", "合", "面", "域", "站"] }],
  ["门", { ...COUNT, notBefore: ["店", "诊", "槛", "户", "口", "类"] }],
  ["期", { ...COUNT, notBefore: ["间", "待", "望", "限", "末", "初", "刊"] }],
  ["套", { ...COUNT, notBefore: ["餐"] }],
  ["个", { ...COUNT, notBefore: ["性", "体", "百分点", "案"] }],
  // cases and incidents: "化解劳动争议17起"; Arabic only (一起 is "together")
  [
    "起",
    {
      ...COUNT,
      arabicOnly: true,
      notAfterYear: true,
      notBefore: ["来", "步", "点", "始", "源", "飞", "草", "床"],
    },
  ],
  ["件", COUNT],
  // cases found or treated: "筛查出130例"; not 例如, 例外, 例会, 例行
  ["例", { ...COUNT, notBefore: ["如", "外", "会", "行", "子", "证", "题", "假"] }],
  // tents, helmets and hats handed out: "1500顶头盔"; Arabic only ("一顶" is also a verb phrase)
  [
    "顶",
    {
      ...COUNT,
      arabicOnly: true,
      notBefore: ["层", "级", "端", "尖", "峰", "部", "点", "住", "替", "岗", "班", "用", "多"],
    },
  ],
  // cases, as Hong Kong and some mainland papers count them: "求助个案37宗"
  ["宗", { ...COUNT, notBefore: ["旨", "教", "族", "师", "祠", "亲", "派"] }],
  // calls: "接听来电86通"; Arabic only, and not 通知, 通过, 通道 and the like
  [
    "通",
    {
      ...COUNT,
      arabicOnly: true,
      notBefore: [..."知过讯报信道车行用畅勤俗往关航州辽化联达告融识常话"],
    },
  ],
  ["项", COUNT],
  // "二次救助" is a second round, not two of something: counting says "两次"
  ["次", { ...COUNT, notBefore: ["日", "年", "月", "要", "序"], notNumeral: ["二"] }],
  ["所", { ...COUNT, notBefore: ["在", "有", "属", "以", "谓", "得", "需", "望", "获", "长", "处"] }],
  ["座", { ...COUNT, notBefore: ["谈", "位", "右铭"] }],
  ["处", { ...COUNT, notBefore: ["理", "置", "于", "长", "级", "室", "罚"] }],
  ["支", { ...COUNT, notBefore: ["持", "付", "出", "撑", "援", "部", "柱"] }],
  ["批次", COUNT],
  ["批", { ...COUNT, notBefore: ["准", "评", "示", "复", "次"] }],
  // couples: "12对牵手成功"; Arabic only, as "一对一帮扶" is a manner, not a figure
  [
    "对",
    {
      ...COUNT,
      arabicOnly: true,
      // "1对1帮扶" and "以3对2获胜" are a manner and a score, not couples
      notBefore: [..."接象口比话于待应照策外标称此其职企工", ..."0123456789"],
    },
  ],
  ["台", { ...COUNT, notBefore: ["账", "阶", "湾", "风", "上", "下", "前"] }],
  ["辆", COUNT],
  ["桌", { ...COUNT, notBefore: ["面", "椅", "子", "游", "球"] }],
  ["趟", COUNT],
  ["部", { ...COUNT, arabicOnly: true, notBefore: ["门", "分", "署", "长", "队", "位", "件", "委", "落"] }],
  ["份", { ...COUNT, notBefore: ["额"] }],
  ["张", { ...COUNT, notBefore: ["贴", "扬", "力"] }],
  ["条", { ...COUNT, notBefore: ["件", "例", "款", "理", "幅"] }],
  ["间", { ...COUNT, notBefore: ["隔", "断", "接"] }],
  ["箱", COUNT],
  ["袋", COUNT],
  ["桶", COUNT],
  ["盒", COUNT],
  ["册", COUNT],
  ["篇", { ...COUNT, notBefore: ["章", "幅"] }],
  ["幅", { ...COUNT, notBefore: ["度"] }],
  // pairs of couplets written or handed out: "写春联200副"; Arabic only ("一副好身板" is an idiom)
  // and not the "deputy" of titles and offices (副主席, 副局长, 副总) or 副食, 副业
  [
    "副",
    {
      ...COUNT,
      arabicOnly: true,
      notBefore: [
        ..."主局市县部总食业本作科处院校书秘理组厅队经会省区镇乡司所站教研高班团馆长职产刊标题词手驾",
        // and the deputies of works, boards, villages, banks, procuracies, teams, parks and courts
        ..."厂董村行检领政社园台庭巡调指州矿",
      ],
    },
  ],
  ["栋", COUNT],
  // a set of things: "换电柜40组", "40组储物柜"; not "5组织", "3组建", "组长", "组委会", "组团";
  // Arabic only: "分成两组" is how the work was split, not a figure
  [
    "组",
    {
      ...COUNT,
      arabicOnly: true,
      notBefore: ["织", "建", "成", "长", "委", "员", "合", "别", "团", "件", "装", "队", "网"],
    },
  ],
  [
    "本",
    { ...COUNT, arabicOnly: true, notBefore: ["报", "市", "省", "地", "次", "届", "单位", "年", "轮", "着"] },
  ],
  ["种", { ...COUNT, notBefore: ["植", "类", "子"] }],
  ["类", { ...COUNT, notBefore: ["似", "型", "别"] }],
  ["款", { ...COUNT, notBefore: ["项", "式"] }],
  ["轮", { ...COUNT, notBefore: ["换", "流", "岗"] }],
  ["节", { ...COUNT, arabicOnly: true, notBefore: ["日", "点", "约", "能", "目"] }],
  ["届", { ...COUNT, arabicOnly: true, notAfterYear: true }],
  ["天", { ...DURATION, notBefore: ["然", "津", "地", "下", "气"] }],
  ["周", { ...DURATION, notBefore: ["年", "边", "末", "围", "到"] }],
  ["年", DURATION],
];
const UNIT_RULES: ReadonlyMap<string, UnitRule> = new Map(UNITS);

/**
 * Money printed as a rate or a price ("每人500元", "一餐才花8元", "原价15元") is kept with unit CNY but
 * kind "other": it is not an amount a programme spent, and summing it with totals would mislead.
 */
const RATE_BEFORE =
  /(?:每|人均|户均|单价|原价|票价|售价|定价|仅需|只需|才花|只花|仅花|一餐|一顿|一份|一碗|一次|标准为|标准是)[^,，。;；!?！？]{0,3}$/;

const ARABIC = String.raw`\d{1,15}(?:,\d{3}){0,4}(?:\.\d{1,6})?`;
const CHINESE = "[零〇一二两三四五六七八九十百千万亿]{1,12}";
// Numbered groups, not named ones: a match of a pattern with named groups builds a `groups` object
// too, and these patterns are run some hundred thousand times per bench pass. Their numbers are
// below (FIG_*, NOUN_*).
const NUM = `(${ARABIC}(?:[余多]?[百千万亿]{1,3})?|${CHINESE}(?:[余多][万亿])?)`;
const MORE = "([余多]|\\+)?";
const PRE = `(${PREFIX_SOURCE})?`;

/** sticky: tried only where a match can start (see `nextStart`), which is leftmost-first like /g */
export const FIGURE = new RegExp(
  `${PRE}${NUM}${MORE}(${UNITS.map(([u]) => u).join("|")})(以上|左右|以下|以内)?`,
  "y",
);
/** FIGURE's groups: qualifier word, number, 余/多/+ mark, measure word, 以上-like suffix */
const FIG_PRE = 1;
const FIG_NUM = 2;
const FIG_MORE = 3;
const FIG_UNIT = 4;
const FIG_SUF = 5;

/** Nouns that name what a following bare number counts: "播放量突破10万+", "受益人数达1.2万". */
const COUNTED_NOUN: ReadonlyArray<readonly [RegExp, UnitRule]> = [
  [/(?:播放|阅读|浏览|点击|观看|访问|收看|下载|转发)量$/, { kind: "count", unit: "次" }],
  [/人数$/, PEOPLE],
  [/人次$/, { kind: "person-times", unit: "人次" }],
];
export const NOUN_FIRST = new RegExp(
  `((?:播放|阅读|浏览|点击|观看|访问|收看|下载|转发)量|人数|人次)(?:累计|共计|总计|合计|已达|达到|最高|单期|达|共|已|为|均)*${PRE}${NUM}${MORE}`,
  "y",
);
/** NOUN_FIRST's groups: counted noun, qualifier word, number, 余/多/+ mark */
const NOUN_LAB = 1;
const NOUN_PRE = 2;
const NOUN_NUM = 3;
const NOUN_MORE = 4;

/**
 * Where a match can start, as bits of one table by code unit. FIGURE starts with a numeral (an ASCII
 * digit or a Chinese numeral), followed by more of the number, a mark (余 多 +) or a measure word; or
 * with a qualifier word of one to three characters, followed by a numeral. NOUN_FIRST starts with a
 * counted noun, whose second character is one of a few.
 */
export const FIGURE_START = 1;
export const NOUN_START = 2;
const NUMERAL_START = 4;
const QUALIFIER_START = 8;
const NUMBER_GOES_ON = 16;
const NOUN_SECOND = 32;
const MATCH_START = new Uint8Array(0x10000);
const markStart = (chars: Iterable<string>, bit: number) => {
  for (const ch of chars) MATCH_START[ch.charCodeAt(0)] = (MATCH_START[ch.charCodeAt(0)] as number) | bit;
};
const NUMERALS = "0123456789零〇一二两三四五六七八九十百千万亿";
markStart(NUMERALS, NUMERAL_START);
markStart(PREFIX_SOURCE.split("|"), QUALIFIER_START);
markStart([...NUMERALS, ...",.余多+", ...UNITS.map(([u]) => u)], NUMBER_GOES_ON);
markStart("播阅浏点观访收下转人", NOUN_START);
markStart("放读览击看问载发数次", NOUN_SECOND);

/**
 * The start bits (MATCH_START of the folded unit) of the text being scanned, one byte per code unit:
 * filled by `markText` in the walk that also tells whether the text needs folding and holds a
 * numeral at all, then read by the scans instead of the text (a typed-array read is cheaper than a
 * `charCodeAt` and a table lookup). Shared scratch space: only the text marked last is valid.
 */
let marks = new Uint8Array(1024);
/** `markText`'s result when some unit of the text is changed by the fold */
const NEEDS_FOLD = 128;

/**
 * By code unit as printed: the MATCH_START bits of its fold, plus NEEDS_FOLD when the fold changes it.
 * One read of one table per unit, where the walk read the fold table twice and MATCH_START once.
 */
const UNIT_MARKS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  UNIT_MARKS[c] = (MATCH_START[foldNumeralUnit(c)] as number) | (foldsUnit(c) ? NEEDS_FOLD : 0);
}
/** the bits of UNIT_MARKS that go to `marks` */
const START_BITS = NEEDS_FOLD - 1;

/** Fills `marks` for `text`; returns the OR of all its bits, plus NEEDS_FOLD when the fold changes it. */
function markText(text: string): number {
  const n = text.length;
  if (marks.length < n) marks = new Uint8Array(Math.max(n, marks.length * 2));
  let all = 0;
  for (let i = 0; i < n; i++) {
    const bits = UNIT_MARKS[text.charCodeAt(i)] as number;
    marks[i] = bits & START_BITS;
    all |= bits;
  }
  return all;
}

/** (bounds checked here: reads past the end of the text, or of the sentence, give no bits) */
const bitsAt = (i: number, end: number) => (i < end ? (marks[i] as number) : 0);

/**
 * A match of FIGURE (kind FIGURE_START) or NOUN_FIRST (NOUN_START) may start at p, by the marks
 * (`end`: the end of the text the match must lie in).
 */
function mayStart(kind: number, p: number, end: number): boolean {
  const bits = bitsAt(p, end);
  if (kind === NOUN_START) return (bits & NOUN_START) !== 0 && (bitsAt(p + 1, end) & NOUN_SECOND) !== 0;
  if ((bits & NUMERAL_START) !== 0) return (bitsAt(p + 1, end) & NUMBER_GOES_ON) !== 0;
  if ((bits & QUALIFIER_START) === 0) return false;
  for (let k = 1; k <= 3; k++) if ((bitsAt(p + k, end) & NUMERAL_START) !== 0) return true;
  return false;
}

/**
 * The leftmost match of sticky `re` at or after `from`, trying only positions where `mayStart` admits
 * one: the match a global regex finds from `from`, without running the pattern at every position.
 * `re.lastIndex` is the match's end, as after a global match. `end` (default: the whole text): the
 * match is looked for in `text.slice(0, end)`, offsets unchanged. `text` must be folded (foldNumerals).
 */
export function nextMatch(
  re: RegExp,
  kind: number,
  text: string,
  from: number,
  end = text.length,
): RegExpExecArray | null {
  markText(text);
  return nextMarkedMatch(re, kind, text, from, end);
}

/** `nextMatch` on the text `markText` was given last. */
function nextMarkedMatch(
  re: RegExp,
  kind: number,
  text: string,
  from: number,
  end: number,
): RegExpExecArray | null {
  for (let p = from; p < end; p++) {
    if (!mayStart(kind, p, end)) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    // (a match never runs past a sentence end, see extractMetrics; checked all the same)
    if (m !== null && p + m[0].length <= end) return m;
    if (m !== null) return sliceMatch(re, text, p, end);
  }
  return null;
}

/** The match of `re` at p in `text.slice(0, end)`, with offsets into `text` (the rare slow path). */
function sliceMatch(re: RegExp, text: string, p: number, end: number): RegExpExecArray | null {
  const head = text.slice(0, end);
  for (let q = p; q < end; q++) {
    re.lastIndex = q;
    const m = re.exec(head);
    if (m !== null) return m;
  }
  return null;
}

/** Does [from, to) of the text marked last hold a numeral (every NUM match holds one)? */
function hasNumeralIn(from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (((marks[i] as number) & NUMERAL_START) !== 0) return true;
  return false;
}
/** 余 or 多 inside the number ("30余万") */
const hasInnerMore = (num: string) => num.includes("余") || num.includes("多");
const YEAR_LIKE = /^(?:19|20)\d{2}$/;
/**
 * The number group of FIGURE or NOUN_FIRST is in Chinese numerals (all of 零〇一…亿余多): its two
 * alternatives start with an ASCII digit and with a Chinese numeral, so the first unit tells.
 */
function isChineseNumber(num: string): boolean {
  const c = num.charCodeAt(0);
  return num.length > 0 && !(c >= 0x30 && c <= 0x39);
}
/** A Chinese numeral that is only a multiplier ("千家万户", "百姓") is not a figure unless marked. */
const HAS_DIGIT_OR_TEN = /^[一二两三四五六七八九十〇零]/;
/** Characters before a number that make it a rank, a part of a code, or vague ("第5名", "数十家"). */
const BLOCK_BEFORE = /[\dA-Za-z.\-_/#第]$/;
const BLOCK_BEFORE_CHINESE = /(?:[第数几初高周再每逐零〇一二两三四五六七八九十百千万亿])$|星期$|若干$/;
const RANK_BEFORE = /前$/;
/** A number after a dialling verb, or after "热线:"/"电话为", is a phone number; "热线24小时" is not. */
const PHONE_BEFORE = /(?:拨打|致电|拨通|呼叫)\s*$|(?:热线|电话|专线|号码)\s*(?::|为|是)\s*$/;
/** A number glued to a noun and then naming a line is a phone number: "12351职工服务热线". */
const LINE_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:热线|专线|电话|号码)/;
/** Five or more bare digits glued to a noun ("12351职工") are a code or a number, not a head count. */
const LONG_BARE_NUMBER = /^\d{5,}$/;
const RANGE_BEFORE = /[\d零〇一二两三四五六七八九十][至到~\-—、][零〇一二两三四五六七八九十]?$/;
/**
 * The units that BLOCK_BEFORE, RANGE_BEFORE or PHONE_BEFORE (bit 1) and BLOCK_BEFORE_CHINESE (bit 2)
 * can end on: they are anchored at the number, so with any other unit right before it (most
 * figures: "发放慰问金2054.78万元") they cannot match and are not run.
 */
const BEFORE_NUMBER = new Uint8Array(0x10000);
for (const ch of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-_/#第至到~—、零〇一二两三四五六七八九十打电通叫:为是") {
  BEFORE_NUMBER[ch.charCodeAt(0)] = 1;
}
for (let c = 0; c < 0x10000; c++) if (isSpaceUnit(c)) BEFORE_NUMBER[c] = 1;
for (const ch of "第数几初高周再每逐零〇一二两三四五六七八九十百千万亿期干") {
  BEFORE_NUMBER[ch.charCodeAt(0)] = (BEFORE_NUMBER[ch.charCodeAt(0)] as number) | 2;
}
const DURATION_YEAR_AFTER = /^(?:来|以来|间|内|里|多)/;
const DURATION_YEAR_BEFORE = /(?:连续|持续|坚持|历时|长达|已|累计|近|超|逾)$/;
const VAGUE_PREFIX_BEFORE: Readonly<Record<string, RegExp>> = {
  约: /[预签邀节合公制相]$/,
  近: /[最附临靠接将亲贴走]$/,
  上: /[线网以之马]$/,
  超: /[高赶]$/,
};

const CJK = /[\u4e00-\u9fff]/;
/** Function words that end a label run. */
const LABEL_STOP = new Set([..."的和与及等在为了将把被从向对于是、并且也都又还其中内"]);
/** After a figure, adverbs also end the noun: "900套礼包已送达". */
const LABEL_STOP_AFTER = new Set([...LABEL_STOP, ..."已正均共各每皆"]);
/** Fillers between a label and its number: "骑手驿站共40个", "已累计开展110场". */
const FILLERS = [
  "累计",
  "共计",
  "总计",
  "合计",
  "达到",
  "已达",
  "共有",
  "已有",
  "现有",
  "拥有",
  "共",
  "达",
  "计",
  "已",
  "均",
  "有",
];
/** Verbs that precede the counted noun in this genre; the label is what follows them. */
const VERBS = [
  "发放",
  "筹集",
  "募集",
  "筹措",
  "慰问",
  "走访",
  "看望",
  "帮扶",
  "救助",
  "资助",
  "建成",
  "建立",
  "新建",
  "改建",
  "打造",
  "设立",
  "开设",
  "开展",
  "举办",
  "举行",
  "承办",
  "承接",
  "组织",
  "推出",
  "提供",
  "覆盖",
  "服务",
  "惠及",
  "吸引",
  "帮助",
  "解决",
  "调处",
  "受理",
  "涉及",
  "投入",
  "下拨",
  "拨付",
  "录制",
  "培训",
  "招聘",
  "达成",
  "摸排",
  "送出",
  "送去",
  "送上",
  "送达",
  "完成",
  "收集",
  "接待",
  "接听",
  "开通",
  "配备",
  "购买",
  "采购",
  "捐赠",
  "捐助",
  "争取",
  "落实",
  "带动",
  "对接",
  "参与",
  "参加",
  "邀请",
  "聘请",
  "组建",
  "成立",
  "培育",
  "实现",
  "结合",
  "发布",
  "征集",
  "评选",
  "表彰",
  "签订",
  "挽回",
  "追回",
  "讨回",
  "协调",
  "化解",
  "办理",
  "办结",
  "发动",
  "动员",
  "吸纳",
  "发展",
  "新增",
  "累计",
  "共计",
  "达到",
  "共有",
  "拥有",
  "现有",
];
const MAX_BEFORE = 14;
const MAX_LABEL = 10;

/** Words by their last code unit, in list order: `endsWithAny` looks only at those `s` can end with. */
function byLastUnit(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const index = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(w.length - 1);
    index.set(c, [...(index.get(c) ?? []), w]);
  }
  return index;
}
/** Words by their first code unit, in list order. */
function byFirstUnit(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const index = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(0);
    index.set(c, [...(index.get(c) ?? []), w]);
  }
  return index;
}
const FILLERS_BY_LAST = byLastUnit(FILLERS);
const VERBS_BY_LAST = byLastUnit(VERBS);
const VERBS_BY_FIRST = byFirstUnit(VERBS);
const isCjkUnit = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const LABEL_STOP_UNITS = new Set([...LABEL_STOP].map((c) => c.charCodeAt(0)));
const LABEL_STOP_AFTER_UNITS = new Set([...LABEL_STOP_AFTER].map((c) => c.charCodeAt(0)));

/** The first word of the list (as indexed by `byLastUnit`) that `s.slice(begin, end)` ends with. */
function endsWithAny(
  s: string,
  begin: number,
  end: number,
  index: ReadonlyMap<number, readonly string[]>,
): string | null {
  const words = end > begin ? index.get(s.charCodeAt(end - 1)) : undefined;
  if (words) for (const w of words) if (w.length <= end - begin && s.startsWith(w, end - w.length)) return w;
  return null;
}

/** units that start a verb of VERBS (VERBS_BY_FIRST has them), and units of LABEL_STOP(_AFTER) */
const VERB_FIRST = new Uint8Array(0x10000);
for (const c of VERBS_BY_FIRST.keys()) VERB_FIRST[c] = 1;
const STOPS_LABEL = new Uint8Array(0x10000);
for (const c of LABEL_STOP_UNITS) STOPS_LABEL[c] = 1;

/** A verb of VERBS starts at `at` in `s` and ends by `to`. */
function verbAt(s: string, at: number, to: number): boolean {
  const verbs = VERBS_BY_FIRST.get(s.charCodeAt(at));
  if (verbs === undefined) return false;
  for (const v of verbs) if (at + v.length <= to && s.startsWith(v, at)) return true;
  return false;
}

/** `s.startsWith(w, at)` within `s.slice(0, to)` */
const startsWithin = (s: string, w: string, at: number, to: number) =>
  at + w.length <= to && s.startsWith(w, at);

/**
 * The noun before a figure: "已发放慰问金2054.78万元" -> "慰问金"; "骑手驿站共40个" -> "骑手驿站".
 * `from`: the start of the sentence (offsets are into the paragraph, see extractMetrics).
 */
function labelBefore(folded: string, original: string, from: number, start: number): string | null {
  let end = start;
  let begin = end;
  while (begin > from && end - begin < MAX_BEFORE) {
    const c = folded.charCodeAt(begin - 1);
    if (!isCjkUnit(c) || STOPS_LABEL[c] === 1) break;
    begin--;
  }
  // the run is [begin, end) of the folded text (indices, not slices)
  // Trailing fillers and verbs ("系列活动已累计开展"), as long as a real noun remains.
  // A run that is nothing but a filler ("共有283人") has no label.
  // Verbs go only while a two-character noun would remain ("普惠服务覆盖" -> "普惠服务", not "普惠").
  for (;;) {
    const filler = endsWithAny(folded, begin, end, FILLERS_BY_LAST);
    const w = filler ?? endsWithAny(folded, begin, end, VERBS_BY_LAST);
    const rest = w ? end - begin - w.length : -1;
    if (!w || (rest > 0 && rest < (filler ? 2 : 3))) break;
    end -= w.length;
  }
  // Cut after the last verb inside ("精准摸排困难职工" -> "困难职工"), keeping at least two characters.
  // (each verb at its last occurrence only, as `run.lastIndexOf(verb)` finds it: walking back, the
  // first time a verb is met is its last occurrence)
  const runLength = end - begin;
  let cut = 0;
  let met: string[] | null = null;
  for (let at = runLength - 1; at >= 0; at--) {
    const c = folded.charCodeAt(begin + at);
    if (VERB_FIRST[c] === 0) continue;
    for (const v of VERBS_BY_FIRST.get(c) as readonly string[]) {
      if (at + v.length > runLength || !folded.startsWith(v, begin + at) || met?.includes(v)) continue;
      met ??= [];
      met.push(v);
      if (runLength - (at + v.length) >= 2) cut = Math.max(cut, at + v.length);
    }
  }
  begin += cut;
  if (end - begin > MAX_LABEL) begin = end - MAX_LABEL;
  if (end - begin < 1) return null;
  const label = original.slice(begin, end);
  return label.length >= 2 || CJK.test(label) ? label : null;
}

/** The noun after a measure word: "230家单独建会企业" -> "单独建会企业"; "900套“温暖大礼包”" -> "温暖大礼包". */
function labelAfter(folded: string, original: string, from: number, to: number): string | null {
  let begin = from;
  while (begin < to && '“‘「《"'.includes(folded[begin] as string)) begin++;
  let end = begin;
  while (end < to && end - begin < MAX_LABEL) {
    const c = folded.charCodeAt(end);
    if (!isCjkUnit(c) || LABEL_STOP_AFTER_UNITS.has(c)) break;
    if (end - begin >= 2 && verbAt(folded, end, to)) break;
    end++;
  }
  if (end === begin) return null;
  return original.slice(begin, end);
}

/** `more`: a mark after the numeral, or inside it ("30余万"). */
function qualifierOf(pre: string | undefined, more: boolean, suf: string | undefined): Qualifier {
  const fromPre = prefixQualifier(pre);
  if (fromPre === "under") return "under";
  if (more || suf === "以上") return "over";
  if (fromPre) return fromPre;
  if (suf === "以下" || suf === "以内") return "under";
  if (suf === "左右") return "approx";
  return "exact";
}

interface Span {
  start: number;
  end: number;
  metric: Metric;
}

/** Number start, qualifier word kept only when it really qualifies ("线上3场" has no 上 qualifier). */
function qualifierWord(
  folded: string,
  from: number,
  start: number,
  pre: string | undefined,
  num: string,
): string | undefined {
  if (!pre) return undefined;
  const guard = VAGUE_PREFIX_BEFORE[pre];
  if (guard?.test(folded.slice(Math.max(from, start - 1), start))) return undefined;
  // 上 qualifies only a bare multiplier: "上万人次", "上百场"; not "线上3场".
  if (pre === "上" && !/^[百千万亿]/.test(num)) return undefined;
  return pre;
}

function numberAccepted(
  folded: string,
  from: number,
  numStart: number,
  num: string,
  pre: string | undefined,
  more: string | undefined,
): number | null {
  const guards = numStart > from ? (BEFORE_NUMBER[folded.charCodeAt(numStart - 1)] as number) : 0;
  const before = guards !== 0 ? folded.slice(Math.max(from, numStart - 3), numStart) : "";
  if ((guards & 1) !== 0) {
    if (BLOCK_BEFORE.test(before) || RANGE_BEFORE.test(before)) return null;
    if (PHONE_BEFORE.test(folded.slice(Math.max(from, numStart - 6), numStart))) return null;
  }
  const chinese = isChineseNumber(num);
  if (chinese) {
    if ((guards & 2) !== 0 && BLOCK_BEFORE_CHINESE.test(before)) return null;
    // A bare multiplier is a figure only when marked: "上万", "近千", "百余"; never "千家万户".
    if (!HAS_DIGIT_OR_TEN.test(num) && !pre && !more && !hasInnerMore(num)) return null;
  }
  const value = parseChineseNumber(num);
  if (value === null || !Number.isFinite(value) || value < 0) return null;
  // "一家吹塑家具公司", "一支队伍": the Chinese numeral one is an article, not a count.
  if (chinese && value < 2) return null;
  return value;
}

/** The figures of the sentence [s, e) of the paragraph (`folded` its fold, `original` as printed). */
function scanFigures(folded: string, original: string, s: number, e: number, out: Span[]): void {
  for (let from = s; ; ) {
    const m = nextMarkedMatch(FIGURE, FIGURE_START, folded, from, e);
    if (m === null) return;
    from = takeFigure(m, folded, original, s, e, out);
  }
}

/**
 * One match of FIGURE: its figure goes to `out` when the checks accept it. Returns where the scan
 * goes on: after the match, or inside an unaccepted one ("第3期10场" must still find "10场").
 */
function takeFigure(
  m: RegExpExecArray,
  folded: string,
  original: string,
  s: number,
  e: number,
  out: Span[],
): number {
  const after = m.index + m[0].length;
  const gPre = m[FIG_PRE];
  const gMore = m[FIG_MORE];
  const num = m[FIG_NUM] ?? "";
  const unitWord = m[FIG_UNIT] ?? "";
  const rule = UNIT_RULES.get(unitWord);
  if (!rule) return after;
  const pre = qualifierWord(folded, s, m.index, gPre, num);
  const numStart = m.index + (gPre?.length ?? 0);
  const start = pre ? m.index : numStart;
  const unitStart = numStart + num.length + (gMore?.length ?? 0);
  const unitEnd = unitStart + unitWord.length;
  const retry = numStart + 1;
  if (rule.notBefore !== undefined) {
    for (const w of rule.notBefore) if (startsWithin(folded, w, unitEnd, e)) return retry;
  }
  const chinese = isChineseNumber(num);
  if (rule.arabicOnly && chinese) return after;
  if (rule.notAfterYear && YEAR_LIKE.test(num)) return after;
  if (rule.notNumeral?.includes(num)) return after;
  if (chinese && isSetPhraseAt(folded, numStart)) return after;
  // "每天6:30起开放": a clock time, not a count of cases
  if (unitWord === "起" && CLOCK_BEFORE.test(folded.charAt(numStart - 1))) return after;
  if ((unitWord === "名" || unitWord === "位") && RANK_BEFORE.test(folded.slice(s, start))) return after;
  const value = numberAccepted(folded, s, numStart, num, pre, gMore);
  if (value === null) {
    return retry;
  }
  // a noun unit has no measure word to vouch for the count: "12351职工服务热线" is a hotline
  if (rule.noun && (LONG_BARE_NUMBER.test(num) || LINE_AFTER.test(folded.slice(unitStart, e)))) return after;
  if (unitWord === "年") {
    if (value >= 200) return after;
    const following = folded.slice(unitEnd, Math.min(unitEnd + 2, e));
    if (!DURATION_YEAR_AFTER.test(following) && !pre && !DURATION_YEAR_BEFORE.test(folded.slice(s, start)))
      return after;
  }
  if (unitWord === "周" && startsWithin(folded, "年", unitEnd, e)) return after;
  // "厂里只有27个人,": 个 and 人 closing a clause count heads (not 个人民调解, 个人才驿站)
  const heads = unitWord === "个" && folded.charAt(unitEnd) === "人" && !HAN.test(folded.charAt(unitEnd + 1));
  const suf = rule.noun || heads ? undefined : m[FIG_SUF];
  const end = rule.noun ? unitStart : heads ? unitEnd + 1 : unitEnd + (suf?.length ?? 0);
  const unit = heads ? "人" : (rule.unit ?? original.slice(unitStart, unitEnd));
  const kind = heads ? "people" : rule.kind;
  let label: string | null;
  if (heads) label = labelBefore(folded, original, s, start);
  else if (rule.kind === "duration") label = null;
  else if (rule.noun) label = original.slice(unitStart, unitEnd);
  else if (rule.kind === "money" || unitWord === "人" || unitWord === "人次")
    label = labelBefore(folded, original, s, start);
  else
    label =
      labelAfter(folded, original, unitEnd + (suf?.length ?? 0), e) ??
      labelBefore(folded, original, s, start);
  out.push({
    start,
    end,
    metric: {
      kind:
        kind === "money" && RATE_BEFORE.test(folded.slice(Math.max(s, start - 6), start)) ? "other" : kind,
      value,
      unit,
      qualifier: qualifierOf(pre, !!gMore || hasInnerMore(num), suf),
      label,
      text: original.slice(start, end),
      quote: "", // the sentence, sliced by extractMetrics once the figure is kept
    },
  });
  return after;
}

function scanCountedNouns(folded: string, original: string, s: number, e: number, out: Span[]): void {
  for (
    let m = nextMarkedMatch(NOUN_FIRST, NOUN_START, folded, s, e);
    m !== null;
    m = nextMarkedMatch(NOUN_FIRST, NOUN_START, folded, m.index + m[0].length, e)
  ) {
    const gPre = m[NOUN_PRE];
    const gMore = m[NOUN_MORE];
    const lab = m[NOUN_LAB] ?? "";
    const num = m[NOUN_NUM] ?? "";
    const numEnd = m.index + m[0].length - (gMore?.length ?? 0);
    const numStart = numEnd - num.length;
    const preStart = numStart - (gPre?.length ?? 0);
    const pre = qualifierWord(folded, s, preStart, gPre, num);
    const start = pre ? preStart : numStart;
    const end = m.index + m[0].length;
    // A measure word after the number means the main pattern owns this figure.
    const next = end < e ? folded[end] : undefined;
    if (next !== undefined && (CJK.test(next) || /[\d.%]/.test(next))) continue;
    const rule = COUNTED_NOUN.find(([re]) => re.test(lab))?.[1];
    const value = numberAccepted(folded, s, numStart, num, pre, gMore);
    if (!rule || value === null) continue;
    out.push({
      start,
      end,
      metric: {
        kind: rule.kind,
        value,
        unit: rule.unit ?? "",
        qualifier: qualifierOf(pre, !!gMore || hasInnerMore(num), undefined),
        label: original.slice(m.index, m.index + lab.length),
        text: original.slice(start, end),
        quote: "",
      },
    });
  }
}

/** scratch of extractMetrics (never re-entered): the sentence bounds of the paragraph being read */
const BOUNDS: number[] = [];

const bySpanOrder = (a: Span, b: Span) => a.start - b.start || b.end - a.end;
/** Already sorted by `bySpanOrder` (the stable sort would leave it as it is) */
function inSpanOrder(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++)
    if (bySpanOrder(spans[k - 1] as Span, spans[k] as Span) > 0) return false;
  return true;
}

const sameFigure = (m: Metric) => `${m.kind}|${m.value}|${m.unit}`;

/**
 * Extracts the figures of an item's body, in text order. `quote` is the sentence from
 * `splitSentences`; `text` is the figure as printed, qualifier included ("近5万", "7000余家").
 * A figure printed twice with the same label and wording is reported once. A headline-shaped
 * paragraph (an in-article subheading) announces figures the text then gives: its figure is dropped
 * when the body prints the same kind, value and unit ("岗位6000余个" over "提供就业岗位6000余个").
 */
export function extractMetrics(paragraphs: readonly string[]): Metric[] {
  const metrics: Metric[] = [];
  // the figures reported so far by their text, once there are many (see reportedBefore)
  let byText: Map<string, Metric[]> | null = null;
  const fromHeading = new Set<Metric>();
  const bounds = BOUNDS;
  const spans: Span[] = [];
  for (const paragraph of paragraphs) {
    // The paragraph is folded once (the fold keeps offsets), and each sentence is scanned as the
    // stretch [s, e) of it: every check looks only inside those bounds, so the figures are those of
    // the sentence on its own. A match never runs past a sentence end anyway (a sentence ends after
    // a terminator, or at the end of the paragraph, and no figure holds a terminator or a space).
    const marked = markText(paragraph);
    // every figure has a numeral: a sentence without a digit or numeral character has none
    if ((marked & NUMERAL_START) === 0) continue;
    const folded = (marked & NEEDS_FOLD) !== 0 ? foldNumerals(paragraph) : paragraph;
    let heading: boolean | undefined; // asked only once the paragraph gives a figure
    const boundsEnd = sentenceBounds(paragraph, bounds);
    for (let k = 0; k < boundsEnd; k += 2) {
      const s = bounds[k] as number;
      const e = bounds[k + 1] as number;
      if (!hasNumeralIn(s, e)) continue;
      // (emptied only when it holds spans: setting an array's length is a call into the runtime)
      if (spans.length !== 0) spans.length = 0;
      scanFigures(folded, paragraph, s, e, spans);
      scanCountedNouns(folded, paragraph, s, e, spans);
      if (spans.length === 0) continue;
      // (the two scans give their spans in order: a sort, which copies the array, is mostly not needed)
      if (spans.length > 1 && !inSpanOrder(spans)) spans.sort(bySpanOrder);
      let quote: string | undefined;
      let lastEnd = -1;
      for (const span of spans) {
        if (span.start < lastEnd) continue;
        lastEnd = span.end;
        const m = span.metric;
        quote ??= paragraph.slice(s, e);
        m.quote = quote;
        if (reportedBefore(metrics, byText, m)) continue;
        metrics.push(m);
        if (byText !== null) addByText(byText, m);
        else if (metrics.length > SCAN_REPORTED_MAX) byText = indexByText(metrics);
        heading ??= isHeadlineLike(paragraph);
        if (heading) fromHeading.add(m);
      }
    }
  }
  if (fromHeading.size === 0) return exactCopy(metrics);
  const inText = new Set<string>();
  for (const m of metrics) if (!fromHeading.has(m)) inText.add(sameFigure(m));
  return exactCopy(metrics.filter((m) => !fromHeading.has(m) || !inText.has(sameFigure(m))));
}

/** Same kind, value, unit, label and text: a figure printed twice (text compared by the caller). */
const isRepeat = (a: Metric, b: Metric) =>
  a.kind === b.kind && a.value === b.value && a.unit === b.unit && a.label === b.label;

/**
 * Up to this many figures reported, a repeat is looked for by scanning them (most items report a
 * handful: a map keyed by text cost more, hashing every new figure's text); beyond, by text.
 */
const SCAN_REPORTED_MAX = 16;

/** `m` repeats a figure of `metrics` (`byText`: the same figures by text, or null while they are few). */
function reportedBefore(
  metrics: readonly Metric[],
  byText: Map<string, Metric[]> | null,
  m: Metric,
): boolean {
  if (byText !== null) {
    const same = byText.get(m.text);
    return same?.some((o) => isRepeat(o, m)) === true;
  }
  for (const o of metrics) if (o.text === m.text && isRepeat(o, m)) return true;
  return false;
}

function addByText(byText: Map<string, Metric[]>, m: Metric): void {
  const same = byText.get(m.text);
  if (same === undefined) byText.set(m.text, [m]);
  else same.push(m);
}

function indexByText(metrics: readonly Metric[]): Map<string, Metric[]> {
  const byText = new Map<string, Metric[]>();
  for (const m of metrics) addByText(byText, m);
  return byText;
}
