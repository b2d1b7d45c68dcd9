import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow } from "./chart-data.ts";

/** Horizontal bars: long Chinese category names stay readable on a phone. */
export function CategoryBarChart({
  rows,
  seriesName,
  color,
  formatValue,
  formatTick,
  onPick,
}: {
  rows: readonly ChartRow[];
  seriesName: string;
  color: string;
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
  onPick: ((row: ChartRow) => void) | null;
}) {
  const height = rows.length * 30 + 36;
  const longest = Math.max(...rows.map((r) => r.label.length), 2);
  return (
    <BarChart
      responsive
      style={{ width: "100%", height }}
      data={rows as ChartRow[]}
      layout="vertical"
      margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="#e4e2dc" />
      <XAxis
        type="number"
        tickFormatter={formatTick}
        allowDecimals={false}
        tick={{ fontSize: 12, fill: "#5b5e63" }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={Math.min(128, longest * 13 + 8)}
        tick={{ fontSize: 12, fill: "#2b2d31" }}
        interval={0}
      />
      <Tooltip
        cursor={{ fill: "rgba(47, 111, 115, 0.08)" }}
        formatter={(value) => [formatValue(Number(value)), seriesName]}
      />
      <Bar
        dataKey="value"
        name={seriesName}
        fill={color}
        radius={[0, 3, 3, 0]}
        maxBarSize={22}
        cursor={onPick ? "pointer" : undefined}
        onClick={onPick ? (item) => onPick(item.payload as ChartRow) : undefined}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
