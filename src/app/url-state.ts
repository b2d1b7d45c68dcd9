import { parseAsNativeArrayOf, parseAsString, useQueryStates } from "nuqs";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { UpdateOptions, ViewState } from "../shared/filters.ts";
import {
  type ParamName,
  type ParamNotice,
  type ParseContext,
  parseViewParams,
  type RawParams,
  toRawParams,
  writeRawParams,
} from "../shared/url-params.ts";

/**
 * How long a change is shown before it is written to the URL. The views update at once; the write
 * (pushState, and the render when nuqs reads the URL back) comes after they have settled, instead of
 * landing in the middle of the map's and the timeline's catch-up render, which it restarted (at 100k
 * records, 10-30 ms off a click's settled view: BENCHMARKS.md). Changes within it are written
 * together, as one history entry.
 */
export const URL_WRITE_DELAY_MS = 100;

/** A URL value as nuqs hands it over: absent, a string, or a list (absent and empty alike). */
type RawValue = string | readonly string[] | null | undefined;

function sameParam(a: RawValue, b: RawValue): boolean {
  const norm = (v: RawValue) => (v == null ? "" : typeof v === "string" ? v : v.join("\u0000"));
  return norm(a) === norm(b);
}

/** Changes shown but not yet in the URL, and how they will be written. */
interface PendingWrite {
  changes: RawChanges;
  history: "push" | "replace";
}

/**
 * nuqs moves raw strings between the query string and React; `parseViewParams` gives them meaning.
 * The URL is the view state: components derive from it and write back through `update`, never
 * mirror it in useState. The one overlay is a change not yet written (URL_WRITE_DELAY_MS), held here
 * and dropped if the reader navigates first.
 */
const rawParsers = {
  province: parseAsString,
  city: parseAsString,
  type: parseAsNativeArrayOf(parseAsString),
  group: parseAsNativeArrayOf(parseAsString),
  from: parseAsString,
  to: parseAsString,
  q: parseAsString,
  sort: parseAsString,
  record: parseAsString,
  lang: parseAsString,
  tab: parseAsString,
  citysort: parseAsString,
};

type RawChanges = Partial<{
  [K in keyof typeof rawParsers]: K extends "type" | "group" ? string[] : string | null;
}>;

export interface ViewController {
  view: ViewState;
  notices: ParamNotice[];
  update(next: (view: ViewState) => ViewState, options?: UpdateOptions): void;
  /** drop the values the notices are about from the URL (replace) */
  dismissNotices(): void;
  /** an absolute link to `view` (default: the current one), canonical and without bad values */
  linkTo(view?: ViewState): string;
}

export function useViewState(ctx: ParseContext): ViewController {
  const [raw, setRaw] = useQueryStates(rawParsers);
  const [pending, setPending] = useState<PendingWrite | null>(null);
  const pendingRef = useRef<PendingWrite | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shown = pending ? { ...raw, ...pending.changes } : raw;
  // Parsed again only when a value changed: nuqs hands over a new object when the URL catches up
  // with a change already shown (after every click), and a new view would re-render every view.
  const shownKey = JSON.stringify(shown);
  // biome-ignore lint/correctness/useExhaustiveDependencies: shownKey stands for shown's values
  const { value: view, notices } = useMemo(() => parseViewParams(shown as RawParams, ctx), [shownKey, ctx]);

  const url = useRef(raw);
  useLayoutEffect(() => {
    url.current = raw;
  }, [raw]);

  const write = useCallback(() => {
    clearTimeout(timer.current);
    const due = pendingRef.current;
    pendingRef.current = null;
    if (!due) return;
    // Only what differs from the URL: a choice undone within the delay writes nothing (a history
    // entry that changes nothing would cost the reader a Back press that does nothing).
    const changes = Object.fromEntries(
      Object.entries(due.changes).filter(
        ([key, value]) => !sameParam(value, url.current[key as keyof RawChanges]),
      ),
    );
    // one render: nuqs's state takes the changes as the overlay goes, so the view stays as shown
    if (Object.keys(changes).length > 0) void setRaw(changes as RawChanges, { history: due.history });
    setPending(null);
  }, [setRaw]);
  useEffect(() => {
    // Back or Forward before a change was written: the URL navigated to wins, the change is dropped
    const drop = () => {
      clearTimeout(timer.current);
      pendingRef.current = null;
      setPending(null);
    };
    window.addEventListener("popstate", drop);
    // leaving the page (reload, closing the tab) within the delay: write what was shown first
    window.addEventListener("pagehide", write);
    return () => {
      window.removeEventListener("popstate", drop);
      window.removeEventListener("pagehide", write);
      write(); // the app going away (a test unmounting it): the same
    };
  }, [write]);
  // The setters read the view through a ref, so they keep their identity from one view to the next
  // and memoised views are not re-rendered for a new callback. (They run in event handlers, after
  // the commit that updated the ref.)
  const current = useRef(view);
  useLayoutEffect(() => {
    current.current = view;
  }, [view]);

  const update = useCallback(
    (next: (view: ViewState) => ViewState, options: UpdateOptions = {}) => {
      const view = current.current;
      const nextView = next(view);
      // a second update in the same event starts from this one's result, not the view rendered
      current.current = nextView;
      const before = toRawParams(view);
      const after = toRawParams(nextView);
      // Write only what changed, so an unrelated bad value stays (with its notice) until dismissed.
      const changes: Record<string, string | string[] | null> = {};
      for (const key of Object.keys(after) as ParamName[]) {
        const a = after[key];
        if (!sameParam(a, before[key])) changes[key] = typeof a === "string" || a === null ? a : [...a];
      }
      if (Object.keys(changes).length === 0) return;
      const queued = pendingRef.current;
      const merged: PendingWrite = {
        changes: { ...queued?.changes, ...(changes as RawChanges) },
        // one entry for the lot: a push if any of them asked for one
        history: queued?.history === "push" || (options.history ?? "push") === "push" ? "push" : "replace",
      };
      pendingRef.current = merged;
      setPending(merged);
      clearTimeout(timer.current);
      timer.current = setTimeout(write, options.debounceMs ?? URL_WRITE_DELAY_MS);
    },
    [write],
  );

  const dismissNotices = useCallback(() => {
    const canonical = toRawParams(view);
    const changes: Record<string, string | string[] | null> = {};
    for (const n of notices) {
      const v = canonical[n.param];
      changes[n.param] = typeof v === "string" || v === null ? v : [...v];
    }
    void setRaw(changes as RawChanges, { history: "replace" });
  }, [notices, view, setRaw]);

  const linkTo = useCallback(
    (target: ViewState = view) => {
      const qs = writeRawParams(toRawParams(target));
      const { origin, pathname } = window.location;
      return `${origin}${pathname}${qs ? `?${qs}` : ""}`;
    },
    [view],
  );

  return { view, notices, update, dismissNotices, linkTo };
}
