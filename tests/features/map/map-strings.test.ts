import { describe, expect, it } from "vitest";
import { mapStrings } from "../../../src/features/map/map-strings.ts";

describe("map strings: counts as the charts print them", () => {
  it.each([
    ["zh", 2, "2 项"],
    ["zh", 2800, "2800 项"],
    ["zh", 12345, "1.23万 项"],
    ["en", 1, "1 programme"],
    ["en", 12345, "12,345 programmes"],
  ] as const)("%s %i -> %s", (lang, n, want) => {
    expect(mapStrings(lang).count(n)).toBe(want);
  });
  it("the list's note on records without a place", () => {
    expect(mapStrings("en").unplaced(2345)).toBe("2,345 more without a place");
    expect(mapStrings("zh").unplaced(3)).toBe("另有 3 项未注明地点");
  });
});
