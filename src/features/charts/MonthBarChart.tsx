import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Lang } from "../../shared/filters.ts";
import { formatMonth } from "../../shared/format.ts";
import type { ChartRow } from "./chart-data.ts";

/** Reports per month on a continuous axis; ticks "2025-07" stay short in both languages. */
export function MonthBarChart({
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
        radius={[3, 3, 0, 0]}
        maxBarSize={40}
        cursor="pointer"
        onClick={(item) => onPick(item.payload as ChartRow)}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
