// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { App } from "../../src/app/App.tsx";
import { createBodyTextStore } from "../../src/app/body-text.ts";
import { type DataSource, DatasetLoadError } from "../../src/app/data-source.ts";
import { bodyTextOf } from "../../src/shared/filter-engine.ts";
import { atlasData, dataset, fakeSource, stubBrowserApis } from "./test-utils.tsx";

beforeAll(stubBrowserApis);
afterEach(cleanup);

function renderApp(search: string, source: DataSource = fakeSource()) {
  return render(
    <NuqsTestingAdapter searchParams={search} hasMemory>
      <App source={source} />
    </NuqsTestingAdapter>,
  );
}

// lazily loaded chunks (table, detail) take a moment on a busy machine
const LAZY = { timeout: 8000 };
const figure = (name: string) =>
  document.querySelector(`[data-figure="${name}"] .figure__value`)?.textContent;

describe("App", () => {
  it("shows a loading state, then the dashboard", async () => {
    renderApp("");
    expect(screen.getByRole("status")).toHaveProperty("textContent", "正在加载数据…");
    await screen.findByRole("tab", { name: "图表" });
    expect(figure("programs")).toBe(String(dataset.records.length));
  });

  it("the headline figures follow the URL's filters", async () => {
    renderApp("?province=贵州省&type=warmth-visits");
    await screen.findByRole("tab", { name: "图表" });
    expect(figure("programs")).toBe("1");
    // the largest money figure of the report, not the sum of its overlapping figures
    expect(figure("money")).toBe("9054.05万元");
    expect(figure("people")).toBe("6.99万");
  });

  it("a search answers from the index at once, then widens with body text as it loads", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const bodyText = createBodyTextStore({
      total: 1,
      loadShard: async () => {
        await gate;
        return bodyTextOf(dataset.records.map((detail, record) => ({ record, detail })));
      },
    });
    renderApp(`?q=${encodeURIComponent("ａｐｐ")}`, fakeSource({ ...atlasData, bodyText }));
    await screen.findByRole("tab", { name: "图表" });
    // "APP" is printed only in a paragraph: no match from the index alone, and a hint that more may come
    expect(document.querySelector(".search-status")?.textContent).toContain("正文搜索加载中…");
    expect(figure("programs")).toBe("0");
    release();
    const expected = dataset.records.filter((r) => r.paragraphs.join("").includes("ＡＰＰ")).length;
    await waitFor(() => expect(figure("programs")).toBe(String(expected)));
    expect(screen.queryByText(/正文搜索加载中/)).toBeNull();
  });

  it("switches language from the URL", async () => {
    renderApp("?lang=en&tab=table");
    await screen.findByRole("tab", { name: "Table", selected: true });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("Union Welfare Atlas");
    expect(await screen.findByRole("columnheader", { name: /Organiser/ }, LAZY)).toBeTruthy();
  });

  it("lists ignored parameters in a dismissible notice", async () => {
    const user = userEvent.setup();
    renderApp("?type=nope&from=2025-13-01");
    const notice = await screen.findByText(/已忽略/);
    const box = notice.closest(".notice") as HTMLElement;
    expect(within(box).getByText(/type=nope/)).toBeTruthy();
    expect(within(box).getByText(/from=2025-13-01/)).toBeTruthy();
    await user.click(within(box).getByRole("button", { name: "知道了" }));
    await waitFor(() => expect(document.querySelector(".notice")).toBeNull());
  });

  it.each([
    ["missing", new DatasetLoadError("missing", "./data/dataset.json", 404, "Not Found"), "找不到数据文件"],
    [
      "truncated",
      new DatasetLoadError("truncated", "./data/dataset.json", 200, "Unexpected end"),
      "不是完整的 JSON",
    ],
    [
      "invalid",
      new DatasetLoadError("invalid", "./data/dataset.json", 200, "records: expected array"),
      "records: expected array",
    ],
  ])("explains a %s dataset and offers a retry", async (_kind, error, text) => {
    let fail = true;
    const source: DataSource = {
      loadDataset: () => (fail ? Promise.reject(error) : fakeSource().loadDataset()),
      loadRecordDetail: () => Promise.resolve(null),
    };
    renderApp("", source);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(text);
    fail = false;
    await userEvent.setup().click(within(alert).getByRole("button", { name: "重试" }));
    await screen.findByRole("tab", { name: "图表" });
  });

  it("opens the detail of ?record= with its text", async () => {
    const record = dataset.records[0];
    renderApp(`?record=${record?.id}`);
    const dialog = await screen.findByRole("dialog", {}, LAZY);
    await within(dialog).findByRole("heading", { level: 2, name: record?.title }, LAZY);
    expect(dialog.textContent).toContain(record?.source.file);
  });
});
