import { describe, expect, it } from "vitest";
import { type EventDateOptions, extractEventDate, inferPageYear } from "../../src/pipeline/dates.ts";

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
  ];
  it.each(cases)("%s", (_name, paragraphs, opts, want) => {
    expect(extractEventDate(paragraphs, opts)).toBe(want);
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
  ];
  it.each(cases)("%s", (text, want) => {
    expect(inferPageYear(text)).toBe(want);
  });
});
