import { describe, expect, it } from "vitest";
import { type EventDateOptions, extractEventDate, inferPageYear } from "../../src/pipeline/dates.ts";
import { processPage } from "../../src/pipeline/process-page.ts";

const Y2026: EventDateOptions = { fallbackYear: 2026 };

describe("extractEventDate", () => {
  const cases: [string, string[], EventDateOptions, string | null][] = [
    [
      "date after an opening quotation",
      [
        "“多亏你们安装的这台高速裁布机。”1月26日,浙江宁波余姚市一家吹塑家具公司的生产车间里……1月初,翁旭军率团队赴该企业开展帮扶。",
      ],
      Y2026,
      "2026-01-26",
    ],
    ["photo caption", ["2月3日,北京市朝阳区工人文化宫人声鼎沸。 本报记者 赖志凯 摄"], Y2026, "2026-02-03"],
    ["日前 lead has no date", ["日前,河北省秦皇岛市海港区总工会2026年工会驿站送温暖行动启动。"], Y2026, null],
    ["近日 before a later date", ["近日,某市总工会启动活动,活动将持续到2月10日。"], Y2026, null],
    [
      "date inside a long first sentence",
      ["教室内,孩子们提笔练字……这是2月2日宁夏回族自治区银川市工人文化宫的一幕。近年来,银川市总工会……"],
      Y2026,
      "2026-02-02",
    ],
    ["explicit year", ["2026年2月3日,市总工会举行活动。"], {}, "2026-02-03"],
    ["explicit year wins over the fallback", ["2025年12月30日,市总工会举行活动。"], Y2026, "2025-12-30"],
    ["month-only dates are history", ["2024年12月,阳明街道成立联盟。1月初,团队开展帮扶。"], Y2026, null],
    [
      "a day date far from the page year is history",
      ["该馆于2019年5月1日建成,1月20日再次开放。"],
      Y2026,
      "2026-01-20",
    ],
    ["no year known", ["1月26日,某公司举行活动。"], {}, null],
    [
      "publication year",
      ["1月26日,某公司举行活动。"],
      { publicationDate: "2026-02-05", fallbackYear: 2020 },
      "2026-01-26",
    ],
    [
      "December event on a January page",
      ["12月28日,某公司举行活动。"],
      { publicationDate: "2026-01-05" },
      "2025-12-28",
    ],
    [
      "January event on a late December page",
      ["1月2日,某公司举行活动。"],
      { publicationDate: "2025-12-31" },
      "2026-01-02",
    ],
    [
      "a soon-upcoming event stays in the publication year",
      ["2月10日将举办招聘会。"],
      { publicationDate: "2026-02-05" },
      "2026-02-10",
    ],
    ["invalid day is skipped", ["2月30日有误,2月3日举行。"], Y2026, "2026-02-03"],
    ["号 and full-width digits", ["１月２６号,活动启动。"], Y2026, "2026-01-26"],
    ["Chinese numerals", ["二〇二六年二月三日,活动启动。"], {}, "2026-02-03"],
    ["ISO-like date", ["2026-02-03,活动启动。"], {}, "2026-02-03"],
    ["ISO-like date with full-width separators", ["２０２６／０２／０３，活动启动。"], {}, "2026-02-03"],
    [
      "full-width comma after a vague lead",
      ["日前，重庆市渝北区总工会托管班开班，7月10日起上课。"],
      Y2026,
      null,
    ],
    ["range takes its start", ["1月26日至28日,活动在全市展开。"], Y2026, "2026-01-26"],
    [
      "a short first paragraph (a quotation) is read with the next",
      ["“这里是职工心理热线。”", "2月4日,洛阳市总工会心理热线接听室……"],
      Y2026,
      "2026-02-04",
    ],
    [
      "the lead only: later paragraphs are not the event",
      [
        "近年来,市总工会持续开展送温暖活动,覆盖全市所有县区和各类企业,聚焦困难职工、一线职工和新就业形态劳动者,受到职工群众普遍欢迎和好评。",
        "1月20日,另一场活动举行。",
      ],
      Y2026,
      null,
    ],
    ["empty body", [], Y2026, null],
    // no publication date: the year the item states beside the date, within a year of the page's
    [
      "a year in the clause after the date beats the page year",
      ["3月5日,某市总工会启动2026年“三八”女职工关爱行动。"],
      { fallbackYear: 2025 },
      "2026-03-05",
    ],
    [
      "a year in the date's own clause",
      ["2026年首场演出3月6日开演,职工踊跃观看。"],
      { fallbackYear: 2025 },
      "2026-03-06",
    ],
    [
      "an event named with last year's edition",
      ["1月16日,由某市总工会主办的2025年“工匠杯”竞赛落幕。"],
      Y2026,
      "2025-01-16",
    ],
    [
      "a summary year two clauses on is not the event's",
      ["3月4日,记者从某市总工会获悉,2025年全市各级工会投入经费1亿元。"],
      Y2026,
      "2026-03-04",
    ],
    [
      "a year in the next sentence is not beside the date",
      ["3月3日,大赛落幕。本届大赛自2025年9月启动。"],
      Y2026,
      "2026-03-03",
    ],
    ["2025年以来 frames a summary", ["1月10日,2025年以来累计帮扶职工3000人。"], Y2026, "2026-01-10"],
    ["a month-level year is history", ["1月10日,2025年9月成立的联盟召开会议。"], Y2026, "2026-01-10"],
    [
      "a forward-looking year is a plan",
      ["1月10日,市总工会启动计划,到2027年建成驿站100个。"],
      Y2026,
      "2026-01-10",
    ],
    ["a year far from the page's is history", ["1月10日,纪念2019年成立的联盟。"], Y2026, "2026-01-10"],
    [
      "with a publication date the stated year is not consulted",
      ["1月5日,2025年度劳模表彰会举行。"],
      { publicationDate: "2026-01-08" },
      "2026-01-05",
    ],
  ];
  it.each(cases)("%s", (_name, paragraphs, opts, want) => {
    expect(extractEventDate(paragraphs, opts)).toBe(want);
  });
  it.each([
    ["上月28日,县总工会为道班工人送去热水器。", "2026-03-10", "2026-02-28"],
    ["上月5日,活动启动。", "2026-01-08", "2025-12-05"],
    ["本月3日,活动启动。", "2026-03-10", "2026-03-03"],
    ["上月31日,活动启动。", "2026-03-10", null], // February has no 31st, and nothing else dates it
    ["上月28日,活动启动。", null, null], // no publication date: the month is unknown
    ["上月28日启动,3月15日前完成。", null, null], // and the deadline is not the event
    // days counted back from the publication; not inside a quotation, and "今天" is left alone
    ["昨天,市总工会举行颁奖仪式。", "2026-01-08", "2026-01-07"],
    ["前天,区总工会开展义诊。", "2026-03-01", "2026-02-27"],
    ["“昨天刚到,今天就上岗。”1月5日,他说。", "2026-01-08", "2026-01-05"],
    ["今天,记者从市总工会获悉。", "2026-05-07", null], // no dateline: left alone
    ["昨天,活动举行。", null, null],
    // lunar days, in the lunar year nearest the publication (Spring Festival 2026: 2月17日)
    ["正月初八,市总工会为返岗职工送上开工礼。", "2026-02-25", "2026-02-24"],
    ["腊月二十三小年当天,年货节开市。", "2026-02-25", "2026-02-10"],
    ["除夕当天,工会为留岗职工送去年夜饭。", "2026-02-25", "2026-02-16"],
    ["2月19日(大年初三),招聘会举行。", "2026-02-25", "2026-02-19"],
    ["大年初三,招聘会举行。", "2026-02-25", "2026-02-19"],
    ["除夕前,工会走访慰问困难职工。", "2026-02-25", null],
    ["十二月二十日,活动举行。", "2026-01-08", "2025-12-20"], // Gregorian: it has 日
    // festivals named with their day; not their eve or their season
    ["腊八节当天一早,区总工会送出腊八粥两千余份。", "2026-01-29", "2026-01-26"],
    ["小年当天傍晚,工会为留岗职工送去饺子。", "2026-02-13", "2026-02-10"],
    ["元宵节当天,职工猜灯谜。", "2026-03-05", "2026-03-03"],
    ["元旦当天,职工健步走开走。", "2026-01-05", "2026-01-01"],
    ["国庆节当天,工会驿站照常开放。", "2025-10-09", "2025-10-01"],
    ["腊八节前夕,工会走访慰问。", "2026-01-29", null],
    ["国庆节期间,工会驿站照常开放。", "2025-10-09", null],
    ["职工们喝上了腊八粥。", "2026-01-29", null],
    // a weekday of the publication's week (Monday to Sunday) or the one before; not in a quotation
    ["上周六,市总工会“职工厂晚”走进车间。", "2026-02-13", "2026-02-07"],
    ["本周一,活动启动。", "2026-02-13", "2026-02-09"],
    ["上星期日,活动举行。", "2026-02-09", "2026-02-08"],
    ["“上周六就来了。”1月5日,他说。", "2026-01-08", "2026-01-05"],
    ["上周六,活动举行。", null, null],
    // the nth day of a festival's holiday; an "as of" date is a tally's, not the event's
    ["国庆假期第二天,竹乡职工趣味运动会开赛。", "2025-10-10", "2025-10-02"],
    ["春节假期第三天,工会驿站照常开放。", "2026-02-25", null], // the holiday begins before the festival
    ["“五一”当天,职工健步走。", "2026-05-06", "2026-05-01"],
    ["截至2月2日,全市已建成暖心驿站126个。", "2026-02-05", null],
    ["截至2月2日,已建成驿站126个;2月3日,新驿站启用。", "2026-02-05", "2026-02-03"],
  ] as const)("%s (published %s)", (lead, publicationDate, want) => {
    expect(extractEventDate([lead], { publicationDate, fallbackYear: 2026 })).toBe(want);
  });
});

describe("extractEventDate: 今天 under a dated dateline", () => {
  it.each([
    ["今天,中华全国总工会召开会议。", "1月7日", "2026-01-08", "2026-01-07"],
    ["记者今天从市总工会获悉,活动已启动。", "2月24日", "2026-02-25", "2026-02-24"],
    ["今天,活动举行。", "12月31日", "2026-01-02", "2025-12-31"],
    ["今天,活动举行。", null, "2026-01-08", null],
  ] as const)("%s (dateline %s, published %s)", (lead, datelineDay, publicationDate, want) => {
    expect(extractEventDate([lead], { publicationDate, datelineDay })).toBe(want);
  });
});

describe("extractEventDate: a lead that opens with 当天 takes the headline's day", () => {
  it.each([
    ["当天清晨,市总工会在广场设立主会场。", "8月8日,万名职工同跳一套工间操", "2026-08-10", "2026-08-08"],
    ["当天清晨,市总工会在广场设立主会场。", "万名职工同跳一套工间操", "2026-08-10", null],
    ["8月7日晚,工会送来夜班餐。", "8月8日,万名职工同跳工间操", "2026-08-10", "2026-08-07"], // the lead's own day first
    ["近日,市总工会设立主会场。", "8月8日,万名职工同跳一套工间操", "2026-08-10", null], // only after 当天
  ] as const)("%s / %s", (lead, headline, publicationDate, want) => {
    expect(extractEventDate([lead], { publicationDate, headline })).toBe(want);
  });
});

describe("inferPageYear", () => {
  const cases: [string, number | null][] = [
    ["2024年12月成立。2025年累计。2026年元旦。2026年两节。", 2026],
    ["2024年以来,2025年底,2025年", 2025],
    ["2024年和2025年", 2025],
    ["２０２６年", 2026],
    ["1月26日,没有年份", null],
    ["12025年", null],
    // the latest year wins over the most frequent: earlier years are summaries of the past
    ["2025年以来,2025年全市,2025年,呼和浩特2026年“周末剧场”,2026年“三八”", 2026],
    ["本届大赛自2025年9月启动。2025年广州市投入。2026年首场演出。", 2026],
    // forward-looking mentions are plans, not the events' year
    ["2026年元旦。到2030年实现全覆盖。", 2026],
    ["2026年春节。力争2028年建成。2027年前完成。2027年将开放。", 2026],
    ["截至2025年底,2024年以来", 2025],
    ["2024年1月。2025年前三季度", 2025],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(inferPageYear(text)).toBe(want);
  });
});

describe("event years on a page without front matter", () => {
  it("dates every item in the latest year the page reports on, though earlier years are named more often", () => {
    const page = [
      "培训“套餐”助技能提升",
      "3月4日,记者从某市总工会获悉,2025年全市各级工会投入职工教育经费1亿元,2025年培训职工12万人次。",
      "女职工关爱行动启动",
      "3月5日,某市总工会启动2026年“三八”女职工关爱行动。2025年以来,市总已走访慰问女职工1300余户。",
    ].join("\n\n");
    const { records } = processPage("p.txt", new TextEncoder().encode(page));
    expect(records.map((r) => r.date)).toEqual(["2026-03-04", "2026-03-05"]);
  });
});
