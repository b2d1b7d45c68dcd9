import { memo } from "react";
import type { FilterResult } from "../shared/filter-engine.ts";
import type { Lang } from "../shared/filters.ts";
import { formatCount, formatYuan } from "../shared/format.ts";
import type { Translate } from "../shared/i18n.ts";

/**
 * Programmes, cities, money and people for the current filter. Each card says in a few words what
 * it sums; the full rule (no double counting within a report) sits in a note under the cards.
 * Memoised: the dashboard re-renders it only when its props change.
 */
export const HeadlineFigures = memo(function HeadlineFigures({
  result,
  lang,
  t,
}: {
  result: FilterResult;
  lang: Lang;
  t: Translate;
}) {
  const figures = [
    {
      key: "programs",
      label: t("figPrograms"),
      value: formatCount(result.count, lang),
      note: t("figProgramsNote"),
    },
    {
      key: "cities",
      label: t("figCities"),
      value: formatCount(result.cityTotal, lang),
      note: t("figCitiesNote"),
    },
    {
      key: "money",
      label: t("figMoney"),
      value: formatYuan(result.moneyTotal, lang, { compact: true }),
      note: t("figMoneyShort", { n: result.withMoney }),
    },
    {
      key: "people",
      label: t("figPeople"),
      value: formatCount(result.peopleTotal, lang),
      note: t("figPeopleShort", { n: result.withPeople }),
    },
  ];
  return (
    <section className="figures" aria-label={t("figuresCaption")}>
      <dl className="figures__list">
        {figures.map((f) => (
          <div key={f.key} className="figure" data-figure={f.key}>
            <dt>{f.label}</dt>
            <dd className="figure__value">{f.value}</dd>
            <dd className="figure__note">{f.note}</dd>
          </div>
        ))}
      </dl>
      <details className="figures__how">
        <summary>{t("figuresHow")}</summary>
        <p>{t("figMoneyNote", { n: result.withMoney })}</p>
        <p>{t("figPeopleNote", { n: result.withPeople })}</p>
      </details>
    </section>
  );
});
