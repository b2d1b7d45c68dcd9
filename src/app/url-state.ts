import { debounce, parseAsNativeArrayOf, parseAsString, useQueryStates } from "nuqs";
import { useCallback, useLayoutEffect, useMemo, useRef } from "react";
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
 * nuqs moves raw strings between the query string and React; `parseViewParams` gives them meaning.
 * The URL is the only copy of the view state: components derive from it and write back through
 * `update`, never mirror it in useState.
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
  // Parsed again only when a value changed: nuqs hands over a new object when the URL catches up
  // with a change already shown (after every click), and a new view would re-render every view.
  const rawKey = JSON.stringify(raw);
  // biome-ignore lint/correctness/useExhaustiveDependencies: rawKey stands for raw's values
  const { value: view, notices } = useMemo(() => parseViewParams(raw as RawParams, ctx), [rawKey, ctx]);
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
      const before = toRawParams(view);
      const after = toRawParams(next(view));
      // Write only what changed, so an unrelated bad value stays (with its notice) until dismissed.
      const changes: Record<string, string | string[] | null> = {};
      for (const key of Object.keys(after) as ParamName[]) {
        const a = after[key];
        const b = before[key];
        const same = Array.isArray(a) && Array.isArray(b) ? a.join("\u0000") === b.join("\u0000") : a === b;
        if (!same) changes[key] = typeof a === "string" || a === null ? a : [...a];
      }
      if (Object.keys(changes).length === 0) return;
      void setRaw(changes as RawChanges, {
        history: options.history ?? "push",
        ...(options.debounceMs ? { limitUrlUpdates: debounce(options.debounceMs) } : {}),
      });
    },
    [setRaw],
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
