import type { Translate } from "../shared/i18n.ts";
import { DatasetLoadError } from "./data-source.ts";

const MESSAGE = {
  missing: "loadMissing",
  http: "loadHttp",
  network: "loadNetwork",
  truncated: "loadTruncated",
  invalid: "loadInvalid",
} as const;

export function LoadFailure({ error, t, onRetry }: { error: unknown; t: Translate; onRetry: () => void }) {
  const message =
    error instanceof DatasetLoadError
      ? t(MESSAGE[error.kind], { url: error.url, status: error.status ?? "", detail: error.detail })
      : String(error);
  return (
    <div className="load-failure" role="alert">
      <h2>{t("loadErrorTitle")}</h2>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t("retry")}
      </button>
    </div>
  );
}
