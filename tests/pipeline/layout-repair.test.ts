import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BodyBlock, repairLayout, weak } from "../../src/pipeline/layout-repair.ts";
import {
  endsMidSentence,
  firstSentenceTitle,
  hasBannerSeparator,
  isCommaHeadline,
  isEvenHalves,
  isHeadlineLike,
  kickerText,
  looksLikeParagraphStart,
  startsMidSentence,
} from "../../src/pipeline/text-shape.ts";
import { foldWidth } from "../../src/pipeline/width.ts";

const t = (text: string, lead = false): BodyBlock => ({ text, role: "text", lead });
const h = (text: string): BodyBlock => ({ text, role: "heading" });
const byline: BodyBlock = { text: "", role: "byline" };

describe("line shape", () => {
  it.each([
    ["结合本地产业特点,设立了“区域工会建设办公室”(以下简称“工建", true],
    ["并实行", true],
    ["覆盖上万人次。", false],
    ["“这么冷的天,心里特别暖和!”", false],
    ["成为职工争相打卡的“心灵驿站”", true], // a quoted phrase ends, the sentence does not
    ["他说:“", true],
    ["(完)", false],
    ["他说:“谢谢工会。”", false],
    ["联动周边企业(以下简称“联盟”)", true],
    ["单期最高播放量突破10万+", true],
    ["增长了12.5", true],
    ["It ends here.", false],
    ["", false],
    // full-width punctuation decides like its ASCII form
    ["他说：“", true],
    ["这个夏天不再热！", false],
    ["真的吗？”", false],
    ["（完）", false],
    ["联动周边企业（以下简称“联盟”）", true],
    ["增长了１２．", true],
    ["开放时间延长至晚上9点，增配冰柜、", true],
    // a bracket after the sentence's end (a brief's author) ends the paragraph
    ["当天有436人达成就业意向。（陆海燕）", false],
    ["今年将再新建30个。 (记者 张 玺)", false],
    ["覆盖上万人次。(通讯员 王海波", true],
    // a bracket after a closing quote is no sentence's end
    ["市总工会开设“心灵驿站”（试点）", true],
  ])("endsMidSentence(%s) = %s", (text, expected) => {
    expect(endsMidSentence(text)).toBe(expected);
  });

  it.each([
    ["办”),并以此为组织载体", true],
    ["有了抓手,服务也能做得更实了。”片区化专职工作者高洁说。", true],
    ["方便。”中国一拖集团女职工李绍梅道出了心声。", true],
    [",并以此为载体", true],
    ["、“职工夜校”等活动。", true],
    ["“基础补助+项目激励+考核奖励”的组合激励机制。", false],
    ["理健康专项测评,覆盖全市38家企事业单位。", false], // no evidence either way
    ["“一餐才花8元,真的很实惠。”1月29日,在一家快餐店内。", false],
    ["他说,大家的心声是“多干实事”。随后“工建办”)成立", false], // closer after the first sentence
    ["，并以此为载体", true],
    ["；二是开展培训。", true],
    ["办”），并以此为组织载体", true],
    ["（一）工会驿站建设。", false],
  ])("startsMidSentence(%s) = %s", (text, expected) => {
    expect(startsMidSentence(text)).toBe(expected);
  });

  it.each([
    ["浙江余姚阳明街道总工会探索“以大带小”片区化互助模式", true],
    ["公寓送诊 护航春运", true],
    ["工人文化宫里的“年货大集”", true],
    ["“线上+线下”织密服务网络", true],
    ["2026年两节工会送温暖行动·暖闻", true],
    ["这个夏天不再热!", true],
    ["2024年底,洛阳市总启动大规模职工心", false],
    ["覆盖上万人次。", false],
    ["贵州:", false],
    ["“这么冷的天", false],
    ["这是一条很长很长的标题它的长度已经远远超过了四十个字符所以不可能是一个正常的新闻标题吧", false],
    ["这个夏天不再热！", true],
    ["高温津贴发没发　工会上门“体检”", true],
    ["2024年底，洛阳市总启动大规模职工心", false],
    ["杭州萧山：", false],
    ["他问：真的吗？还有吗", false],
    ["北京 读者 王小军", false], // a letter's signature
    ["湖南长沙读者 周 强", false],
    ["读者之家开进车间", true],
    ["读者来信", true],
  ])("isHeadlineLike(%s) = %s", (text, expected) => {
    expect(isHeadlineLike(text)).toBe(expected);
  });

  it.each([
    ["小年这天,化工装置区飘来饺子香", true],
    ["腊月二十,“年货直通车”开进工业园区", true],
    ["元旦前夕，1000多名环卫工收到“暖心包”", true],
    ["2024年底,洛阳市总启动大规模职工心", true], // the shape alone: the layout decides (see pageUnits)
    ["近日,市总工会开展慰问。", false],
    ["一是,二是,三是都要抓好落实", false],
    ["他说:是的,工会帮了大忙", false],
    ["天冷,心暖", false],
    ["职工们纷纷表示,这样的活动办到了大家心坎上今后还要多办", false],
    ["“饺子香,心里暖", false],
    ["弘扬劳模精神,争做时代先锋", true], // even halves: the layout decides (isEvenHalves)
    ["312名选手同台竞技,9人获评“技术能手”", true], // halves of a length, but no slogan
  ])("isCommaHeadline(%s) = %s", (text, expected) => {
    expect(isCommaHeadline(text)).toBe(expected);
  });

  it.each([
    ["弘扬劳模精神,争做时代先锋", true],
    ["工会送清凉,职工心里甜", true],
    ["312名选手同台竞技,9人获评“技术能手”", false],
    ["小年这天,化工装置区飘来饺子香", false],
  ])("isEvenHalves(%s) = %s", (text, expected) => {
    expect(isEvenHalves(text)).toBe(expected);
  });

  it.each([
    ["贵州:", "贵州"],
    ["秦皇岛海港区:", "秦皇岛海港区"],
    ["德州德城区总工会:", "德州德城区总工会"],
    ["廣東 :", "廣東"],
    ["他说:", "他说"],
    ["近年来,该市总工会围绕以下几方面开展工作:", null],
    ["线上、线下:", null],
    ["贵州", null],
    // full-width colon and ideographic space: the name as printed
    ["杭州萧山：", "杭州萧山"],
    ["黑龍江哈爾濱：", "黑龍江哈爾濱"],
    ["廣東　：", "廣東"],
    ["　鼓楼区总工会：　", "鼓楼区总工会"],
    ["近年来，该市总工会围绕以下几方面开展工作：", null],
    ["线上、线下：", null],
    // a name in 【】 alone on its line, as printed
    ["【长汀】", "【长汀】"],
    ["　【思明】", "【思明】"],
    ["【本报讯】某市总工会开展活动。", null],
    ["【字体：大 中 小】", null],
  ])("kickerText(%s) = %s", (text, expected) => {
    expect(kickerText(text)).toBe(expected);
  });

  it.each([
    ["市总工会开展送清凉活动。随后,", "市总工会开展送清凉活动"],
    ["“我们很开心。”1月30日,在现场。", "“我们很开心。”"],
    ["没有句号的一句话", "没有句号的一句话"],
    [
      "近日,江西省南昌市总工会联合市人社局举办“春风送岗”专场招聘会,吸引120余家企业进场招聘。",
      "近日,江西省南昌市总工会联合市人社局举办“春风送岗”专场招聘会",
    ],
    [
      "江西省南昌市总工会联合市人社局和多家企业共同举办的春风送岗专场招聘会今天在体育馆举行。",
      "江西省南昌市总工会联合市人社局和多家企业共同举办的春风送岗专场招聘会今天在体育馆…",
    ],
    // full-width punctuation: the first sentence when short, else a clean cut at a clause break
    ["市总工会开展送清凉活动！随后，", "市总工会开展送清凉活动！"],
    [
      "记者从市总工会获悉，今年共筹集帮扶资金2680万元。对1.2万名困难职工开展帮扶。",
      "记者从市总工会获悉，今年共筹集帮扶资金2680万元",
    ],
    [
      "7月3日，记者从四川省绵阳市总工会获悉，今年上半年，绵阳市各级工会累计筹集帮扶资金2680万元，对1.2万名困难职工开展常态化帮扶。",
      "7月3日，记者从四川省绵阳市总工会获悉，今年上半年",
    ],
    [
      "7月20日，辽宁省大连市总工会组织医护人员走进港口，为码头装卸工人免费测量血压、讲解防暑知识。",
      "7月20日，辽宁省大连市总工会组织医护人员走进港口，为码头装卸工人免费测量血压",
    ],
  ])("firstSentenceTitle(%s)", (text, expected) => {
    expect(firstSentenceTitle(text)).toBe(expected);
  });

  it.each([
    ["（一）工会驿站建设", true],
    ["７月１０日，市总工会", true],
    ["「清涼文化季」開幕", true],
    ["据了解，今年", false],
  ])("looksLikeParagraphStart(%s) = %s", (text, expected) => {
    expect(looksLikeParagraphStart(text)).toBe(expected);
  });

  it.each([
    ["2026年工会夏送清凉行动·清凉速递", true],
    ["城市服务｜民生速递", true],
    ["基层传真", false],
  ])("hasBannerSeparator(%s) = %s", (text, expected) => {
    expect(hasBannerSeparator(text)).toBe(expected);
  });
});

describe("repairLayout", () => {
  it.each([
    {
      name: "complete paragraphs are left alone",
      blocks: [t("第一段。"), h("小标题"), t("第二段!")],
      paragraphs: ["第一段。", "小标题", "第二段!"],
      joins: [],
      rotated: false,
    },
    {
      name: "a block stopping mid-sentence continues in the next one",
      blocks: [t("设立了“区域工会建设办公室”(以下简称“工建"), t("办”),并以此为组织载体。"), t("下一段。")],
      paragraphs: ["设立了“区域工会建设办公室”(以下简称“工建办”),并以此为组织载体。", "下一段。"],
      joins: [[0, 1]],
      rotated: false,
    },
    {
      name: "even when the continuation opens with a quote",
      blocks: [t("构建了5大制度,并实行"), t("“基础补助+项目激励”的组合激励机制。")],
      paragraphs: ["构建了5大制度,并实行“基础补助+项目激励”的组合激励机制。"],
      joins: [[0, 1]],
      rotated: false,
    },
    {
      name: "full-width punctuation: a block ending in an enumeration comma continues",
      blocks: [t("开放时间延长至晚上9点，增配冰柜、"), t("微波炉和应急药箱。"), t("下一段。")],
      paragraphs: ["开放时间延长至晚上9点，增配冰柜、微波炉和应急药箱。", "下一段。"],
      joins: [[0, 1]],
      rotated: false,
    },
    {
      name: "a block ending in full-width digits may just lack its full stop",
      blocks: [t("咨询电话：０３７９－１２３４５"), t("欢迎职工来电。")],
      paragraphs: ["咨询电话：０３７９－１２３４５", "欢迎职工来电。"],
      joins: [],
      rotated: false,
    },
    {
      name: "a paragraph broken twice is joined along the chain",
      blocks: [t("一是"), t("二是"), t("三是。")],
      paragraphs: ["一是二是三是。"],
      joins: [
        [0, 1],
        [1, 2],
      ],
      rotated: false,
    },
    {
      name: "past a subheading printed between the halves",
      blocks: [t("服务还延伸到"), h("线上课堂受欢迎"), t("、社区和园区。"), t("新段落。")],
      paragraphs: ["服务还延伸到、社区和园区。", "线上课堂受欢迎", "新段落。"],
      joins: [[0, 2]],
      rotated: false,
    },
    {
      name: "to a later block that clearly starts mid-sentence",
      blocks: [t("他说:“工会帮了大忙,特别"), byline, t("完整的一段。"), t("方便。”李师傅说。")],
      paragraphs: ["他说:“工会帮了大忙,特别方便。”李师傅说。", "完整的一段。"],
      joins: [[0, 3]],
      rotated: false,
    },
    {
      name: "last block wraps to the first one and the lead after the byline comes first",
      blocks: [
        t("理健康专项测评,覆盖38家单位。"),
        t("基于调研结果,打造课程菜单。"),
        h("线上线下织密网络"),
        t("线上层面,录制10期云课堂。"),
        byline,
        t("“这里是职工心理热线。”2月4日,热线接听室里。"),
        t("2024年底,市总启动大规模职工心"),
      ],
      paragraphs: [
        "“这里是职工心理热线。”2月4日,热线接听室里。",
        "2024年底,市总启动大规模职工心理健康专项测评,覆盖38家单位。",
        "基于调研结果,打造课程菜单。",
        "线上线下织密网络",
        "线上层面,录制10期云课堂。",
      ],
      joins: [[6, 0]],
      rotated: true,
    },
    {
      name: "a dateline lead in the middle is the anchor too",
      blocks: [
        t("装卸一线,送去热饭。"),
        t("今年累计出车96次。"),
        t("8月12日中午,大巴车停在堆场边。", true),
        t("为此,工会直接开到"),
      ],
      paragraphs: [
        "8月12日中午,大巴车停在堆场边。",
        "为此,工会直接开到装卸一线,送去热饭。",
        "今年累计出车96次。",
      ],
      joins: [[3, 0]],
      rotated: true,
    },
    {
      name: "wrap without an anchor keeps the printed order",
      blocks: [t("装卸一线,送去热饭。"), t("今年累计出车96次。"), t("为此,工会直接开到")],
      paragraphs: ["今年累计出车96次。", "为此,工会直接开到装卸一线,送去热饭。"],
      joins: [[2, 0]],
      rotated: false,
    },
    {
      name: "no wrap to a first block that looks like a proper start",
      blocks: [t("“师傅,饺子来了!”他说。"), t("今年累计出车96次。"), t("为此,工会直接开到")],
      paragraphs: ["“师傅,饺子来了!”他说。", "今年累计出车96次。", "为此,工会直接开到"],
      joins: [],
      rotated: false,
    },
    {
      name: "a dateline lead is never a continuation",
      blocks: [t("市总工会开展了"), t("7月1日,另一条消息。", true)],
      paragraphs: ["市总工会开展了", "7月1日,另一条消息。"],
      joins: [],
      rotated: false,
    },
    {
      name: "a block ending in a number only joins a clear continuation",
      blocks: [
        t("服务热线:12351"),
        t("工会还开通了网上服务。"),
        t("名额有限,报名请拨打0379-12345"),
        t(",工作日有人接听。"),
      ],
      paragraphs: [
        "服务热线:12351",
        "工会还开通了网上服务。",
        "名额有限,报名请拨打0379-12345,工作日有人接听。",
      ],
      joins: [[2, 3]],
      rotated: false,
    },
    {
      name: "a single broken block cannot continue in itself",
      blocks: [t("办”),并以此为组织载体")],
      paragraphs: ["办”),并以此为组织载体"],
      joins: [],
      rotated: false,
    },
    {
      name: "byline blocks are dropped, empty text is skipped",
      blocks: [byline, t(""), t("正文。")],
      paragraphs: ["正文。"],
      joins: [],
      rotated: false,
    },
  ])("$name", ({ name: _name, blocks, ...expected }) => {
    expect(repairLayout(blocks)).toEqual(expected);
  });

  it("is linear enough for a long article", () => {
    const blocks = Array.from({ length: 2000 }, (_, k) => t(k % 2 ? "、后半段。" : `第${k}段前半段`));
    const { paragraphs, joins } = repairLayout(blocks);
    expect(paragraphs).toHaveLength(1000);
    expect(joins).toHaveLength(1000);
  });
});

describe("weak: a block ending in a digit or Latin letter", () => {
  it("is the test on the folded, end-trimmed text", () => {
    const unit = fc.constantFrom(..."0９aZｚ%％工。 \u3000\t\n", "\uD83D", "\uDE00");
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit, maxLength: 8 }), fc.string({ unit: "binary", maxLength: 6 })),
        (t) => {
          expect(weak(t)).toBe(/[0-9A-Za-z%]$/u.test(foldWidth(t).trimEnd()));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
