// A worker thread of page-pool.ts: processes the batches of pages it is sent and posts their results
// back. Started through page-worker-boot.mjs, which registers tsx so that this TypeScript can load.
import { parentPort } from "node:worker_threads";
import { type PoolRequest, processBatch } from "./page-pool.ts";

const port = parentPort;
if (!port) throw new Error("page-worker.ts runs as a worker thread of page-pool.ts");
port.on("message", (request: PoolRequest) => port.postMessage(processBatch(request)));
