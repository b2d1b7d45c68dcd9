import { lazy } from "react";
import type { Tab } from "../shared/filters.ts";

/**
 * The heavy views, split out of the first download. Each import is a function so that the chunk for
 * the tab a link opens can be requested at start-up, alongside the dataset, instead of after it.
 */
const loaders = {
  charts: () => import("../features/charts/ChartsPanel.tsx"),
  table: () => import("../features/table/ProgrammeTable.tsx"),
  map: () => import("../features/map/MapPanel.tsx"),
  detail: () => import("../features/detail/RecordDialog.tsx"),
};

export const ChartsPanel = lazy(loaders.charts);
export const ProgrammeTable = lazy(loaders.table);
export const MapPanel = lazy(loaders.map);
export const RecordDialog = lazy(loaders.detail);

/** Starts loading the chunks a view needs; the module cache makes the later lazy() import instant. */
export function preloadViews(tab: Tab, withDetail: boolean): void {
  void loaders[tab]().catch(() => undefined);
  if (withDetail) void loaders.detail().catch(() => undefined);
}
