import type { Byline } from "../shared/schema.ts";

/** One item cut from a page by `segmentPage`, before places, dates, figures and labels are extracted. */
export interface PageItem {
  kind: "article" | "photo";
  /** headline; for a page with no headline, the first sentence of the body */
  title: string;
  subtitle: string | null;
  /** lead-in line such as "贵州:" (as printed, colon included) */
  kicker: string | null;
  /** section banner such as "2026年两节工会送温暖行动·暖闻" that this item stands under */
  section: string | null;
  byline: Byline;
  /** body text in reading order, broken blocks rejoined; bylines and photo credits removed */
  paragraphs: string[];
  /** 1-based inclusive line range in the original file (front matter counted) */
  lines: [number, number];
  /** the day a "本报北京1月7日电" dateline gives ("1月7日"), which its "今天" means; null without one */
  dateline?: string | null;
}
