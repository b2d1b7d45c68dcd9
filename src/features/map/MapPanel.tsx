import type { DatasetRecord } from "../../shared/schema.ts";

export interface PlaceSelection {
  province: string;
  /** null when a province-level entry was chosen */
  city: string | null;
}

export interface MapPanelProps {
  /** the rows under the current filters (the same array the charts and table get) */
  rows: readonly DatasetRecord[];
  selectedProvince: string | null;
  selectedCity: string | null;
  onSelectPlace: (selection: PlaceSelection) => void;
  lang: "zh" | "en";
}

// Placeholder until the map feature lands; the app lazy-loads this module's default export.
export default function MapPanel({ rows }: MapPanelProps) {
  return <section aria-label="地图">{rows.length}</section>;
}
