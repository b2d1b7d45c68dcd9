// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { NuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { URL_WRITE_DELAY_MS, useViewState } from "../../src/app/url-state.ts";
import { parseContextOf } from "../../src/shared/url-params.ts";
import { index } from "./test-utils.tsx";

const ctx = parseContextOf(index);

function setup(search: string) {
  const onUrlUpdate = vi.fn<(e: UrlUpdateEvent) => void>();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NuqsTestingAdapter searchParams={search} onUrlUpdate={onUrlUpdate} hasMemory>
      {children}
    </NuqsTestingAdapter>
  );
  const hook = renderHook(() => useViewState(ctx), { wrapper });
  /** the URL update after the n-th call (URL writes are flushed asynchronously) */
  const urlUpdate = async (n = 1) => {
    await waitFor(() => expect(onUrlUpdate.mock.calls.length).toBeGreaterThanOrEqual(n));
    return onUrlUpdate.mock.calls[n - 1]?.[0] as UrlUpdateEvent;
  };
  return { ...hook, urlUpdate, onUrlUpdate };
}

describe("useViewState", () => {
  it("parses the URL into a view and lists what it ignored", () => {
    const { result } = setup("?city=洛阳市&type=mental-health&type=bogus&lang=en&sort=title.sideways");
    expect(result.current.view.filters.city).toBe("洛阳市");
    expect(result.current.view.filters.types).toEqual(["mental-health"]);
    expect(result.current.view.lang).toBe("en");
    expect(result.current.notices.map((n) => `${n.param}=${n.value}`)).toEqual([
      "type=bogus",
      "sort=title.sideways",
    ]);
  });

  it("a choice pushes a history entry and writes only what changed", async () => {
    const { result, urlUpdate } = setup("?type=bogus&province=河南省");
    await act(async () => {
      result.current.update((v) => ({ ...v, tab: "table" }));
    });
    const event = await urlUpdate();
    expect(event.options.history).toBe("push");
    expect(event.searchParams.get("tab")).toBe("table");
    // the bad value stays (with its notice) until dismissed
    expect(event.searchParams.getAll("type")).toEqual(["bogus"]);
    expect(event.searchParams.get("province")).toBe("河南省");
  });

  it("defaults leave the URL", async () => {
    const { result, urlUpdate } = setup("?tab=table&sort=title.asc");
    await act(async () => {
      result.current.update((v) => ({ ...v, tab: "charts", sort: { field: "date", direction: "desc" } }));
    });
    expect((await urlUpdate()).queryString).toBe("");
  });

  it("typing replaces instead of pushing, and writes repeated keys for lists", async () => {
    const { result, urlUpdate } = setup("");
    await act(async () => {
      result.current.update((v) => ({ ...v, filters: { ...v.filters, q: "a+b 骑手" } }), {
        history: "replace",
      });
    });
    const event = await urlUpdate();
    expect(event.options.history).toBe("replace");
    expect(event.searchParams.get("q")).toBe("a+b 骑手");
    expect(new URLSearchParams(event.queryString).get("q")).toBe("a+b 骑手");
    await act(async () => {
      result.current.update((v) => ({
        ...v,
        filters: { ...v.filters, types: ["warmth-visits", "hardship-aid"] },
      }));
    });
    expect((await urlUpdate(2)).searchParams.getAll("type")).toEqual(["warmth-visits", "hardship-aid"]);
  });

  it("dismissing the notices removes the bad values (replace)", async () => {
    const { result, urlUpdate } = setup("?type=bogus&type=hardship-aid&from=2025-02-30&province=河南省");
    expect(result.current.notices).toHaveLength(2);
    await act(async () => {
      result.current.dismissNotices();
    });
    const event = await urlUpdate();
    expect(event.options.history).toBe("replace");
    expect(event.searchParams.getAll("type")).toEqual(["hardship-aid"]);
    expect(event.searchParams.has("from")).toBe(false);
    expect(event.searchParams.get("province")).toBe("河南省");
    expect(result.current.notices).toEqual([]);
  });

  it("links are canonical: adcodes become names, bad values are left out", () => {
    const { result } = setup("?city=410300&type=bogus&q=%20x%20");
    const link = new URL(result.current.linkTo());
    expect(link.searchParams.get("city")).toBe("洛阳市");
    expect(link.searchParams.has("type")).toBe(false);
    expect(link.searchParams.get("q")).toBe("x");
  });

  it("keeps the view and its setter when a render changes no value, and updates from the latest view", async () => {
    const { result, rerender, urlUpdate } = setup("?province=河南省");
    const { view, update } = result.current;
    rerender();
    expect(result.current.view).toBe(view);
    await act(async () => {
      update((v) => ({ ...v, tab: "map" }));
    });
    await urlUpdate();
    expect(result.current.view.tab).toBe("map");
    expect(result.current.view).not.toBe(view);
    expect(result.current.update).toBe(update);
    // the first setter, still held by a memoised view, reads the current view, not the one it was made with
    await act(async () => {
      update((v) => ({ ...v, citySort: "pinyin" }));
    });
    const second = await urlUpdate(2);
    expect(second.searchParams.get("tab")).toBe("map");
    expect(second.searchParams.get("citysort")).toBe("pinyin");
    expect(result.current.view.tab).toBe("map");
  });

  it("shows a change at once and writes it after the views settled; changes in between make one entry", async () => {
    const { result, urlUpdate, onUrlUpdate } = setup("?type=hardship-aid");
    await act(async () => {
      result.current.update((v) => ({ ...v, tab: "map" }));
      result.current.update((v) => ({ ...v, citySort: "pinyin" }), { history: "replace" });
    });
    expect(result.current.view.tab).toBe("map");
    expect(result.current.view.citySort).toBe("pinyin");
    await new Promise((r) => setTimeout(r, 10));
    expect(onUrlUpdate).not.toHaveBeenCalled();
    const event = await urlUpdate();
    expect(event.options.history).toBe("push"); // one of them asked for a history entry
    expect(event.queryString).toBe("?type=hardship-aid&tab=map&citysort=pinyin");
    await new Promise((r) => setTimeout(r, URL_WRITE_DELAY_MS * 2));
    expect(onUrlUpdate).toHaveBeenCalledTimes(1);
    expect(result.current.view.tab).toBe("map");
  });

  it("Back or Forward before the write drops the change: the URL navigated to wins", async () => {
    const { result, onUrlUpdate } = setup("?tab=table");
    await act(async () => {
      result.current.update((v) => ({ ...v, tab: "map" }));
    });
    expect(result.current.view.tab).toBe("map");
    await act(async () => {
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(result.current.view.tab).toBe("table");
    await new Promise((r) => setTimeout(r, URL_WRITE_DELAY_MS * 2));
    expect(onUrlUpdate).not.toHaveBeenCalled();
  });

  it("updates in one event build on each other, and a choice undone within the delay writes nothing", async () => {
    const { result, urlUpdate, onUrlUpdate } = setup("");
    const addType = (type: string) =>
      result.current.update((v) => ({ ...v, filters: { ...v.filters, types: [...v.filters.types, type] } }));
    await act(async () => {
      addType("warmth-visits");
      addType("hardship-aid");
    });
    expect([...result.current.view.filters.types].sort()).toEqual(["hardship-aid", "warmth-visits"]);
    expect((await urlUpdate()).searchParams.getAll("type").sort()).toEqual(["hardship-aid", "warmth-visits"]);
    await act(async () => {
      result.current.update((v) => ({ ...v, lang: "en" }));
    });
    await act(async () => {
      result.current.update((v) => ({ ...v, lang: "zh" }));
    });
    await new Promise((r) => setTimeout(r, URL_WRITE_DELAY_MS * 2));
    expect(onUrlUpdate).toHaveBeenCalledTimes(1);
    expect(result.current.view.lang).toBe("zh");
  });
});
