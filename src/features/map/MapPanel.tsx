import { memo, useDeferredValue, useEffect, useMemo, useState } from "react";
import { type FilterIndex, provinceOfCity } from "../../shared/filter-engine.ts";
import type { CitySort } from "../../shared/filters.ts";
import ChinaMap from "./ChinaMap.tsx";
import CityList from "./CityList.tsx";
import { sortGroups } from "./group-places.ts";
import { type ChinaGeometry, loadChinaGeometry } from "./map-geometry.ts";
import { mapStrings } from "./map-strings.ts";
import { summarizePlaces } from "./place-summary.ts";
import "./map.css";

// While the map catches up with a change of type, group, date or query, the panel re-renders with the
// same summary and selection: these two then skip their ~400 points and entries. (Choosing a place
// changes the selection at once, and they re-render; the memoised points keep that cheap.)
const ShownMap = memo(ChinaMap);
const ShownList = memo(CityList);

export interface PlaceSelection {
  province: string;
  /** null when a province-level entry was chosen */
  city: string | null;
}

export interface MapPanelProps {
  index: FilterIndex;
  /** the records under the current filters, ascending (`FilterResult.indices`, as the charts and table get them) */
  matches: Int32Array;
  selectedProvince: string | null;
  selectedCity: string | null;
  onSelectPlace: (selection: PlaceSelection) => void;
  /** the city list's order (the URL's citysort) */
  order: CitySort;
  onOrderChange: (order: CitySort) => void;
  lang: "zh" | "en";
}

type GeometryState =
  | { status: "loading" }
  | { status: "ready"; geometry: ChinaGeometry }
  | { status: "failed" };

function useChinaGeometry(): GeometryState {
  const [state, setState] = useState<GeometryState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    loadChinaGeometry().then(
      (geometry) => live && setState({ status: "ready", geometry }),
      () => live && setState({ status: "failed" }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * Map of China and city list over the same filtered records. The outlines load on their own, so the
 * list is usable while they arrive (or if they fail).
 */
export default function MapPanel({
  index,
  matches,
  selectedProvince,
  selectedCity,
  onSelectPlace,
  order,
  onOrderChange,
  lang,
}: MapPanelProps) {
  const t = mapStrings(lang);
  // The map and list (~400 points and entries at 100k records) follow a filter change at low
  // priority, so the figures above move at once; the panel says aria-busy until they have caught up.
  const shownMatches = useDeferredValue(matches);
  const grouped = useMemo(() => summarizePlaces(index, shownMatches), [index, shownMatches]);
  const summary = useMemo(
    () => ({ ...grouped, groups: sortGroups(grouped.groups, order) }),
    [grouped, order],
  );
  const selection = useMemo(
    // a ?city= link without province still names its province (highlight, zoom)
    () => ({
      province: selectedProvince ?? (selectedCity ? provinceOfCity(index, selectedCity) : null),
      city: selectedCity,
    }),
    [index, selectedProvince, selectedCity],
  );
  const geometry = useChinaGeometry();

  return (
    <section className="map-panel" aria-label={t.region} aria-busy={shownMatches !== matches || undefined}>
      <div className="map-panel__layout">
        <div className="map-panel__map">
          {geometry.status === "ready" ? (
            <ShownMap
              geometry={geometry.geometry}
              summary={summary}
              selection={selection}
              onSelectPlace={onSelectPlace}
              lang={lang}
            />
          ) : (
            <p className="map-panel__status" role="status">
              {geometry.status === "failed" ? t.loadFailed : t.loading}
            </p>
          )}
        </div>
        <ShownList
          summary={summary}
          order={order}
          onOrderChange={onOrderChange}
          selection={selection}
          onSelectPlace={onSelectPlace}
          lang={lang}
        />
      </div>
    </section>
  );
}
