import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";

/** The fixture dataset as plain JSON, and an independent (slow, obvious) filter for expectations. */
export const FIXTURE_PATH = "tests/fixtures/datasets/small.json";

export interface FixtureRecord {
  id: string;
  title: string;
  date: string | null;
  place: { province: string; city: string | null; district: string | null } | null;
  types: string[];
  beneficiaries: string[];
  paragraphs: string[];
  organizer: string | null;
  metrics: { text: string; quote: string }[];
  source: { file: string; lines: [number, number] };
}
export interface Fixture {
  records: FixtureRecord[];
  taxonomy: { types: { id: string; zh: string; en: string }[] };
}

export function loadFixture(): Fixture {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, "../..", FIXTURE_PATH), "utf8")) as Fixture;
}

/** Table rows on the current page, as record ids in order. */
export async function tableIds(page: Page): Promise<string[]> {
  await page.locator('[data-testid="programme-table"], .table-card .empty').first().waitFor();
  return page
    .locator('[data-testid="programme-table"] tbody tr[data-record]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-record") ?? ""));
}

/** The table's total row count under the current filters (from the pager). */
export async function tableTotal(page: Page): Promise<number> {
  return Number(await page.locator("[data-total]").getAttribute("data-total"));
}

export async function headlineProgrammes(page: Page): Promise<number> {
  const text = await page.locator('[data-figure="programs"] .figure__value').textContent();
  return Number(text?.replace(/\D/g, ""));
}

export const param = (page: Page, name: string) => new URL(page.url()).searchParams.getAll(name);

/**
 * Waits until a search has its body text: the views first show matches from the index, then widen
 * them as the detail shards arrive, with a hint showing meanwhile (rendered with the first matches).
 */
export async function searchSettled(page: Page): Promise<void> {
  // The loading hint may not be attached yet when this runs; the settled flag is always there.
  await page.locator('main[data-search-settled="yes"]').waitFor();
}
