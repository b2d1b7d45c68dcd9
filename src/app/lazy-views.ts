import { lazy, memo } from "react";
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

// Memoised: a render of the dashboard that changes none of a view's props (the URL catching up with a
// click, a body-text shard arriving) skips it.
export const ChartsPanel = memo(lazy(loaders.charts));
export const ProgrammeTable = memo(lazy(loaders.table));
export const MapPanel = memo(lazy(loaders.map));
export const RecordDialog = memo(lazy(loaders.detail));

/** Starts loading the chunks a view needs; the module cache makes the later lazy() import instant. */
export function preloadViews(tab: Tab, withDetail: boolean): void {
  void loaders[tab]().catch(() => undefined);
  if (withDetail) void loaders.detail().catch(() => undefined);
}
