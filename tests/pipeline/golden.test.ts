// The sample page through the whole pure pipeline, compared with a reviewed copy of its dataset.
// A change anywhere in segmenting, places, dates, figures or labels shows up here as a diff.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assembleDataset, serializeDataset } from "../../src/pipeline/assemble.ts";
import { processPage } from "../../src/pipeline/process-page.ts";

const PAGES = ["000_ba35e313d3dcb2c4.txt"];
const update = process.env.UPDATE_GOLDEN === "1";

describe("golden dataset", () => {
  it.each(PAGES)("%s", (file) => {
    const name = file.replace(/\.txt$/u, "");
    const goldenUrl = new URL(`../golden/${name}.dataset.json`, import.meta.url);
    const changedUrl = new URL(`../golden/${name}.changed.json`, import.meta.url);
    const bytes = readFileSync(new URL(`../../data/articles/${file}`, import.meta.url));

    const dataset = assembleDataset([processPage(file, bytes)]);
    serializeDataset(dataset); // validates against the schema, throws on a pipeline bug
    const actual = `${JSON.stringify(dataset, null, 2)}\n`;

    if (update) {
      writeFileSync(goldenUrl, actual);
      rmSync(changedUrl, { force: true });
      return;
    }
    const expected = existsSync(goldenUrl) ? readFileSync(goldenUrl, "utf8") : null;
    if (actual === expected) {
      rmSync(changedUrl, { force: true });
      return;
    }
    writeFileSync(changedUrl, actual);
    const hint =
      `${file}: output differs from tests/golden/${name}.dataset.json; the new output is in ` +
      `tests/golden/${name}.changed.json. If the change is intended, review the diff and run ` +
      "UPDATE_GOLDEN=1 npx vitest run tests/pipeline/golden.test.ts";
    expect(expected, hint).not.toBeNull();
    expect(JSON.parse(actual), hint).toEqual(JSON.parse(expected ?? "null"));
    // same data, different bytes (key order, formatting): still a change in what the pipeline writes
    expect(actual, hint).toBe(expected);
  });
});
