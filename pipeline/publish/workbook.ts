/**
 * The Excel workbook of a version (exceljs): the codebook sheet first, then
 * one sheet per table with the CSV's columns. Every cell is stored as text
 * (an inline string, column format '@'), so nothing is ever evaluated: a
 * title like `=HYPERLINK(…)` stays the words it is. The header row is bold and
 * frozen, an autofilter is on, and the widths fit the content within bounds.
 * The same rows give the same bytes: fixed document dates and fixed dates
 * inside the zip.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { TABLES, type TableName, csvColumns } from '../lib/schemas.ts';
import { CODEBOOK_COLUMNS, CODEBOOK_NOTES, codebookRows } from './codebook.ts';
import { cellText } from './csv.ts';

/** File name of the workbook inside a version folder. */
export const WORKBOOK_FILE = 'who-said-what.xlsx';
/** Name of the first sheet. */
export const CODEBOOK_SHEET = 'codebook';

/** Narrowest and widest column, in characters (wider text wraps on double-click, not on open). */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Excel's limit on the characters of one cell; a longer value is cut (the CSV and JSON hold it whole). */
export const MAX_CELL = 32_767;
/** Date written into the document properties and zip entries when the version has no `created` date. */
const EPOCH = new Date('2000-01-01T00:00:00Z');

type Rows = Array<Record<string, unknown>>;

/** Text cells for a sheet: a header row, then one row of strings per record. */
function addSheet(book: ExcelJS.Workbook, name: string, header: string[], rows: string[][]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, i) => {
    const longest = Math.max(h.length, ...rows.slice(0, 500).map((r) => Array.from(r[i] ?? '').length));
    return { header: h, key: h, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)), style: { numFmt: '@' } };
  });
  sheet.getRow(1).font = { bold: true };
  const fit = (v: string) => (v.length > MAX_CELL ? `${v.slice(0, MAX_CELL - 1)}…` : v);
  for (const r of rows) sheet.addRow(r.map(fit));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: header.length } };
}

/** Rewrites the zip with one fixed date on every entry (exceljs stamps the time of writing). */
async function withFixedDates(bytes: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (!entry.dir) out.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * The workbook's bytes: codebook, notes under it, then every table.
 * `created` (ISO date-time or null) dates the document, so a rebuild gives the same bytes.
 */
export async function buildWorkbook(tables: Record<TableName, Rows>, title: string, created: string | null): Promise<Buffer> {
  const date = created ? new Date(created) : EPOCH;
  const book = new ExcelJS.Workbook();
  book.creator = 'who-said-what pipeline';
  book.title = title;
  book.created = date;
  book.modified = date;
  const codebook = codebookRows(tables).map((r) => CODEBOOK_COLUMNS.map((c) => r[c]));
  const notes = CODEBOOK_NOTES.map((n) => ['', '', 'note', n, '', '', '']);
  addSheet(book, CODEBOOK_SHEET, [...CODEBOOK_COLUMNS], [...codebook, ...notes]);
  for (const t of TABLES) {
    const columns = csvColumns(t);
    addSheet(book, t, columns, tables[t].map((row) => columns.map((c) => cellText(row[c]))));
  }
  // Stored, not deflated: withFixedDates compresses every entry once, so deflating here too was wasted work (same bytes out).
  const bytes = Buffer.from(await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Partial<ExcelJS.XlsxWriteOptions>));
  return withFixedDates(bytes, date);
}
