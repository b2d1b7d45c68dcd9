import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, sidewaysOverflow, startServer, type TestServer, watchPage } from "./harness.ts";

// The map tab over the small fixture dataset: outlines, points, list, and the URL they drive.
const FIXTURE = "tests/fixtures/datasets/small.json";

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const programmes = async (page: Page) =>
  Number((await page.locator('[data-figure="programs"] .figure__value').textContent())?.replace(/\D/g, ""));

describe("map", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ dataset: FIXTURE });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openMap(query = "") {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/?tab=map${query}`);
    await page.locator("path[data-adcode]").first().waitFor();
    return { page, watch };
  }

  it("draws every province and the South China Sea inset", async () => {
    const { page, watch } = await openMap();
    expect(await page.locator("path[data-adcode]").count()).toBe(34);
    for (const adcode of ["710000", "810000", "820000", "460000"]) {
      expect(await page.locator(`path[data-adcode="${adcode}"]`).getAttribute("d")).toBeTruthy();
    }
    expect(await page.locator('[data-region="south-china-sea"]').count()).toBe(1);
    expect(await page.locator('svg [role="button"]').count()).toBeGreaterThan(5);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it("does not fetch the outlines until the map tab opens", async () => {
    const page = await browser.newPage();
    const before = server.requests.length;
    await page.goto(`${server.url}/?tab=table`);
    await page.locator('[data-testid="programme-table"]').waitFor();
    expect(server.requests.slice(before).filter((p) => /china-provinces\.topo|MapPanel/.test(p))).toEqual([]);
    await page.locator("#tab-map").click();
    await page.locator("path[data-adcode]").first().waitFor();
    expect(server.requests.slice(before).some((p) => /china-provinces\.topo/.test(p))).toBe(true);
    await page.close();
  });

  it("zooms to a chosen province, marks keeping their size on screen, and back out when it is cleared", async () => {
    const { page, watch } = await openMap();
    const svg = page.locator("svg.map-view__svg");
    expect(await svg.getAttribute("viewBox")).toBe("0 0 800 600");
    const screenRadius = async () => {
      const box = await page.locator('svg [data-place^="河南省|"] circle').first().boundingBox();
      return box ? box.width / 2 : Number.NaN;
    };
    const before = await screenRadius();
    await page.getByRole("combobox", { name: /^省份/ }).selectOption("河南省");
    await page.waitForURL((u) => u.searchParams.get("province") === "河南省");
    await expect.poll(() => svg.getAttribute("data-zoom")).toBe("410000");
    const [, , width] = ((await svg.getAttribute("viewBox")) ?? "").split(" ").map(Number);
    expect(width).toBeLessThan(800 / 2);
    expect(await page.locator('[data-region="south-china-sea"]').count()).toBe(0);
    // the same count keeps its circle's size on screen (the one Henan point holds all it had)
    expect(Math.abs((await screenRadius()) - before)).toBeLessThan(1.5);
    await page.goBack();
    await expect.poll(() => svg.getAttribute("viewBox")).toBe("0 0 800 600");
    expect(await page.locator('[data-region="south-china-sea"]').count()).toBe(1);
    // a shared link naming only a city zooms to its province, highlighted, too
    await page.goto(`${server.url}/?tab=map&city=${encodeURIComponent("洛阳市")}`);
    await expect.poll(() => svg.getAttribute("data-zoom")).toBe("410000");
    expect(await page.locator('path[data-adcode="410000"]').getAttribute("class")).toContain("is-selected");
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it("a list entry sets city= in the URL, narrows the table, and Back returns", async () => {
    const { page, watch } = await openMap();
    const all = await programmes(page);
    await page
      .getByRole("navigation", { name: "城市列表" })
      .getByRole("button", { name: /^洛阳市:/ })
      .click();
    await page.waitForURL((u) => u.searchParams.get("city") === "洛阳市");
    expect(param(page, "province")).toBe("河南省");
    await expect.poll(() => programmes(page)).toBeLessThan(all);
    const narrowed = await programmes(page);

    // the map and list now show only the selection, highlighted
    const point = page.locator('svg [data-place="河南省|洛阳市"]');
    expect(await point.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator('svg [role="button"]').count()).toBe(1);

    await page.locator("#tab-table").click();
    await page.locator('[data-testid="programme-table"] tbody tr').first().waitFor();
    expect(await page.locator('[data-testid="programme-table"] tbody tr').count()).toBe(narrowed);
    await expect
      .poll(() => page.locator('[data-testid="programme-table"] tbody').textContent())
      .toContain("洛阳");

    await page.goBack(); // to the map tab, still filtered
    await page.waitForURL((u) => u.searchParams.get("tab") === "map");
    expect(param(page, "city")).toBe("洛阳市");
    await page.goBack(); // before the click
    await page.waitForURL((u) => !u.searchParams.has("city"));
    await expect.poll(() => programmes(page)).toBe(all);
    await page.locator('svg [data-place="广东省|广州市"]').waitFor();
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it("the city list's order is in the URL (citysort=pinyin), a shared link opens it, and Back returns", async () => {
    const provinces = (page: Page) =>
      page
        .getByRole("navigation", { name: "城市列表" })
        .getByRole("heading", { level: 4 })
        .evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent ?? ""));
    const { page, watch } = await openMap("&citysort=pinyin");
    const list = page.getByRole("navigation", { name: "城市列表" });
    expect(await list.getByRole("button", { name: "按拼音" }).getAttribute("aria-pressed")).toBe("true");
    const byPinyin = await provinces(page);
    expect(byPinyin).toEqual([...byPinyin].sort(new Intl.Collator("zh-Hans-CN-u-co-pinyin").compare));

    await list.getByRole("button", { name: "按数量" }).click();
    await page.waitForURL((u) => !u.searchParams.has("citysort"));
    expect(param(page, "tab")).toBe("map");
    await expect.poll(() => provinces(page)).not.toEqual(byPinyin);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get("citysort") === "pinyin");
    await expect.poll(() => provinces(page)).toEqual(byPinyin);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it("clicking a city point, or Enter on it, sets city= in the URL", async () => {
    const { page, watch } = await openMap();
    await page.locator('svg [data-place="广东省|广州市"]').click();
    await page.waitForURL((u) => u.searchParams.get("city") === "广州市");
    expect(param(page, "province")).toBe("广东省");
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has("city"));

    const point = page.locator('svg [data-place="浙江省|杭州市"]');
    await point.focus();
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("杭州市");
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.searchParams.get("city") === "杭州市");
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it("stacks the list under the map on a phone without sideways scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/?tab=map`);
    await page.locator("path[data-adcode]").first().waitFor();
    const map = await page.locator(".map-view__svg").boundingBox();
    const list = await page.locator(".city-list").boundingBox();
    expect(map && list && list.y >= map.y + map.height).toBe(true);
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });
});
