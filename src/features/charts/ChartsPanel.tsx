import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from "react";
import type { FilterIndex, FilterResult } from "../../shared/filter-engine.ts";
import type { Filters, FiltersChange, Lang } from "../../shared/filters.ts";
import { formatCount, formatYuan } from "../../shared/format.ts";
import type { Translate } from "../../shared/i18n.ts";
import type { Dataset } from "../../shared/schema.ts";
import { CategoryBarChart } from "./CategoryBarChart.tsx";
import { ChartCard, type ChartCardProps } from "./ChartCard.tsx";
import {
  type ChartRow,
  monthRange,
  monthRows,
  placeLevel,
  placeRows,
  TOP_PLACES,
  typeRows,
} from "./chart-data.ts";
import { MonthBarChart } from "./MonthBarChart.tsx";

export interface ChartsPanelProps {
  result: FilterResult;
  index: FilterIndex;
  filters: Filters;
  taxonomy: Dataset["taxonomy"];
  lang: Lang;
  t: Translate;
  onChange: FiltersChange;
  onDownloadCsv: ChartCardProps["onDownloadCsv"];
}

const COUNT_COLOR = "#2f6f73";
const MONEY_COLOR = "#a55a24";

/** The five charts; all of them read the one filter result, and a bar click narrows the filter. */
export default function ChartsPanel({
  result,
  index,
  filters,
  taxonomy,
  lang,
  t,
  onChange,
  onDownloadCsv,
}: ChartsPanelProps) {
  const count = (v: number) => formatCount(v, lang);
  const yuan = (v: number) => formatYuan(v, lang);
  // A category chart: its card (title, notes, CSV, data table) around the HTML bars.
  const categoryCard = (card: {
    id: string;
    title: string;
    note: string | null;
    rows: readonly ChartRow[];
    labelHeader: string;
    measure: "count" | "money";
    onPick: (row: ChartRow) => void;
    csvName: string;
  }) => {
    const money = card.measure === "money";
    const formatValue = money ? yuan : count;
    return (
      <ChartCard
        id={card.id}
        title={card.title}
        unit={t(money ? "unitYuan" : "unitPrograms")}
        notes={[card.note]}
        rows={card.rows}
        labelHeader={card.labelHeader}
        valueHeader={t(money ? "colMoney" : "colCount")}
        formatValue={formatValue}
        onPick={card.onPick}
        csvName={card.csvName}
        onDownloadCsv={onDownloadCsv}
        t={t}
        accessibleDrawing
      >
        <CategoryBarChart
          rows={card.rows}
          label={card.title}
          color={money ? MONEY_COLOR : COUNT_COLOR}
          formatValue={formatValue}
          onPick={card.onPick}
        />
      </ChartCard>
    );
  };

  const types = typeRows(result.typeCounts, index, taxonomy, lang);
  const moneyTypes = typeRows(result.moneyByType, index, taxonomy, lang);
  const places = placeRows(result, index, filters, "count");
  const moneyPlaces = placeRows(result, index, filters, "money");
  const months = useMemo(() => monthRows(result, index), [result, index]);
  const { level, province } = placeLevel(filters, index);

  const pickType = (row: ChartRow) => onChange({ ...filters, types: [row.key] });
  const pickPlace = (row: ChartRow) =>
    onChange(
      level === "province"
        ? { ...filters, province: row.key, city: null }
        : { ...filters, province, city: row.key },
    );
  const pickMonth = (row: ChartRow) => onChange({ ...filters, ...monthRange(row.key) });
  // The memoised timeline keeps one click handler, which always applies the current filters.
  const latestPickMonth = useRef(pickMonth);
  useLayoutEffect(() => {
    latestPickMonth.current = pickMonth;
  });
  const stablePickMonth = useCallback((row: ChartRow) => latestPickMonth.current(row), []);

  const placeTitle =
    level === "province" ? t("chartByProvince") : t("chartByCity", { province: province ?? "" });
  const moneyPlaceTitle =
    level === "province" ? t("chartMoneyByProvince") : `${t("figMoney")} · ${placeTitle}`;
  const topNote = (total: number) => (total > TOP_PLACES ? t("topNote", { n: TOP_PLACES }) : null);
  const placeHeader = level === "province" ? t("province") : t("city");

  return (
    <>
      <p className="hint charts-hint">{t("clickBarHint")}</p>
      <div className="charts-grid">
        {categoryCard({
          id: "chart-type",
          title: t("chartByType"),
          note: t("multiTypeNote"),
          rows: types,
          labelHeader: t("programmeType"),
          measure: "count",
          onPick: pickType,
          csvName: "programmes-by-type",
        })}
        {categoryCard({
          id: "chart-place",
          title: placeTitle,
          note: topNote(places.total),
          rows: places.rows,
          labelHeader: placeHeader,
          measure: "count",
          onPick: pickPlace,
          csvName: `programmes-by-${level}`,
        })}
        <TimelineCard
          months={months}
          undated={result.undated}
          lang={lang}
          t={t}
          onPick={stablePickMonth}
          onDownloadCsv={onDownloadCsv}
        />
        {categoryCard({
          id: "chart-money-type",
          title: t("chartMoneyByType"),
          note: t("multiTypeNote"),
          rows: moneyTypes,
          labelHeader: t("programmeType"),
          measure: "money",
          onPick: pickType,
          csvName: "money-by-type",
        })}
        {categoryCard({
          id: "chart-money-place",
          title: moneyPlaceTitle,
          note: topNote(moneyPlaces.total),
          rows: moneyPlaces.rows,
          labelHeader: placeHeader,
          measure: "money",
          onPick: pickPlace,
          csvName: `money-by-${level}`,
        })}
      </div>
    </>
  );
}

/**
 * The timeline is the one chart drawn by Recharts: ~100 bars, 25-30 ms to redraw at 100k records
 * (an A/B of bench-app runs, BENCHMARKS.md). Its drawing follows a filter change a frame behind (low
 * priority, interruptible), so that a click updates the figures and the other charts at once; the
 * card says data-stale until it has caught up. The deferred value lives here, in a memoised card, so
 * that catching up re-renders this card alone, not the whole panel.
 */
const TimelineCard = memo(function TimelineCard({
  months,
  undated,
  lang,
  t,
  onPick,
  onDownloadCsv,
}: {
  months: readonly ChartRow[];
  undated: number;
  lang: Lang;
  t: Translate;
  onPick: (row: ChartRow) => void;
  onDownloadCsv: ChartCardProps["onDownloadCsv"];
}) {
  const shownMonths = useDeferredValue(months);
  const count = useCallback((v: number) => formatCount(v, lang), [lang]);
  return (
    <ChartCard
      id="chart-month"
      wide
      stale={shownMonths !== months}
      title={t("chartOverTime")}
      unit={t("unitPrograms")}
      notes={[undated > 0 ? t("undatedNote", { n: undated }) : null]}
      rows={months}
      labelHeader={t("colMonth")}
      valueHeader={t("colCount")}
      formatValue={count}
      onPick={onPick}
      csvName="programmes-by-month"
      onDownloadCsv={onDownloadCsv}
      t={t}
    >
      <MonthBarChart
        rows={shownMonths}
        seriesName={t("colCount")}
        color={COUNT_COLOR}
        lang={lang}
        onPick={onPick}
      />
    </ChartCard>
  );
});
