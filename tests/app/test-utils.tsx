import { completeBodyText } from "../../src/app/body-text.ts";
import type { AtlasData, DataSource } from "../../src/app/data-source.ts";
import { decodeCompactIndex, encodeCompactIndex, recordRows } from "../../src/shared/compact-index.ts";
import { bodyTextOf, buildFilterIndexFromColumns } from "../../src/shared/filter-engine.ts";
import { translator } from "../../src/shared/i18n.ts";
import { loadSmallDataset } from "../shared/helpers.ts";

export const dataset = loadSmallDataset();
/** the fixture as the app holds it: through the compact index, every body text already in */
const columns = decodeCompactIndex(encodeCompactIndex(dataset));
export const index = buildFilterIndexFromColumns(columns);
export const rows = recordRows(columns);
export const atlasData: AtlasData = {
  taxonomy: dataset.taxonomy,
  records: rows,
  index,
  bodyText: completeBodyText([bodyTextOf(dataset.records.map((detail, record) => ({ record, detail })))]),
};
export const zh = translator("zh");
export const en = translator("en");

export function fakeSource(data: AtlasData = atlasData): DataSource {
  return {
    loadDataset: () => Promise.resolve(data),
    loadRecordDetail: (id) => Promise.resolve(dataset.records.find((r) => r.id === id) ?? null),
  };
}

/** jsdom lacks these; Recharts' responsive charts and <dialog> need them. */
export function stubBrowserApis() {
  if (!("ResizeObserver" in globalThis)) {
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  }
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { showModal: () => void };
  if (!proto.showModal || String(proto.showModal).includes("native") === false) {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute("open", "");
    };
    proto.close = function (this: HTMLDialogElement) {
      this.removeAttribute("open");
    };
  }
}
