import Papa from 'papaparse';

/** How arrays are joined in a CSV cell (DESIGN.md). */
export const CSV_LIST_DELIMITER = '; ';

/** A value as one cell's text: null empty, lists joined with {@link CSV_LIST_DELIMITER}. Shared by the CSV and the workbook. */
export function cellText(value: unknown): string {
  return String(cell(value));
}

function cell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(CSV_LIST_DELIMITER);
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

/**
 * Writes rows as RFC 4180 CSV (comma, CRLF line ends, quotes where needed,
 * header row), with exactly the given columns in that order; null is an
 * empty cell and arrays are joined with {@link CSV_LIST_DELIMITER}.
 */
export function toCsv(rows: Array<Record<string, unknown>>, columns: string[]): string {
  const data = rows.map((row) => columns.map((c) => cell(row[c])));
  return `${Papa.unparse({ fields: columns, data }, { newline: '\r\n', quotes: false })}\r\n`;
}
