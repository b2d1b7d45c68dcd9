/**
 * Regenerates the README screenshots from the built site (run `npx vite build` first):
 *   npx tsx tests/e2e/screenshots.ts [--fixture] [--out docs/screenshots]
 * By default the site's own data/dataset.json is shown; --fixture uses the hand-written fixture.
 * Fails (exit 1) on console errors, requests to other hosts or sideways scrolling.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser, sidewaysOverflow, startServer, watchPage } from "./harness.ts";

const { values } = parseArgs({
  options: {
    fixture: { type: "boolean", default: false },
    out: { type: "string", default: "docs/screenshots" },
  },
});
const out = resolve(import.meta.dirname, "../..", values.out ?? "docs/screenshots");
mkdirSync(out, { recursive: true });

const shots = [
  { file: "desktop.png", query: "", width: 1280, height: 900, fullPage: true },
  { file: "desktop-table.png", query: "?tab=table", width: 1280, height: 900, fullPage: false },
  { file: "phone.png", query: "?tab=table", width: 360, height: 780, fullPage: false },
  { file: "phone-charts.png", query: "", width: 360, height: 1200, fullPage: false },
  { file: "phone-detail.png", query: "?record=FIRST", width: 360, height: 780, fullPage: false },
];

const server = await startServer(values.fixture ? { dataset: "tests/fixtures/datasets/small.json" } : {});
const browser = await launchBrowser();
let failed = false;
try {
  const data = (await (await fetch(`${server.url}/data/dataset.json`)).json()) as {
    records: { id: string; metrics: unknown[] }[];
  };
  const first = [...data.records].sort((a, b) => b.metrics.length - a.metrics.length)[0]?.id ?? "";
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
    });
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/${shot.query.replace("FIRST", encodeURIComponent(first))}`);
    await page.locator('[data-figure="programs"]').waitFor();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(out, shot.file), fullPage: shot.fullPage });
    const overflow = await sidewaysOverflow(page);
    const problems = [...watch.problems(), ...(overflow > 0 ? [`${overflow}px sideways scroll`] : [])];
    console.log(`${shot.file}: ${problems.length ? problems.join("; ") : "ok"}`);
    failed ||= problems.length > 0;
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
