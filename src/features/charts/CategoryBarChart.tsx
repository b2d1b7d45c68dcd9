import type { CSSProperties } from "react";
import { barShare, type ChartRow } from "./chart-data.ts";

/**
 * Horizontal bars drawn as HTML, one button per category: long Chinese names stay readable on a
 * phone, each bar prints its value (no hover needed on a touch screen), a click or Enter applies the
 * filter, and a filter change re-renders a few dozen elements rather than an SVG chart's hundreds
 * (issue 6: at 100k records a filter click took 323 ms median with all five charts on Recharts;
 * BENCHMARKS.md).
 * A button's name is its visible text, "心理健康:3" (the separator is for screen readers only), so
 * voice control finds it by what it shows.
 */
export function CategoryBarChart({
  rows,
  label,
  color,
  formatValue,
  onPick,
}: {
  rows: readonly ChartRow[];
  /** names the list for assistive technology: the chart's title */
  label: string;
  color: string;
  formatValue: (v: number) => string;
  onPick: (row: ChartRow) => void;
}) {
  const max = rows.reduce((m, r) => Math.max(m, r.value), 0);
  return (
    // role="list": Safari drops the list role of a list styled without markers
    // biome-ignore lint/a11y/noRedundantRoles: see above
    <ol role="list" className="bars" aria-label={label} style={{ "--bar-color": color } as CSSProperties}>
      {rows.map((row) => (
        <li key={row.key}>
          <button type="button" className="bars__row" onClick={() => onPick(row)}>
            {/* the full name on hover, should two lines not hold it */}
            <span className="bars__label" title={row.label}>
              {row.label}
            </span>
            <span className="visually-hidden">:</span>
            <span className="bars__track" aria-hidden="true">
              <span className="bars__bar" style={{ width: `${barShare(row.value, max) * 100}%` }} />
            </span>
            <span className="bars__value num">{formatValue(row.value)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
