import {
  flexRender,
  getCoreRowModel,
  type SortingState,
  type Updater,
  useReactTable,
  type VisibilityState,
} from "@tanstack/react-table";
import { useMemo, useState } from "react";
import type { RecordRows, RecordSummary } from "../../shared/compact-index.ts";
import type { Lang, Sort } from "../../shared/filters.ts";
import type { Translate } from "../../shared/i18n.ts";
import type { Dataset } from "../../shared/schema.ts";
import { ColumnPicker } from "./ColumnPicker.tsx";
import { DEFAULT_HIDDEN, isSortable, programmeColumns } from "./columns.tsx";
import { TablePager } from "./TablePager.tsx";
import { tableCsvRows } from "./table-csv.ts";

export interface ProgrammeTableProps {
  /** record summaries by position; only the page shown is read */
  records: RecordRows;
  /** filtered record indices, already in `sort` order (the filter engine sorts, not the table) */
  order: Int32Array;
  sort: Sort;
  onSortChange: (sort: Sort) => void;
  taxonomy: Dataset["taxonomy"];
  lang: Lang;
  t: Translate;
  recordHref: (id: string) => string;
  onOpenRecord: (id: string) => void;
  onDownloadCsv: (filename: string, rows: Record<string, string | number | null>[]) => void;
}

export default function ProgrammeTable(props: ProgrammeTableProps) {
  const { records, order, sort, onSortChange, taxonomy, lang, t, recordHref, onOpenRecord, onDownloadCsv } =
    props;
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: 25 });
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(DEFAULT_HIDDEN);
  // A new filter or sort starts at page one (adjusted during render, no effect).
  const [seenOrder, setSeenOrder] = useState(order);
  if (seenOrder !== order) {
    setSeenOrder(order);
    if (pagination.pageIndex !== 0) setPagination((p) => ({ ...p, pageIndex: 0 }));
  }

  const start = pagination.pageIndex * pagination.pageSize;
  const pageRows = useMemo(() => {
    const out: RecordSummary[] = [];
    const end = Math.min(order.length, start + pagination.pageSize);
    for (let k = start; k < end; k++) {
      const r = records.at(order[k] as number);
      if (r) out.push(r);
    }
    return out;
  }, [records, order, start, pagination.pageSize]);

  const columns = useMemo(
    () => programmeColumns({ taxonomy, lang, t, recordHref, onOpenRecord }),
    [taxonomy, lang, t, recordHref, onOpenRecord],
  );
  const sorting: SortingState = [{ id: sort.field, desc: sort.direction === "desc" }];

  const table = useReactTable({
    data: pageRows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.id,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    rowCount: order.length,
    state: { sorting, columnVisibility, pagination },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first && isSortable(first.id))
        onSortChange({ field: first.id, direction: first.desc ? "desc" : "asc" });
    },
    onColumnVisibilityChange: setColumnVisibility,
    onPaginationChange: setPagination,
  });

  const exportCsv = () =>
    onDownloadCsv("union-welfare-programmes.csv", tableCsvRows(records, order, taxonomy, lang));

  return (
    <section className="card table-card" aria-labelledby="table-title">
      <header className="table-card__head">
        <h3 id="table-title">{t("table")}</h3>
        <div className="table-card__tools">
          <ColumnPicker table={table} t={t} />
          <button
            type="button"
            className="button button--small"
            onClick={exportCsv}
            disabled={order.length === 0}
          >
            {t("exportCsv")}
          </button>
        </div>
      </header>
      {order.length === 0 ? (
        <p className="empty">{t("noResults")}</p>
      ) : (
        <div className="table-scroll">
          <table className="programmes" data-testid="programme-table">
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const column = header.column;
                    const sorted = column.getIsSorted();
                    const label = String(column.columnDef.header);
                    const numeric = (column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={`col-${column.id}${numeric ? " num" : ""}`}
                        aria-sort={
                          sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined
                        }
                      >
                        {column.getCanSort() ? (
                          <button
                            type="button"
                            className="sort-button"
                            onClick={column.getToggleSortingHandler()}
                            title={t("sortBy", { label })}
                          >
                            {flexRender(column.columnDef.header, header.getContext())}
                            <span aria-hidden="true" className="sort-button__mark">
                              {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                            </span>
                          </button>
                        ) : (
                          flexRender(column.columnDef.header, header.getContext())
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} data-record={row.id}>
                  {row.getVisibleCells().map((cell) => {
                    const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)
                      ?.numeric;
                    return (
                      <td
                        key={cell.id}
                        className={`col-${cell.column.id}${numeric ? " num" : ""}`}
                        data-label={String(cell.column.columnDef.header)}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <TablePager
        pageIndex={pagination.pageIndex}
        pageSize={pagination.pageSize}
        total={order.length}
        t={t}
        onPage={(pageIndex) => setPagination((p) => ({ ...p, pageIndex }))}
        onPageSize={(pageSize) => setPagination({ pageIndex: 0, pageSize })}
      />
    </section>
  );
}
