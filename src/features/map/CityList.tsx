import { memo, useId } from "react";
import type { CitySort } from "../../shared/filters.ts";
import type { PlaceBucket, PlaceSummary } from "./group-places.ts";
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

  const entry = (bucket: PlaceBucket, label: string) => (
    <CityEntry
      key={bucket.key}
      bucketKey={bucket.key}
      province={bucket.province}
      city={bucket.city}
      count={bucket.count}
      label={label}
      name={`${bucketName(bucket, t.provinceWide)}:${t.count(bucket.count)}`}
      selected={isSelected(bucket, selection)}
      onSelectPlace={onSelectPlace}
    />
  );

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
      {summary.groups.length === 0 ? (
        <p className="city-list__empty">{t.empty}</p>
      ) : (
        <ul className="city-list__provinces">
          {summary.groups.map((group) => (
            <li key={group.province} className="city-list__province">
              <h4 className="city-list__province-name">
                <span>{group.province}</span>
                <span className="city-list__count">{group.count}</span>
              </h4>
              <ul className="city-list__cities">
                {group.provinceWide && entry(group.provinceWide, t.provinceWide(group.province))}
                {group.cities.map((city) => entry(city, city.city ?? ""))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {summary.unplaced > 0 && <p className="city-list__note">{t.unplaced(summary.unplaced)}</p>}
    </nav>
  );
}

/** One entry, memoised on plain values: a filter change re-renders only the entries it changed. */
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
    <li>
      <button
        type="button"
        className={selected ? "city-list__entry is-selected" : "city-list__entry"}
        aria-pressed={selected}
        aria-label={name}
        data-place={bucketKey}
        onClick={() => onSelectPlace({ province, city })}
      >
        <span className="city-list__name">{label}</span>
        <span className="city-list__count">{count}</span>
      </button>
    </li>
  );
});
