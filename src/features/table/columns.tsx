import type { ColumnDef } from "@tanstack/react-table";
import type { MouseEvent } from "react";
import { placeLabel } from "../../shared/aggregate.ts";
import type { RecordSummary } from "../../shared/compact-index.ts";
import { type Lang, SORT_FIELDS, type SortField } from "../../shared/filters.ts";
import { formatCount, formatDate, formatYuan } from "../../shared/format.ts";
import { type Translate, taxonomyLabel } from "../../shared/i18n.ts";
import type { Dataset } from "../../shared/schema.ts";

export const COLUMN_IDS = [
  "title",
  "date",
  "place",
  "types",
  "groups",
  "organizer",
  "money",
  "people",
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];
/** hidden until chosen, to keep the table narrow */
export const DEFAULT_HIDDEN: Partial<Record<ColumnId, boolean>> = { groups: false };

export const isSortable = (id: string): id is SortField => (SORT_FIELDS as readonly string[]).includes(id);

export interface ColumnContext {
  taxonomy: Dataset["taxonomy"];
  lang: Lang;
  t: Translate;
  recordHref: (id: string) => string;
  onOpenRecord: (id: string) => void;
}

/**
 * Column definitions. Sorting happens in the filter engine (manualSorting); the accessors are there
 * because TanStack only offers sorting on columns that have one.
 */
export function programmeColumns({
  taxonomy,
  lang,
  t,
  recordHref,
  onOpenRecord,
}: ColumnContext): ColumnDef<RecordSummary>[] {
  const open = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onOpenRecord(id);
  };
  return [
    {
      id: "title",
      accessorFn: (r) => r.title,
      header: t("colTitle"),
      sortDescFirst: false,
      cell: ({ row: { original: r } }) => (
        <a className="row-title" href={recordHref(r.id)} onClick={open(r.id)}>
          {r.kind === "photo" ? <span className="tag tag--photo">{t("photo")}</span> : null}
          {r.title || t("none")}
        </a>
      ),
    },
    {
      id: "date",
      accessorFn: (r) => r.date,
      header: t("colDate"),
      sortDescFirst: true,
      cell: ({ row: { original: r } }) => <span className="nowrap">{formatDate(r.date, lang)}</span>,
    },
    {
      id: "place",
      accessorFn: (r) => placeLabel(r.place),
      header: t("colPlace"),
      sortDescFirst: false,
      cell: ({ row: { original: r } }) => placeLabel(r.place) || t("none"),
    },
    {
      id: "types",
      accessorFn: (r) => r.types.join(" "),
      header: t("colTypes"),
      enableSorting: false,
      cell: ({ row: { original: r } }) => (
        <ul className="tags">
          {r.types.map((id) => (
            <li key={id} className="tag">
              {taxonomyLabel(taxonomy.types, id, lang)}
            </li>
          ))}
        </ul>
      ),
    },
    {
      id: "groups",
      accessorFn: (r) => r.beneficiaries.join(" "),
      header: t("colGroups"),
      enableSorting: false,
      cell: ({ row: { original: r } }) =>
        r.beneficiaries.map((id) => taxonomyLabel(taxonomy.beneficiaries, id, lang)).join("、") || t("none"),
    },
    {
      id: "organizer",
      accessorFn: (r) => r.organizer,
      header: t("colOrganizer"),
      sortDescFirst: false,
      cell: ({ row: { original: r } }) => r.organizer ?? t("none"),
    },
    {
      id: "money",
      accessorFn: (r) => r.money,
      header: t("colMoneyFig"),
      sortDescFirst: true,
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => {
        const v = r.money;
        return v > 0 ? formatYuan(v, lang) : t("none");
      },
    },
    {
      id: "people",
      accessorFn: (r) => r.people,
      header: t("colPeopleFig"),
      sortDescFirst: true,
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => {
        const v = r.people;
        return v > 0 ? formatCount(v, lang) : t("none");
      },
    },
  ];
}
