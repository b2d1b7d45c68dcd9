// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import ProgrammeTable from "../../../src/features/table/ProgrammeTable.tsx";
import { filterRecords, sortIndices, sortKey } from "../../../src/shared/filter-engine.ts";
import { EMPTY_FILTERS, type Filters, type Sort } from "../../../src/shared/filters.ts";
import { dataset, index, rows, zh } from "../../app/test-utils.tsx";

afterEach(cleanup);

interface Spies {
  sort: (s: Sort) => void;
  open: (id: string) => void;
  csv: (name: string, rows: Record<string, string | number | null>[]) => void;
}

function Harness({ filters, spies }: { filters: Filters; spies: Spies }) {
  const [sort, setSort] = useState<Sort>({ field: "date", direction: "desc" });
  const order = sortIndices(index, filterRecords(index, filters).indices, sort);
  return (
    <ProgrammeTable
      records={rows}
      order={order}
      sort={sort}
      onSortChange={(s) => {
        spies.sort(s);
        setSort(s);
      }}
      taxonomy={dataset.taxonomy}
      lang="zh"
      t={zh}
      recordHref={(id) => `?record=${id}`}
      onOpenRecord={spies.open}
      onDownloadCsv={spies.csv}
    />
  );
}

function setup(filters: Filters = EMPTY_FILTERS) {
  const spies = { sort: vi.fn<Spies["sort"]>(), open: vi.fn<Spies["open"]>(), csv: vi.fn<Spies["csv"]>() };
  render(<Harness filters={filters} spies={spies} />);
  return spies;
}

const bodyRows = () => within(screen.getByTestId("programme-table")).getAllByRole("row").slice(1);

describe("ProgrammeTable", () => {
  it("shows the first page, newest first, with the pager's totals", () => {
    setup();
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByText(`第 1–25 条,共 ${dataset.records.length} 条`)).toBeTruthy();
    expect(bodyRows()[0]?.textContent).toContain("2026年2月4日");
  });

  it("pages forward", async () => {
    const user = userEvent.setup();
    setup();
    await user.click(screen.getByRole("button", { name: /下一页/ }));
    expect(bodyRows()).toHaveLength(dataset.records.length - 25);
    expect(screen.getByText(/第 2 \/ 2 页/)).toBeTruthy();
  });

  it("sorts by a header: text columns start ascending (pinyin), figures descending", async () => {
    const user = userEvent.setup();
    const spies = setup();
    await user.click(screen.getByRole("button", { name: /^标题/ }));
    expect(spies.sort).toHaveBeenLastCalledWith({ field: "title", direction: "asc" });
    expect(screen.getByRole("columnheader", { name: /标题/ }).getAttribute("aria-sort")).toBe("ascending");
    const collator = new Intl.Collator("zh-CN-u-co-pinyin");
    const byPinyin = dataset.records.map((r) => sortKey(r.title)).sort(collator.compare);
    const shown = bodyRows().map((row) => sortKey(row.querySelector(".row-title")?.textContent ?? ""));
    expect(shown.slice(0, 5)).toEqual(byPinyin.slice(0, 5));
    await user.click(screen.getByRole("button", { name: /^标题/ }));
    expect(spies.sort).toHaveBeenLastCalledWith({ field: "title", direction: "desc" });
    await user.click(screen.getByRole("button", { name: /^金额/ }));
    expect(spies.sort).toHaveBeenLastCalledWith({ field: "money", direction: "desc" });
    expect(bodyRows()[0]?.textContent).toContain("9054.05万元");
  });

  it("hides and shows columns", async () => {
    const user = userEvent.setup();
    setup();
    expect(screen.queryByRole("columnheader", { name: "服务对象" })).toBeNull();
    await user.click(screen.getByText("显示列", { selector: "summary" }));
    await user.click(screen.getByRole("checkbox", { name: "服务对象" }));
    expect(screen.getByRole("columnheader", { name: "服务对象" })).toBeTruthy();
    await user.click(screen.getByRole("checkbox", { name: "组织者" }));
    expect(screen.queryByRole("columnheader", { name: /组织者/ })).toBeNull();
  });

  it("opens a report from its title link (which also works as a plain link)", async () => {
    const user = userEvent.setup();
    const spies = setup({ ...EMPTY_FILTERS, city: "洛阳市" });
    const link = screen.getAllByRole("link")[0] as HTMLAnchorElement;
    expect(link.getAttribute("href")).toMatch(/^\?record=/);
    await user.click(link);
    expect(spies.open).toHaveBeenCalledWith(link.getAttribute("href")?.slice("?record=".length));
  });

  it("exports every filtered row, not just the page", async () => {
    const user = userEvent.setup();
    const spies = setup({ ...EMPTY_FILTERS, types: ["warmth-visits"] });
    await user.click(screen.getByRole("button", { name: "导出 CSV" }));
    const [name, rows] = spies.csv.mock.calls[0] ?? [];
    expect(name).toBe("union-welfare-programmes.csv");
    expect(rows).toHaveLength(7);
    expect(Object.keys(rows?.[0] ?? {})).toContain("金额(元,最大一笔)");
  });

  it("says when nothing matches", () => {
    setup({ ...EMPTY_FILTERS, q: "不存在的词" });
    expect(screen.getByText(/没有符合条件的报道/)).toBeTruthy();
  });
});
