import type { Translate } from "../shared/i18n.ts";
import type { BodyTextSnapshot } from "./body-text.ts";

/**
 * While a search waits for body text: matches so far come from headlines, places, organisers and
 * figure labels; the rest of each report is still loading. The live region says so once; the
 * running count is for the eye only, so a screen reader is not told every step.
 */
export function BodySearchStatus({ body, t }: { body: BodyTextSnapshot; t: Translate }) {
  const stalled = body.idle && body.failed > 0;
  return (
    <p className="search-status" role="status" data-body-search={stalled ? "failed" : "loading"}>
      {stalled ? (
        t("bodySearchFailed", { failed: body.failed, total: body.total })
      ) : (
        <>
          {t("bodySearchLoading")}
          <span className="search-status__progress" aria-hidden="true">
            {t("bodySearchProgress", { loaded: body.loaded, total: body.total })}
          </span>
        </>
      )}
    </p>
  );
}
