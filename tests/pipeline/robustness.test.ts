// One folder of pages as they arrive from scanners, Windows exports, chat apps and broken copies, next to
// good pages: every file is accounted for in `sources`, the good ones come out as if they were alone.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processPage } from "../../src/pipeline/process-page.ts";
import { type Dataset, type DatasetRecord, parseDataset, type SourceEntry } from "../../src/shared/schema.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const fixture = (rel: string) => readFileSync(path.join(ROOT, rel));
const SAMPLE = fixture("data/articles/000_ba35e313d3dcb2c4.txt");
const GB18030_PAGE = fixture("tests/fixtures/pages/gb18030.txt");
const BOM_CRLF_PAGE = fixture("tests/fixtures/pages/bom-crlf.txt");
const STACK_LINE = /^\s+at\s.+(?:\(|:\d+)/mu;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** a line start in the middle of the sample, where a stray byte is put */
const LINE_START = SAMPLE.indexOf(0x0a, 2000) + 1;
/** copies of the sample in the large page: about 20 MB */
const BIG_COPIES = 1300;

/** Deterministic "random" bytes (mulberry32), so a failure can be replayed byte for byte. */
function junkBytes(length: number, seed: number, { nul }: { nul: boolean }): Buffer {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = nul ? Math.floor(next() * 256) : 1 + Math.floor(next() * 255);
  return out;
}

/** The sample re-encoded as GB18030 by the system's iconv, when there is one (null otherwise). */
function sampleAsGb18030(): Buffer | null {
  const r = spawnSync("iconv", ["-f", "UTF-8", "-t", "GB18030"], { input: SAMPLE });
  return r.status === 0 && r.stdout.length > 0 ? r.stdout : null;
}
const SAMPLE_GB18030 = sampleAsGb18030();

const crlf = (b: Buffer) => Buffer.from(b.toString("utf8").replace(/\n/gu, "\r\n"), "utf8");

interface Case {
  file: string;
  bytes: Buffer;
  status: SourceEntry["status"];
  encoding?: string;
  /** every message starts with "<file>: "; this matches the rest of one of them */
  message?: RegExp;
  /** the page reads exactly like the sample */
  likeSample?: boolean;
}

const cases: Case[] = [
  { file: "good.txt", bytes: SAMPLE, status: "ok", encoding: "utf-8", likeSample: true },
  { file: "gb18030.txt", bytes: GB18030_PAGE, status: "ok", encoding: "gb18030" },
  {
    // the fixture ends "。\n" = A1 A3 0A: dropping two bytes leaves a lone lead byte
    file: "gb18030-cut.txt",
    bytes: GB18030_PAGE.subarray(0, GB18030_PAGE.length - 2),
    status: "warning",
    encoding: "gb18030",
    message: /^GB18030 text is cut off mid-character at the end: the last 1 byte\(s\) were dropped/u,
  },
  ...(SAMPLE_GB18030
    ? [
        {
          file: "sample-gb18030.txt",
          bytes: SAMPLE_GB18030,
          status: "ok",
          encoding: "gb18030",
          likeSample: true,
        } as const,
      ]
    : []),
  { file: "bom-crlf.txt", bytes: BOM_CRLF_PAGE, status: "ok", encoding: "utf-8" },
  { file: "bom.txt", bytes: Buffer.concat([BOM, SAMPLE]), status: "ok", encoding: "utf-8", likeSample: true },
  { file: "crlf.txt", bytes: crlf(SAMPLE), status: "ok", encoding: "utf-8", likeSample: true },
  {
    file: "utf8-cut.txt",
    bytes: Buffer.concat([SAMPLE, Buffer.from("工", "utf8").subarray(0, 2)]),
    status: "warning",
    encoding: "utf-8",
    message: /^UTF-8 text is cut off mid-character at the end: the last 2 byte\(s\)/u,
    likeSample: true,
  },
  {
    // one stray byte in the middle of a UTF-8 page: the page is kept, the byte replaced and reported
    file: "utf8-bad-byte.txt",
    bytes: Buffer.concat([SAMPLE.subarray(0, LINE_START), Buffer.from([0xff]), SAMPLE.subarray(LINE_START)]),
    status: "warning",
    encoding: "utf-8",
    message: new RegExp(
      `^invalid UTF-8 byte 0xFF at offset ${LINE_START} in otherwise valid UTF-8 text`,
      "u",
    ),
  },
  {
    // the sample opens "\n\n浙": dropping 3 bytes leaves the last two bytes of 浙 at the start
    file: "utf8-cut-start.txt",
    bytes: SAMPLE.subarray(3),
    status: "warning",
    encoding: "utf-8",
    message: /^invalid UTF-8 byte 0x[0-9A-F]{2} at offset 0 in otherwise valid UTF-8 text/u,
  },
  { file: "empty.txt", bytes: Buffer.alloc(0), status: "error", message: /^empty file \(0 bytes\)$/u },
  {
    file: "bom-only.txt",
    bytes: BOM,
    status: "error",
    message: /^empty file: only a UTF-8 byte-order mark$/u,
  },
  {
    file: "blank.txt",
    bytes: Buffer.from(" \n\t\r\n\u3000\r\n", "utf8"),
    status: "error",
    message: /^file contains only whitespace \(\d+ bytes\)$/u,
  },
  {
    file: "junk.txt",
    bytes: junkBytes(4096, 42, { nul: true }),
    status: "error",
    message: /^binary data, not text: NUL byte at offset \d+$/u,
  },
  {
    file: "junk-no-nul.txt",
    bytes: junkBytes(4096, 7, { nul: false }),
    status: "error",
    message: /^(?:not readable text: neither UTF-8 .* nor GB18030|binary data, not text)/u,
  },
  {
    file: "utf16.txt",
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("工会送温暖\n", "utf16le")]),
    status: "error",
    message: /^UTF-16 text/u,
  },
  {
    file: "front-matter.txt",
    bytes: Buffer.concat([Buffer.from("---\nsource: 工人日报\ndate: 2026-02-30\n---\n", "utf8"), SAMPLE]),
    status: "warning",
    encoding: "utf-8",
    message: /^front matter line 3: date "2026-02-30" is not a valid YYYY-MM-DD date; ignored$/u,
  },
  {
    file: "no-article.txt",
    bytes: Buffer.from("3\n\n——\n", "utf8"),
    status: "error",
    encoding: "utf-8",
    message: /^no article or photo caption found in the text$/u,
  },
  {
    // page furniture between articles: skipped with a warning, the articles kept
    file: "stray-marks.txt",
    bytes: Buffer.concat([Buffer.from("“\n\n\n", "utf8"), SAMPLE]),
    status: "warning",
    encoding: "utf-8",
    message: /^line 1: "“" has no words; skipped$/u,
  },
];

/** the fields of a record that do not depend on the file name or the line numbers */
const content = (r: DatasetRecord) => {
  const { id: _id, source: _source, ...rest } = r;
  return rest;
};

describe("build-dataset on a folder of bad pages next to good ones", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), "atlas-robust-"));
  const dir = path.join(work, "pages");
  const out = path.join(work, "dataset.json");
  let run: { code: number | null; stdout: string; stderr: string; seconds: number };
  let dataset: Dataset;
  let bigSize = 0;

  beforeAll(() => {
    mkdirSync(dir);
    for (const c of cases) writeFileSync(path.join(dir, c.file), c.bytes);
    mkdirSync(path.join(dir, "folder.txt")); // a folder with a page's name
    writeFileSync(path.join(dir, "readme.md"), "not a page"); // not *.txt: ignored
    const copies = Array.from({ length: BIG_COPIES }, () => SAMPLE.toString("utf8"));
    writeFileSync(path.join(dir, "big.txt"), copies.join("\n\n"));
    bigSize = statSync(path.join(dir, "big.txt")).size;

    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/pipeline/build-dataset.ts", "--in", dir, "--out", out, "--no-cache"],
      { cwd: ROOT, encoding: "utf8", timeout: 280_000, maxBuffer: 64 * 1024 * 1024 },
    );
    run = {
      code: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      seconds: (performance.now() - started) / 1000,
    };
    const parsed = parseDataset(JSON.parse(readFileSync(out, "utf8")));
    if (!parsed.ok) throw new Error(parsed.error);
    dataset = parsed.value;
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const source = (file: string) => {
    const s = dataset.sources.find((x) => x.file === file);
    if (!s) throw new Error(`${file} is missing from sources`);
    return s;
  };
  const recordsOf = (file: string) => dataset.records.filter((r) => r.source.file === file);

  it("exits 0 without --strict, prints no stack trace, and lists every *.txt entry once", () => {
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).toBe("");
    expect(dataset.sources.map((s) => s.file).sort()).toEqual(
      [...cases.map((c) => c.file), "big.txt", "folder.txt"].sort(),
    );
    for (const s of dataset.sources) {
      expect(run.stdout).toMatch(
        new RegExp(`^${s.status}\\s+${s.records} records\\s+${s.file.replace(".", "\\.")}`, "mu"),
      );
    }
  });

  it.each(cases)("$file: status $status, a message naming the file and the problem", (c) => {
    const s = source(c.file);
    expect(s.status).toBe(c.status);
    if (c.encoding) expect(s.encoding).toBe(c.encoding);
    expect(s.records).toBe(recordsOf(c.file).length);
    for (const m of s.messages) expect(m.startsWith(`${c.file}: `)).toBe(true);
    if (c.status === "ok") expect(s.messages).toEqual([]);
    else {
      expect(s.messages.length).toBeGreaterThan(0);
      const rests = s.messages.map((m) => m.slice(c.file.length + 2));
      expect(
        rests.some((m) => (c.message ?? /./u).test(m)),
        rests.join("\n"),
      ).toBe(true);
    }
    if (c.status === "error") expect(s.records).toBe(0);
    else expect(s.records).toBeGreaterThan(0);
  });

  it("good pages come out exactly as when processed alone", () => {
    const alone = processPage("good.txt", SAMPLE);
    expect(source("good.txt")).toEqual(alone.source);
    expect(recordsOf("good.txt")).toEqual(alone.records);
    for (const c of cases.filter((x) => x.likeSample)) {
      expect(recordsOf(c.file).map(content), c.file).toEqual(alone.records.map(content));
    }
    // the CRLF copy points at the same lines as the LF original
    expect(recordsOf("crlf.txt").map((r) => r.source.lines)).toEqual(
      alone.records.map((r) => r.source.lines),
    );
  });

  it("the GB18030 and BOM+CRLF pages are read", () => {
    expect(
      recordsOf("gb18030.txt")
        .map((r) => r.title)
        .join(),
    ).toContain("爱心托管班");
    expect(source("bom-crlf.txt").publication).toEqual({ source: "工人日报", date: "2025-08-01" });
    for (const r of recordsOf("bom-crlf.txt")) {
      expect(JSON.stringify(r)).not.toMatch(/\\r|\uFEFF/u);
    }
  });

  it("a folder named like a page is reported, not fatal", () => {
    const s = source("folder.txt");
    expect(s.status).toBe("error");
    expect(s.messages[0]).toMatch(/^folder\.txt: .*(folder|director)/iu);
  });

  it("the ~20 MB page is processed and accounted for", () => {
    const s = source("big.txt");
    const perCopy = processPage("good.txt", SAMPLE).records.length;
    console.log(
      `large page: ${(bigSize / 1e6).toFixed(1)} MB, ${s.records} records; whole build ${run.seconds.toFixed(1)} s`,
    );
    expect(bigSize).toBeGreaterThan(20e6);
    expect(s.status).toBe("ok");
    expect(s.records).toBe(BIG_COPIES * perCopy);
    const ids = new Set(recordsOf("big.txt").map((r) => r.id));
    expect(ids.size).toBe(s.records);
  });

  it("with --strict the same folder exits 1 and still writes the dataset", () => {
    // without the large page, to keep this quick
    const small = path.join(work, "small");
    mkdirSync(small);
    for (const c of cases) writeFileSync(path.join(small, c.file), c.bytes);
    const strictOut = path.join(work, "strict.json");
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/pipeline/build-dataset.ts",
        "--in",
        small,
        "--out",
        strictOut,
        "--strict",
        "--no-cache",
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
    );
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
    const parsed = parseDataset(JSON.parse(readFileSync(strictOut, "utf8")));
    expect(parsed.ok && parsed.value.sources.length).toBe(cases.length);
  });
});
