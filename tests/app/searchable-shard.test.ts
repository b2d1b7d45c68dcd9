import { describe, expect, it } from "vitest";
import { searchableRecords } from "../../src/app/searchable-shard.ts";
import { encodeDetailShards } from "../../src/shared/compact-index.ts";
import { dataset } from "./test-utils.tsx";

const [shard] = encodeDetailShards(dataset.records, 1);
const good = () => JSON.parse(JSON.stringify(shard));

describe("searchableRecords (what the body-search worker accepts)", () => {
  it("a shard as the pipeline writes it", () => {
    expect(searchableRecords(good(), 0)?.map((r) => r.id)).toEqual(dataset.records.map((r) => r.id));
  });

  type Json = ReturnType<typeof good>;
  /** a copy with the first record changed */
  const withFirst = (change: (record: Json["records"][number]) => void) => (j: Json) => {
    change(j.records[0]);
    return j;
  };
  it.each([
    ["not an object", () => "shard"],
    ["another shard", (j: Json) => ({ ...j, shard: 3 })],
    ["another file", (j: Json) => ({ ...j, format: "x" })],
    ["records not a list", (j: Json) => ({ ...j, records: {} })],
    [
      "an id that is no string",
      withFirst((r) => {
        r.id = 5;
      }),
    ],
    [
      "paragraphs that are not strings",
      withFirst((r) => {
        r.paragraphs = [1];
      }),
    ],
    [
      "no byline",
      withFirst((r) => {
        delete r.byline;
      }),
    ],
    [
      "a reporter that is no string",
      withFirst((r) => {
        r.byline.reporters = [{}];
      }),
    ],
  ] as const)("rejects %s", (_name, mutate) => {
    expect(searchableRecords(mutate(good()), 0)).toBeNull();
  });
});
