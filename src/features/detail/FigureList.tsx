import type { Translate } from "../../shared/i18n.ts";
import type { Metric } from "../../shared/schema.ts";

export function FigureList({
  metrics,
  positions,
  describe,
  t,
}: {
  metrics: readonly Metric[];
  positions: readonly ([number, number] | null)[];
  describe: (m: Metric) => string;
  t: Translate;
}) {
  if (metrics.length === 0) return null;
  return (
    <section className="detail__figures" aria-labelledby="detail-figures">
      <h3 id="detail-figures">{t("figures")}</h3>
      <ol className="figure-list">
        {metrics.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a figure's number is its identity (the superscript in the text)
          <li key={i} value={i + 1}>
            <span className={`figure-mark figure-mark--${m.kind}`}>{m.text}</span>
            <span className="figure-list__what">{describe(m)}</span>
            {positions[i] ? null : <span className="figure-list__missing">({t("figureNotFound")})</span>}
            <q className="figure-list__quote">{m.quote}</q>
          </li>
        ))}
      </ol>
    </section>
  );
}
