// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import ChartsPanel from "../../../src/features/charts/ChartsPanel.tsx";
import { type ChartRow, typeRows } from "../../../src/features/charts/chart-data.ts";
import { filterRecords } from "../../../src/shared/filter-engine.ts";
import { EMPTY_FILTERS, type Filters } from "../../../src/shared/filters.ts";
import { dataset, index, stubBrowserApis, zh } from "../../app/test-utils.tsx";

beforeAll(stubBrowserApis);
const all = filterRecords(index, EMPTY_FILTERS);
afterEach(cleanup);

function setup(filters: Filters = EMPTY_FILTERS) {
  const onChange = vi.fn();
  const onDownloadCsv = vi.fn();
  render(
    <ChartsPanel
      result={filterRecords(index, filters)}
      index={index}
      filters={filters}
      taxonomy={dataset.taxonomy}
      lang="zh"
      t={zh}
      onChange={onChange}
      onDownloadCsv={onDownloadCsv}
    />,
  );
  return { onChange, onDownloadCsv };
}

const card = (title: string) =>
  screen.getByRole("heading", { name: title }).closest("section") as HTMLElement;

/** Opens a card's data table (built only once opened) and hands the card back. */
async function openData(user: ReturnType<typeof userEvent.setup>, section: HTMLElement) {
  await user.click(within(section).getByText("查看数据表"));
  await within(section).findByRole("table");
  return section;
}

describe("ChartsPanel", () => {
  it("titles every chart and gives its unit", () => {
    setup();
    for (const title of ["按项目类型", "按省份", "按月份", "报道金额 · 按项目类型", "报道金额 · 按省份"]) {
      expect(card(title)).toBeTruthy();
    }
    expect(within(card("报道金额 · 按项目类型")).getByText(/单位:元/)).toBeTruthy();
  });

  it("has a data table as text alternative, whose buttons apply the filter a bar click would", async () => {
    const user = userEvent.setup();
    const { onChange } = setup();
    expect(within(card("按项目类型")).queryByRole("table")).toBeNull(); // built once opened
    const types = await openData(user, card("按项目类型"));
    const rows = within(types).getAllByRole("row");
    expect(rows[1]?.textContent).toContain("送温暖慰问");
    await user.click(within(types).getByRole("button", { name: "筛选 心理健康" }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_FILTERS, types: ["mental-health"] });
    await user.click(
      within(await openData(user, card("按省份"))).getByRole("button", { name: "筛选 浙江省" }),
    );
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, province: "浙江省", city: null });
    await user.click(
      within(await openData(user, card("按月份"))).getByRole("button", { name: "筛选 2025-07" }),
    );
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, from: "2025-07-01", to: "2025-07-31" });
  });

  it("draws category bars as buttons named by what they show: longest bar full width, a click filters", async () => {
    const user = userEvent.setup();
    const { onChange } = setup();
    const list = within(card("按项目类型")).getByRole("list", { name: "按项目类型" });
    const items = within(list).getAllByRole("listitem");
    const expected = typeRows(all.typeCounts, index, dataset.taxonomy, "zh");
    expect(items).toHaveLength(expected.length);
    const first = expected[0] as ChartRow;
    // the name is the visible text, with a separator only screen readers hear
    const button = within(list).getByRole("button", {
      name: new RegExp(`^${first.label}\\s*:\\s*${first.value}$`),
    });
    expect(button.getAttribute("aria-label")).toBeNull();
    const widths = [...list.querySelectorAll<HTMLElement>(".bars__bar")].map((b) => b.style.width);
    expect(widths[0]).toBe("100%");
    expect(widths.at(-1)).toBe(`${((expected.at(-1) as ChartRow).value / first.value) * 100}%`);
    await user.click(button);
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_FILTERS, types: [first.key] });
    // money bars print yuan
    const money = within(card("报道金额 · 按项目类型")).getAllByRole("button", { name: /:\s*[\d.,]+万?元$/ });
    expect(money.length).toBeGreaterThan(0);
  });

  it("inside a province, places are its cities and a click picks the city", async () => {
    const user = userEvent.setup();
    const { onChange } = setup({ ...EMPTY_FILTERS, province: "河南省" });
    const places = await openData(user, card("按城市(河南省)"));
    await user.click(within(places).getByRole("button", { name: "筛选 洛阳市" }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_FILTERS, province: "河南省", city: "洛阳市" });
  });

  it("downloads each chart's data as CSV rows", async () => {
    const user = userEvent.setup();
    const { onDownloadCsv } = setup();
    await user.click(within(card("按项目类型")).getByRole("button", { name: "下载 CSV" }));
    const [name, rows] = onDownloadCsv.mock.calls[0] ?? [];
    expect(name).toBe("programmes-by-type.csv");
    expect(rows[0]).toEqual({ key: "warmth-visits", 项目类型: "送温暖慰问", 报道数: 7 });
  });

  it("says when there is nothing to chart", () => {
    setup({ ...EMPTY_FILTERS, q: "不存在的词" });
    expect(screen.getAllByText("当前筛选下没有数据").length).toBeGreaterThanOrEqual(4);
  });
});
