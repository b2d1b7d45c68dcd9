/**
 * Preloaded into a process the bench runs as a black box (the CLI): on exit it writes its peak RSS and
 * CPU time to the file named by ATLAS_BENCH_REPORT.
 */
import { writeFileSync } from "node:fs";

const file = process.env.ATLAS_BENCH_REPORT;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ maxRssBytes: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }),
    );
  });
}
