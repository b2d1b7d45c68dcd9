import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startServer, type TestServer, watchPage } from "./harness.ts";

// Checks the harness itself: serving, overrides, and that foreign requests are caught.
describe("e2e harness", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({
      overrides: {
        "/broken.json": { status: 404 },
        // no CSP here, so the request reaches the network layer the harness watches
        "/plain.html": { body: "<!doctype html><title>plain</title>", contentType: "text/html" },
      },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("serves dist/index.html and reports 404 overrides", async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain("<html");
    expect((await fetch(`${server.url}/broken.json`)).status).toBe(404);
    // fetch() would resolve a literal "/../" itself; an encoded slash reaches the server as "..", the
    // guard must refuse it (dist/ has no package.json, so a 404 would not tell)
    expect((await fetch(`${server.url}/..%2Fpackage.json`)).status).toBe(403);
  });

  it("records console errors and blocks requests to other hosts", async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/plain.html`);
    await page.evaluate(() => {
      console.error("deliberate");
      void fetch("http://example.invalid/x").catch(() => undefined);
    });
    await page.waitForTimeout(200);
    expect(watch.consoleErrors.some((m) => m.includes("deliberate"))).toBe(true);
    expect(watch.foreignRequests).toContain("http://example.invalid/x");
    await page.close();
  });

  it("the built page's CSP refuses other hosts before any request is made", async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/`);
    const outcome = await page.evaluate(() =>
      fetch("http://example.invalid/x").then(
        () => "loaded",
        () => "refused",
      ),
    );
    expect(outcome).toBe("refused");
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors.join(" ")).toContain("Content Security Policy");
    await page.close();
  });
});
