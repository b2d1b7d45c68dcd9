import { parseAsString, useQueryState } from "nuqs";
import { useEffect, useMemo, useState } from "react";
import { translator } from "../shared/i18n.ts";
import { parseLang, parseTab } from "../shared/url-params.ts";
import { Atlas } from "./Atlas.tsx";
import type { AtlasData, DataSource } from "./data-source.ts";
import { LoadFailure } from "./LoadFailure.tsx";
import { preloadViews } from "./lazy-views.ts";
import { PageHeader } from "./PageHeader.tsx";

type LoadState =
  | { status: "loading" }
  | { status: "ready"; data: AtlasData }
  | { status: "failed"; error: unknown };

/** Loads the dataset, then hands over to the dashboard; says clearly when loading fails. */
export function App({ source }: { source: DataSource }) {
  const [rawLang] = useQueryState("lang", parseAsString);
  const t = useMemo(() => translator(parseLang(rawLang).value), [rawLang]);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState>({ status: "loading" });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load after a failure
  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    // fetch the first view's code while the data downloads
    const params = new URLSearchParams(window.location.search);
    preloadViews(parseTab(params.get("tab")).value, params.has("record"));
    source.loadDataset().then(
      (data) => live && setState({ status: "ready", data }),
      (error: unknown) => live && setState({ status: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [source, attempt]);

  if (state.status === "ready") return <Atlas data={state.data} source={source} />;
  return (
    <>
      <PageHeader t={t} lang={parseLang(rawLang).value} />
      <main id="main" className="main main--alone" tabIndex={-1}>
        {state.status === "loading" ? (
          <p className="loading" role="status">
            {t("loading")}
          </p>
        ) : (
          <LoadFailure error={state.error} t={t} onRetry={() => setAttempt((n) => n + 1)} />
        )}
      </main>
    </>
  );
}
