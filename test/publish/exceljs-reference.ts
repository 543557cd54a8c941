/**
 * The workbook as exceljs 4.4's streaming writer wrote it until release
 * 0.3.0 (pipeline/publish/workbook.ts then used it): the reference that the
 * direct XML writer must match byte for byte (workbook-bytes.test.ts), so
 * that published workbooks keep their bytes. Test code only.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const WIDTH_ROWS = 500;
const MAX_CELL = 32_767;

/** exceljs' writer with one fixed date on every zip entry, as the pipeline pinned it. */
class DatedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  private pinned = false;

  override addThemes(): Promise<void> {
    if (!this.pinned) {
      const self = this as unknown as { zip: { append(source: unknown, data: Record<string, unknown>): unknown }; created: Date };
      const append = self.zip.append.bind(self.zip);
      self.zip.append = (source, data) => append(source, { ...data, date: self.created });
      this.pinned = true;
    }
    return super.addThemes();
  }
}

/** A sheet: header and rows of cell texts. */
export interface ReferenceSheet {
  name: string;
  header: string[];
  rows: string[][];
}

/** Writes `sheets` to `path` the way the exceljs-based writer did (widths from the first rows, bold frozen header, autofilter, text cells). */
export async function writeReferenceWorkbook(path: string, title: string, date: Date, sheets: ReferenceSheet[]): Promise<void> {
  const stream = createWriteStream(path);
  await once(stream, 'open');
  const book = new DatedWorkbookWriter({ stream, useStyles: true, useSharedStrings: false, created: date, modified: date, creator: 'who-said-what pipeline' } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  book.title = title;
  for (const { name, header, rows } of sheets) {
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const first = rows.slice(0, WIDTH_ROWS);
    sheet.columns = header.map((h, i) => {
      const longest = Math.max(h.length, ...first.map((r) => Array.from(r[i] ?? '').length));
      return { header: h, key: h, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)), style: { numFmt: '@' } };
    });
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const cells of rows) sheet.addRow(cells.map((v) => (v.length > MAX_CELL ? `${v.slice(0, MAX_CELL - 1)}…` : v))).commit();
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: header.length } };
    sheet.commit();
  }
  await book.commit();
}
