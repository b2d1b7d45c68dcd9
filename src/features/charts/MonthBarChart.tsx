import { memo } from "react";
import { Bar, BarChart, type BarShapeProps, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Lang } from "../../shared/filters.ts";
import { formatMonth } from "../../shared/format.ts";
import type { ChartRow } from "./chart-data.ts";

/**
 * A bar as one <rect>: Recharts' default shape computes a rounded path per bar, and at ~100 bars
 * redrawn per filter change that was a measurable share of the update.
 */
function plainBar({ x, y, width, height, fill }: BarShapeProps) {
  return <rect x={x} y={y} width={width} height={height} fill={fill} />;
}

/**
 * Reports per month on a continuous axis; ticks "2025-07" stay short in both languages. Memoised:
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
      <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#5b5e63" }} />
      <Tooltip
        cursor={{ fill: "rgba(47, 111, 115, 0.08)" }}
        labelFormatter={(key) => formatMonth(String(key), lang)}
        formatter={(value) => [String(value), seriesName]}
      />
      <Bar
        dataKey="value"
        name={seriesName}
        fill={color}
        shape={plainBar}
        maxBarSize={40}
        cursor="pointer"
        onClick={(item) => onPick(item.payload as ChartRow)}
        isAnimationActive={false}
      />
    </BarChart>
  );
});
