import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBodyTextStore } from "../../src/app/body-text.ts";
import type { BodyText } from "../../src/shared/filter-engine.ts";

const text = (k: number): BodyText => ({
  haystack: `shard ${k}\u0001`,
  starts: Int32Array.of(0, 8),
  records: Int32Array.of(k),
});

/** A shard loader whose fetches the test settles by hand. */
function loader() {
  const pending = new Map<number, { resolve: (t: BodyText) => void; reject: (e: Error) => void }>();
  const started: number[] = [];
  const loadShard = (k: number) =>
    new Promise<BodyText>((resolve, reject) => {
      started.push(k);
      pending.set(k, { resolve, reject });
    });
  const settle = async (k: number, ok = true) => {
    const p = pending.get(k);
    pending.delete(k);
    if (ok) p?.resolve(text(k));
    else p?.reject(new Error("503"));
    await Promise.resolve();
    await Promise.resolve();
  };
  return { loadShard, started, pending, settle };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createBodyTextStore", () => {
  it("loads nothing until wanted, then a few shards at a time", async () => {
    const l = loader();
    const store = createBodyTextStore({ total: 5, loadShard: l.loadShard, concurrency: 2 });
    expect(l.started).toEqual([]);
    expect(store.getSnapshot()).toMatchObject({ loaded: 0, total: 5, complete: false, idle: true });
    store.want(true);
    expect(l.started).toEqual([0, 1]);
    expect(store.getSnapshot().idle).toBe(false);
    await l.settle(0);
    expect(l.started).toEqual([0, 1, 2]);
  });

  it("publishes the first text at once, then after 1x, 2x, 4x … publishEveryMs, and the last at once", async () => {
    const l = loader();
    const store = createBodyTextStore({
      total: 5,
      loadShard: l.loadShard,
      concurrency: 5,
      publishEveryMs: 100,
      maxPublishEveryMs: 200,
    });
    const heard = vi.fn();
    store.subscribe(heard);
    store.want(true);
    heard.mockClear();
    const loaded = () => store.getSnapshot().loaded;
    await l.settle(0); // first arrival: published
    expect(loaded()).toBe(1);
    await l.settle(1); // held back for 100 ms
    expect(loaded()).toBe(1);
    vi.advanceTimersByTime(100);
    expect(loaded()).toBe(2);
    await l.settle(2); // now 200 ms (2x, the most allowed)
    vi.advanceTimersByTime(150);
    expect(loaded()).toBe(2);
    vi.advanceTimersByTime(50);
    expect(loaded()).toBe(3);
    await l.settle(3);
    vi.advanceTimersByTime(199);
    expect(loaded()).toBe(3);
    await l.settle(4); // the last one: at once
    expect(store.getSnapshot()).toMatchObject({ loaded: 5, complete: true, idle: true });
    expect(store.getSnapshot().texts.map((t) => t.records[0])).toEqual([0, 1, 2, 3, 4]);
    expect(heard).toHaveBeenCalledTimes(4);
  });

  it("pauses when no longer wanted and goes on where it stopped", async () => {
    const l = loader();
    const store = createBodyTextStore({ total: 4, loadShard: l.loadShard, concurrency: 1 });
    store.want(true);
    store.want(false);
    await l.settle(0); // the one in flight still arrives
    expect(l.started).toEqual([0]);
    expect(store.getSnapshot()).toMatchObject({ loaded: 1, idle: true, complete: false });
    store.want(true);
    expect(l.started).toEqual([0, 1]);
  });

  it("counts failed shards and tries them again the next time", async () => {
    const l = loader();
    const store = createBodyTextStore({ total: 2, loadShard: l.loadShard, concurrency: 2 });
    store.want(true);
    await l.settle(0, false);
    await l.settle(1);
    expect(store.getSnapshot()).toMatchObject({ loaded: 1, failed: 1, idle: true, complete: false });
    store.want(false);
    store.want(true);
    expect(l.started).toEqual([0, 1, 0]);
    await l.settle(0);
    expect(store.getSnapshot()).toMatchObject({ loaded: 2, failed: 0, complete: true });
  });

  it("an empty dataset is complete from the start", () => {
    const store = createBodyTextStore({ total: 0, loadShard: () => Promise.reject(new Error("none")) });
    store.want(true);
    expect(store.getSnapshot()).toMatchObject({ complete: true, idle: true });
  });
});
