import type { Metric } from "./schema.ts";

/**
 * Search normal form: NFKC folds full-width Latin letters, digits and punctuation into their
 * half-width forms ("ＡＰＰ１２" -> "APP12", "，" -> ","), then lower-case. Chinese characters are
 * unchanged, so a reader typing either form finds both.
 */
export function normalizeForSearch(text: string): string {
  return ALREADY_NORMAL.test(text) ? text : text.normalize("NFKC").toLowerCase();
}

/**
 * Text made only of characters that NFKC and lower-casing leave as they are — CJK ideographs,
 * lower-case ASCII letters, digits, space and the Chinese punctuation that has no compatibility form
 * (“”‘’《》、。—·) — is already in search form: most headlines are, and 100k of them skip the
 * normaliser at load. (Full-width ，：（）！ and … do change, so they take the long way.)
 */
export const ALREADY_NORMAL =
  /^[\u4e00-\u9fffa-z0-9 \u201c\u201d\u2018\u2019\u300a\u300b\u3001\u3002\u2014\u00b7-]*$/;

/** Query text -> normalised terms, split on any whitespace (including the ideographic space U+3000). */
export function splitSearchTerms(query: string): string[] {
  return normalizeForSearch(query)
    .split(/\s+/u)
    .filter((t) => t.length > 0);
}

/** A piece of a paragraph: plain text, or the printed text of `metrics[metric]`. */
export interface TextSegment {
  text: string;
  /** index into the record's metrics, when this segment is that figure */
  metric: number | null;
}

export interface LocatedMetrics {
  /** per paragraph, its segments in order; joined they give the paragraph back unchanged */
  paragraphs: TextSegment[][];
  /** per metric: [paragraph index, character offset] where it was highlighted, or null if not found */
  positions: ([number, number] | null)[];
}

/**
 * Finds where each metric stands in the paragraphs. A figure like "40个" may be printed more than
 * once, so the metric's sentence (`quote`) is located first and the figure searched inside it; when
 * the quote is not found verbatim (the pipeline may tidy whitespace) the first unclaimed occurrence
 * of the figure is used. Overlapping figures keep the first one claimed.
 */
export function locateMetrics(paragraphs: readonly string[], metrics: readonly Metric[]): LocatedMetrics {
  const claimed: { p: number; start: number; end: number; metric: number }[] = [];
  const overlaps = (p: number, start: number, end: number) =>
    claimed.some((c) => c.p === p && start < c.end && c.start < end);

  const find = (metric: Metric): [number, number] | null => {
    const { text, quote } = metric;
    if (!text) return null;
    for (let p = 0; p < paragraphs.length; p++) {
      const para = paragraphs[p] ?? "";
      let q = quote ? para.indexOf(quote) : -1;
      while (q >= 0) {
        let t = para.indexOf(text, q);
        while (t >= 0 && t + text.length <= q + quote.length) {
          if (!overlaps(p, t, t + text.length)) return [p, t];
          t = para.indexOf(text, t + 1);
        }
        q = para.indexOf(quote, q + 1);
      }
    }
    for (let p = 0; p < paragraphs.length; p++) {
      const para = paragraphs[p] ?? "";
      let t = para.indexOf(text);
      while (t >= 0) {
        if (!overlaps(p, t, t + text.length)) return [p, t];
        t = para.indexOf(text, t + 1);
      }
    }
    return null;
  };

  const positions = metrics.map((metric, i) => {
    const at = find(metric);
    if (at) claimed.push({ p: at[0], start: at[1], end: at[1] + metric.text.length, metric: i });
    return at;
  });

  const segmented = paragraphs.map((para, p) => {
    const here = claimed.filter((c) => c.p === p).sort((a, b) => a.start - b.start);
    const segments: TextSegment[] = [];
    let at = 0;
    for (const c of here) {
      if (c.start > at) segments.push({ text: para.slice(at, c.start), metric: null });
      segments.push({ text: para.slice(c.start, c.end), metric: c.metric });
      at = c.end;
    }
    if (at < para.length || segments.length === 0) segments.push({ text: para.slice(at), metric: null });
    return segments;
  });
  return { paragraphs: segmented, positions };
}

/** Chinese names in pinyin order: one collator for the filter lists, the table and the city list. */
export const pinyinCollator = new Intl.Collator("zh-CN-u-co-pinyin");
