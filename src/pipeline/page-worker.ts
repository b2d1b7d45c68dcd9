// A worker thread of page-pool.ts: processes the pages it is sent and posts their results back.
// Started through page-worker-boot.mjs, which registers tsx so that this TypeScript can load.
import { parentPort } from "node:worker_threads";
import type { PoolReply, PoolRequest } from "./page-pool.ts";
import { pageFailure, processPage } from "./process-page.ts";

const port = parentPort;
if (!port) throw new Error("page-worker.ts runs as a worker thread of page-pool.ts");
port.on("message", (request: PoolRequest) => {
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
  port.postMessage(reply);
});
