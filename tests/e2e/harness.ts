/**
 * Real-browser test harness: serves the built site (`dist/`, never builds it) on a free localhost
 * port and drives Debian's Chromium through playwright-core.
 *
 *   const server = await startServer();                  // dist/ as built
 *   const server = await startServer({ dataset: fixture }) // same site, another dataset (and its index)
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 *   const watch = watchPage(page, server.url);           // console errors, foreign requests
 *   await page.goto(`${server.url}/?city=洛阳市`);
 *   expect(watch.problems()).toEqual([]);
 *
 * A tiny node:http server rather than `vite preview`: it starts in milliseconds, needs no config
 * loading, and lets a test replace or break single files (missing, truncated, invalid dataset).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { appFiles } from "../../src/pipeline/app-files.ts";
import { DETAIL_DIR } from "../../src/shared/compact-index.ts";
import { parseDataset } from "../../src/shared/schema.ts";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".topojson": "application/json; charset=utf-8",
};

/** A replacement for one served path: a body (string, bytes or JSON-able value) and/or a status. */
export interface Override {
  status?: number;
  body?: string | Uint8Array | object;
  contentType?: string;
}

export interface ServerOptions {
  /** folder to serve; default `dist` at the repo root */
  root?: string;
  /**
   * Another dataset (object, JSON text or file path): served as `/data/dataset.json`, with the
   * index and detail shards the pipeline would write for it (other shard paths answer 404)
   */
  dataset?: object | string;
  /** path (starting with "/") -> replacement; e.g. { "/data/index.json": { status: 404 } } */
  overrides?: Record<string, Override>;
}

export interface TestServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash) */
  url: string;
  /** every path requested, in order (handy to check what loaded lazily) */
  requests: string[];
  close(): Promise<void>;
}

const REPO_ROOT = resolve(import.meta.dirname, "../..");

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const root = resolve(REPO_ROOT, options.root ?? "dist");
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(`${root}/index.html not found: run \`npx vite build\` before the browser tests`);
  }
  const overrides: Record<string, Override> = { ...options.overrides };
  if (options.dataset !== undefined) {
    const d = options.dataset;
    const body =
      typeof d === "string" && !d.trimStart().startsWith("{") ? readFileSync(resolve(REPO_ROOT, d)) : d;
    overrides["/data/dataset.json"] = { body, contentType: MIME[".json"] };
    Object.assign(overrides, appFileOverrides(body));
  }
  const requests: string[] = [];

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    requests.push(path);
    const override =
      overrides[path] ??
      (options.dataset !== undefined && path.startsWith(`/data/${DETAIL_DIR}/`)
        ? { status: 404 }
        : undefined);
    if (override) {
      const status = override.status ?? 200;
      const body = override.body;
      const bytes =
        body === undefined
          ? status >= 400
            ? "not found"
            : ""
          : typeof body === "string" || body instanceof Uint8Array
            ? body
            : JSON.stringify(body);
      res.writeHead(status, { "content-type": override.contentType ?? MIME[extname(path)] ?? "text/plain" });
      res.end(bytes);
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": MIME[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  });

  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** The app's files for a dataset given as bytes, text or object; none when it is not a valid dataset. */
function appFileOverrides(dataset: string | Uint8Array | object): Record<string, Override> {
  let json: unknown = dataset;
  try {
    if (typeof dataset === "string") json = JSON.parse(dataset);
    else if (dataset instanceof Uint8Array) json = JSON.parse(Buffer.from(dataset).toString("utf8"));
  } catch {
    return {};
  }
  const parsed = parseDataset(json);
  if (!parsed.ok) return {};
  return Object.fromEntries(
    appFiles(parsed.value).map((f) => [`/data/${f.path}`, { body: f.content, contentType: MIME[".json"] }]),
  );
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium fonts-wqy-microhei)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface PageWatch {
  /** console.error messages and uncaught page errors */
  consoleErrors: string[];
  /** every requested URL that is not on the test server's host; these are aborted */
  foreignRequests: string[];
  /** both lists, prefixed, for a one-line `expect(watch.problems()).toEqual([])` */
  problems(): string[];
}

/**
 * Records console errors and page errors, and aborts (and records) any request that would leave
 * the local server, so a stray CDN font or analytics call fails the test instead of hanging it.
 * Call before `page.goto`.
 */
export function watchPage(page: Page, serverUrl: string): PageWatch {
  const allowedHost = new URL(serverUrl).host;
  const watch: PageWatch = {
    consoleErrors: [],
    foreignRequests: [],
    problems: () => [
      ...watch.consoleErrors.map((m) => `console: ${m}`),
      ...watch.foreignRequests.map((u) => `foreign request: ${u}`),
    ],
  };
  page.on("console", (msg) => {
    if (msg.type() === "error") watch.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => watch.consoleErrors.push(`uncaught: ${err.message}`));
  void page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const local = url.host === allowedHost || url.protocol === "data:" || url.protocol === "blob:";
    if (local) return route.continue();
    watch.foreignRequests.push(url.href);
    return route.abort("blockedbyclient");
  });
  return watch;
}

/** Width of the document beyond the viewport (0 when nothing scrolls sideways). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  // A string expression: the node tsconfig has no DOM types, and this runs in the page anyway.
  return page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
}
