// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { metricDescription, RecordDetail } from "../../../src/features/detail/RecordDetail.tsx";
import RecordDialog from "../../../src/features/detail/RecordDialog.tsx";
import type { DatasetRecord } from "../../../src/shared/schema.ts";
import { dataset, en, stubBrowserApis, zh } from "../../app/test-utils.tsx";

beforeAll(stubBrowserApis);
afterEach(cleanup);

const guizhou = dataset.records.find((r) => r.kicker === "贵州") as DatasetRecord;

async function renderDetail(record: DatasetRecord | null, lang: "zh" | "en" = "zh") {
  await act(async () => {
    render(
      <Suspense fallback="…">
        <RecordDetail
          record={Promise.resolve(record)}
          taxonomy={dataset.taxonomy}
          lang={lang}
          t={lang === "zh" ? zh : en}
          actions={<button type="button">copy</button>}
        />
      </Suspense>,
    );
  });
}

describe("RecordDetail", () => {
  it("shows title, kicker, section, byline, place, organiser, types and source", async () => {
    await renderDetail(guizhou);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(guizhou.title);
    expect(screen.getByText("贵州")).toBeTruthy();
    expect(screen.getByText("2026年两节工会送温暖行动·暖闻")).toBeTruthy();
    expect(screen.getByText("李丰")).toBeTruthy();
    expect(screen.getByText("贵州省总工会")).toBeTruthy();
    expect(screen.getByText("2026年1月30日")).toBeTruthy();
    expect(screen.getByText("送温暖慰问")).toBeTruthy();
    expect(
      screen.getByText(`${guizhou.source.file},第 ${guizhou.source.lines[0]}–${guizhou.source.lines[1]} 行`),
    ).toBeTruthy();
  });

  it("marks every figure where it stands, in reading order", async () => {
    await renderDetail(guizhou);
    const text = screen.getByRole("heading", { name: "原文" }).closest("section") as HTMLElement;
    const marks = text.querySelectorAll("mark");
    expect([...marks].map((m) => m.firstChild?.textContent)).toEqual(guizhou.metrics.map((m) => m.text));
    // the paragraphs read back unchanged apart from the figure numbers
    const paragraphs = [...text.querySelectorAll("p")].map((p) => {
      const clone = p.cloneNode(true) as HTMLElement;
      for (const sup of clone.querySelectorAll("sup")) sup.remove();
      return clone.textContent;
    });
    expect(paragraphs).toEqual(guizhou.paragraphs);
  });

  it("lists the figures with normalised values and their sentences", async () => {
    await renderDetail(guizhou);
    const list = screen.getByRole("heading", { name: "提取的数字" }).closest("section") as HTMLElement;
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(guizhou.metrics.length);
    expect(items[0]?.textContent).toContain("送温暖资金:9054.05万元");
    expect(items[5]?.textContent).toContain("就业岗位:超过2800个");
  });

  it("renders markup from the data as text", async () => {
    const hostile = {
      ...guizhou,
      title: '<img src=x onerror="alert(1)">',
      paragraphs: ["<script>alert(1)</script>共9054.05万元"],
      metrics: [{ ...(guizhou.metrics[0] as DatasetRecord["metrics"][number]), quote: "<b>x</b>" }],
    };
    await renderDetail(hostile);
    expect(document.querySelector("img, script, b")).toBeNull();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it("says when the report does not exist", async () => {
    await renderDetail(null);
    expect(screen.getByText("找不到这篇报道。")).toBeTruthy();
  });

  it("describes figures in English too", () => {
    const m = guizhou.metrics[5] as DatasetRecord["metrics"][number];
    expect(metricDescription(m, "en")).toBe("就业岗位: over 2,800 个");
    expect(metricDescription(guizhou.metrics[0] as DatasetRecord["metrics"][number], "en")).toBe(
      "送温暖资金: CNY 90.5405 million",
    );
  });
});

describe("RecordDialog", () => {
  it("is a modal dialog labelled by the title; its back button closes it", async () => {
    const onClose = vi.fn();
    await act(async () => {
      render(
        <RecordDialog
          recordId={guizhou.id}
          loadRecord={(id) => Promise.resolve(dataset.records.find((r) => r.id === id) ?? null)}
          taxonomy={dataset.taxonomy}
          lang="zh"
          t={zh}
          onClose={onClose}
          actions={null}
        />,
      );
    });
    const dialog = await screen.findByRole("dialog", { name: guizhou.title });
    await userEvent.setup().click(within(dialog).getByRole("button", { name: /返回/ }));
    expect(onClose).toHaveBeenCalled();
  });

  it("says when the report's text could not be loaded, and loads it again on retry", async () => {
    let fail = true;
    // one promise per attempt, as the data source keeps them (a failed one is forgotten)
    let attempt: Promise<DatasetRecord | null> | null = null;
    const loadRecord = () => {
      attempt ??= fail ? Promise.reject(new Error("HTTP 503")) : Promise.resolve(guizhou);
      return attempt;
    };
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await act(async () => {
      render(
        <RecordDialog
          recordId={guizhou.id}
          loadRecord={loadRecord}
          taxonomy={dataset.taxonomy}
          lang="zh"
          t={zh}
          onClose={() => undefined}
          actions={null}
        />,
      );
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("未能加载");
    fail = false;
    attempt = null;
    const retry = within(alert).getByRole("button", { name: "重试" });
    await act(async () => {
      retry.click();
    });
    await screen.findByRole("heading", { level: 2, name: guizhou.title });
    quiet.mockRestore();
  });
});
