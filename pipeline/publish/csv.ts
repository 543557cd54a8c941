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
  return [csvLine(columns), ...rows.map((row) => csvRow(row, columns)), csvEnd(rows.length)].join('');
}

/**
 * What ends a CSV file after its rows: nothing, except that a table with no
 * row has an empty line after its header (as the files have always been
 * written, by Papa.unparse of the whole table), so published files keep their bytes.
 */
export function csvEnd(rows: number): string {
  return rows === 0 ? '\r\n' : '';
}

/** One CSV line of cell texts (header or row), CRLF-terminated, quoted only where needed: a file is its lines joined. */
export function csvLine(cells: Array<string | number | boolean>): string {
  return `${Papa.unparse([cells], { newline: '\r\n', quotes: false })}\r\n`;
}

/** One row's CSV line, with exactly the given columns in that order (see {@link toCsv}). */
export function csvRow(row: Record<string, unknown>, columns: string[]): string {
  return csvLine(rowValues(row, columns));
}

/** A row's cell values, the given columns in that order: the CSV writes them as they are, the workbook as their texts. */
export function rowValues(row: Record<string, unknown>, columns: string[]): Array<string | number | boolean> {
  return columns.map((c) => cell(row[c]));
}
