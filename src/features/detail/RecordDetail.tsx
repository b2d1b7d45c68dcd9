import { type ReactNode, use } from "react";
import { placeLabel } from "../../shared/aggregate.ts";
import type { Lang } from "../../shared/filters.ts";
import { formatCount, formatDate, formatYuan } from "../../shared/format.ts";
import { type Translate, taxonomyLabel } from "../../shared/i18n.ts";
import type { Dataset, DatasetRecord, Metric } from "../../shared/schema.ts";
import { locateMetrics } from "../../shared/text.ts";
import { FigureList } from "./FigureList.tsx";
import { HighlightedParagraph } from "./HighlightedText.tsx";

const QUALIFIER = {
  zh: { exact: "", approx: "约", over: "超过", under: "不足" },
  en: { exact: "", approx: "about ", over: "over ", under: "under " },
};

export function metricDescription(m: Metric, lang: Lang): string {
  // four digits after 万: the normalised value reads back exactly as printed (34050 -> 3.405万)
  const amount =
    m.kind === "money"
      ? formatYuan(m.value, lang, { digits: 4 })
      : `${formatCount(m.value, lang, { digits: 4 })}${lang === "zh" ? m.unit : ` ${m.unit}`}`;
  const q = QUALIFIER[lang][m.qualifier];
  return [m.label, `${q}${amount}`].filter(Boolean).join(lang === "zh" ? ":" : ": ");
}

/** Stable identity, so React calls it once when the title appears, not on every render. */
const focusOnAttach = (el: HTMLElement | null) => el?.focus();

export interface RecordDetailProps {
  record: Promise<DatasetRecord | null>;
  taxonomy: Dataset["taxonomy"];
  lang: Lang;
  t: Translate;
  actions: ReactNode;
}

/** Everything about one report, with the figures marked in the text where they were printed. */
export function RecordDetail({ record: pending, taxonomy, lang, t, actions }: RecordDetailProps) {
  const record = use(pending);
  if (!record) return <p className="empty">{t("detailMissing")}</p>;
  const r = record;
  const describe = (m: Metric) => metricDescription(m, lang);
  const located = locateMetrics(r.paragraphs, r.metrics);
  const byline = [
    [t("reporters"), r.byline.reporters],
    [t("correspondents"), r.byline.correspondents],
    [t("photographers"), r.byline.photographers],
  ] as const;
  const place = r.place ? placeLabel(r.place) : null;

  return (
    <article className="detail" lang="zh-CN">
      <header className="detail__head">
        {r.section ? <p className="detail__section">{r.section}</p> : null}
        {r.kicker ? <p className="detail__kicker">{r.kicker}</p> : null}
        {/* focused when the report has loaded, so a screen reader starts at its title */}
        <h2 id="detail-title" className="detail__title" tabIndex={-1} ref={focusOnAttach}>
          {r.kind === "photo" ? <span className="tag tag--photo">{t("photo")}</span> : null}
          {r.title}
        </h2>
        {r.subtitle ? <p className="detail__subtitle">{r.subtitle}</p> : null}
      </header>
      <div className="detail__actions" lang={lang === "zh" ? "zh-CN" : "en"}>
        {actions}
      </div>
      <dl className="detail__meta" lang={lang === "zh" ? "zh-CN" : "en"}>
        <div>
          <dt>{t("date")}</dt>
          <dd>{formatDate(r.date, lang)}</dd>
        </div>
        <div>
          <dt>{t("place")}</dt>
          <dd>{place ?? t("none")}</dd>
        </div>
        <div>
          <dt>{t("organizer")}</dt>
          <dd>{r.organizer ?? t("none")}</dd>
        </div>
        {byline
          .filter(([, names]) => names.length > 0)
          .map(([label, names]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{names.join("、")}</dd>
            </div>
          ))}
        <div>
          <dt>{t("types")}</dt>
          <dd>
            <ul className="tags">
              {r.types.map((id) => (
                <li key={id} className="tag">
                  {taxonomyLabel(taxonomy.types, id, lang)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t("groups")}</dt>
          <dd>
            <ul className="tags">
              {r.beneficiaries.map((id) => (
                <li key={id} className="tag tag--group">
                  {taxonomyLabel(taxonomy.beneficiaries, id, lang)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="detail__meta-wide">
          <dt>{t("source")}</dt>
          <dd className="detail__source">
            {t("sourceLines", { file: r.source.file, from: r.source.lines[0], to: r.source.lines[1] })}
          </dd>
        </div>
      </dl>
      <section className="detail__text" aria-labelledby="detail-text">
        <h3 id="detail-text">{t("fullText")}</h3>
        {located.paragraphs.map((segments, p) => (
          <HighlightedParagraph
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed text in reading order
            key={p}
            segments={segments}
            metrics={r.metrics}
            describe={describe}
          />
        ))}
      </section>
      <FigureList metrics={r.metrics} positions={located.positions} describe={describe} t={t} />
    </article>
  );
}
