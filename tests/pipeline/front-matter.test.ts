import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate, splitFrontMatter } from "../../src/pipeline/front-matter.ts";

const page = (...lines: string[]) => lines.join("\n");

describe("splitFrontMatter", () => {
  it.each([
    {
      name: "no front matter",
      text: page("", "标题", "正文。"),
      publication: null,
      body: page("", "标题", "正文。"),
      bodyStartLine: 1,
      warnings: [],
    },
    {
      name: "all four keys",
      text: page(
        "---",
        "source: 工人日报",
        "date: 2026-02-05",
        "page: 3",
        "url: https://example.org/p3",
        "---",
        "标题",
      ),
      publication: { source: "工人日报", date: "2026-02-05", page: 3, url: "https://example.org/p3" },
      body: "标题",
      bodyStartLine: 7,
      warnings: [],
    },
    {
      name: "blank lines above, quoted values, full-width colon, comments, unknown keys, '...' closer",
      text: page(
        "",
        "---",
        'source: "工人日报"',
        "# a comment",
        "date：2026-02-05",
        "editor: 张三",
        "...",
        "",
        "标题",
      ),
      publication: { source: "工人日报", date: "2026-02-05" },
      body: page("", "标题"),
      bodyStartLine: 8,
      warnings: [],
    },
    {
      name: "full-width keys, digits and ideographic spaces read like ASCII; the source as printed",
      text: page(
        "---",
        "source：工人日报（电子版）",
        "ｄａｔｅ　：　２０２６－０７－１５",
        "page：４",
        "---",
        "标题",
      ),
      publication: { source: "工人日报（电子版）", date: "2026-07-15", page: 4 },
      body: "标题",
      bodyStartLine: 6,
      warnings: [],
    },
    {
      name: "bad values are warned about and dropped",
      text: page(
        "---",
        "source: 工人日报",
        "date: 2026-02-30",
        "page: 三",
        "url: ftp://example.org",
        "---",
        "x",
      ),
      publication: { source: "工人日报" },
      body: "x",
      bodyStartLine: 7,
      warnings: [
        'front matter line 3: date "2026-02-30" is not a valid YYYY-MM-DD date; ignored',
        'front matter line 4: page "三" is not a positive whole number; ignored',
        'front matter line 5: url "ftp://example.org" is not an http(s) address; ignored',
      ],
    },
    {
      name: "nothing usable -> publication null; unreadable lines, empty values and repeats warned",
      text: page("---", "date: 5 Feb 2026", "这一行没有冒号", "source:", "page: 0", "---", "x"),
      publication: null,
      body: "x",
      bodyStartLine: 7,
      warnings: [
        'front matter line 2: date "5 Feb 2026" is not a valid YYYY-MM-DD date; ignored',
        'front matter line 3: cannot read "这一行没有冒号" (expected "key: value"); ignored',
        'front matter line 4: "source" has no value; ignored',
        'front matter line 5: page "0" is not a positive whole number; ignored',
      ],
    },
    {
      name: "a repeated key keeps the first value",
      text: page("---", "page: 3", "page: 4", "---", "x"),
      publication: { page: 3 },
      body: "x",
      bodyStartLine: 5,
      warnings: ['front matter line 3: "page" given twice; the first value is kept'],
    },
    {
      name: "never closed -> the whole page is body",
      text: page("---", "source: 工人日报", "标题", "正文。"),
      publication: null,
      body: page("---", "source: 工人日报", "标题", "正文。"),
      bodyStartLine: 1,
      warnings: ['front matter opened with "---" on line 1 is never closed; the page is read as body text'],
    },
    {
      name: "a '---' rule lower down is not front matter",
      text: page("标题", "---", "source: x", "---"),
      publication: null,
      body: page("标题", "---", "source: x", "---"),
      bodyStartLine: 1,
      warnings: [],
    },
    {
      name: "empty block",
      text: page("---", "---", "标题"),
      publication: null,
      body: "标题",
      bodyStartLine: 3,
      warnings: [],
    },
  ])("$name", ({ name: _name, text, ...expected }) => {
    expect(splitFrontMatter(text)).toEqual(expected);
  });

  it("keeps body line numbers pointing into the file", () => {
    const text = page("---", "source: 工人日报", "---", "", "标题", "正文。");
    const { body, bodyStartLine } = splitFrontMatter(text);
    const fileLines = text.split("\n");
    body.split("\n").forEach((line, k) => {
      expect(fileLines[bodyStartLine - 1 + k]).toBe(line);
    });
  });
});

describe("isCalendarDate", () => {
  it.each([
    ["2026-02-05", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-2-5", false],
    ["2026/02/05", false],
  ])("%s -> %s", (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe("splitFrontMatter body", () => {
  it("is the text's lines after the front matter, joined", () => {
    const line = fc.oneof(
      fc.constantFrom("---", "...", "", " ", "date: 2026-01-02", "source: 工人日报", "# note"),
      fc.string({ unit: fc.constantFrom(..."ab:- \t工会"), maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join("\n");
        const r = splitFrontMatter(text);
        expect(r.body).toBe(
          text
            .split("\n")
            .slice(r.bodyStartLine - 1)
            .join("\n"),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
