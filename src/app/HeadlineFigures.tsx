import type { FilterResult } from "../shared/filter-engine.ts";
import type { Lang } from "../shared/filters.ts";
import { formatCount, formatYuan } from "../shared/format.ts";
import type { Translate } from "../shared/i18n.ts";

/** Programmes, cities, money and people for the current filter, each saying what it sums. */
export function HeadlineFigures({ result, lang, t }: { result: FilterResult; lang: Lang; t: Translate }) {
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
      note: t("figMoneyNote", { n: result.withMoney }),
    },
    {
      key: "people",
      label: t("figPeople"),
      value: formatCount(result.peopleTotal, lang),
      note: t("figPeopleNote", { n: result.withPeople }),
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
    </section>
  );
}
