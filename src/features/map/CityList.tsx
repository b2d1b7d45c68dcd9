import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import { type FocusEvent, memo, useCallback, useId, useMemo, useRef } from "react";
import type { CitySort } from "../../shared/filters.ts";
import type { PlaceBucket, PlaceSummary, ProvinceGroup } from "./group-places.ts";
import type { PlaceSelection } from "./MapPanel.tsx";
import { type Lang, mapStrings } from "./map-strings.ts";
import { bucketName, isSelected, type Selection } from "./place-selection.ts";

export interface CityListProps {
  /** already sorted in `order` */
  summary: PlaceSummary;
  order: CitySort;
  onOrderChange: (order: CitySort) => void;
  selection: Selection;
  onSelectPlace: (selection: PlaceSelection) => void;
  lang: Lang;
}

/** One line of the list: a province's heading, or one of its entries (province-wide first). */
export type CityListRow =
  | { kind: "province"; key: string; group: ProvinceGroup }
  | { kind: "entry"; key: string; bucket: PlaceBucket; label: string };

/** The summary's groups as the list prints them, one row per line, in order. */
export function cityListRows(
  groups: readonly ProvinceGroup[],
  provinceWide: (province: string) => string,
): CityListRow[] {
  const rows: CityListRow[] = [];
  for (const group of groups) {
    rows.push({ kind: "province", key: `province:${group.province}`, group });
    if (group.provinceWide)
      rows.push({
        kind: "entry",
        key: group.provinceWide.key,
        bucket: group.provinceWide,
        label: provinceWide(group.province),
      });
    for (const city of group.cities)
      rows.push({ kind: "entry", key: city.key, bucket: city, label: city.city ?? "" });
  }
  return rows;
}

// Row heights in rem, as map.css sets them (.city-list__row): fixed, so that no row has to be
// measured in the browser (measuring each newly drawn row forced a layout per row after a click).
const PROVINCE_ROW_REM = 2.25;
const ENTRY_ROW_REM = 2;

/** The root font size in px (16 unless the reader has set another). */
function remPx(): number {
  if (typeof document === "undefined") return 16;
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * The places under the current filters, grouped by province. At archive scale that is ~400
 * entries, so the list draws only the rows in (and near) its scrolled view: a filter change then
 * re-renders a few dozen rows instead of reordering hundreds.
 */
export default function CityList({
  summary,
  order,
  onOrderChange,
  selection,
  onSelectPlace,
  lang,
}: CityListProps) {
  const t = mapStrings(lang);
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => cityListRows(summary.groups, t.provinceWide), [summary.groups, t]);
  const rem = useMemo(remPx, []);
  // The entry with the keyboard focus stays drawn when the list scrolls it out of view, so focus
  // is not lost to the page (and the next Tab carries on from it).
  const focusedKey = useRef<string | null>(null);
  const keyIndex = useMemo(() => new Map(rows.map((row, i) => [row.key, i])), [rows]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const drawn = defaultRangeExtractor(range);
      const focused = focusedKey.current === null ? undefined : keyIndex.get(focusedKey.current);
      if (focused === undefined || drawn.includes(focused)) return drawn;
      return [...drawn, focused].sort((a, b) => a - b);
    },
    [keyIndex],
  );
  const onFocus = (event: FocusEvent) => {
    const row = (event.target as Element).closest("[data-row]");
    focusedKey.current = row?.getAttribute("data-row") ?? null;
  };
  const onBlur = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (!(to instanceof Node && event.currentTarget.contains(to))) focusedKey.current = null;
  };
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: useCallback(
      (i: number) => (rows[i]?.kind === "province" ? PROVINCE_ROW_REM : ENTRY_ROW_REM) * rem,
      [rows, rem],
    ),
    getItemKey: useCallback((i: number) => rows[i]?.key ?? i, [rows]),
    overscan: 12,
    rangeExtractor,
  });

  return (
    <nav className="city-list" aria-labelledby={headingId}>
      <div className="city-list__head">
        <h3 id={headingId} className="city-list__title">
          {t.listTitle}
        </h3>
        <fieldset className="city-list__sort">
          <legend className="city-list__sort-legend">{t.sortBy}</legend>
          {(["count", "pinyin"] as const).map((o) => (
            <button
              key={o}
              type="button"
              aria-pressed={order === o}
              className={order === o ? "city-list__sort-button is-active" : "city-list__sort-button"}
              onClick={() => onOrderChange(o)}
            >
              {o === "count" ? t.sortCount : t.sortPinyin}
            </button>
          ))}
        </fieldset>
      </div>
      {rows.length === 0 ? (
        <p className="city-list__empty">{t.empty}</p>
      ) : (
        <div ref={scrollRef} className="city-list__scroller">
          <ul
            className="city-list__rows"
            style={{ height: virtualizer.getTotalSize() }}
            onFocus={onFocus}
            onBlur={onBlur}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                // Only some rows are drawn: each says where it sits in the whole list.
                <li
                  key={item.key}
                  data-row={row.key}
                  aria-setsize={rows.length}
                  aria-posinset={item.index + 1}
                  className={row.kind === "province" ? "city-list__row is-province" : "city-list__row"}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {row.kind === "province" ? (
                    <h4 className="city-list__province-name">
                      <span>{row.group.province}</span>
                      <span className="city-list__count">{row.group.count}</span>
                    </h4>
                  ) : (
                    <CityEntry
                      bucketKey={row.bucket.key}
                      province={row.bucket.province}
                      city={row.bucket.city}
                      count={row.bucket.count}
                      label={row.label}
                      name={`${bucketName(row.bucket, t.provinceWide)}:${t.count(row.bucket.count)}`}
                      selected={isSelected(row.bucket, selection)}
                      onSelectPlace={onSelectPlace}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {summary.unplaced > 0 && <p className="city-list__note">{t.unplaced(summary.unplaced)}</p>}
    </nav>
  );
}

/** One entry's button, memoised on plain values: a filter change re-renders only the entries it changed. */
const CityEntry = memo(function CityEntry({
  bucketKey,
  province,
  city,
  count,
  label,
  name,
  selected,
  onSelectPlace,
}: {
  bucketKey: string;
  province: string;
  city: string | null;
  count: number;
  label: string;
  name: string;
  selected: boolean;
  onSelectPlace: (selection: PlaceSelection) => void;
}) {
  return (
    <button
      type="button"
      className={selected ? "city-list__entry is-selected" : "city-list__entry"}
      aria-pressed={selected}
      aria-label={name}
      data-place={bucketKey}
      onClick={() => onSelectPlace({ province, city })}
    >
      <span className="city-list__name" title={label}>
        {label}
      </span>
      <span className="city-list__count">{count}</span>
    </button>
  );
});
