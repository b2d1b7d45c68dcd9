import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  FIXTURE_PATH,
  type FixtureRecord,
  headlineProgrammes,
  loadFixture,
  param,
  searchSettled,
  tableIds,
  tableTotal,
} from "./dashboard-helpers.ts";
import {
  launchBrowser,
  type PageWatch,
  sidewaysOverflow,
  startServer,
  type TestServer,
  watchPage,
} from "./harness.ts";

// The built dashboard in Chromium, over the hand-written fixture dataset (so expectations are known).
const fixture = loadFixture();
const records = fixture.records;

describe("dashboard in a real browser", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let watches: PageWatch[] = [];

  beforeAll(async () => {
    server = await startServer({ dataset: FIXTURE_PATH });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    // every test: no console errors, no request to another host
    const problems = watches.flatMap((w) => w.problems());
    watches = [];
    for (const page of context.pages()) await page.close();
    expect(problems).toEqual([]);
  });

  async function open(query: string, options: { width?: number; height?: number } = {}): Promise<Page> {
    const page = await context.newPage();
    if (options.width) await page.setViewportSize({ width: options.width, height: options.height ?? 800 });
    watches.push(watchPage(page, server.url));
    page.on("dialog", (d) => {
      throw new Error(`unexpected browser dialog: ${d.message()}`);
    });
    await page.goto(`${server.url}/${query}`);
    await page.locator('[data-figure="programs"], .load-failure').first().waitFor();
    await searchSettled(page);
    return page;
  }

  const expectIds = (rows: FixtureRecord[]) => rows.map((r) => r.id).sort();

  describe("each URL parameter narrows the table", () => {
    const cases: [string, string, (r: FixtureRecord) => boolean][] = [
      ["province", "province=河南省", (r) => r.place?.province === "河南省"],
      ["city by name", `city=${encodeURIComponent("洛阳市")}`, (r) => r.place?.city === "洛阳市"],
      ["city by adcode", "city=330200", (r) => r.place?.city === "宁波市"],
      ["type", "type=mental-health", (r) => r.types.includes("mental-health")],
      [
        "type repeated",
        "type=mental-health&type=skills-competitions",
        (r) => r.types.includes("mental-health") || r.types.includes("skills-competitions"),
      ],
      ["group", "group=gig-workers", (r) => r.beneficiaries.includes("gig-workers")],
      ["from", "from=2026-01-01", (r) => r.date !== null && r.date >= "2026-01-01"],
      ["to", "to=2025-06-30", (r) => r.date !== null && r.date <= "2025-06-30"],
      ["q", `q=${encodeURIComponent("骑手")}`, (r) => JSON.stringify(r).includes("骑手")],
      [
        "q with + as space (both words)",
        "q=洛阳+心理",
        (r) => r.title.includes("心灵") || r.paragraphs.join("").includes("洛阳市总工会心理"),
      ],
      ["q full-width", `q=${encodeURIComponent("ＡＰＰ")}`, (r) => r.paragraphs.join("").includes("ＡＰＰ")],
    ];
    it.each(cases)("%s", async (_name, query, predicate) => {
      const page = await open(`?tab=table&${query}`);
      const expected = records.filter(predicate);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(records.length);
      expect(await tableTotal(page)).toBe(expected.length);
      expect((await tableIds(page)).sort()).toEqual(expectIds(expected));
      expect(await headlineProgrammes(page)).toBe(expected.length);
    });

    it("sort orders the table (titles by pinyin)", async () => {
      const page = await open("?tab=table&sort=title.asc");
      const ids = await tableIds(page);
      const collator = new Intl.Collator("zh-CN-u-co-pinyin");
      // leading quotation marks do not count, as a reader would expect
      const key = (t: string) => t.replace(/^[\p{P}\p{S}\s]+/u, "");
      const expected = [...records].sort((a, b) => collator.compare(key(a.title), key(b.title))).slice(0, 25);
      expect(ids).toEqual(expected.map((r) => r.id));
      await expect(page.locator('th[aria-sort="ascending"]').textContent()).resolves.toContain("标题");
    });

    it("lang=en switches the interface", async () => {
      const page = await open("?tab=table&lang=en");
      await expect(page.locator("h1").textContent()).resolves.toContain("Union Welfare Atlas");
      expect(await page.getByRole("tab", { name: "Table" }).getAttribute("aria-selected")).toBe("true");
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
    });
  });

  it("a copied link reopens the same view", async () => {
    const page = await open("?tab=table");
    await page.getByLabel("省份").selectOption("河南省");
    await page.getByRole("checkbox", { name: "心理健康" }).check();
    await page.getByRole("button", { name: /^日期/ }).click(); // date.asc
    await page.getByRole("searchbox").fill("洛阳");
    await page.waitForURL(/q=/);
    await searchSettled(page);
    const ids = await tableIds(page);
    const chips = await page.locator(".chips").textContent();
    await page.getByRole("button", { name: "复制链接" }).first().click();
    await page.getByText("链接已复制").waitFor();
    const link = await page.evaluate<string>("navigator.clipboard.readText()");
    expect(link).toContain("province=");
    expect(link).toContain("sort=date.asc");

    const again = await open(link.replace(server.url, "").replace(/^\//, ""));
    expect(await tableIds(again)).toEqual(ids);
    expect(await again.locator(".chips").textContent()).toBe(chips);
    expect(await again.getByRole("searchbox").inputValue()).toBe("洛阳");
    expect(await again.getByRole("checkbox", { name: "心理健康" }).isChecked()).toBe(true);
  });

  it("Back undoes a filter click (bar, checkbox, chip)", async () => {
    const page = await open("");
    const all = await headlineProgrammes(page);
    expect(all).toBe(records.length);
    // click the first bar of "by programme type"
    await page.locator("#chart-type-title").waitFor();
    const bar = page.locator("section:has(#chart-type-title) button.bars__row").first();
    await bar.click();
    await page.waitForURL(/type=/);
    const type = param(page, "type")[0] as string;
    const narrowed = records.filter((r) => r.types.includes(type)).length;
    expect(narrowed).toBeLessThan(all);
    // the views follow the URL a frame later (deferred filtering), so poll
    const shown = () => headlineProgrammes(page);
    await expect.poll(shown).toBe(narrowed);

    const both = records.filter(
      (r) => r.types.includes(type) && r.beneficiaries.includes("hardship-workers"),
    ).length;
    expect(both).toBeLessThan(narrowed);
    await page.getByRole("checkbox", { name: "困难职工" }).check();
    await page.waitForURL(/group=/);
    await expect.poll(shown).toBe(both);
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has("group"));
    await expect.poll(shown).toBe(narrowed);
    expect(await page.getByRole("checkbox", { name: "困难职工" }).isChecked()).toBe(false);
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has("type"));
    await expect.poll(shown).toBe(all);
    await page.goForward();
    await page.waitForURL(/type=/);
    await expect.poll(shown).toBe(narrowed);

    // removing a chip is a step of its own
    await page
      .getByRole("button", { name: /^移除筛选/ })
      .first()
      .click();
    await page.waitForURL((u) => !u.searchParams.has("type"));
    await expect.poll(shown).toBe(all);
    await page.goBack();
    await page.waitForURL(/type=/);
    await expect.poll(shown).toBe(narrowed);
  });

  it("a timeline bar clicked after other filters changed narrows to its month and keeps them", async () => {
    // The timeline (Recharts) is memoised and redrawn late; its click handler must still see the
    // filters of the moment, not those of its last redraw.
    const page = await open("");
    const month = page.locator("#chart-month");
    const bars = month.locator('rect.month-bar:not([height="0"])');
    await bars.first().waitFor(); // drawn before the filter changes
    await page.getByRole("checkbox", { name: "困难职工" }).check();
    await page.waitForURL(/group=/);
    await expect.poll(() => month.getAttribute("data-stale")).toBeNull();
    await bars.first().click();
    await page.waitForURL(/from=/);
    expect(param(page, "group")).toEqual(["hardship-workers"]);
    const from = param(page, "from")[0] as string;
    const to = param(page, "to")[0] as string;
    expect(from).toMatch(/^\d{4}-\d{2}-01$/);
    expect(to.slice(0, 7)).toBe(from.slice(0, 7));
    const expected = records.filter(
      (r) =>
        r.beneficiaries.includes("hardship-workers") && r.date !== null && r.date >= from && r.date <= to,
    ).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => headlineProgrammes(page)).toBe(expected);
    await expect.poll(() => month.getAttribute("data-stale")).toBeNull();
  });

  it("?record= shows the source text with every figure highlighted", async () => {
    const record = records.find((r) => r.metrics.length >= 4) as FixtureRecord;
    const page = await open(`?record=${record.id}`);
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect(dialog.locator("h2").textContent()).resolves.toContain(record.title);
    // paragraphs read back unchanged once the figure numbers (<sup>) are taken out
    const paragraphs = await page.evaluate<string[]>(
      `[...document.querySelectorAll(".detail__text p")].map((p) => {
        const c = p.cloneNode(true);
        c.querySelectorAll("sup").forEach((s) => s.remove());
        return c.textContent;
      })`,
    );
    expect(paragraphs).toEqual(record.paragraphs);
    const marks = await dialog
      .locator(".detail__text mark")
      .evaluateAll((els) => els.map((m) => m.firstChild?.textContent));
    expect(marks).toEqual(record.metrics.map((m) => m.text));
    await expect(dialog.locator(".detail__source").textContent()).resolves.toContain(record.source.file);
    await expect(dialog.locator(".detail__source").textContent()).resolves.toContain(
      `${record.source.lines[0]}–${record.source.lines[1]}`,
    );
    // Escape closes and removes record= (a history step)
    await page.keyboard.press("Escape");
    await page.waitForURL((u) => !u.searchParams.has("record"));
    await page.goBack();
    await page.waitForURL(/record=/);
    await dialog.waitFor();
  });

  it("opening a report from the table, then copying its link", async () => {
    const page = await open("?tab=table&type=hardship-aid");
    const first = page.locator(".row-title").first();
    const title = (await first.textContent()) ?? "";
    await first.click();
    await page.waitForURL(/record=/);
    const dialog = page.getByRole("dialog");
    await expect(dialog.locator("h2").textContent()).resolves.toContain(title.replace("图片新闻", "").trim());
    await dialog.getByRole("button", { name: "复制本篇链接" }).click();
    const link = await page.evaluate<string>("navigator.clipboard.readText()");
    expect(new URL(link).searchParams.get("record")).toBe(param(page, "record")[0]);
  });

  it("exports the filtered table and a chart's data as CSV with a BOM", async () => {
    const page = await open("?tab=table&type=warmth-visits");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("union-welfare-programmes.csv");
    const bytes = readFileSync((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toContain("标题");
    expect(lines).toHaveLength(1 + records.filter((r) => r.types.includes("warmth-visits")).length);

    await page.getByRole("tab", { name: "图表" }).click();
    const [chartCsv] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("section:has(#chart-type-title)").getByRole("button", { name: "下载 CSV" }).click(),
    ]);
    expect(chartCsv.suggestedFilename()).toBe("programmes-by-type.csv");
    expect(readFileSync((await chartCsv.path()) as string, "utf8")).toContain("送温暖慰问");
  });

  it("a garbage URL still shows a working page, with a dismissible notice", async () => {
    const garbage =
      "?province=%3Cscript%3Ealert(1)%3C/script%3E&city=%E0%A4%A&type=nope&type=&group=%00&from=2025-99-99" +
      `&to=tomorrow&sort=;drop&lang=xx&tab=../../etc&record=missing&q=${"长".repeat(300)}&unknown=1`;
    const page = await open(garbage);
    const notice = page.locator(".notice");
    await notice.waitFor();
    const items = await notice.locator("li").allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(9);
    expect(await page.locator("script:not([src])").count()).toBe(0);
    expect(await headlineProgrammes(page)).toBe(0); // the 200-character query matches nothing
    await notice.getByRole("button", { name: "知道了" }).click();
    await notice.waitFor({ state: "detached" });
    const url = new URL(page.url());
    for (const key of ["province", "type", "from", "to", "sort", "lang", "tab", "record"]) {
      expect(url.searchParams.has(key), key).toBe(false);
    }
    // the page still works
    await page.getByRole("button", { name: "清除全部" }).click();
    await page.waitForURL((u) => !u.searchParams.has("q"));
    await expect.poll(() => headlineProgrammes(page)).toBe(records.length);
  });

  it("data from the page is text, never markup", async () => {
    const hostile = structuredClone(JSON.parse(JSON.stringify(fixture))) as {
      records: (FixtureRecord & { kicker: string | null })[];
    };
    const target = hostile.records[0] as FixtureRecord & { kicker: string | null };
    target.title = '<img src=x onerror="document.title=1">标题';
    target.kicker = "<b>引题</b>";
    target.paragraphs = [
      `<script>window.pwned=1</script>${target.paragraphs[0]}`,
      ...target.paragraphs.slice(1),
    ];
    const local = await startServer({ dataset: hostile });
    try {
      const page = await context.newPage();
      watches.push(watchPage(page, local.url));
      await page.goto(`${local.url}/?record=${target.id}`);
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      await expect(dialog.locator("h2").textContent()).resolves.toContain("<img src=x");
      expect(await page.locator("img, b, .detail__text script").count()).toBe(0);
      expect(await page.evaluate("window.pwned")).toBeUndefined();
    } finally {
      await local.close();
    }
  });

  describe("data that cannot be loaded gives a clear message", () => {
    it.each([
      ["missing (404)", { status: 404 }, "找不到数据文件"],
      [
        "truncated JSON",
        { body: '{"format":"union-welfare-atlas/index","columns":{"id":', contentType: "application/json" },
        "不是完整的 JSON",
      ],
      ["schema-invalid", { body: { schemaVersion: 1, taxonomy: {}, records: "no" } }, "格式不符合约定"],
      ["another schema version", { body: { schemaVersion: 2 } }, "schemaVersion 2"],
    ] as const)("%s", async (_name, override, message) => {
      const local = await startServer({ overrides: { "/data/index.json": override } });
      try {
        const page = await context.newPage();
        const watch = watchPage(page, local.url);
        await page.goto(`${local.url}/`);
        const alert = page.getByRole("alert");
        await alert.waitFor();
        expect(await alert.textContent()).toContain(message);
        await expect(alert.getByRole("button", { name: "重试" }).isVisible()).resolves.toBe(true);
        // the browser logs the failed fetch of a 404 itself; nothing else may be logged
        expect(watch.consoleErrors.filter((m) => !/status of 404/.test(m))).toEqual([]);
        expect(watch.foreignRequests).toEqual([]);
      } finally {
        await local.close();
      }
    });
  });

  describe("phone width (360 px)", () => {
    it.each(["", "?tab=table", "?tab=map", `?record=${records[0]?.id}`, "?lang=en&tab=table"])(
      "%s has no sideways scroll",
      async (query) => {
        const page = await open(query, { width: 360, height: 740 });
        await page.waitForLoadState("networkidle");
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        if (!query.includes("record")) {
          await page.getByRole("button", { name: /筛选条件|Filters/ }).click();
          expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        }
      },
    );
  });

  it.each([768, 1024, 1280])("no sideways scroll at %d px either (widest table: English)", async (width) => {
    for (const query of ["?lang=en&tab=table", "?tab=table", ""]) {
      const page = await open(query, { width, height: 900 });
      await page.waitForLoadState("networkidle");
      expect(await sidewaysOverflow(page), query).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it("keyboard alone: tabs, filters and a report", async () => {
    const page = await open("");
    await page.getByRole("tab", { name: "图表" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/tab=table/);
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("列表");
    await page.locator(".row-title").first().focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    expect(await page.evaluate('document.activeElement?.closest("dialog") !== null')).toBe(true);
  });

  describe("axe-core finds no serious or critical violations", () => {
    it.each([
      ["charts", ""],
      ["table", "?tab=table&province=河南省"],
      ["map", "?tab=map"],
      ["detail", `?record=${records[0]?.id}`],
      ["english table", "?tab=table&lang=en"],
      ["notice", "?type=nope"],
      ["phone table", "?tab=table&w=360"],
      ["phone detail", `?record=${records[1]?.id}&w=360`],
    ])("%s", async (_name, query) => {
      const phone = query.includes("w=360");
      const page = await open(query.replace("&w=360", ""), phone ? { width: 360, height: 780 } : {});
      if (phone && !query.includes("record")) await page.getByRole("button", { name: /筛选条件/ }).click();
      await page.waitForLoadState("networkidle");
      const details = page.locator("details.chart-card__data");
      for (let i = 0; i < (await details.count()); i++) {
        await details.nth(i).evaluate((d) => d.setAttribute("open", ""));
        await details.nth(i).locator("table").waitFor(); // built once opened
      }
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const bad = results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(bad).toEqual([]);
    });
  });
});

describe("dashboard over the dataset as built (the pipeline's output on data/articles, npm run test:e2e)", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("downloads the compact index once, started by the preload in index.html, and no full text", async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, server.url);
    const before = server.requests.length;
    await page.goto(`${server.url}/`);
    await page.locator('[data-figure="programs"]').waitFor();
    await page.waitForTimeout(500);
    const requested = server.requests.slice(before);
    expect(requested.filter((p) => p === "/data/index.json")).toHaveLength(1);
    expect(requested.filter((p) => p.startsWith("/data/detail/") || p === "/data/dataset.json")).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it("?record= fetches the one detail shard its id names; a search fetches them all, in a worker", async () => {
    const built = (await (await fetch(`${server.url}/data/index.json`)).json()) as {
      shards: number;
      columns: { id: string[] };
    };
    const id = built.columns.id[0] as string;
    const page = await browser.newPage();
    const watch = watchPage(page, server.url);
    let before = server.requests.length;
    await page.goto(`${server.url}/?record=${encodeURIComponent(id)}`);
    await page.getByRole("dialog").locator(".detail__text").waitFor();
    const shardsOf = (paths: string[]) => paths.filter((p) => p.startsWith("/data/detail/"));
    expect(shardsOf(server.requests.slice(before))).toHaveLength(1);

    before = server.requests.length;
    await page.goto(`${server.url}/?q=${encodeURIComponent("工会")}`);
    await page.locator('[data-figure="programs"]').waitFor();
    await searchSettled(page);
    expect(shardsOf(server.requests.slice(before)).sort()).toEqual(
      Array.from({ length: built.shards }, (_, k) => `/data/detail/${k}.json`).sort(),
    );
    expect(server.requests.slice(before)).not.toContain("/data/dataset.json");
    // the shards were read off the page's thread
    expect(server.requests.slice(before).some((p) => /\/assets\/body-text-worker-[\w-]+\.js$/.test(p))).toBe(
      true,
    );
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it("loads, counts every record, and opens the detail of the first ten reports", async () => {
    const built = (await (await fetch(`${server.url}/data/dataset.json`)).json()) as {
      records: FixtureRecord[];
    };
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/?tab=table`);
    await page.locator("[data-total]").waitFor();
    expect(await tableTotal(page)).toBe(built.records.length);
    expect(await headlineProgrammes(page)).toBe(built.records.length);
    for (const r of built.records.slice(0, 10)) {
      await page.goto(`${server.url}/?record=${encodeURIComponent(r.id)}`);
      const dialog = page.getByRole("dialog");
      await dialog.locator(".detail__text").waitFor();
      expect(await dialog.locator(".detail__source").textContent()).toContain(r.source.file);
    }
    expect(watch.problems()).toEqual([]);
    await page.close();
  });
});
