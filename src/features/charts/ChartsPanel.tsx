import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from "react";
import type { FilterIndex, FilterResult } from "../../shared/filter-engine.ts";
import type { Filters, FiltersChange, Lang } from "../../shared/filters.ts";
import { formatCount, formatYuan } from "../../shared/format.ts";
import type { Translate } from "../../shared/i18n.ts";
import type { Dataset } from "../../shared/schema.ts";
import { CategoryBarChart } from "./CategoryBarChart.tsx";
import { ChartCard } from "./ChartCard.tsx";
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

type CsvRow = Record<string, string | number | null>;

export interface ChartsPanelProps {
  result: FilterResult;
  index: FilterIndex;
  filters: Filters;
  taxonomy: Dataset["taxonomy"];
  lang: Lang;
  t: Translate;
  onChange: FiltersChange;
  onDownloadCsv: (filename: string, rows: CsvRow[]) => void;
}

const COUNT_COLOR = "#2f6f73";
const MONEY_COLOR = "#a55a24";

/** The four charts; all of them read the one filter result, and a bar click narrows the filter. */
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
  const csv = (name: string, rows: readonly ChartRow[], labelHeader: string, valueHeader: string) => () =>
    onDownloadCsv(
      `${name}.csv`,
      rows.map((r) => ({ key: r.key, [labelHeader]: r.label, [valueHeader]: r.value })),
    );

  const types = typeRows(result.typeCounts, index, taxonomy, lang);
  const moneyTypes = typeRows(result.moneyByType, index, taxonomy, lang);
  const places = placeRows(result, index, filters, "count");
  const moneyPlaces = placeRows(result, index, filters, "money");
  // The timeline is the one chart drawn by Recharts: ~100 bars, 25-30 ms to redraw at 100k records
  // here. It follows a frame behind (low priority, interruptible) so that a click updates the figures
  // and the other charts at once; its card says data-stale until it has caught up.
  const months = useMemo(() => monthRows(result, index), [result, index]);
  const shownMonths = useDeferredValue(months);
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
        <ChartCard
          id="chart-type"
          title={t("chartByType")}
          unit={t("unitPrograms")}
          notes={[t("multiTypeNote")]}
          rows={types}
          labelHeader={t("programmeType")}
          valueHeader={t("colCount")}
          formatValue={count}
          onPick={pickType}
          onDownload={csv("programmes-by-type", types, t("programmeType"), t("colCount"))}
          t={t}
          accessibleDrawing
        >
          <CategoryBarChart
            rows={types}
            label={t("chartByType")}
            color={COUNT_COLOR}
            formatValue={count}
            onPick={pickType}
          />
        </ChartCard>
        <ChartCard
          id="chart-place"
          title={placeTitle}
          unit={t("unitPrograms")}
          notes={[topNote(places.total)]}
          rows={places.rows}
          labelHeader={placeHeader}
          valueHeader={t("colCount")}
          formatValue={count}
          onPick={pickPlace}
          onDownload={csv(`programmes-by-${level}`, places.rows, placeHeader, t("colCount"))}
          t={t}
          accessibleDrawing
        >
          <CategoryBarChart
            rows={places.rows}
            label={placeTitle}
            color={COUNT_COLOR}
            formatValue={count}
            onPick={pickPlace}
          />
        </ChartCard>
        <ChartCard
          id="chart-month"
          wide
          stale={shownMonths !== months}
          title={t("chartOverTime")}
          unit={t("unitPrograms")}
          notes={[result.undated > 0 ? t("undatedNote", { n: result.undated }) : null]}
          rows={months}
          labelHeader={t("colMonth")}
          valueHeader={t("colCount")}
          formatValue={count}
          onPick={pickMonth}
          onDownload={csv("programmes-by-month", months, t("colMonth"), t("colCount"))}
          t={t}
        >
          <MonthBarChart
            rows={shownMonths}
            seriesName={t("colCount")}
            color={COUNT_COLOR}
            lang={lang}
            onPick={stablePickMonth}
          />
        </ChartCard>
        <ChartCard
          id="chart-money-type"
          title={t("chartMoneyByType")}
          unit={t("unitYuan")}
          notes={[t("multiTypeNote")]}
          rows={moneyTypes}
          labelHeader={t("programmeType")}
          valueHeader={t("colMoney")}
          formatValue={yuan}
          onPick={pickType}
          onDownload={csv("money-by-type", moneyTypes, t("programmeType"), t("colMoney"))}
          t={t}
          accessibleDrawing
        >
          <CategoryBarChart
            rows={moneyTypes}
            label={t("chartMoneyByType")}
            color={MONEY_COLOR}
            formatValue={yuan}
            onPick={pickType}
          />
        </ChartCard>
        <ChartCard
          id="chart-money-place"
          title={moneyPlaceTitle}
          unit={t("unitYuan")}
          notes={[topNote(moneyPlaces.total)]}
          rows={moneyPlaces.rows}
          labelHeader={placeHeader}
          valueHeader={t("colMoney")}
          formatValue={yuan}
          onPick={pickPlace}
          onDownload={csv(`money-by-${level}`, moneyPlaces.rows, placeHeader, t("colMoney"))}
          t={t}
          accessibleDrawing
        >
          <CategoryBarChart
            rows={moneyPlaces.rows}
            label={moneyPlaceTitle}
            color={MONEY_COLOR}
            formatValue={yuan}
            onPick={pickPlace}
          />
        </ChartCard>
      </div>
    </>
  );
}
