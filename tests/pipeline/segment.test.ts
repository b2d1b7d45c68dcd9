import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePage } from "../../src/pipeline/decode.ts";
import { splitFrontMatter } from "../../src/pipeline/front-matter.ts";
import { segmentPage } from "../../src/pipeline/segment.ts";
import type { PageItem } from "../../src/pipeline/types.ts";

/** Reads a page the way the pipeline does: bytes -> text -> front matter -> items. */
function readPage(url: URL): PageItem[] {
  const decoded = decodePage(new Uint8Array(readFileSync(url)));
  if (!decoded.ok) throw new Error(decoded.error);
  const { body, bodyStartLine } = splitFrontMatter(decoded.text);
  return segmentPage(body, bodyStartLine);
}
const fixture = (name: string) => readPage(new URL(`../fixtures/pages/${name}`, import.meta.url));
const nfkc = (s: string) => s.normalize("NFKC").replace(/\s+/gu, "");
const summary = (i: PageItem) => ({
  kind: i.kind,
  title: i.title,
  subtitle: i.subtitle,
  kicker: i.kicker,
  section: i.section,
  lines: i.lines,
});
const page = (...blocks: string[]) => blocks.join("\n\n");

describe("segmentPage on the sample page", () => {
  const items = readPage(new URL("../../data/articles/000_ba35e313d3dcb2c4.txt", import.meta.url));
  const banner = "2026年两节工会送温暖行动·暖闻";
  const expected = [
    [
      "article",
      "浙江余姚阳明街道总工会探索“以大带小”片区化互助模式",
      "“@工小家联盟”引导企业工会“抱团”发展",
      null,
      null,
      [3, 27],
      8,
    ],
    ["article", "地质勘探职工在荒野收到慰问礼包", null, "贵州:", banner, [29, 41], 4],
    ["article", "900套大礼包温暖户外劳动者", null, "秦皇岛海港区:", banner, [43, 53], 4],
    ["photo", "工人文化宫里的“年货大集”", null, null, null, [57, 59], 1],
    ["article", "银川市总工会加大职工文化工作力度", "85门培训课为职工按需“配送”", null, null, [61, 77], 5],
    ["article", "“服务+保障+赋能”关爱新就业群体", null, "德州德城区总工会:", null, [79, 91], 5],
    ["photo", "公寓送诊 护航春运", null, null, null, [95, 97], 1],
    [
      "article",
      "洛阳市总工会系列暖心举措筑牢职工心理守护网",
      "24小时在线的“心灵灯塔”",
      null,
      null,
      [99, 139],
      16,
    ],
  ] as const;

  it("finds exactly 8 items", () => {
    expect(items.map((i) => i.title)).toEqual(expected.map((e) => e[1]));
  });

  it.each(expected.map((e, k) => ({ k, e })))("item $k: $e.1", ({ k, e }) => {
    const [kind, title, subtitle, kicker, section, lines, paragraphs] = e;
    const item = items[k] as PageItem;
    expect(summary(item)).toEqual({ kind, title, subtitle, kicker, section, lines });
    expect(item.paragraphs).toHaveLength(paragraphs);
  });

  it("fills bylines and removes them from the text", () => {
    expect(items.map((i) => i.byline)).toEqual([
      { reporters: ["王佳婧"], correspondents: ["张佳婧"], photographers: [] },
      { reporters: ["李丰"], correspondents: [], photographers: [] },
      { reporters: ["朱润胜"], correspondents: ["赵晨琳"], photographers: [] },
      { reporters: [], correspondents: [], photographers: ["赖志凯"] },
      { reporters: ["马学礼", "李静楠"], correspondents: ["宋炜"], photographers: [] },
      { reporters: ["田国全"], correspondents: ["严璐"], photographers: [] },
      { reporters: [], correspondents: [], photographers: ["黄洪涛"] },
      { reporters: ["余嘉熙"], correspondents: ["夏若茵"], photographers: [] },
    ]);
    const all = items.flatMap((i) => i.paragraphs).join("\n");
    expect(all).not.toMatch(/本报讯|本报记者|摄$|通讯员/mu);
    expect(items[0]?.paragraphs[0]).toMatch(/^“多亏你们安装的这台高速裁布机/u);
    expect(items[3]?.paragraphs[0]).toMatch(/奏响了欢乐序曲。$/u);
  });

  it.each([
    [0, "区域工会建设办公室”(以下简称“工建办”)"],
    [0, "并实行“基础补助+项目激励"],
    [0, "这让我们工作有了抓手"],
    [4, "公益培训班、“职工夜校”"],
    [7, "特别方便"],
    [7, "启动大规模职工心理健康专项测评"],
  ])("item %i has the rejoined text «%s»", (k, join) => {
    const body = nfkc(items[k]?.paragraphs.join("\n") ?? "");
    expect(body).toContain(nfkc(join));
  });

  it("puts the Luoyang feature in reading order: lead after the byline first, then the rest", () => {
    const starts = (items[7]?.paragraphs ?? []).map((p) => p.slice(0, 8));
    expect(starts).toEqual([
      "“这里是洛阳市总",
      "这条24小时在线",
      "“画像+菜单”破",
      "“以前参加心理服",
      "2024年底,洛",
      "基于调研结果,洛",
      "截至目前,洛阳市",
      "“线上+线下”织",
      "“倒班工作节奏特",
      "为破解职工群体作",
      "线下层面,洛阳市",
      "线上层面,洛阳市",
      "多方联动共筑“心",
      "1月,由洛阳市总",
      "为做优做强个性化",
      "洛阳市总工会党组",
    ]);
  });

  it("keeps in-article subheadings as their own paragraphs", () => {
    expect(items[7]?.paragraphs).toContain("“线上+线下”织密服务网络");
    expect(items[7]?.paragraphs).toContain("多方联动共筑“心”防线");
  });
});

describe("segmentPage on the fixture pages", () => {
  it.each([
    {
      file: "one-article-lines.txt",
      items: [
        {
          kind: "article",
          title: "湖南株洲:职工书屋开进产业园",
          subtitle: null,
          kicker: null,
          section: null,
          lines: [7, 13],
        },
      ],
      paragraphs: [6],
      bylines: [{ reporters: ["周明远"], correspondents: ["彭晓岚"], photographers: [] }],
    },
    {
      file: "no-headline.txt",
      items: [
        {
          kind: "article",
          title: "近日,江西省南昌市总工会联合市人社局举办“春风送岗”专场招聘会",
          subtitle: null,
          kicker: null,
          section: null,
          lines: [1, 4],
        },
      ],
      paragraphs: [4],
      bylines: [{ reporters: [], correspondents: [], photographers: [] }],
    },
    {
      file: "photo-captions.txt",
      items: [
        {
          kind: "photo",
          title: "高温下的“移动清凉站”",
          subtitle: null,
          kicker: null,
          section: null,
          lines: [3, 5],
        },
        {
          kind: "photo",
          title: "技能比武展风采",
          subtitle: null,
          kicker: null,
          section: null,
          lines: [7, 9],
        },
        {
          kind: "photo",
          title: "7月20日,辽宁省大连市总工会组织医护人员走进港口,为码头装卸工人免费测量血压",
          subtitle: null,
          kicker: null,
          section: null,
          lines: [11, 12],
        },
        {
          kind: "photo",
          title: "工会驿站里的“充电时光”",
          subtitle: null,
          kicker: null,
          section: null,
          lines: [14, 16],
        },
      ],
      paragraphs: [1, 1, 1, 1],
      bylines: [["孙立平"], ["韩冬"], ["刘畅"], ["王一鸣", "李思远"]].map((photographers) => ({
        reporters: [],
        correspondents: [],
        photographers,
      })),
    },
    {
      file: "traditional.txt",
      items: [
        {
          kind: "article",
          title: "建築工人在工地收到「暖心年夜飯」",
          subtitle: null,
          kicker: "廣東:",
          section: "2026年兩節工會送溫暖行動·暖聞",
          lines: [1, 11],
        },
        {
          kind: "article",
          title: "冰雪中的「暖心驛站」",
          subtitle: null,
          kicker: "遼寧瀋陽:",
          section: "2026年兩節工會送溫暖行動·暖聞",
          lines: [13, 17],
        },
        {
          kind: "photo",
          title: "職工子女寒假託管班開班",
          subtitle: null,
          kicker: null,
          section: null,
          lines: [21, 23],
        },
      ],
      paragraphs: [2, 1, 1],
      bylines: [
        { reporters: ["陳嘉豪"], correspondents: ["黃麗芬"], photographers: [] },
        { reporters: ["趙志剛"], correspondents: [], photographers: [] },
        { reporters: [], correspondents: [], photographers: ["林小雨"] },
      ],
    },
    {
      file: "summer-drive.txt",
      items: [
        {
          kind: "article",
          title: "3万份清凉礼包送到一线职工手中",
          subtitle: null,
          kicker: "江苏苏州:",
          section: "2025年夏送清凉行动·清凉风",
          lines: [1, 11],
        },
        {
          kind: "article",
          title: "高温津贴落实情况专项检查启动",
          subtitle: null,
          kicker: "四川成都:",
          section: "2025年夏送清凉行动·清凉风",
          lines: [13, 19],
        },
        {
          kind: "article",
          title: "“清凉驿站”里的贴心服务",
          subtitle: "河北邯郸设立200余家夏季清凉驿站",
          kicker: null,
          section: null,
          lines: [23, 35],
        },
      ],
      paragraphs: [2, 2, 4],
      bylines: [
        { reporters: ["张慧敏"], correspondents: ["吴晨"], photographers: [] },
        { reporters: ["李一帆"], correspondents: [], photographers: [] },
        { reporters: ["王晓东"], correspondents: [], photographers: [] },
      ],
    },
    {
      file: "reordered-lead.txt",
      items: [
        {
          kind: "article",
          title: "青岛港码头工会打造“流动服务车”",
          subtitle: "服务跟着职工走",
          kicker: null,
          section: null,
          lines: [1, 17],
        },
        {
          kind: "article",
          title: "8月10日,青岛市总工会为港口、物流行业的500名一线职工送去防暑降温物资",
          subtitle: null,
          kicker: null,
          section: null,
          lines: [21, 21],
        },
      ],
      paragraphs: [5, 1],
      bylines: [
        { reporters: ["郑海涛"], correspondents: ["姜宁"], photographers: [] },
        { reporters: [], correspondents: ["马骁"], photographers: [] },
      ],
    },
    {
      file: "gb18030.txt",
      items: [
        {
          kind: "article",
          title: "广西柳州:工会“爱心托管班”开课",
          subtitle: null,
          kicker: null,
          section: null,
          lines: [1, 5],
        },
      ],
      paragraphs: [2],
      bylines: [{ reporters: ["覃海燕"], correspondents: [], photographers: [] }],
    },
    {
      file: "bom-crlf.txt",
      items: [
        {
          kind: "article",
          title: "甘肃兰州:劳模工匠进校园",
          subtitle: null,
          kicker: null,
          section: null,
          lines: [6, 10],
        },
      ],
      paragraphs: [2],
      bylines: [{ reporters: ["马国庆"], correspondents: [], photographers: [] }],
    },
  ])("$file", ({ file, items, paragraphs, bylines }) => {
    const got = fixture(file);
    expect(got.map(summary)).toEqual(items);
    expect(got.map((i) => i.paragraphs.length)).toEqual(paragraphs);
    expect(got.map((i) => i.byline)).toEqual(bylines);
  });

  it("no-headline page: the title sentence stays in the first paragraph", () => {
    const [item] = fixture("no-headline.txt");
    expect(item?.paragraphs[0]).toMatch(
      /^近日,江西省南昌市总工会联合市人社局举办“春风送岗”专场招聘会,吸引120余家企业/u,
    );
  });

  it("one-article page keeps its subheading in the body", () => {
    expect(fixture("one-article-lines.txt")[0]?.paragraphs[3]).toBe("书香园区建设稳步推进");
  });

  it.each([
    ["traditional.txt", 0, "留崗過年的外來務工人員"],
    ["summer-drive.txt", 0, "开展健康义诊和防暑知识宣讲。"],
  ])("%s rejoins «%s»", (file, k, join) => {
    expect(fixture(file)[k]?.paragraphs.join("\n")).toContain(join);
  });

  it("reordered-lead page: lead after the byline first, last fragment joined to the first block", () => {
    expect(fixture("reordered-lead.txt")[0]?.paragraphs).toEqual([
      "“师傅,今天的饺子是白菜猪肉馅的!”8月12日中午,在山东省青岛市前湾港区,一辆涂着工会标志的大巴车停在堆场边。",
      "码头作业点多、线长,职工吃饭、看病、理发都不方便。为此,码头工会将一辆旧客车改装成“流动服务车”,直接开到装卸一线,每周三次开进作业区,为桥吊司机、理货员送去热饭、常用药品和理发服务。",
      "今年以来,服务车已累计出车96次,服务职工5000余人次。",
      "车上还能办会员",
      "服务车上配备了移动终端,新入职的劳务派遣工可以当场办理工会会员卡,享受普惠服务。",
    ]);
  });
});

describe("segmentPage: headline or subheading? (evidence table)", () => {
  const lead = "本报讯(记者 甲乙丙)近日,某市总工会开展活动。";
  const para = "活动覆盖全市职工。";
  it.each([
    {
      name: "short line followed by plain text: subheading",
      text: page("标题一", lead, "小标题", para),
      titles: ["标题一"],
    },
    {
      name: "followed by a dateline: new item",
      text: page("标题一", lead, "标题二", lead),
      titles: ["标题一", "标题二"],
    },
    {
      name: "followed by a standalone byline: new item",
      text: page("标题一", lead, "标题二", "本报记者 丁戊", para),
      titles: ["标题一", "标题二"],
    },
    {
      name: "followed by a subtitle: new item",
      text: page("标题一", lead, "标题二", "副题二", para),
      titles: ["标题一", "标题二"],
    },
    {
      name: "followed by a captioned photo: new item",
      text: page("标题一", lead, "图片标题", "工人们在驿站休息。 本报记者 丁戊 摄"),
      titles: ["标题一", "图片标题"],
    },
    {
      name: "followed by a caption broken before its credit: new item",
      text: page("标题一", lead, "图片标题", "工人们在", "驿站休息。 本报记者 丁戊 摄"),
      titles: ["标题一", "图片标题"],
    },
    {
      name: "after a wide gap: new item",
      text: ["标题一", "", lead, "", "", "", "标题二", "", para].join("\n"),
      titles: ["标题一", "标题二"],
    },
    {
      name: "two blank lines everywhere is not a wide gap",
      text: ["标题一", lead, "小标题", para, "小标题二", para].join("\n\n\n"),
      titles: ["标题一"],
    },
    {
      name: "a colon line not followed by a headline is no kicker",
      text: page("标题一", lead, "线上层面:", para),
      titles: ["标题一"],
    },
    {
      name: "a second dateline lead starts a headline-less brief",
      text: page("标题一", lead, "本报讯(通讯员 庚辛)日前,另一家工会举办讲座。"),
      titles: ["标题一", "日前,另一家工会举办讲座"],
    },
    {
      name: "a captioned photo after an article without headline",
      text: page("标题一", lead, para, "7月1日,职工在驿站休息。 丁戊 摄"),
      titles: ["标题一", "7月1日,职工在驿站休息"],
    },
    { name: "only a headline: nothing", text: page("标题一"), titles: [] },
    { name: "a trailing short line is body text", text: page("标题一", "短短一行"), titles: ["标题一"] },
    { name: "empty body", text: "\n\n", titles: [] },
  ])("$name", ({ text, titles }) => {
    expect(segmentPage(text).map((i) => i.title)).toEqual(titles);
  });
});

describe("segmentPage: briefs by their heading/paragraph rhythm", () => {
  const lead = "本报讯(记者 甲乙丙)近日,某市总工会开展活动。";
  const brief = (n: number) => `1月${n}日,某市总工会举办活动,职工踊跃参加。`;
  const plain = "活动覆盖全市职工,受到好评。";
  it.each([
    {
      name: "a banner with a separator over three bylineless briefs: one item per pair",
      text: page("基层工会·简讯", "简讯一", brief(1), "简讯二", brief(2), "简讯三", brief(3)),
      items: [
        ["简讯一", "基层工会·简讯", 1],
        ["简讯二", "基层工会·简讯", 1],
        ["简讯三", "基层工会·简讯", 1],
      ],
    },
    {
      name: "a short banner without separator over three pairs",
      text: page("简讯", "简讯一", plain, "简讯二", plain, "简讯三", plain),
      items: [
        ["简讯一", "简讯", 1],
        ["简讯二", "简讯", 1],
        ["简讯三", "简讯", 1],
      ],
    },
    {
      name: "two pairs whose paragraphs open with a day date: two briefs",
      text: page("简讯一", brief(1), "简讯二", brief(2)),
      items: [
        ["简讯一", null, 1],
        ["简讯二", null, 1],
      ],
    },
    {
      name: "two pairs without a dated lead: a headline, its paragraph and a subheading",
      text: page("标题一", plain, "小标题", plain),
      items: [["标题一", null, 3]],
    },
    {
      name: "an article with a 本报讯 lead keeps one-paragraph subheadings",
      text: page("标题一", lead, "小标题一", brief(1), "小标题二", brief(2), "小标题三", brief(3)),
      items: [["标题一", null, 7]],
    },
    {
      name: "a subheading over several paragraphs is no brief",
      text: page("标题一", plain, "小标题一", plain, plain, "小标题二", plain, plain),
      items: [["标题一", null, 7]],
    },
  ])("$name", ({ text, items }) => {
    expect(segmentPage(text).map((i) => [i.title, i.section, i.paragraphs.length])).toEqual(items);
  });

  it("keeps the subtitle slot empty and the line ranges per brief", () => {
    const items = segmentPage(
      page("基层工会·简讯", "简讯一", brief(1), "简讯二", brief(2), "简讯三", brief(3)),
    );
    expect(items.map((i) => [i.subtitle, i.lines])).toEqual([
      [null, [1, 5]],
      [null, [7, 9]],
      [null, [11, 13]],
    ]);
  });

  it("stays linear on thousands of briefs", () => {
    const blocks = ["简讯"];
    for (let k = 0; k < 4000; k++) blocks.push(`标题${k}`, brief((k % 28) + 1));
    const t = performance.now();
    expect(segmentPage(page(...blocks))).toHaveLength(4000);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});

describe("segmentPage: bullet-led briefs and page furniture", () => {
  const bullet = (n: number, credit = "") => `■3月${n}日，某区总工会举办活动，职工踊跃参加。${credit}`;
  it.each([
    {
      name: "a column name over bullet-led briefs: one headline-less item per bullet, under the column",
      text: page("工会动态·简讯", bullet(1), bullet(2, "（陆海燕）"), bullet(3, "(通讯员 王海波)")),
      items: [
        [
          "3月1日，某区总工会举办活动，职工踊跃参加",
          "工会动态·简讯",
          "3月1日，某区总工会举办活动，职工踊跃参加。",
        ],
        [
          "3月2日，某区总工会举办活动，职工踊跃参加",
          "工会动态·简讯",
          "3月2日，某区总工会举办活动，职工踊跃参加。（陆海燕）",
        ],
        [
          "3月3日，某区总工会举办活动，职工踊跃参加",
          "工会动态·简讯",
          "3月3日，某区总工会举办活动，职工踊跃参加。(通讯员 王海波)",
        ],
      ],
    },
    {
      name: "briefs wrapped over lines: each bullet starts one, its next line continues it",
      text: page(
        "工会动态·简讯",
        "■3月1日，某区总工会举办活动，\n职工踊跃参加。",
        "■3月2日，某区总工会开展义诊，\n职工踊跃参加。",
      ),
      items: [
        [
          "3月1日，某区总工会举办活动，职工踊跃参加",
          "工会动态·简讯",
          "3月1日，某区总工会举办活动，职工踊跃参加。",
        ],
        [
          "3月2日，某区总工会开展义诊，职工踊跃参加",
          "工会动态·简讯",
          "3月2日，某区总工会开展义诊，职工踊跃参加。",
        ],
      ],
    },
    {
      name: "a column name under a captioned photo starts the column: the photo is one caption",
      text: page(
        "暖心义诊进车间",
        "1月24日,市总工会为职工开展义诊。 本报通讯员 李想 摄",
        "简　讯",
        bullet(1),
        bullet(2),
      ),
      items: [
        ["暖心义诊进车间", null, "1月24日,市总工会为职工开展义诊。"],
        ["3月1日，某区总工会举办活动，职工踊跃参加", "简　讯", "3月1日，某区总工会举办活动，职工踊跃参加。"],
        ["3月2日，某区总工会举办活动，职工踊跃参加", "简　讯", "3月2日，某区总工会举办活动，职工踊跃参加。"],
      ],
    },
    {
      name: "a headline over an undated bulleted list keeps it",
      text: page(
        "某市工会推出三项举措",
        "■建立困难职工档案，实行动态管理。",
        "■开通法律援助热线，提供免费咨询。",
        "■设立帮扶资金，专款专用。",
      ),
      items: [["某市工会推出三项举措", null, "■建立困难职工档案，实行动态管理。"]],
    },
    {
      name: "bullets without a column name",
      text: page(bullet(1), bullet(2)),
      items: [
        ["3月1日，某区总工会举办活动，职工踊跃参加", null, "3月1日，某区总工会举办活动，职工踊跃参加。"],
        ["3月2日，某区总工会举办活动，职工踊跃参加", null, "3月2日，某区总工会举办活动，职工踊跃参加。"],
      ],
    },
    {
      name: "a bulleted list inside a headlined article stays in it",
      text: page("某市工会推出五项举措", "本报讯 近日，某市总工会推出举措。", bullet(1), bullet(2)),
      items: [["某市工会推出五项举措", null, "近日，某市总工会推出举措。"]],
    },
    {
      name: "the running head and the editors' line are no item",
      text: page(
        "2026年3月13日　星期五　　　　工会新闻　　　　5",
        "本版责任编辑：赵　明　　美术编辑：孙　悦",
        "某市工会送温暖",
        "本报讯 近日，某市总工会开展送温暖活动。",
      ),
      items: [["某市工会送温暖", null, "近日，某市总工会开展送温暖活动。"]],
    },
    {
      name: "a web page's breadcrumb, source line, related links and buttons are no item",
      text: page(
        "首页 > 工会动态 > 正文",
        "某市工会送温暖",
        "2026-02-20 08:45　来源：工人日报客户端",
        "本报讯 近日，某市总工会开展送温暖活动。",
        "相关阅读：\n·多地工会送上年夜饭\n·一图读懂入会",
        "责任编辑：刘宁\n【纠错】　【打印】　【关闭】",
      ),
      items: [["某市工会送温暖", null, "近日，某市总工会开展送温暖活动。"]],
    },
    {
      name: "a running head set over lines (paper, date, page number) is no item",
      text: [
        "工人日报",
        "2026年4月16日 星期四",
        "6",
        "",
        "某市工会送温暖",
        "",
        "本报讯 近日，某市总工会开展送温暖活动。",
      ].join("\n"),
      items: [["某市工会送温暖", null, "近日，某市总工会开展送温暖活动。"]],
    },
    {
      name: "a flattened table stays in its article",
      text: page(
        "某市送温暖资金发放到位",
        "本报讯 近日，某市送温暖资金发放到位。具体如下",
        "项目　　　　人数　　　金额\n困难职工　　1280人　　640万元\n合计　　　　1280人　　640万元",
        "工会干部逐户核实情况。",
      ),
      items: [["某市送温暖资金发放到位", null, "近日，某市送温暖资金发放到位。具体如下"]],
    },
  ])("$name", ({ text, items }) => {
    expect(segmentPage(text).map((i) => [i.title, i.section, i.paragraphs[0]])).toEqual(items);
  });

  it("reads a flattened table's rows as paragraphs, and wide-spaced credits and datelines as such", () => {
    const [table, photo, lead] = segmentPage(
      page(
        "某市送温暖资金发放到位",
        "本报讯 近日，某市送温暖资金发放到位。具体如下",
        "项目　　　　人数　　　金额\n困难职工　　1280人　　640万元",
        "\n\n职工在比赛中。　　本报记者　　张三　　摄",
        "\n某区工会开展义诊",
        "本报讯（记者　　何　昊　　通讯员　　马　丽）3月1日，某区工会开展义诊。",
      ),
    );
    expect(table?.paragraphs).toEqual([
      "近日，某市送温暖资金发放到位。具体如下",
      "项目　　　　人数　　　金额",
      "困难职工　　1280人　　640万元",
    ]);
    expect(table?.kind).toBe("article");
    expect([photo?.kind, photo?.byline.photographers]).toEqual(["photo", ["张三"]]);
    expect([lead?.byline.reporters, lead?.byline.correspondents, lead?.paragraphs[0]]).toEqual([
      ["何昊"],
      ["马丽"],
      "3月1日，某区工会开展义诊。",
    ]);
  });

  it("keeps a photo group's numbered captions under its headline, and a notice box apart", () => {
    const items = segmentPage(
      page(
        "某区工会慰问一线职工",
        "本报讯 近日，某区总工会开展慰问活动。",
        "更正",
        "本报1月6日第3版一文中，“2300户”应为“3200户”。特此更正。",
        "港口工地年味浓",
        "图①:1月5日，慰问组来到港口作业区。",
        "图②:快递员在驿站领取姜茶。",
        "图③:志愿者送上新春对联。\n本报记者 刘旭 摄",
      ),
    );
    expect(items.map((i) => [i.title, i.kind, i.paragraphs.length])).toEqual([
      ["某区工会慰问一线职工", "article", 1],
      ["更正", "article", 1],
      ["港口工地年味浓", "photo", 3],
    ]);
  });

  it("keeps a reader's letter and an editors' afterword in boxes of their own, to the next item", () => {
    const items = segmentPage(
      page(
        "某省工会驿站三年服务户外劳动者超千万人次",
        "本报讯 近日,某省总工会发布驿站服务情况。",
        "编后",
        "驿站建起来只是第一步。",
        "冬日暖“新”·各地速递",
        "甲地:",
        "驿站有了热水炉",
        "本报讯 近日,某县总工会为驿站配备热水炉。",
        "读者来信",
        "跑单途中受了伤,能找工会帮忙吗?",
        "编辑同志:",
        "我是一名外卖骑手,上个月送餐途中受伤。",
        "湖南长沙读者 周 强",
        "律师答复:",
        "可以拨打12351职工服务热线求助。",
        "(答复人:本报特约律师 陈 蕾)",
        "零下三十摄氏度的“暖心屋”",
        "1月5日,职工在暖心屋取暖。 本报记者 王五 摄",
      ),
    );
    expect(items.map((i) => [i.section, i.kicker, i.title, i.kind, i.paragraphs.length])).toEqual([
      [null, null, "某省工会驿站三年服务户外劳动者超千万人次", "article", 1],
      [null, null, "编后", "article", 1],
      ["冬日暖“新”·各地速递", "甲地:", "驿站有了热水炉", "article", 1],
      [null, null, "读者来信", "article", 7],
      [null, null, "零下三十摄氏度的“暖心屋”", "photo", 1],
    ]);
  });

  it("keeps an article whose editors' note stands on a line of its own between headline and lead", () => {
    const items = segmentPage(
      page(
        "一根热线连起职工心港湾",
        "本报记者 韩雪松 本报通讯员 孟 凡",
        "编者按",
        "心理服务是工会服务的新课题。",
        "近日,某省总工会开通热线。",
        "热线全年接听来电9600余个。",
      ),
    );
    expect(items.map((i) => i.title)).toEqual(["一根热线连起职工心港湾"]);
    expect(items[0]?.paragraphs.join("")).toMatch(/某省总工会开通热线。热线全年接听来电9600余个。$/u);
  });

  it("reads a photo spread with a lead and captions placed by position as one photo", () => {
    const items = segmentPage(
      page(
        "码头上的技能“大比武”",
        "6月16日,市总工会举办港口装卸职业技能竞赛。",
        "上图:门机司机在比赛中抓取集装箱。",
        "中图:选手进行集装箱绑扎比赛。",
        "下图:叉车选手完成货物堆码。",
        "本报记者 黄 海 摄",
      ),
    );
    expect(items.map((i) => [i.title, i.kind, i.paragraphs.length, i.byline.photographers])).toEqual([
      ["码头上的技能“大比武”", "photo", 4, ["黄海"]],
    ]);
  });

  it("keeps a report's own captioned photo (图为…摄) in the report, and a call for entries apart", () => {
    const items = segmentPage(
      page(
        "挑山工有了“歇脚驿站”",
        "本报讯 (记者 孔 明)近日,市总工会建成挑山工驿站5处。",
        "市总工会还为挑山工配发了护膝。",
        "图为6月17日,两名挑山工在驿站内休息。 本报通讯员 岳 琳 摄",
        "“我的助学故事”征文启事",
        "本版即日起开展征文活动,评出一等奖5名。",
        "汨罗江上赛龙舟",
        "本报讯 (记者 彭 湘)端午节当天,职工龙舟赛开赛。",
      ),
    );
    expect(items.map((i) => [i.title, i.kind, i.paragraphs.length])).toEqual([
      ["挑山工有了“歇脚驿站”", "article", 3],
      ["“我的助学故事”征文启事", "article", 1],
      ["汨罗江上赛龙舟", "article", 1],
    ]);
  });

  it("keeps a photo set apart by a wide gap at the foot of the page as a photo of its own", () => {
    const items = segmentPage(
      [
        "深圳龙华:",
        "",
        "骑手驿站添新装",
        "",
        "本报讯 (记者 陈 星)近日,区总工会为骑手驿站添置冰柜。",
        "",
        "",
        "",
        "图为6月17日,工会工作人员为建筑工人送去绿豆汤。 本报记者 陈星 摄",
      ].join("\n"),
    );
    expect(items.map((i) => [i.title.slice(0, 6), i.kind])).toEqual([
      ["骑手驿站添新", "article"],
      ["图为6月17", "photo"],
    ]);
  });

  it("ends a notice box at a headline-less brief's lead", () => {
    const items = segmentPage(
      page(
        "某区工会慰问一线职工",
        "本报讯 近日,某区总工会开展慰问活动。",
        "编后",
        "慰问不能一送了之。",
        "本报讯 (记者 甲乙)1月20日,某县总工会举办招聘会。",
        "本报讯 (记者 丙丁)1月21日,某市总工会开展义诊。",
      ),
    );
    expect(items.map((i) => i.title)).toEqual([
      "某区工会慰问一线职工",
      "编后",
      "1月20日,某县总工会举办招聘会",
      "1月21日,某市总工会开展义诊",
    ]);
  });

  it("keeps a report headlined with a notice's word", () => {
    const items = segmentPage(
      page(
        "一则特别的招聘启事",
        "本报记者 王 五",
        "近日,某市总工会发布一则招聘启事,为困难职工子女提供岗位。",
      ),
    );
    expect(items.map((i) => [i.title, i.kind, i.paragraphs.length])).toEqual([
      ["一则特别的招聘启事", "article", 1],
    ]);
  });

  it("reads 上图为/下图为 as captions placed by position", () => {
    const items = segmentPage(
      page(
        "码头上的技能比武",
        "6月16日,市总工会举办港口装卸职业技能竞赛。",
        "上图为门机司机在比赛中抓取集装箱。",
        "下图为叉车选手完成货物堆码。 本报记者 黄 海 摄",
      ),
    );
    expect(items.map((i) => [i.title, i.kind, i.paragraphs.length])).toEqual([
      ["码头上的技能比武", "photo", 3],
    ]);
  });

  it("reads a public account's article as one item: numbered sections, captions, and its list of earlier posts", () => {
    const items = segmentPage(
      page(
        "首批300余名一线职工踏上疗休养专列！今年全省这样安排",
        "原创　山西工会　山西工会　2026年05月14日 18:06　山西",
        "点击上方蓝字关注我们",
        "5月13日上午,一趟疗休养专列从太原站驶出。",
        "本月12日,省总工会印发全省职工疗休养工作实施方案。",
        "方案提出,今年全省安排职工疗休养3.8万人次。",
        "01",
        "线路多了　选择多了",
        "今年,省总工会遴选职工疗休养基地41家。",
        "“没想到我们一线工人也有份。”一名职工说。",
        "02",
        "名额向一线倾斜",
        "方案明确,一线职工比例不低于80%。",
        "疗休养期间,职工享受带薪假期。",
        "（首批疗休养职工在太原站合影）",
        "往期推荐",
        "全省职工职业技能大赛启动　设奖金120万元",
        "五一假期　全省1200余家工会驿站不打烊",
        "阅读原文",
      ),
    );
    expect(items.map((i) => [i.title, i.paragraphs.length])).toEqual([
      ["首批300余名一线职工踏上疗休养专列！", 10],
    ]);
  });

  it("keeps numbered items of a roundup apart when each has a 【place】 label", () => {
    const items = segmentPage(
      page(
        "春节假期　这些地方的工会服务“不打烊”",
        "春节假期,各地工会服务不打烊。",
        "01",
        "【江苏常州】骑手驿站里摆起年夜饭",
        "2月16日傍晚,常州市武进区一处工会驿站里摆起年夜饭。",
        "02",
        "【福建漳州】健康服务站开进服务区",
        "2月9日至11日,漳州市总工会组织医护人员开展义诊。",
      ),
    );
    expect(items.map((i) => i.title)).toEqual([
      "春节假期　这些地方的工会服务“不打烊”",
      "【江苏常州】骑手驿站里摆起年夜饭",
      "【福建漳州】健康服务站开进服务区",
    ]);
  });

  it("keeps a web article's own 图为 captions in it, its byline being in the source line", () => {
    const items = segmentPage(
      page(
        "中工网 > 权益保障 > 正文",
        "工伤农民工的“维权路”,工会律师陪着走",
        "发布时间:2025年12月18日 07:15　来源:工人日报　作者:本报记者 邹 欣",
        "12月15日上午,赣州市总工会职工法律援助中心律师来到工棚。",
        "今年52岁的刘德明在建筑工地干了二十多年木工。",
        "图为12月15日,律师向刘德明讲解工伤待遇申领流程。　本报通讯员 李 明 摄",
        "律师驻点,把援助送到工地",
        "赣州市总工会在全市建立“工会法律援助工作站”。",
      ),
    );
    expect(items.map((i) => [i.title, i.kind])).toEqual([["工伤农民工的“维权路”,工会律师陪着走", "article"]]);
  });

  it("keeps a photo after a lead-less two-paragraph brief apart when the next item follows it", () => {
    const items = segmentPage(
      page(
        "南京:职工读书月启动",
        "市总工会启动第十届职工读书月活动。",
        "活动将持续到9月底。",
        "图为8月9日,无锡市总工会为建筑工人送上绿豆汤。　本报记者 周 敏 摄",
        "苏州:驿站延长开放时间",
        "本报讯 近日,苏州市总工会推动驿站延长开放时间。",
      ),
    );
    expect(items.map((i) => i.kind)).toEqual(["article", "photo", "article"]);
  });

  it("keeps a reader's signature in the letter: the reply's brief under it takes its own title", () => {
    const items = segmentPage(
      page(
        "读者来信",
        "编辑同志:我是一名快递员,想问问工会能不能帮忙。",
        "北京 读者 王小军",
        "本报讯 近日,某区总工会为快递员开通维权热线。",
      ),
    );
    expect(items.map((i) => i.title)).toEqual(["读者来信", "近日,某区总工会为快递员开通维权热线"]);
  });

  it("keeps the day of a dated dateline for the item's 今天", () => {
    const items = segmentPage(
      page(
        "全总部署送温暖",
        "本报北京1月7日电 (记者郑晓岚)今天,全总召开会议。",
        "某区工会送温暖",
        "本报讯 近日,某区工会送温暖。",
      ),
    );
    expect(items.map((i) => i.dateline)).toEqual(["1月7日", null]);
    // the datelines splitDateline knows, traditional ones included
    for (const lead of ["本報北京1月7日電 今天,全总召开会议。", "中新网北京1月7日电 今天,会议召开。"]) {
      expect(segmentPage(page("全总部署送温暖", lead))[0]?.dateline).toBe("1月7日");
    }
  });

  it("takes a closing (下转第3版) off the text", () => {
    const [item] = segmentPage(
      page("全总部署送温暖", "本报北京1月7日电 会议要求做好送温暖工作。(下转第3版)"),
    );
    expect(item?.paragraphs).toEqual(["会议要求做好送温暖工作。"]);
  });

  it("strips a subtitle's dash, one em dash or two", () => {
    const items = segmentPage(
      page("某市工会送温暖", "—记某市总工会", "本报讯 近日，某市总工会开展送温暖活动。"),
    );
    expect(items.map((i) => [i.title, i.subtitle])).toEqual([["某市工会送温暖", "记某市总工会"]]);
  });

  it("reads a column, lead-in, quoted headline and dash-led subtitle over a byline", () => {
    const [item] = segmentPage(
      page(
        "权益周刊",
        "对话·工会主席",
        "“调解室开进法院,职工维权少跑腿”",
        "——访某市总工会主席",
        "本报记者 叶 青",
        "某市是民营经济大市。",
      ),
    );
    expect([item?.section, item?.kicker, item?.title, item?.subtitle]).toEqual([
      "权益周刊",
      "对话·工会主席",
      "“调解室开进法院,职工维权少跑腿”",
      "访某市总工会主席",
    ]);
  });
});

describe("segmentPage: headers and section banners", () => {
  const lead = "本报讯(记者 甲乙丙)近日,某市总工会开展活动。";
  it.each([
    {
      name: "banner applies to kicker-led items until an item without kicker",
      text: page(
        "夏送清凉·在行动",
        "甲地:",
        "标题一",
        lead,
        "乙地:",
        "标题二",
        lead,
        "标题三",
        "副题三",
        lead,
        "丙地:",
        "标题四",
        lead,
      ),
      expected: [
        ["夏送清凉·在行动", "甲地:", "标题一", null],
        ["夏送清凉·在行动", "乙地:", "标题二", null],
        [null, null, "标题三", "副题三"],
        [null, "丙地:", "标题四", null],
      ],
    },
    {
      name: "a wide gap ends the banner",
      text: [
        "送温暖·暖闻",
        "",
        "甲地:",
        "",
        "标题一",
        "",
        lead,
        "",
        "",
        "",
        "乙地:",
        "",
        "标题二",
        "",
        lead,
      ].join("\n"),
      expected: [
        ["送温暖·暖闻", "甲地:", "标题一", null],
        [null, "乙地:", "标题二", null],
      ],
    },
    {
      name: "a banner with a separator above headline and subtitle",
      text: page("两节送温暖·暖闻", "标题一", "副题一", lead),
      expected: [["两节送温暖·暖闻", null, "标题一", "副题一"]],
    },
    {
      name: "a headline broken over two lines by the column is one headline",
      text: page("衡水市总工会“春风送岗”专场招聘会提供\n岗位4200个", lead),
      expected: [[null, null, "衡水市总工会“春风送岗”专场招聘会提供岗位4200个", null]],
    },
    {
      name: "a commentary set among a column's kicker-led items ends no banner",
      text: page(
        "假日里的坚守·工会在身边",
        "甲地:",
        "标题一",
        lead,
        "工人时评",
        "让假日坚守者被“看见”",
        "□周 言",
        "每逢长假,总有一些人不能休假。",
        "乙地:",
        "标题二",
        lead,
      ),
      expected: [
        ["假日里的坚守·工会在身边", "甲地:", "标题一", null],
        [null, null, "工人时评", "让假日坚守者被“看见”"],
        ["假日里的坚守·工会在身边", "乙地:", "标题二", null],
      ],
    },
    {
      name: "a short lead-in line set close over a longer headline is no broken headline",
      text: page("甲地:", "标题一", lead, "冬日送暖进万家\n山西晋中市总工会为2000名环卫工送上棉衣", lead),
      expected: [
        [null, "甲地:", "标题一", null],
        [null, null, "冬日送暖进万家", "山西晋中市总工会为2000名环卫工送上棉衣"],
      ],
    },
    {
      name: "a slogan of two even halves over a feature's headline is no headline",
      text: page(
        "弘扬劳模精神,争做时代先锋",
        "“金牌焊工”的三十年",
        "本报记者 王 五",
        "近日,记者走进某厂焊接车间。",
      ),
      // (the slogan stays an item of its own, as before: the feature keeps its headline)
      expected: [
        [null, null, "弘扬劳模精神,争做时代先锋", null],
        [null, null, "“金牌焊工”的三十年", null],
      ],
    },
    {
      name: "even halves right over a lead are a headline, the commonest shape",
      text: page("甲地:", "标题一", lead, "工会送清凉,职工心里甜", lead),
      expected: [
        [null, "甲地:", "标题一", null],
        [null, null, "工会送清凉,职工心里甜", null],
      ],
    },
    {
      name: "a headline with a comma, known by the lead under it",
      text: page(
        "甲地:",
        "小年这天,化工装置区飘来饺子香",
        "吉林市总工会为留岗职工送去“团圆饭”",
        lead,
        "乙地:",
        "腊月二十,“年货直通车”开进工业园区",
        lead,
      ),
      expected: [
        [null, "甲地:", "小年这天,化工装置区飘来饺子香", "吉林市总工会为留岗职工送去“团圆饭”"],
        [null, "乙地:", "腊月二十,“年货直通车”开进工业园区", null],
      ],
    },
    {
      name: "a short body line with a comma and no lead under it stays body text",
      text: page("标题一", lead, "当天,职工们收到了暖心包", "活动持续到月底。"),
      expected: [[null, null, "标题一", null]],
    },
    {
      name: "on a page with blank lines between blocks, a headline line set close under the headline goes on with it",
      text: page(
        "甲地:",
        "标题一",
        lead,
        "沭阳花木电商园里的快递小哥\n有了自己的“工会之家”",
        lead,
        "标题三",
        lead,
      ),
      expected: [
        [null, "甲地:", "标题一", null],
        [null, null, "沭阳花木电商园里的快递小哥有了自己的“工会之家”", null],
        [null, null, "标题三", null],
      ],
    },
    {
      name: "where lines follow without blank lines, a subtitle set close under its headline stays a subtitle",
      text: [
        "郑州金水区推进楼宇工会建设",
        "让写字楼里的“白领”有了“娘家”",
        lead,
        "楼宇工会已覆盖商务楼宇130栋。",
      ].join("\n"),
      expected: [[null, null, "郑州金水区推进楼宇工会建设", "让写字楼里的“白领”有了“娘家”"]],
    },
    {
      name: "a short subtitle after a blank line stays a subtitle",
      text: page("衡水市总工会“春风送岗”专场招聘会开幕", "岗位4200个", lead),
      expected: [[null, null, "衡水市总工会“春风送岗”专场招聘会开幕", "岗位4200个"]],
    },
    {
      name: "a dash-led short line close under a headline stays a subtitle",
      text: page("职工心理健康关爱行动在全省全面铺开\n——走访记", lead),
      expected: [[null, null, "职工心理健康关爱行动在全省全面铺开", "走访记"]],
    },
    {
      name: "three headline lines without separator: lead-in line, headline, subtitle",
      text: page("引题一", "标题一", "——副题一", lead),
      expected: [[null, "引题一", "标题一", "副题一"]],
    },
    {
      name: "a photo placed among the briefs, wide gap before it included, neither takes nor ends the banner",
      text: [
        "夏送清凉·清凉速递",
        "",
        "甲地:",
        "",
        "标题一",
        "",
        lead,
        "",
        "",
        "",
        "图片标题",
        "",
        "7月7日,职工在驿站休息。 本报记者 王五 摄",
        "",
        "乙地:",
        "",
        "标题二",
        "",
        lead,
        "",
        "标题三",
        "",
        "副题三",
        "",
        lead,
        "",
        "丙地:",
        "",
        "标题四",
        "",
        lead,
      ].join("\n"),
      expected: [
        ["夏送清凉·清凉速递", "甲地:", "标题一", null],
        [null, null, "图片标题", null],
        ["夏送清凉·清凉速递", "乙地:", "标题二", null],
        [null, null, "标题三", "副题三"],
        [null, "丙地:", "标题四", null],
      ],
    },
    {
      name: "full-width colons: a column name above a kicker is the banner, the kicker leads the headline",
      text: page(
        "基层传真",
        "杭州萧山：",
        "高温车间里比出“金牌工匠”",
        "本报讯（记者沈卓　通讯员楼倩）7月10日，大赛开幕。",
        "昆明官渡区：",
        "快递网点、家政门店集中“入会”",
        "本报讯（记者李娅）7月8日，集中入会仪式举行。",
      ),
      expected: [
        ["基层传真", "杭州萧山：", "高温车间里比出“金牌工匠”", null],
        ["基层传真", "昆明官渡区：", "快递网点、家政门店集中“入会”", null],
      ],
    },
    {
      name: "full-width banner separator, kicker with ideographic space, full-width dash before the subtitle",
      text: page(
        "城市服务｜民生速递",
        "西安雁塔区　：",
        "货车司机有了自己的“娘家”",
        "－－首批吸纳会员１２００余名",
        "本报讯（记者　马晓东）7月14日，联合会成立。",
      ),
      expected: [
        ["城市服务｜民生速递", "西安雁塔区　：", "货车司机有了自己的“娘家”", "首批吸纳会员１２００余名"],
      ],
    },
  ])("$name", ({ text, expected }) => {
    expect(segmentPage(text).map((i) => [i.section, i.kicker, i.title, i.subtitle])).toEqual(expected);
  });

  it("full-width page: bylines parsed, paragraphs and title keep the printed punctuation", () => {
    const items = segmentPage(
      page(
        "杭州萧山：",
        "高温车间里比出“金牌工匠”",
        "本报讯（记者沈卓　通讯员楼倩）7月10日，大赛开幕，",
        "1260名一线职工同台比拼。",
        "7月3日，记者从四川省绵阳市总工会获悉，今年上半年，绵阳市各级工会累计筹集帮扶资金2680万元，对1.2万名困难职工开展常态化帮扶。",
      ),
    );
    expect(items.map((i) => [i.kicker, i.title, i.byline, i.paragraphs])).toEqual([
      [
        "杭州萧山：",
        "高温车间里比出“金牌工匠”",
        { reporters: ["沈卓"], correspondents: ["楼倩"], photographers: [] },
        [
          "7月10日，大赛开幕，1260名一线职工同台比拼。",
          "7月3日，记者从四川省绵阳市总工会获悉，今年上半年，绵阳市各级工会累计筹集帮扶资金2680万元，对1.2万名困难职工开展常态化帮扶。",
        ],
      ],
    ]);
    const headless = segmentPage(
      "7月3日，记者从四川省绵阳市总工会获悉，今年上半年，绵阳市各级工会累计筹集帮扶资金2680万元，对1.2万名困难职工开展常态化帮扶。",
    );
    expect(headless.map((i) => i.title)).toEqual(["7月3日，记者从四川省绵阳市总工会获悉，今年上半年"]);
  });

  it("a name in 【】 leads into its item, with a headline or without one (a brief)", () => {
    const items = segmentPage(
      page(
        "一、帮扶解困不停步",
        "【鼓楼】",
        "困难职工“微心愿”一年全部认领",
        "今年以来,鼓楼区总工会征集困难职工“微心愿”412个,全部认领。",
        "【长汀】",
        "长汀县总工会今年暑期开展“金秋助学”活动,为186名困难职工子女发放助学金。",
      ),
    );
    // the brief's title is its opening words
    expect(items.map((i) => [i.section, i.kicker, i.title?.slice(0, 6), i.paragraphs.length])).toEqual([
      ["一、帮扶解困不停步", "【鼓楼】", "困难职工“微", 1],
      ["一、帮扶解困不停步", "【长汀】", "长汀县总工会", 1],
    ]);
  });

  it.each(["【链接】", "【记者手记】", "【背景】", "【编后】"])(
    "a box's label in 【】 (%s) inside an article does not start an item",
    (label) => {
      const items = segmentPage(
        page(
          "职工健康体检覆盖全市",
          "本报讯 近日,南昌市总工会启动职工健康体检活动,首批1200名职工参加。",
          label,
          "据了解,南昌市总工会今年计划开展健康体检活动20场。",
        ),
      );
      expect(items).toHaveLength(1);
    },
  );

  it("line numbers are offset by firstLine and cover banner to last block", () => {
    const items = segmentPage(page("送温暖·暖闻", "甲地:", "标题一", lead, "乙地:", "标题二", lead), 10);
    expect(items.map((i) => i.lines)).toEqual([
      [10, 16],
      [18, 22],
    ]);
  });
});

describe("segmentPage never fails on odd input", () => {
  it("returns items with non-empty paragraphs and sane line ranges", () => {
    const piece = fc.constantFrom(
      "标题",
      "贵州:",
      "本报讯(记者 甲乙)近日,",
      "本报记者 丙丁",
      "继续",
      "。",
      "”",
      "“",
      "  摄",
      "\n",
      "\n\n",
      "\n\n\n",
      "会议召开。",
      "·",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 50 }), (parts, first) => {
        const text = parts.join("");
        const lineCount = text.split("\n").length;
        for (const item of segmentPage(text, first)) {
          expect(item.paragraphs.length).toBeGreaterThan(0);
          expect(item.paragraphs.every((p) => p !== "")).toBe(true);
          expect(item.lines[0]).toBeGreaterThanOrEqual(first);
          expect(item.lines[1]).toBeGreaterThanOrEqual(item.lines[0]);
          expect(item.lines[1]).toBeLessThan(first + lineCount);
        }
      }),
      { numRuns: 300 },
    );
  });
});
