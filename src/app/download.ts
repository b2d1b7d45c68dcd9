import Papa from "papaparse";

/**
 * Saves rows as a CSV file. UTF-8 with a byte-order mark, CRLF line ends: Excel on a Chinese
 * Windows desktop otherwise reads the file as GBK and shows mojibake.
 */
export function csvText(rows: readonly Record<string, string | number | null>[], columns?: string[]): string {
  const body = Papa.unparse(rows as Record<string, unknown>[], {
    newline: "\r\n",
    ...(columns ? { columns } : {}),
  });
  return `\uFEFF${body}\r\n`;
}

export function downloadCsv(
  filename: string,
  rows: readonly Record<string, string | number | null>[],
  columns?: string[],
): void {
  const blob = new Blob([csvText(rows, columns)], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type DownloadCsv = typeof downloadCsv;
