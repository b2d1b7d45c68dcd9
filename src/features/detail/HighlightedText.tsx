import type { Metric } from "../../shared/schema.ts";
import type { TextSegment } from "../../shared/text.ts";

/** One paragraph; each extracted figure is a <mark> where it stands. Text nodes only, never HTML. */
export function HighlightedParagraph({
  segments,
  metrics,
  describe,
}: {
  segments: readonly TextSegment[];
  metrics: readonly Metric[];
  describe: (m: Metric) => string;
}) {
  // Segments never reorder; each one's offset in the paragraph is a stable key.
  let offset = 0;
  const keyed = segments.map((s) => {
    const key = offset;
    offset += s.text.length;
    return { ...s, key };
  });
  return (
    <p>
      {keyed.map((s) => {
        const metric = s.metric === null ? undefined : metrics[s.metric];
        if (!metric || s.metric === null) return <span key={s.key}>{s.text}</span>;
        return (
          <mark
            key={s.key}
            id={`figure-${s.metric}`}
            className={`figure-mark figure-mark--${metric.kind}`}
            title={describe(metric)}
          >
            {s.text}
            <sup className="figure-mark__n">{s.metric + 1}</sup>
          </mark>
        );
      })}
    </p>
  );
}
