import type { AtlasData, DataSource } from "../../src/app/data-source.ts";
import { buildFilterIndex } from "../../src/shared/filter-engine.ts";
import { translator } from "../../src/shared/i18n.ts";
import { loadSmallDataset } from "../shared/helpers.ts";

export const dataset = loadSmallDataset();
export const index = buildFilterIndex(dataset.records, dataset.taxonomy);
export const atlasData: AtlasData = {
  taxonomy: dataset.taxonomy,
  sources: dataset.sources,
  records: dataset.records,
  index,
};
export const zh = translator("zh");
export const en = translator("en");

export function fakeSource(data: AtlasData = atlasData): DataSource {
  return {
    loadDataset: () => Promise.resolve(data),
    loadRecordDetail: (id) => Promise.resolve(data.records.find((r) => r.id === id) ?? null),
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
