// Entry of a page-pool.ts worker thread. A worker does not inherit the parent's tsx loader on Node 20
// ("Unknown file extension .ts"), so it registers tsx itself before importing the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./page-worker.ts");
