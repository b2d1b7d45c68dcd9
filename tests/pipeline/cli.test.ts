// The build-dataset command as a user runs it: arguments, exit codes, what it prints, what it writes.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type Dataset, parseDataset } from "../../src/shared/schema.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SAMPLE = path.join(ROOT, "data/articles/000_ba35e313d3dcb2c4.txt");
const GB18030_PAGE = path.join(ROOT, "tests/fixtures/pages/gb18030.txt");
/** a line of a stack trace, which an expected problem must never print */
const STACK_LINE = /^\s+at\s.+(?:\(|:\d+)/mu;

const work = mkdtempSync(path.join(os.tmpdir(), "atlas-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let dirs = 0;
/** A fresh folder under the test's temp dir holding the given files (name -> bytes, or path to copy). */
function folder(files: Record<string, string | Uint8Array | { copy: string }>): string {
  const dir = path.join(work, `in-${++dirs}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === "object" && !(content instanceof Uint8Array))
      copyFileSync(content.copy, path.join(dir, name));
    else writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function runCli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/pipeline/build-dataset.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: r.stdout + r.stderr };
}

function readDataset(file: string): Dataset {
  const parsed = parseDataset(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const outPath = (name: string) => path.join(work, `${name}.json`);

describe("build-dataset: the content cache", () => {
  it("keeps entries under the code's fingerprint and prunes what older code left", () => {
    const cacheDir = path.join(ROOT, "node_modules/.cache/atlas-pipeline");
    const stale = path.join(cacheDir, "stale-fingerprint-test");
    mkdirSync(stale, { recursive: true });
    writeFileSync(path.join(stale, "x.json"), "{}");
    // a page no other test builds, so that its entry is this test's own
    const page = `${readFileSync(SAMPLE, "utf8")}\n市总工会相关负责人表示,将持续做好服务工作(${Date.now()})。\n`;
    const dir = folder({ "a.txt": page });
    const key = `${createHash("sha256").update("a.txt").update("\0").update(page).digest("hex")}.json`;
    const r = runCli(["--in", dir, "--out", outPath("cached")]);
    expect(r.code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    // the page's entry sits in a folder of its own (the fingerprint's), and a second build reads it
    // back instead of writing it again
    const entry = readdirSync(cacheDir, { recursive: true })
      .map(String)
      .find((f) => path.basename(f) === key);
    expect(entry && path.dirname(entry)).toMatch(/^[0-9a-f]{16}$/);
    const written = statSync(path.join(cacheDir, entry as string)).mtimeMs;
    const again = runCli(["--in", dir, "--out", outPath("cached-again")]);
    expect(again.code).toBe(0);
    expect(statSync(path.join(cacheDir, entry as string)).mtimeMs).toBe(written);
    expect(readFileSync(outPath("cached-again"), "utf8")).toBe(readFileSync(outPath("cached"), "utf8"));
  });
});

describe("build-dataset: good pages", () => {
  it("exits 0, writes a valid dataset and prints one line per page and a total", () => {
    const dir = folder({
      "a.txt": { copy: SAMPLE },
      "b.txt": { copy: GB18030_PAGE },
      "notes.md": "not a page",
    });
    const out = outPath("good");
    const r = runCli(["--in", dir, "--out", out, "--no-cache"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const ds = readDataset(out);
    expect(ds.sources.map((s) => [s.file, s.status])).toEqual([
      ["a.txt", "ok"],
      ["b.txt", "ok"],
    ]);
    expect(ds.sources[1]?.encoding).toBe("gb18030");
    expect(ds.records.length).toBe(ds.sources.reduce((n, s) => n + s.records, 0));
    expect(ds.records.length).toBeGreaterThan(2);
    // plain lines, not a progress bar, when stdout is not a terminal
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ok\s+\d+ records\s+a\.txt$/u);
    expect(lines[1]).toMatch(/^ok\s+1 records\s+b\.txt$/u);
    expect(lines[2]).toMatch(/^total: 2 pages, \d+ records, 0 with warnings, 0 failed -> /u);
  });

  it("creates the output folder when it does not exist", () => {
    const out = path.join(work, "deep/er/dataset.json");
    const r = runCli(["--in", folder({ "a.txt": { copy: SAMPLE } }), "--out", out, "--no-cache"]);
    expect(r.code).toBe(0);
    expect(readDataset(out).records.length).toBeGreaterThan(0);
  });

  it("--help prints usage to stdout and exits 0 without building anything", () => {
    for (const flag of ["--help", "-h"]) {
      const r = runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/^Usage: npm run data -- /u);
      for (const word of ["--in", "--out", "--strict", "--no-cache", "not recursive", "Exit codes"]) {
        expect(r.stdout).toContain(word);
      }
    }
  });
});

describe("build-dataset: bad arguments exit 2 with a message and no stack trace", () => {
  const good = () => folder({ "a.txt": { copy: SAMPLE } });
  it.each([
    { name: "unknown flag", args: () => ["--bogus"], message: /error: Unknown option '--bogus'/u },
    { name: "unknown short flag", args: () => ["-x"], message: /error: Unknown option '-x'/u },
    { name: "positional argument", args: () => [good()], message: /error: .*positional/iu },
    { name: "--in without a value", args: () => ["--in"], message: /error: Option '--in <value>'/u },
    {
      name: "missing --in folder",
      args: () => ["--in", path.join(work, "no-such-folder")],
      message: /error: cannot read --in .*no-such-folder.*(ENOENT|no such file)/u,
    },
    {
      name: "--in is a file",
      args: () => ["--in", SAMPLE],
      message: /error: --in .*000_ba35e313d3dcb2c4\.txt is not a folder/u,
    },
    {
      name: "--out is a folder",
      args: () => ["--in", good(), "--out", work],
      message: /error: cannot write --out .*atlas-cli-.*EISDIR/u,
    },
  ])("$name", ({ args, message }) => {
    const r = runCli(["--no-cache", ...args()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.all).not.toMatch(STACK_LINE);
  });

  it("writes nothing when the arguments are bad", () => {
    const out = outPath("bad-args");
    const r = runCli(["--in", good(), "--out", out, "--bogus"]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe("build-dataset: --strict and nothing usable", () => {
  const goodBytes = readFileSync(SAMPLE);
  // the sample plus the first two of the three bytes of 工: readable, with a warning
  const withTrailingChar = Buffer.concat([goodBytes, Buffer.from("工", "utf8").subarray(0, 2)]);

  it("a page with a warning: exit 0 normally, exit 1 with --strict, dataset written both times", () => {
    const dir = folder({ "a.txt": goodBytes, "b.txt": withTrailingChar });
    for (const [flags, code] of [
      [[], 0],
      [["--strict"], 1],
    ] as const) {
      const out = outPath(`warn-${code}`);
      const r = runCli(["--in", dir, "--out", out, "--no-cache", ...flags]);
      expect(r.code).toBe(code);
      expect(r.all).not.toMatch(STACK_LINE);
      const ds = readDataset(out);
      const b = ds.sources.find((s) => s.file === "b.txt");
      expect(b?.status).toBe("warning");
      expect(b?.messages.join("\n")).toMatch(/^b\.txt: UTF-8 text is cut off mid-character/u);
      expect(r.stdout).toMatch(/^warning\s+\d+ records\s+b\.txt\s+b\.txt: UTF-8 text is cut off/mu);
      expect(r.stdout).toMatch(/1 with warnings, 0 failed/u);
    }
  });

  it("a page with an error: exit 0 normally, exit 1 with --strict, the good page still in the dataset", () => {
    const dir = folder({ "a.txt": goodBytes, "empty.txt": "" });
    for (const [flags, code] of [
      [[], 0],
      [["--strict"], 1],
    ] as const) {
      const out = outPath(`error-${code}`);
      const r = runCli(["--in", dir, "--out", out, "--no-cache", ...flags]);
      expect(r.code).toBe(code);
      const ds = readDataset(out);
      expect(ds.sources.map((s) => s.status)).toEqual(["ok", "error"]);
      expect(ds.records.every((rec) => rec.source.file === "a.txt")).toBe(true);
      expect(r.stdout).toMatch(/0 with warnings, 1 failed/u);
    }
  });

  it("only bad pages: exit 1, and the dataset lists every page with its error", () => {
    const dir = folder({
      "empty.txt": "",
      "junk.txt": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
    });
    const out = outPath("nothing-usable");
    const r = runCli(["--in", dir, "--out", out, "--no-cache"]);
    expect(r.code).toBe(1);
    expect(r.all).not.toMatch(STACK_LINE);
    expect(r.stderr).toMatch(/error: no usable records/u);
    const ds = readDataset(out);
    expect(ds.records).toEqual([]);
    expect(ds.sources.map((s) => [s.file, s.status])).toEqual([
      ["empty.txt", "error"],
      ["junk.txt", "error"],
    ]);
  });

  it("an empty folder: exit 1 with a message naming the folder", () => {
    const dir = folder({});
    const r = runCli(["--in", dir, "--out", outPath("empty-folder"), "--no-cache"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: no *.txt pages in ${dir}`);
    expect(r.all).not.toMatch(STACK_LINE);
  });
});
