/** Medians with min/max over repeated runs, and the fixed-width lines the bench prints. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: sorted.length };
}

export function fmtNum(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return "n/a";
  const d = Math.abs(x) >= 100 ? Math.min(digits, 1) : Math.abs(x) >= 10 ? Math.min(digits, 2) : digits;
  return x.toFixed(d);
}

/** "12.3 (min 11.9, max 13.0, 5 runs)"; a single measurement (a size) prints alone */
export function fmtSummary(s: Summary, unit = "", digits = 2): string {
  if (s.runs === 1) return `${fmtNum(s.median, digits)}${unit}`;
  return `${fmtNum(s.median, digits)}${unit} (min ${fmtNum(s.min, digits)}, max ${fmtNum(s.max, digits)}, ${s.runs} runs)`;
}

export interface Figure {
  /** stable key, e.g. "pipeline.warm.mbps" */
  key: string;
  label: string;
  summary: Summary;
  unit: string;
  /** e.g. ">= 20" or "< 2"; compared against the median */
  target?: { op: ">=" | "<=" | "<"; value: number };
}

export function verdict(f: Figure): string {
  if (!f.target) return "";
  const { op, value } = f.target;
  const m = f.summary.median;
  const met = op === ">=" ? m >= value : op === "<=" ? m <= value : m < value;
  const factor = op === ">=" ? value / m : m / value;
  return met
    ? `met (target ${op} ${value}${f.unit})`
    : `MISSED by ${fmtNum(factor, 2)}x (target ${op} ${value}${f.unit})`;
}

export function printFigure(f: Figure): void {
  const v = verdict(f);
  console.log(`  ${f.label.padEnd(44)} ${fmtSummary(f.summary, f.unit)}${v ? `  ${v}` : ""}`);
}
