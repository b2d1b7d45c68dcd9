import { type ReactNode, useState } from "react";
import type { Translate } from "../../shared/i18n.ts";
import type { ChartRow } from "./chart-data.ts";

export interface ChartCardProps {
  id: string;
  /** spans the full width of the grid */
  wide?: boolean;
  /**
   * the (aria-hidden) drawing still shows an earlier filter and is about to catch up: data-stale,
   * not aria-busy, since the text, table and CSV of the card are already current
   */
  stale?: boolean;
  title: string;
  unit: string;
  notes?: (string | null)[];
  rows: readonly ChartRow[];
  /** how a value reads in the data table and CSV header */
  valueHeader: string;
  labelHeader: string;
  formatValue: (v: number) => string;
  onPick: ((row: ChartRow) => void) | null;
  /** file name of the CSV download, without ".csv"; its columns are key, labelHeader, valueHeader */
  csvName: string;
  onDownloadCsv: (filename: string, rows: Record<string, string | number>[]) => void;
  t: Translate;
  /** the drawing is itself accessible (labelled HTML bars), not a picture to hide behind a summary */
  accessibleDrawing?: boolean;
  children: ReactNode;
}

/**
 * A chart with its title, unit and notes, a CSV download, and the same numbers as a table (the text
 * alternative, and a keyboard route to the filter a bar click applies).
 */
export function ChartCard(props: ChartCardProps) {
  const {
    id,
    wide,
    stale = false,
    title,
    unit,
    notes,
    rows,
    valueHeader,
    labelHeader,
    formatValue,
    onPick,
    csvName,
    onDownloadCsv,
    t,
    accessibleDrawing = false,
    children,
  } = props;
  const titleId = `${id}-title`;
  // The data table is built when its <details> is opened: closed, it would be rebuilt on every
  // filter change for nothing (at 100k records the five tables hold ~150 rows with a button each).
  const [dataOpen, setDataOpen] = useState(false);
  const download = () =>
    onDownloadCsv(
      `${csvName}.csv`,
      rows.map((r) => ({ key: r.key, [labelHeader]: r.label, [valueHeader]: r.value })),
    );
  // A sentence for screen readers in place of a hidden drawing: the largest values first.
  const summary = [...rows]
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((r) => `${r.label} ${formatValue(r.value)}`)
    .join(", ");
  return (
    <section
      id={id}
      className={`card chart-card${wide ? " chart-card--wide" : ""}`}
      aria-labelledby={titleId}
      data-stale={stale || undefined}
    >
      <header className="chart-card__head">
        <div>
          <h3 id={titleId}>{title}</h3>
          <p className="chart-card__unit">{unit}</p>
        </div>
        <button type="button" className="button button--small" onClick={download}>
          {t("downloadCsv")}
        </button>
      </header>
      {rows.length === 0 ? (
        <p className="empty">{t("noData")}</p>
      ) : (
        <div className="chart-card__chart" aria-hidden={accessibleDrawing ? undefined : true}>
          {children}
        </div>
      )}
      {rows.length > 0 && !accessibleDrawing ? <p className="visually-hidden">{summary}</p> : null}
      {notes?.filter(Boolean).map((n) => (
        <p key={n} className="chart-card__note">
          {n}
        </p>
      ))}
      {rows.length > 0 ? (
        <details className="chart-card__data" onToggle={(e) => setDataOpen(e.currentTarget.open)}>
          <summary>{t("viewData")}</summary>
          {dataOpen ? (
            <table className="data-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{labelHeader}</th>
                  <th scope="col" className="num">
                    {valueHeader}
                  </th>
                  {onPick ? (
                    <th scope="col">
                      <span className="visually-hidden">{t("filters")}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{formatValue(r.value)}</td>
                    {onPick ? (
                      <td>
                        <button type="button" className="button button--link" onClick={() => onPick(r)}>
                          {t("filterBy", { label: r.label })}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}
