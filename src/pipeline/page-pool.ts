/**
 * Pages on several threads. `processPage` is pure and pages are independent, so a build of many pages
 * spreads them over the calling thread and one worker thread per further core; results come back in
 * the order of the jobs, whatever order the threads finish in, so the dataset is the same byte for
 * byte as on one thread.
 *
 * A worker costs a start-up (tsx, the pipeline's modules, the gazetteer and its trie, then its own JIT
 * warm-up: about a second of CPU each), so small builds, and the tests, stay on the calling thread
 * (`poolThreads`), and the calling thread works too rather than waiting for the workers.
 */
import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import { type PageResult, pageFailure, processPage } from "./process-page.ts";

export interface PageJob {
  file: string;
  bytes: Uint8Array;
}
export interface PoolRequest {
  id: number;
  jobs: PageJob[];
}
export interface PoolReply {
  id: number;
  results: PageResult[];
  /** per result: the code threw (a bug), and the result only reports it */
  crashed: boolean[];
}

/** Processes a batch of jobs: what a worker does with a request, and the calling thread with its share. */
export function processBatch(request: PoolRequest): PoolReply {
  const reply: PoolReply = { id: request.id, results: [], crashed: [] };
  for (const job of request.jobs) {
    try {
      reply.results.push(processPage(job.file, job.bytes));
      reply.crashed.push(false);
    } catch (error) {
      reply.results.push(
        pageFailure(job.file, job.bytes, `could not be processed: ${(error as Error).message}`),
      );
      reply.crashed.push(true);
    }
  }
  return reply;
}

/** Below this many pages to process per thread, a worker does not pay for its start-up. */
export const MIN_PAGES_PER_THREAD = 150;

/**
 * Threads for `pages` pages to process, the calling thread included: by default one per idle core
 * (cores less the load average: on a shared machine whose cores are busy, a worker only adds its
 * start-up and time-slicing), fewer when there are not MIN_PAGES_PER_THREAD pages for each.
 * `requested` (the CLI's --threads) overrides the default. 1 (or 0) means the calling thread alone.
 */
export function poolThreads(pages: number, requested?: number): number {
  const idle = Math.round(availableParallelism() - (loadavg()[0] ?? 0));
  const want = requested ?? Math.min(idle, Math.floor(pages / MIN_PAGES_PER_THREAD));
  return Math.max(1, Math.min(want, pages));
}

const BOOT = new URL("./page-worker-boot.mjs", import.meta.url);
/** pages per request to a worker, and per turn of the calling thread (which also serves the workers) */
const WORKER_BATCH = 16;
const OWN_BATCH = 4;

/**
 * Processes `jobs` on the calling thread and `threads - 1` worker threads; results in job order. Jobs
 * go out in small batches to whichever thread is free (a worker holds two, so it never waits for the
 * calling thread to come round), so a slow page does not hold up a whole share. `onResult` is called
 * as each result arrives (job index, result, whether the code threw on it), e.g. to fill a cache and
 * report progress.
 */
export async function processInPool(
  jobs: readonly PageJob[],
  threads: number,
  onResult?: (index: number, result: PageResult, crashed: boolean) => void,
): Promise<PageResult[]> {
  const results: PageResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const take = (size: number): PoolRequest | null => {
    if (next >= jobs.length) return null;
    const from = next;
    next = Math.min(jobs.length, next + size);
    return { id: from, jobs: jobs.slice(from, next) };
  };
  const settle = (reply: PoolReply) => {
    reply.results.forEach((r, k) => {
      results[reply.id + k] = r;
      onResult?.(reply.id + k, r, reply.crashed[k] === true);
    });
    done += reply.results.length;
  };

  const workers: Worker[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const poke = () => {
    wake?.();
    wake = null;
  };
  const send = (w: Worker) => {
    const request = take(WORKER_BATCH);
    if (request) w.postMessage(request);
  };
  try {
    for (let t = 1; t < threads; t++) {
      const w = new Worker(BOOT, { execArgv: [] });
      workers.push(w);
      w.on("message", (reply: PoolReply) => {
        settle(reply);
        send(w);
        poke();
      });
      w.on("error", (error) => {
        failure ??= error;
        poke();
      });
      w.on("exit", (code) => {
        if (done < jobs.length)
          failure ??= new Error(`page worker exited (code ${code}) before the build ended`);
        poke();
      });
      send(w);
      send(w);
    }
    // the calling thread's share, a few pages at a time, letting the workers' replies in between
    const own = workers.length > 0 ? OWN_BATCH : 1;
    for (let request = take(own); request; request = take(own)) {
      settle(processBatch(request));
      if (workers.length === 0) continue;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (failure) throw failure;
    }
    while (done < jobs.length) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
