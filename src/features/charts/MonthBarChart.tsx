import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, useXAxisScale, useYAxisScale, XAxis, YAxis } from "recharts";
import type { Lang } from "../../shared/filters.ts";
import { formatMonth } from "../../shared/format.ts";
import type { ChartRow } from "./chart-data.ts";

/** Recharts' default gap between bars (10% of the band on each side) and the widest bar drawn. */
const BAR_FILL_OF_BAND = 0.8;
const MAX_BAR = 40;

/**
 * The bars, one <rect> per month keyed by the month, drawn with the chart's own scales. Recharts'
 * <Bar> keys each bar by its coordinates and value, so a filter change remounted nearly every bar:
 * at 100k records about half of the timeline's redraw went there. (The chart's own onClick is no
 * substitute: it reads the month from the tooltip state, which a click without a prior hover lacks.)
 */
function MonthBars({
  rows,
  color,
  onPick,
}: {
  rows: readonly ChartRow[];
  color: string;
  onPick: (row: ChartRow) => void;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const base = y(0) ?? 0;
  return (
    <g className="month-bars" cursor="pointer">
      {rows.map((row) => {
        const start = x(row.key, { position: "start" });
        const end = x(row.key, { position: "end" });
        const top = y(row.value);
        if (start === undefined || end === undefined || top === undefined) return null;
        const width = Math.min((end - start) * BAR_FILL_OF_BAND, MAX_BAR);
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the card's data table has a button per month
          <rect
            key={row.key}
            className="month-bar"
            x={(start + end - width) / 2}
            y={Math.min(top, base)}
            width={width}
            height={Math.abs(base - top)}
            fill={color}
            onClick={() => onPick(row)}
          />
        );
      })}
    </g>
  );
}

/**
 * Reports per month, one category-axis slot per month of the range (empty months included, so the
 * axis is continuous in time); ticks "2025-07" stay short in both languages. Memoised:
 * it redraws only when its rows (or language) change, not on every render of the panel.
 */
export const MonthBarChart = memo(function MonthBarChart({
  rows,
  seriesName,
  color,
  lang,
  onPick,
}: {
  rows: readonly ChartRow[];
  seriesName: string;
  color: string;
  lang: Lang;
  onPick: (row: ChartRow) => void;
}) {
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: 220 }}
      data={rows as ChartRow[]}
      margin={{ top: 8, right: 8, bottom: 4, left: -16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="#e4e2dc" />
      <XAxis
        dataKey="key"
        tick={{ fontSize: 11, fill: "#5b5e63" }}
        interval="preserveStartEnd"
        minTickGap={12}
      />
      <YAxis dataKey="value" allowDecimals={false} tick={{ fontSize: 12, fill: "#5b5e63" }} />
      <Tooltip
        cursor={{ fill: "rgba(47, 111, 115, 0.08)" }}
        labelFormatter={(key) => formatMonth(String(key), lang)}
        formatter={(value) => [String(value), seriesName]}
        includeHidden
      />
      {/* not drawn: it gives the tooltip its entry */}
      <Bar dataKey="value" name={seriesName} fill={color} hide isAnimationActive={false} />
      <MonthBars rows={rows} color={color} onPick={onPick} />
    </BarChart>
  );
});
