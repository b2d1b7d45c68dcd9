// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import MapPanel, { type MapPanelProps } from "../../../src/features/map/MapPanel.tsx";
import { buildFilterIndex } from "../../../src/shared/filter-engine.ts";
import { taxonomyLabels } from "../../../src/shared/taxonomy.ts";
import { makeRecord, PLACES } from "./make-record.ts";

const records = [
  makeRecord(PLACES.luoyang, ["warmth-visits"]),
  makeRecord(PLACES.luoyangDistrict, ["warmth-visits", "health-care"]),
  makeRecord(PLACES.zhengzhou, ["hardship-aid"]),
  makeRecord(PLACES.henan, ["rights-protection"]),
  makeRecord(PLACES.ningbo, ["gig-worker-services"]),
  makeRecord(PLACES.sansha, ["warmth-visits"]),
  makeRecord(null),
];
const index = buildFilterIndex(records, taxonomyLabels());
const matches = Int32Array.from(records, (_, i) => i);

function renderPanel(props: Partial<MapPanelProps> = {}) {
  const onSelectPlace = vi.fn();
  const onOrderChange = vi.fn();
  const view = render(
    <MapPanel
      index={index}
      matches={matches}
      selectedProvince={null}
      selectedCity={null}
      onSelectPlace={onSelectPlace}
      order="count"
      onOrderChange={onOrderChange}
      lang="zh"
      {...props}
    />,
  );
  return { onSelectPlace, onOrderChange, ...view };
}

afterEach(cleanup);

// jsdom lays nothing out, so every box is 0 px high and the city list (virtual: it draws the rows
// that fit its scrolled view) would draw none. Give boxes the height a browser would.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 600 });
});
afterAll(() => {
  Reflect.deleteProperty(HTMLElement.prototype, "clientHeight"); // Element.prototype's own comes back
});

describe("MapPanel", () => {
  it("lists cities grouped by province with counts, province-wide entry first", () => {
    renderPanel();
    const list = screen.getByRole("navigation", { name: "城市列表" });
    const entries = within(list)
      .getAllByRole("button", { pressed: false })
      .filter((b) => b.dataset.place)
      .map((b) => b.textContent);
    expect(entries).toEqual(["全省1", "洛阳市2", "郑州市1", "三沙市1", "宁波市1"]);
    expect(within(list).getByText("另有 1 项未注明地点")).toBeTruthy();
  });

  it("asks for the pinyin order, and lists by pinyin when given it", () => {
    const { onOrderChange } = renderPanel();
    fireEvent.click(screen.getByRole("button", { name: "按拼音" }));
    expect(onOrderChange).toHaveBeenCalledWith("pinyin");
    cleanup();
    renderPanel({ order: "pinyin" });
    const provinces = screen.getAllByRole("heading", { level: 4 }).map((h) => h.firstChild?.textContent);
    expect(provinces).toEqual(["海南省", "河南省", "浙江省"]);
    expect(screen.getByRole("button", { name: "按拼音" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("clicking a list entry selects the place", () => {
    const { onSelectPlace } = renderPanel();
    fireEvent.click(screen.getByRole("button", { name: "洛阳市:2 项" }));
    expect(onSelectPlace).toHaveBeenCalledWith({ province: "河南省", city: "洛阳市" });
    fireEvent.click(screen.getByRole("button", { name: "河南省全省:1 项" }));
    expect(onSelectPlace).toHaveBeenLastCalledWith({ province: "河南省", city: null });
  });

  it("draws every province and one focusable point per place; Enter and Space on a point select it", async () => {
    const { onSelectPlace, container } = renderPanel();
    const map = await screen.findByRole("group", { name: /中国地图/ });
    expect(container.querySelectorAll("path[data-adcode]")).toHaveLength(34);
    const points = within(map).getAllByRole("button");
    expect(points).toHaveLength(5);
    expect(points.every((p) => p.getAttribute("tabindex") === "0")).toBe(true);

    const luoyang = within(map).getByRole("button", { name: "洛阳市:2 项" });
    fireEvent.keyDown(luoyang, { key: "Enter" });
    expect(onSelectPlace).toHaveBeenCalledWith({ province: "河南省", city: "洛阳市" });
    fireEvent.keyDown(within(map).getByRole("button", { name: "河南省全省:1 项" }), { key: " " });
    expect(onSelectPlace).toHaveBeenLastCalledWith({ province: "河南省", city: null });
    fireEvent.click(within(map).getByRole("button", { name: "宁波市:1 项" }));
    expect(onSelectPlace).toHaveBeenLastCalledWith({ province: "浙江省", city: "宁波市" });
  });

  it("shows city, count and top types on focus", async () => {
    renderPanel();
    const map = await screen.findByRole("group", { name: /中国地图/ });
    const luoyang = within(map).getByRole("button", { name: "洛阳市:2 项" });
    fireEvent.focus(luoyang);
    const tooltip = screen.getByRole("tooltip");
    expect(tooltip.textContent).toContain("洛阳市");
    expect(tooltip.textContent).toContain("2 项");
    expect(tooltip.textContent).toContain("送温暖慰问 2、医疗健康 1");
    expect(luoyang.getAttribute("aria-describedby")).toBe(tooltip.id);
    fireEvent.blur(luoyang);
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("highlights the selected place on the map and in the list", async () => {
    renderPanel({ selectedProvince: "河南省", selectedCity: "洛阳市" });
    const map = await screen.findByRole("group", { name: /中国地图/ });
    expect(within(map).getByRole("button", { name: "洛阳市:2 项" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    const list = screen.getByRole("navigation");
    expect(within(list).getByRole("button", { name: "洛阳市:2 项" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    expect(within(list).getByRole("button", { name: "郑州市:1 项" }).getAttribute("aria-pressed")).toBe(
      "false",
    );
  });

  it("speaks English when asked", async () => {
    renderPanel({ lang: "en" });
    expect(screen.getByRole("navigation", { name: "Cities" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "洛阳市:2 programmes" })).toBeTruthy();
    expect(await screen.findByRole("group", { name: /Map of China/ })).toBeTruthy();
  });

  it("draws the Sansha point in the South China Sea inset", async () => {
    const { container } = renderPanel();
    await screen.findByRole("group", { name: /中国地图/ });
    expect(container.querySelector('[data-region="south-china-sea"]')?.getAttribute("d")).toBeTruthy();
    expect(container.querySelector('[data-place="海南省|三沙市"] circle')).toBeTruthy();
  });
});
