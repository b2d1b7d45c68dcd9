import { describe, expect, it } from "vitest";
import {
  bulletLength,
  isHeadlineLike,
  isPageFurniture,
  isRunningHeadPart,
  isTableRow,
  reportsNoProgramme,
  runningHeadDate,
} from "../../src/pipeline/text-shape.ts";

describe("isPageFurniture", () => {
  it.each([
    ["2026年3月13日　星期五　　　　　工会新闻　　　　　5", true],
    ["2026年3月10日 星期二 市州工会 2", true],
    ["本版编辑：郑晓雯　　校对：林　可", true],
    ["本版责任编辑：赵　明　　　美术编辑：孙　悦", true],
    ["责任编辑:王 五", true],
    ["（本版統籌：梁家聲）", true],
    ["中工网 > 权益保障 > 正文", true],
    ["原创　山西工会　山西工会　2026年05月14日 18:06　山西", true],
    ["点击上方蓝字关注我们", true],
    ["阅读原文", true],
    ["原创作品大赛启动", false],
    ["关注我们的职工", false],
    ["收入>支出", false],
    ["学徒工 > 初级工 > 中级工 > 高级工 > 技师", false],
    ["2025年7月22日　星期二　第2版　基层传真　　责任编辑:何 川", true],
    ["2025年7月22日　星期二　时间:上午9点", false],
    ["(本版统筹:梁家声)", true],
    ["第3版　基层传真　　　　　　　责任编辑:顾晓岚", true],
    ["(本版统筹安排的活动已于昨日结束)", false],
    ["责编 赵明 美编:孙悦", true],
    // a page saved from the web
    ["首页 > 工会动态 > 正文", true],
    ["当前位置：首页 › 要闻", true],
    ["2026-02-20 08:45　来源：工人日报客户端　作者：记者 唐瑶", true],
    ["【字体：大 中 小】　　分享到：微信　微博　QQ空间", true],
    ["【纠错】　【打印】　【关闭】", true],
    ["版权所有 中工网　未经授权禁止转载", true],
    ["【江苏常州】骑手驿站里摆起“暖新年夜饭”", false],
    ["资金来源：市总工会筹集。", false],
    ["经费来源：市总工会专项资金", false],
    // a table of contents
    ["今日导读", true],
    ["■全国工会系统去年筹集送温暖资金逾31亿元　(3版)", true],
    ["“广佛同城”招聘会开到家门口（第3版）", true],
    ["第3版刊登的招聘信息已更新", false],
    ["未经授权被拍进广告 快递小哥获赔", false],
    ["时间：2026年3月14日（星期六）上午9点", false],
    ["2026年3月13日 周五 工会新闻 5", true],
    // a sentence, a headline or a dateline is text, even with a weekday or an editor in it
    ["2026年3月13日星期五，市总工会举办招聘会。", false],
    ["星期五的职工夜校", false],
    ["编辑部走进工地", false],
    ["本报编辑赵明参加活动，为职工送上慰问品。", false],
    ["周末课堂开到工地上", false],
  ])("%s -> %s", (text, want) => {
    expect(isPageFurniture(text)).toBe(want);
  });
});

describe("runningHeadDate", () => {
  it.each([
    ["2026年3月13日　星期五　　工会新闻　　5\n\n本版编辑：赵明\n\n标题", "2026-03-13"],
    ["\n\n本版编辑：赵明\n2025年12月1日 星期一 要闻 1\n标题", "2025-12-01"],
    ["首页 > 正文\n标题\n2026-02-20 08:45　来源：工人日报客户端\n正文。", "2026-02-20"],
    // an impossible date, a date in the body, none
    ["2026年2月30日 星期一 要闻 1\n标题", null],
    ["标题\n\n本报讯 2026年3月13日星期五，市总工会举办招聘会。", null],
    ["标题\n正文。", null],
    ["标题\n时间：2026年3月14日（星期六）上午9点\n正文。", null],
  ])("%j -> %s", (body, want) => {
    expect(runningHeadDate(body)).toBe(want);
  });
});

describe("isRunningHeadPart", () => {
  it.each([
    ["工人日报", true],
    ["河北工人报", true],
    ["6", true],
    ["A12", true],
    ["第3版", true],
    ["澳門工人報", true],
    ["第4版　社團．勞工", true], // the page's number and its name
    ["第3版要闻里的故事", false],
    ["职工天地", false],
    ["工会日报道", false],
    ["基层快报", false],
    ["职工技能竞赛传捷报", false],
    ["2026", false],
    ["今日霍山", true], // a county paper's masthead
    ["中共霍山县委主管　霍山县融媒体中心主办", true], // and its publisher line
    ["今日送温暖活动启动", false],
    ["市总工会主办的职工运动会昨日开幕,共有3000名职工参加", false],
  ])("%s -> %s", (text, want) => {
    expect(isRunningHeadPart(text)).toBe(want);
  });
});

describe("isTableRow", () => {
  it.each([
    ["困难职工帮扶　　　1280户　　　　640万元", true],
    ["项目  户(人)数  金额", false], // a header row has no figure: read as a subheading
    ["假期“不打烊”　骑手驿站里飘出饭菜香", false],
    ["本报记者  张三", false],
    ["送温暖　　暖人心　　聚民心", false],
    ["市总工会为职工送去慰问金  共计20万元。", false],
  ])("%s -> %s", (text, want) => {
    expect(isTableRow(text)).toBe(want);
  });
});

describe("isHeadlineLike: a headline that is one quotation", () => {
  it.each([
    ["“调解室开进法院,职工维权少跑腿”", true],
    ["“调解室开进法院，职工维权少跑腿”", true],
    // quoted speech ends its sentence inside the quote; two quotations are a sentence
    ["“这么冷的天，心里特别暖和！”", false],
    ["“跑了一晚上单，回来有口热饭吃。”", false],
    ["「中年再起步，工聯會助你」", true],
    ["　“调解室开进法院,职工维权少跑腿”", true], // leading space as printed
    ["“接得住”，更要“跟得上”", false],
  ])("%s -> %s", (text, want) => {
    expect(isHeadlineLike(text)).toBe(want);
  });
});

describe("reportsNoProgramme", () => {
  it.each([
    [{ kicker: "公益广告", section: null }, true],
    [{ kicker: null, section: null, title: "更正", paragraphs: ["本报1月6日……特此更正。"] }, true],
    [{ kicker: null, section: null, title: "征稿启事", paragraphs: ["即日起征稿。"] }, true],
    [
      {
        kicker: null,
        section: null,
        title: "(上接第1版)会议强调",
        paragraphs: ["(上接第1版)会议强调,各级工会要做好。"],
      },
      true,
    ],
    [{ kicker: null, section: null, title: "更正工作作风", paragraphs: ["某市总工会开展活动。"] }, false],
    [{ kicker: "工人时评", section: null }, true],
    [{ kicker: null, section: "言论" }, true],
    [{ kicker: "短评：", section: null }, true],
    [{ kicker: "基层观察", section: null }, false],
    // the column's name set as the commentary's headline
    [
      { kicker: null, section: null, title: "短评", paragraphs: ["高温津贴按标准发足,是劳动者的权利。"] },
      true,
    ],
    [
      { kicker: null, section: null, title: "工会驿站迎来首批评论员", paragraphs: ["某市总工会开展活动。"] },
      false,
    ],
    [{ kicker: "贵州：", section: "职工天地" }, false],
    [{ kicker: null, section: null }, false],
    // an editors' note alone, under the page's banner; one before an article's text is kept
    [
      { kicker: null, section: null, title: "年终盘点", paragraphs: ["编者按:岁末回眸,本版选取六件实事。"] },
      true,
    ],
    [{ kicker: null, section: null, title: "年終回顧", paragraphs: ["編者按：本版整理全年工作。"] }, true],
    [
      {
        kicker: null,
        section: null,
        title: "驿站",
        paragraphs: ["编者按:本版刊发一组报道。", "某市总工会新建驿站12个。"],
      },
      false,
    ],
    // an advertisement marked at its end
    [
      {
        kicker: null,
        section: null,
        title: "疗休养线路",
        paragraphs: ["每人1680元起。咨询电话:0731-8861235(某疗养院 广告)"],
      },
      true,
    ],
    [{ kicker: null, section: null, title: "公益", paragraphs: ["工会开展“拒绝虚假广告”宣传(图)"] }, false],
    [
      {
        kicker: null,
        section: null,
        title: "驿站",
        paragraphs: ["新建驿站12个。(本版图片均为资料图,非广告)"],
      },
      false,
    ],
  ])("%j -> %s", (item, want) => {
    expect(reportsNoProgramme(item)).toBe(want);
  });
});

describe("bulletLength", () => {
  it.each([
    ["■3月11日，", 1],
    ["● 近日，", 2],
    ["◆　近日，", 2],
    ["3月11日，", 0],
    ["·近日", 0],
  ])("%s -> %i", (text, want) => {
    expect(bulletLength(text)).toBe(want);
  });
});
