import type { BodyText } from "../shared/filter-engine.ts";

/**
 * Body text for search, shard by shard (issue 6): the index answers a query at once from headlines,
 * places, organisers and figure labels; while a query is set, the detail shards load in the
 * background and each one's paragraphs and bylines widen the matches. Listeners hear of new text
 * at once the first time, then after 2x, 4x … `publishEveryMs` (at most `maxPublishEveryMs`): each
 * time the views re-render, which at 100k records costs the page as much as loading the shards
 * does, so a long load shows its progress a handful of times rather than every shard.
 * Shaped for React's useSyncExternalStore.
 */
export interface BodyTextSnapshot {
  /** one per shard in, in the order they arrived */
  readonly texts: readonly BodyText[];
  readonly loaded: number;
  /** shards that could not be loaded this time (tried again when loading is next wanted) */
  readonly failed: number;
  readonly total: number;
  /** every shard is in */
  readonly complete: boolean;
  /** nothing is loading now: complete, paused, or stopped by failures */
  readonly idle: boolean;
}

export interface BodyTextStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): BodyTextSnapshot;
  /** true: load the shards not yet in; false: start no more (those in flight still arrive) */
  want(on: boolean): void;
}

export interface BodyTextOptions {
  total: number;
  loadShard(shard: number): Promise<BodyText>;
  /** shards fetched at once */
  concurrency?: number;
  publishEveryMs?: number;
  maxPublishEveryMs?: number;
}

export function createBodyTextStore({
  total,
  loadShard,
  concurrency = 4,
  publishEveryMs = 250,
  maxPublishEveryMs = 4000,
}: BodyTextOptions): BodyTextStore {
  const listeners = new Set<() => void>();
  let snapshot: BodyTextSnapshot = {
    texts: [],
    loaded: 0,
    failed: 0,
    total,
    complete: total === 0,
    idle: true,
  };
  let queue = Array.from({ length: total }, (_, k) => k);
  let failedShards: number[] = [];
  let running = 0;
  let wanted = false;
  const arrived: BodyText[] = [];
  let lastPublish = 0;
  /** publishes of new text so far: the wait before the next one doubles with each */
  let published = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const interval = () => Math.min(maxPublishEveryMs, publishEveryMs * 2 ** Math.max(0, published - 1));

  function publish() {
    if (timer) clearTimeout(timer);
    timer = null;
    if (arrived.length > 0) {
      lastPublish = Date.now();
      published++;
    }
    const loaded = snapshot.loaded + arrived.length;
    snapshot = {
      texts: arrived.length ? [...snapshot.texts, ...arrived] : snapshot.texts,
      loaded,
      failed: failedShards.length,
      total,
      complete: loaded === total,
      idle: running === 0 && (!wanted || queue.length === 0),
    };
    arrived.length = 0;
    for (const l of listeners) l();
  }

  function settle() {
    const quiet = running === 0 && (!wanted || queue.length === 0);
    const wait = interval() - (Date.now() - lastPublish);
    if (quiet || wait <= 0) publish();
    else timer ??= setTimeout(publish, wait);
  }

  function pump() {
    while (wanted && running < concurrency && queue.length > 0) {
      const shard = queue.shift() as number;
      running++;
      loadShard(shard).then(
        (text) => {
          running--;
          arrived.push(text);
          pump();
          settle();
        },
        () => {
          running--;
          failedShards.push(shard);
          pump();
          settle();
        },
      );
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    want(on) {
      if (on === wanted) return;
      wanted = on;
      if (on) {
        queue = [...queue, ...failedShards];
        failedShards = [];
        pump();
      }
      if (snapshot.idle !== (running === 0 && (!wanted || queue.length === 0))) publish();
    },
  };
}

/** A store that has every body text already (used by tests). */
export function completeBodyText(texts: readonly BodyText[]): BodyTextStore {
  const snapshot: BodyTextSnapshot = {
    texts,
    loaded: texts.length,
    failed: 0,
    total: texts.length,
    complete: true,
    idle: true,
  };
  return { subscribe: () => () => undefined, getSnapshot: () => snapshot, want: () => undefined };
}
