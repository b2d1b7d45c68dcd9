/**
 * Pages on worker threads. `processPage` is pure and pages are independent, so a build of many pages
 * spreads them over one worker per core; results come back in the order of the jobs, whatever order
 * the workers finish in, so the dataset is the same byte for byte as on one thread.
 *
 * A worker costs a start-up (tsx, the pipeline's modules, the gazetteer and its trie: a few hundred
 * ms of CPU each), so small builds, and the tests, stay on the calling thread (`poolThreads`).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PageResult } from "./process-page.ts";

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

/** Below this many pages to process per worker, a worker does not pay for its start-up. */
export const MIN_PAGES_PER_WORKER = 100;

/**
 * Worker threads for `pages` pages to process: by default one per core, fewer when there are not
 * MIN_PAGES_PER_WORKER pages for each, and 0 (stay on this thread) when that leaves fewer than two.
 * `requested` (the CLI's --threads) overrides the default; 0 or 1 means no workers.
 */
export function poolThreads(pages: number, requested?: number): number {
  if (requested !== undefined) return requested >= 2 && pages > 0 ? Math.min(requested, pages) : 0;
  const threads = Math.min(availableParallelism(), Math.floor(pages / MIN_PAGES_PER_WORKER));
  return threads >= 2 ? threads : 0;
}

const BOOT = new URL("./page-worker-boot.mjs", import.meta.url);

/**
 * Processes `jobs` on `threads` worker threads; results in job order. Jobs go out in small batches,
 * the next one to whichever worker is free, so a slow page does not hold up a whole share.
 * `onResult` is called as each result arrives (job index, result, whether the code threw on it),
 * e.g. to fill a cache and report progress.
 */
export async function processInPool(
  jobs: readonly PageJob[],
  threads: number,
  onResult?: (index: number, result: PageResult, crashed: boolean) => void,
): Promise<PageResult[]> {
  const results: PageResult[] = new Array(jobs.length);
  const batch = Math.max(1, Math.min(16, Math.floor(jobs.length / (threads * 8))));
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      if (jobs.length === 0) {
        resolve();
        return;
      }
      const send = (w: Worker) => {
        if (next >= jobs.length) return;
        const from = next;
        next = Math.min(jobs.length, next + batch);
        const request: PoolRequest = { id: from, jobs: jobs.slice(from, next) };
        w.postMessage(request);
      };
      for (let t = 0; t < threads; t++) {
        const w = new Worker(BOOT, { execArgv: [] });
        workers.push(w);
        w.on("message", (reply: PoolReply) => {
          reply.results.forEach((r, k) => {
            results[reply.id + k] = r;
            onResult?.(reply.id + k, r, reply.crashed[k] === true);
          });
          done += reply.results.length;
          if (done === jobs.length) resolve();
          else send(w);
        });
        w.on("error", reject);
        w.on("exit", (code) => {
          if (done < jobs.length)
            reject(new Error(`page worker exited (code ${code}) before the build ended`));
        });
        send(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
