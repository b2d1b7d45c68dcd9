import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  datelineMayStart,
  hasNameSeparator,
  mergeBylines,
  parseCredits,
  parseStandaloneByline,
  splitDateline,
  splitPhotoCredit,
} from "../../src/pipeline/byline.ts";
import { foldWidth } from "../../src/pipeline/width.ts";
import type { Byline } from "../../src/shared/schema.ts";

const by = (reporters: string[], correspondents: string[] = [], photographers: string[] = []): Byline => ({
  reporters,
  correspondents,
  photographers,
});

describe("splitDateline", () => {
  it.each([
    {
      input: "本报讯 (记者王佳婧 通讯员张佳婧)“多亏你们。”1月26日,",
      expected: { byline: by(["王佳婧"], ["张佳婧"]), rest: "“多亏你们。”1月26日," },
    },
    {
      input: "本报讯 (特约记者朱润胜 通讯员赵晨琳)日前,河北省",
      expected: { byline: by(["朱润胜"], ["赵晨琳"]), rest: "日前,河北省" },
    },
    {
      input: "本报讯(记者马学礼 李静楠 通讯员宋炜)教室内,",
      expected: { byline: by(["马学礼", "李静楠"], ["宋炜"]), rest: "教室内," },
    },
    { input: "本报讯(记者 李丰)近日,", expected: { byline: by(["李丰"]), rest: "近日," } },
    {
      input: "本報訊(記者 陳嘉豪 通訊員 黃麗芬)2月5日,",
      expected: { byline: by(["陳嘉豪"], ["黃麗芬"]), rest: "2月5日," },
    },
    {
      input: "新华社北京2月3日电(记者 韩冬)全国总工会",
      expected: { byline: by(["韩冬"]), rest: "全国总工会" },
    },
    {
      input: "本报讯 记者 周明远 通讯员 彭晓岚 7月10日,湖南省",
      expected: { byline: by(["周明远"], ["彭晓岚"]), rest: "7月10日,湖南省" },
    },
    // a name glued to the first sentence is left alone rather than cut into
    {
      input: "本报讯 记者周明远7月10日,湖南省",
      expected: { byline: by([]), rest: "记者周明远7月10日,湖南省" },
    },
    { input: "本报讯 日前,某市总工会", expected: { byline: by([]), rest: "日前,某市总工会" } },
    { input: "【本报讯】(通讯员 马骁)8月10日,", expected: { byline: by([], ["马骁"]), rest: "8月10日," } },
    // full-width brackets and ideographic spaces; the rest stays as printed
    {
      input: "本报讯（记者孙海涛　通讯员刘静怡）7月12日上午，山东省",
      expected: { byline: by(["孙海涛"], ["刘静怡"]), rest: "7月12日上午，山东省" },
    },
    {
      input: "本報訊（記者　吳嘉欣　通訊員　黃志強）7月5日晚，",
      expected: { byline: by(["吳嘉欣"], ["黃志強"]), rest: "7月5日晚，" },
    },
    {
      input: "本报讯（通讯员谭佳）日前，重庆市",
      expected: { byline: by([], ["谭佳"]), rest: "日前，重庆市" },
    },
    {
      input: "本报讯　记者　周明远　通讯员　彭晓岚　７月１０日，湖南省",
      expected: { byline: by(["周明远"], ["彭晓岚"]), rest: "７月１０日，湖南省" },
    },
  ])("$input", ({ input, expected }) => {
    expect(splitDateline(input)).toEqual(expected);
  });

  it.each([
    "据本报记者了解,今年",
    "本报记者 余嘉熙 本报通讯员 夏若茵",
    "记者从市总工会获悉,",
    "本报连续报道了工会驿站的建设。",
  ])("no dateline: %s", (input) => {
    expect(splitDateline(input)).toBeNull();
  });
});

describe("parseStandaloneByline", () => {
  it.each([
    { input: "本报记者 余嘉熙 本报通讯员 夏若茵", expected: by(["余嘉熙"], ["夏若茵"]) },
    { input: "本报记者 王晓东", expected: by(["王晓东"]) },
    { input: "(本报记者 李丰 通讯员 张三)", expected: by(["李丰"], ["张三"]) },
    { input: "□本报记者 赵志刚 实习生 钱小满", expected: by(["赵志刚", "钱小满"]) },
    { input: "本報記者 林小雨 本報通訊員 黃麗芬", expected: by(["林小雨"], ["黃麗芬"]) },
    { input: "本报特约记者 阿依古丽·买买提", expected: by(["阿依古丽·买买提"]) },
    { input: "（本报记者　李丰　通讯员　张三）", expected: by(["李丰"], ["张三"]) },
    { input: "本报记者　余嘉熙　本报通讯员　夏若茵", expected: by(["余嘉熙"], ["夏若茵"]) },
    { input: "文／图：本报记者　王晓东", expected: by(["王晓东"]) },
    { input: "（本报记者　赖志凯　摄）", expected: null },
    { input: "本报记者深入一线采访了多名职工", expected: null },
    { input: "本报记者 赖志凯 摄", expected: null },
    { input: "王晓东 李四", expected: null },
    { input: "记者从市总工会获悉", expected: null },
    // a commentary's author after a box
    { input: "□林 泉", expected: by(["林泉"]) },
    { input: "□李然", expected: by(["李然"]) },
    { input: "□一个好制度", expected: null },
    { input: "■林 泉", expected: null },
  ])("$input", ({ input, expected }) => {
    expect(parseStandaloneByline(input)).toEqual(expected);
  });
});

describe("splitPhotoCredit", () => {
  it.each([
    {
      input: "活动现场,奏响了欢乐序曲。 本报记者 赖志凯 摄",
      expected: { rest: "活动现场,奏响了欢乐序曲。", photographers: ["赖志凯"] },
    },
    {
      input: "参赛选手完成分拣打包。(新华社记者 韩冬 摄)",
      expected: { rest: "参赛选手完成分拣打包。", photographers: ["韩冬"] },
    },
    {
      input: "驿站内休息、充电。 王一鸣 李思远 摄",
      expected: { rest: "驿站内休息、充电。", photographers: ["王一鸣", "李思远"] },
    },
    { input: "通讯员 刘畅 摄", expected: { rest: "", photographers: ["刘畅"] } },
    { input: "开班首日。 本報記者 林小雨 攝", expected: { rest: "开班首日。", photographers: ["林小雨"] } },
    {
      input: "工会驿站一角 本报记者 孙立平/摄",
      expected: { rest: "工会驿站一角", photographers: ["孙立平"] },
    },
    { input: "开班首日。本报记者林小雨摄", expected: { rest: "开班首日。", photographers: ["林小雨"] } },
    // full-width spaces and brackets; the caption keeps its printed punctuation
    {
      input: "来自辖区企事业单位的24支代表队参加比赛。　本报通讯员　王磊　摄",
      expected: { rest: "来自辖区企事业单位的24支代表队参加比赛。", photographers: ["王磊"] },
    },
    {
      input: "参赛选手完成分拣打包（左一）。（新华社记者　韩冬　摄）",
      expected: { rest: "参赛选手完成分拣打包（左一）。", photographers: ["韩冬"] },
    },
    {
      input: "工会驿站一角　本报记者　孙立平／摄",
      expected: { rest: "工会驿站一角", photographers: ["孙立平"] },
    },
    // two-character names padded with a space, a slash before 摄, "摄影报道" in brackets
    {
      input: "36名讲解员同台比拼。 本报通讯员 唐 静 摄",
      expected: { rest: "36名讲解员同台比拼。", photographers: ["唐静"] },
    },
    { input: "挑选图书。 周 涛/摄", expected: { rest: "挑选图书。", photographers: ["周涛"] } },
    {
      input: "免费体检。(通讯员 罗 丹 记者 黄 河 摄影报道)",
      expected: { rest: "免费体检。", photographers: ["黄河", "罗丹"] },
    },
    {
      input: "传授安全生产经验。　本报记者　李　明　通讯员　吴　桐　摄",
      expected: { rest: "传授安全生产经验。", photographers: ["李明", "吴桐"] },
    },
    { input: "志愿者们正在拍摄", expected: null },
    { input: "他们 正在拍摄", expected: null },
    { input: "现场气氛热烈。", expected: null },
    { input: "这张照片由他拍摄。", expected: null },
  ])("$input", ({ input, expected }) => {
    expect(splitPhotoCredit(input)).toEqual(expected);
  });
});

describe("parseCredits", () => {
  it.each([
    { input: "记者王佳婧 通讯员张佳婧", strict: true, expected: by(["王佳婧"], ["张佳婧"]) },
    { input: "记者 张三、李四", strict: true, expected: by(["张三", "李四"]) },
    { input: "记者 张三 摄影 李四", strict: true, expected: by(["张三"], [], ["李四"]) },
    { input: "记者 张三 等", strict: true, expected: null },
    { input: "记者 张三 等", strict: false, expected: by(["张三"]) },
    { input: "记者", strict: true, expected: null },
    // a two-character name set to the width of three
    { input: "记者　何　昊　通讯员　马　丽", strict: true, expected: by(["何昊"], ["马丽"]) },
    { input: "记者 张 玺、李 四", strict: true, expected: by(["张玺", "李四"]) },
    // single characters apart are not a name
    { input: "记者 张", strict: true, expected: null },
  ])("$input (strict: $strict)", ({ input, strict, expected }) => {
    expect(parseCredits(input, { strict })).toEqual(expected);
  });
});

describe("mergeBylines", () => {
  it("keeps order and drops repeats", () => {
    expect(mergeBylines(by(["甲乙"], ["丙丁"]), by(["甲乙", "戊己"], [], ["庚辛"]))).toEqual(
      by(["甲乙", "戊己"], ["丙丁"], ["庚辛"]),
    );
  });
});

describe("datelineMayStart", () => {
  it("is /^\\s*[【[［]?[本新中]/u", () => {
    const unit = fc.constantFrom(..."【[［本新中报讯 \u3000\t\n工", "\uD83D");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 6 }), (t) => {
        expect(datelineMayStart(t)).toBe(/^\s*[【[［]?[本新中]/u.test(t));
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * parseCredits as it read before its fast paths: role words found by matchAll, roles told by regex,
 * and every chunk between role words put through SPACED_NAME and NAME_SEPARATOR (the regexes copied
 * from byline.ts).
 */
function parseCreditsReference(
  printed: string,
  opts: { strict: boolean; defaultRole?: keyof Byline },
): Byline | null {
  const ROLE =
    /(?:本[报報]|特[约約]|[实實]习|[见見]习|新[华華]社|中新社|人民日[报報])*(?:[摄攝]影)?(?:[记記]者|通[讯訊][员員])|[实實]习生|[摄攝]影/gu;
  const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,6}[··•]\p{Script=Han}{1,8})$/u;
  const SPACED_NAME = /(^|[\s、,;/])(\p{Script=Han})\s+(\p{Script=Han})(?=$|[\s、,;/])/gu;
  const roleOf = (word: string): keyof Byline =>
    /通[讯訊]/u.test(word)
      ? "correspondents"
      : /[摄攝]影/u.test(word) && !/[记記]者/u.test(word)
        ? "photographers"
        : "reporters";
  const text = foldWidth(printed);
  const out: Byline = { reporters: [], correspondents: [], photographers: [] };
  let role: keyof Byline | null = opts.defaultRole ?? null;
  let names = 0;
  let ok = true;
  const take = (chunk: string) => {
    for (const token of chunk.replace(SPACED_NAME, "$1$2$3").split(/[\s、,;/]+/u)) {
      if (token === "") continue;
      if (NAME.test(token) && role) {
        out[role].push(token);
        names++;
      } else if (opts.strict) ok = false;
    }
  };
  let last = 0;
  for (const m of text.matchAll(ROLE)) {
    take(text.slice(last, m.index));
    role = roleOf(m[0]);
    last = m.index + m[0].length;
  }
  take(text.slice(last));
  return ok && names > 0 ? out : null;
}

describe("parseCredits against its statement (regexes on every chunk)", () => {
  const credits = fc
    .array(
      fc.constantFrom(
        "记者",
        "本报记者",
        "記者",
        "通讯员",
        "通訊員",
        "摄影",
        "攝影記者",
        "本报摄影记者",
        "实习生",
        "王",
        "佳婧",
        "李静楠",
        "阿依·木",
        "·",
        " ",
        "\u3000",
        "、",
        "，",
        ",",
        ";",
        "/",
        "／",
        "A",
        "1",
        "(",
      ),
      { maxLength: 12 },
    )
    .map((a) => a.join(""));

  it("reads the same credits", () => {
    fc.assert(
      fc.property(
        credits,
        fc.boolean(),
        fc.constantFrom(undefined, "reporters", "photographers"),
        (text, strict, role) => {
          const opts = { strict, defaultRole: role as keyof Byline | undefined };
          expect(parseCredits(text, opts)).toEqual(parseCreditsReference(text, opts));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it.each([
    ["王佳婧", false],
    ["王 佳", true],
    ["王\u3000佳", true],
    ["王、李", true],
    ["王,李", true],
    ["王;李", true],
    ["王/李", true],
    ["王，李", false], // the chunks are read folded: a full-width comma is a separator only as ","
    ["", false],
  ])("hasNameSeparator(%j) is %s", (text, want) => {
    expect(hasNameSeparator(text)).toBe(want);
  });
});
