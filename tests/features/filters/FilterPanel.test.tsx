// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ActiveFilterChips } from "../../../src/features/filters/ActiveFilterChips.tsx";
import { FilterPanel } from "../../../src/features/filters/FilterPanel.tsx";
import { EMPTY_FILTERS, type Filters, type UpdateOptions } from "../../../src/shared/filters.ts";
import { dataset, index, zh } from "../../app/test-utils.tsx";

afterEach(cleanup);

/** FilterPanel over local state, recording every change and how it should reach the URL. */
function Harness({ initial, spy }: { initial: Filters; spy: (f: Filters, o?: UpdateOptions) => void }) {
  const [filters, setFilters] = useState(initial);
  return (
    <FilterPanel
      filters={filters}
      index={index}
      taxonomy={dataset.taxonomy}
      dateBounds={{ min: "2025-03-07", max: "2026-02-04" }}
      lang="zh"
      t={zh}
      onChange={(f, o) => {
        spy(f, o);
        setFilters(f);
      }}
    />
  );
}

const setup = (initial: Partial<Filters> = {}) => {
  const spy = vi.fn<(f: Filters, o?: UpdateOptions) => void>();
  render(<Harness initial={{ ...EMPTY_FILTERS, ...initial }} spy={spy} />);
  return { spy, last: () => spy.mock.calls.at(-1) ?? [] };
};

describe("FilterPanel", () => {
  it("province narrows the city list; a city sets its province", async () => {
    const user = userEvent.setup();
    const { last } = setup();
    const city = screen.getByLabelText("城市") as HTMLSelectElement;
    expect(city.options.length).toBe(index.cities.length + 1);
    await user.selectOptions(screen.getByLabelText("省份"), "河南省");
    expect([...city.options].map((o) => o.value)).toEqual(["", "洛阳市", "郑州市"]);
    await user.selectOptions(city, "郑州市");
    expect(last()[0]).toMatchObject({ province: "河南省", city: "郑州市" });
  });

  it("choosing a city alone shows its province; another province drops the city", async () => {
    const user = userEvent.setup();
    const { last } = setup({ city: "宁波市" });
    expect((screen.getByLabelText("省份") as HTMLSelectElement).value).toBe("浙江省");
    await user.selectOptions(screen.getByLabelText("省份"), "河南省");
    expect(last()[0]).toMatchObject({ province: "河南省", city: null });
  });

  it("types are written in taxonomy order, each a pushed choice", async () => {
    const user = userEvent.setup();
    const { last } = setup();
    const types = screen.getByRole("group", { name: "项目类型" });
    await user.click(within(types).getByLabelText("心理健康"));
    await user.click(within(types).getByLabelText("送温暖慰问"));
    expect(last()[0]?.types).toEqual(["warmth-visits", "mental-health"]);
    expect(last()[1]?.history ?? "push").toBe("push");
  });

  it("search replaces the history entry, debounced, and keeps the typed spaces in the box", async () => {
    const user = userEvent.setup();
    const { last } = setup();
    const box = screen.getByRole("searchbox", { name: "全文搜索" }) as HTMLInputElement;
    await user.type(box, "洛阳 ");
    expect(box.value).toBe("洛阳 ");
    expect(last()[0]?.q).toBe("洛阳");
    expect(last()[1]).toEqual({ history: "replace", debounceMs: 300 });
  });

  it("date inputs set from/to", () => {
    const { last } = setup();
    fireEvent.change(screen.getByLabelText("起"), { target: { value: "2025-07-01" } });
    expect(last()[0]?.from).toBe("2025-07-01");
    fireEvent.change(screen.getByLabelText("止"), { target: { value: "" } });
    expect(last()[0]?.to).toBeNull();
  });
});

describe("ActiveFilterChips", () => {
  const filters: Filters = {
    ...EMPTY_FILTERS,
    province: "河南省",
    city: "洛阳市",
    types: ["mental-health", "health-care"],
    q: "热线",
  };

  it("one chip per value; removing the province also removes its city", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <ActiveFilterChips
        filters={filters}
        taxonomy={dataset.taxonomy}
        lang="zh"
        t={zh}
        onChange={onChange}
      />,
    );
    const chips = screen.getAllByRole("button", { name: /^移除筛选/ });
    expect(chips.map((c) => c.textContent)).toEqual([
      "河南省×",
      "洛阳市×",
      "心理健康×",
      "医疗健康×",
      "“热线”×",
    ]);
    await user.click(screen.getByRole("button", { name: "移除筛选:河南省" }));
    expect(onChange).toHaveBeenLastCalledWith({ ...filters, province: null, city: null });
    await user.click(screen.getByRole("button", { name: "移除筛选:医疗健康" }));
    expect(onChange).toHaveBeenLastCalledWith({ ...filters, types: ["mental-health"] });
    await user.click(screen.getByRole("button", { name: "清除全部" }));
    expect(onChange).toHaveBeenLastCalledWith(EMPTY_FILTERS);
  });

  it("says so when nothing is filtered", () => {
    render(
      <ActiveFilterChips
        filters={EMPTY_FILTERS}
        taxonomy={dataset.taxonomy}
        lang="zh"
        t={zh}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByText("未设置筛选,显示全部报道")).toBeTruthy();
  });
});
