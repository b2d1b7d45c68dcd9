// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import CityList, { cityListRows } from "../../../src/features/map/CityList.tsx";
import type { PlaceBucket, PlaceSummary, ProvinceGroup } from "../../../src/features/map/group-places.ts";

function bucket(province: string, city: string | null, count: number): PlaceBucket {
  return {
    key: `${province}|${city ?? ""}`,
    province,
    city,
    adcode: "410000",
    count,
    position: [113, 34],
    topTypes: [],
  };
}

function group(province: string, provinceWide: number, cities: [string, number][]): ProvinceGroup {
  const wide = provinceWide > 0 ? bucket(province, null, provinceWide) : null;
  const list = cities.map(([city, count]) => bucket(province, city, count));
  return {
    province,
    adcode: "410000",
    count: provinceWide + cities.reduce((n, [, c]) => n + c, 0),
    provinceWide: wide,
    cities: list,
  };
}

const wide = (province: string) => `${province}全省`;

describe("cityListRows", () => {
  it.each([
    { name: "no places", groups: [], rows: [] },
    {
      name: "a province's heading, its province-wide entry, then its cities",
      groups: [group("河南省", 2, [["洛阳市", 3]]), group("浙江省", 0, [["宁波市", 1]])],
      rows: [
        "province:河南省",
        "entry:河南省|:河南省全省",
        "entry:河南省|洛阳市:洛阳市",
        "province:浙江省",
        "entry:浙江省|宁波市:宁波市",
      ],
    },
    {
      name: "a province with only province-wide records",
      groups: [group("北京市", 4, [])],
      rows: ["province:北京市", "entry:北京市|:北京市全省"],
    },
  ])("$name", ({ groups, rows }) => {
    expect(
      cityListRows(groups, wide).map((r) =>
        r.kind === "province" ? `province:${r.group.province}` : `entry:${r.key}:${r.label}`,
      ),
    ).toEqual(rows);
  });
});

// jsdom lays nothing out: give the scrolling box a browser-like height, so the list has a view to fill.
const VIEW_PX = 320;
// rows are 2rem, province headings 2.25rem (map.css), at jsdom's 16 px root font
const ROW_PX = 32;
const PROVINCE_PX = 36;
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => VIEW_PX });
});
afterAll(() => {
  Reflect.deleteProperty(HTMLElement.prototype, "clientHeight");
});
afterEach(cleanup);

/** 30 provinces of 15 cities each: 480 rows, as at archive scale. */
function archiveSummary(): PlaceSummary {
  const groups = Array.from({ length: 30 }, (_, p) =>
    group(
      `省${p}`,
      1,
      Array.from({ length: 14 }, (_, c): [string, number] => [`省${p}市${c}`, 1000 - p * 20 - c]),
    ),
  );
  return { groups, unplaced: 0, maxCount: 1000 };
}

function renderList(summary: PlaceSummary) {
  const onSelectPlace = vi.fn();
  render(
    <CityList
      summary={summary}
      order="count"
      onOrderChange={() => {}}
      selection={{ province: null, city: null }}
      onSelectPlace={onSelectPlace}
      lang="zh"
    />,
  );
  const list = screen.getByRole("navigation", { name: "城市列表" });
  const entries = () =>
    within(list)
      .queryAllByRole("button")
      .filter((b) => b.dataset.place)
      .map((b) => b.dataset.place);
  return { list, entries, onSelectPlace };
}

describe("CityList at archive scale", () => {
  it("draws only the rows in and near its view, the first ones first", () => {
    const { entries } = renderList(archiveSummary());
    const drawn = entries();
    expect(drawn.length).toBeGreaterThanOrEqual(VIEW_PX / ROW_PX);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[0]).toBe("省0|");
    expect(drawn[1]).toBe("省0|省0市0");
  });

  it("draws later rows when scrolled to them, each at its place in the list", () => {
    const { list, entries } = renderList(archiveSummary());
    const scroller = list.querySelector(".city-list__scroller");
    if (!(scroller instanceof HTMLElement)) throw new Error("no scroller");
    const total = Number.parseFloat(list.querySelector("ul")?.style.height ?? "0");
    expect(total).toBe(30 * PROVINCE_PX + 450 * ROW_PX);
    act(() => {
      scroller.scrollTop = total - VIEW_PX;
      fireEvent.scroll(scroller);
    });
    const drawn = entries();
    expect(drawn).toContain("省29|省29市13");
    expect(drawn).not.toContain("省0|省0市0");
    // the last row sits at the end of the list, below its province's heading and 14 cities
    const last = list.querySelector('[data-place="省29|省29市13"]')?.closest("li");
    expect(last?.style.transform).toBe(`translateY(${total - ROW_PX}px)`);
    const heading = within(list).getByRole("heading", { name: /省29/ }).closest("li");
    expect(heading?.style.transform).toBe(`translateY(${total - 15 * ROW_PX - PROVINCE_PX}px)`);
  });

  it("a drawn entry selects its place", () => {
    const { list, onSelectPlace } = renderList(archiveSummary());
    fireEvent.click(within(list).getByRole("button", { name: "省0市1:999 项" }));
    expect(onSelectPlace).toHaveBeenCalledWith({ province: "省0", city: "省0市1" });
  });

  it("keeps the focused entry drawn when the list scrolls it away, so focus stays on it", () => {
    const { list, entries } = renderList(archiveSummary());
    const first = within(list).getByRole("button", { name: "省0市0:1000 项" });
    act(() => first.focus());
    const scroller = list.querySelector(".city-list__scroller") as HTMLElement;
    act(() => {
      scroller.scrollTop = 480 * ROW_PX - VIEW_PX;
      fireEvent.scroll(scroller);
    });
    expect(entries()).toContain("省29|省29市13");
    expect(entries()).toContain("省0|省0市0");
    expect(entries()).not.toContain("省0|省0市1");
    expect(document.activeElement?.getAttribute("data-place")).toBe("省0|省0市0");
    // every drawn row says where it sits in the whole list
    const row = first.closest("li");
    expect(row?.getAttribute("aria-posinset")).toBe("3");
    expect(row?.getAttribute("aria-setsize")).toBe("480");
  });
});
