import type { Translate } from "../../shared/i18n.ts";

export const PAGE_SIZES = [25, 50, 100] as const;

export function TablePager({
  pageIndex,
  pageSize,
  total,
  t,
  onPage,
  onPageSize,
}: {
  pageIndex: number;
  pageSize: number;
  total: number;
  t: Translate;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : pageIndex * pageSize + 1;
  const to = Math.min(total, (pageIndex + 1) * pageSize);
  return (
    <nav className="pager" aria-label={t("pageOf", { page: pageIndex + 1, pages })}>
      <p className="pager__range" aria-live="polite" data-total={total}>
        {t("rowsRange", { from, to, total })}
      </p>
      <div className="pager__controls">
        <button
          type="button"
          className="button button--small"
          disabled={pageIndex === 0}
          onClick={() => onPage(pageIndex - 1)}
        >
          ‹ {t("prevPage")}
        </button>
        <span className="pager__page">{t("pageOf", { page: pageIndex + 1, pages })}</span>
        <button
          type="button"
          className="button button--small"
          disabled={pageIndex >= pages - 1}
          onClick={() => onPage(pageIndex + 1)}
        >
          {t("nextPage")} ›
        </button>
        <label className="pager__size">
          <span>{t("pageSize")}</span>
          <select value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
    </nav>
  );
}
