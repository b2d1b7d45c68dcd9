import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvText } from "../../src/app/download.ts";

describe("csvText", () => {
  it("starts with a UTF-8 byte-order mark and uses CRLF, for Excel on Chinese Windows", () => {
    const text = csvText([{ 标题: "洛阳,心理", 金额: 90540500 }]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("\r\n");
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("quotes what needs quoting and round-trips", () => {
    const rows = [{ a: '说"好"', b: "x,y", c: "line\nbreak", d: null }];
    const parsed = Papa.parse<Record<string, string>>(csvText(rows).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data[0]).toEqual({ a: '说"好"', b: "x,y", c: "line\nbreak", d: "" });
  });
});
