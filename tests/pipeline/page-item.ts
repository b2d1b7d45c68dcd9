import type { PageItem } from "../../src/pipeline/types.ts";

/** A segmented article for tests of the stages after segmentation. */
export const item = (title: string, paragraphs: string[], extra: Partial<PageItem> = {}): PageItem => ({
  kind: "article",
  title,
  subtitle: null,
  kicker: null,
  section: null,
  byline: { reporters: [], correspondents: [], photographers: [] },
  paragraphs,
  lines: [1, 1],
  ...extra,
});
