import type { Table } from "@tanstack/react-table";
import type { RecordSummary } from "../../shared/compact-index.ts";
import type { Translate } from "../../shared/i18n.ts";

/** Show or hide columns; the title column always stays. */
export function ColumnPicker({ table, t }: { table: Table<RecordSummary>; t: Translate }) {
  return (
    <details className="column-picker">
      <summary className="button button--small">{t("columns")}</summary>
      <fieldset className="column-picker__menu">
        <legend className="visually-hidden">{t("columns")}</legend>
        {table
          .getAllLeafColumns()
          .filter((c) => c.id !== "title")
          .map((c) => (
            <label key={c.id} className="choice">
              <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />
              <span>{String(c.columnDef.header)}</span>
            </label>
          ))}
      </fieldset>
    </details>
  );
}
