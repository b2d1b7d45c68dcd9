import {
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useState,
  useSyncExternalStore,
} from "react";
import { ActiveFilterChips } from "../features/filters/ActiveFilterChips.tsx";
import { FilterPanel } from "../features/filters/FilterPanel.tsx";
import type { PlaceSelection } from "../features/map/MapPanel.tsx";
import {
  type BodyText,
  dateBounds as dateBoundsOf,
  filterRecords,
  sortIndices,
} from "../shared/filter-engine.ts";
import {
  type CitySort,
  countActiveFilters,
  type Filters,
  type Sort,
  type Tab,
  type UpdateOptions,
} from "../shared/filters.ts";
import { translator } from "../shared/i18n.ts";
import { parseContextOf } from "../shared/url-params.ts";
import { BodySearchStatus } from "./BodySearchStatus.tsx";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import type { AtlasData, DataSource } from "./data-source.ts";
import type { DownloadCsv } from "./download.ts";
import { HeadlineFigures } from "./HeadlineFigures.tsx";
import { ChartsPanel, MapPanel, ProgrammeTable, RecordDialog } from "./lazy-views.ts";
import { PageHeader } from "./PageHeader.tsx";
import { ParamNotices } from "./ParamNotices.tsx";
import { useViewState } from "./url-state.ts";
import { panelId, tabId, ViewTabs } from "./ViewTabs.tsx";

const NO_BODIES: readonly BodyText[] = [];

// CSV writing (papaparse) loads on the first download click, not with the page.
const downloadCsv: DownloadCsv = (filename, rows, columns) => {
  void import("./download.ts").then((m) => m.downloadCsv(filename, rows, columns));
};

/** The dashboard: URL -> view state -> one filter pass -> every view. */
export function Atlas({ data, source }: { data: AtlasData; source: DataSource }) {
  const ctx = useMemo(() => parseContextOf(data.index), [data]);
  const { view, notices, update, dismissNotices, linkTo } = useViewState(ctx);
  const { lang, tab, sort, record } = view;
  const t = useMemo(() => translator(lang), [lang]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();

  // Same filters, same object: views below re-render only when the filters really change.
  const filtersKey = JSON.stringify(view.filters);
  const filters = useMemo(() => JSON.parse(filtersKey) as Filters, [filtersKey]);
  // Typing stays responsive at 100k records: while the query changes, the views catch up a frame
  // later. Any other change (a click) is shown in the same frame: filtering takes ~1 ms, and deferring
  // it would only add a frame before the figures move.
  const deferredFilters = useDeferredValue(filters);
  const shownFilters = deferredFilters.q === filters.q ? filters : deferredFilters;
  // A query searches the index at once; body text widens the matches as its shards come in.
  const body = useSyncExternalStore(data.bodyText.subscribe, data.bodyText.getSnapshot);
  const searching = filters.q !== "";
  useEffect(() => data.bodyText.want(searching), [data, searching]);
  // new body text re-renders at low priority: typing and clicks come first
  const bodies = useDeferredValue(shownFilters.q ? body.texts : NO_BODIES);
  const result = useMemo(() => filterRecords(data.index, shownFilters, bodies), [data, shownFilters, bodies]);
  // Shown results include every body match: all shards are in and the deferred values caught up.
  // Browser tests (and anyone scripting the page) wait on this rather than on the loading hint.
  const searchSettled = !searching || (body.complete && bodies === body.texts && shownFilters === filters);
  const order = useMemo(
    () => (tab === "table" ? sortIndices(data.index, result.indices, sort) : null),
    [tab, data, result, sort],
  );
  const dateBounds = useMemo(() => dateBoundsOf(data.index), [data]);

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = t("appTitle") + (lang === "zh" ? " · Union Welfare Atlas" : " · 工会福利图谱");
  }, [lang, t]);

  const setFilters = useCallback(
    (next: Filters, options?: UpdateOptions) => update((v) => ({ ...v, filters: next }), options),
    [update],
  );
  const setSort = useCallback((next: Sort) => update((v) => ({ ...v, sort: next })), [update]);
  const setTab = useCallback((next: Tab) => update((v) => ({ ...v, tab: next })), [update]);
  const setCitySort = useCallback((next: CitySort) => update((v) => ({ ...v, citySort: next })), [update]);
  const openRecord = useCallback((id: string) => update((v) => ({ ...v, record: id })), [update]);
  const closeRecord = useCallback(() => update((v) => ({ ...v, record: null })), [update]);
  const recordHref = useCallback(
    (id: string) => new URL(linkTo({ ...view, record: id })).search || "?",
    [linkTo, view],
  );
  const selectPlace = useCallback(
    ({ province, city }: PlaceSelection) =>
      update((v) => ({ ...v, filters: { ...v.filters, province, city } })),
    [update],
  );
  const switchLang = () =>
    update((v) => ({ ...v, lang: v.lang === "zh" ? "en" : "zh" }), { history: "replace" });

  return (
    <>
      <PageHeader t={t} lang={lang} onSwitchLang={switchLang}>
        <CopyLinkButton getLink={() => linkTo()} t={t} />
      </PageHeader>
      <div className="layout">
        <aside className="sidebar" aria-label={t("filters")}>
          <button
            type="button"
            className="button sidebar__toggle"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen((o) => !o)}
          >
            {t("showFilters")}
            {countActiveFilters(filters) > 0 ? (
              <span className="badge">{countActiveFilters(filters)}</span>
            ) : null}
            <span aria-hidden="true">{filtersOpen ? "▴" : "▾"}</span>
          </button>
          <div id={filtersId} className={`sidebar__body${filtersOpen ? " is-open" : ""}`}>
            <h2 className="sidebar__title">{t("filters")}</h2>
            <FilterPanel
              filters={filters}
              index={data.index}
              taxonomy={data.taxonomy}
              dateBounds={dateBounds}
              lang={lang}
              t={t}
              onChange={setFilters}
            />
          </div>
        </aside>
        <main id="main" className="main" tabIndex={-1} data-search-settled={searchSettled ? "yes" : "no"}>
          <ParamNotices notices={notices} t={t} onDismiss={dismissNotices} />
          <ActiveFilterChips
            filters={filters}
            taxonomy={data.taxonomy}
            lang={lang}
            t={t}
            onChange={setFilters}
          />
          {searching && !body.complete ? <BodySearchStatus body={body} t={t} /> : null}
          <HeadlineFigures result={result} lang={lang} t={t} />
          <ViewTabs tab={tab} onSelect={setTab} t={t} />
          <div className="tab-panel" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
            <Suspense fallback={<p className="loading">{t("loading")}</p>}>
              {tab === "charts" ? (
                <ChartsPanel
                  result={result}
                  index={data.index}
                  filters={filters}
                  taxonomy={data.taxonomy}
                  lang={lang}
                  t={t}
                  onChange={setFilters}
                  onDownloadCsv={downloadCsv}
                />
              ) : null}
              {tab === "table" && order ? (
                <ProgrammeTable
                  records={data.records}
                  order={order}
                  sort={sort}
                  onSortChange={setSort}
                  taxonomy={data.taxonomy}
                  lang={lang}
                  t={t}
                  recordHref={recordHref}
                  onOpenRecord={openRecord}
                  onDownloadCsv={downloadCsv}
                />
              ) : null}
              {tab === "map" ? (
                <MapPanel
                  index={data.index}
                  matches={result.indices}
                  selectedProvince={filters.province}
                  selectedCity={filters.city}
                  onSelectPlace={selectPlace}
                  order={view.citySort}
                  onOrderChange={setCitySort}
                  lang={lang}
                />
              ) : null}
            </Suspense>
          </div>
        </main>
      </div>
      <footer className="page-footer">
        <p>{t("footer")}</p>
      </footer>
      {record ? (
        <Suspense fallback={null}>
          <RecordDialog
            recordId={record}
            loadRecord={source.loadRecordDetail}
            taxonomy={data.taxonomy}
            lang={lang}
            t={t}
            onClose={closeRecord}
            actions={<CopyLinkButton getLink={() => linkTo()} t={t} label={t("copyRecordLink")} />}
          />
        </Suspense>
      ) : null}
    </>
  );
}
