/**
 * The workbook reads back with exceljs: the codebook sheet first, listing
 * every table and field; then one sheet per table holding exactly the CSV's
 * cells, every one a text cell, none a formula; header frozen, autofilter on,
 * readable widths; the same rows give the same bytes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLES, type TableName, columns } from '../../pipeline/lib/schemas.ts';
import { CODEBOOK_SHEET, MAX_CELL, WORKBOOK_FILE, buildWorkbook } from '../../pipeline/publish/workbook.ts';
import { buildPublishFixture } from './built.ts';

let dir: string;
let book: ExcelJS.Workbook;

/** The cells of a sheet as strings, header first. */
function sheetCells(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => String(row.getCell(i + 1).value ?? '')));
  });
  return rows;
}

beforeAll(async () => {
  dir = (await buildPublishFixture()).latest;
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, WORKBOOK_FILE));
});

describe('workbook', () => {
  it('has the codebook first, then one sheet per table', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([CODEBOOK_SHEET, ...TABLES]);
  });

  it('lists every table and field in the codebook with a type and a meaning', () => {
    const [header, ...rows] = sheetCells(book.getWorksheet(CODEBOOK_SHEET)!);
    const at = (name: string) => header!.indexOf(name);
    for (const t of TABLES) {
      for (const field of columns(t)) {
        const row = rows.find((r) => r[at('table')] === t && r[at('field')] === field);
        expect(row, `${t}.${field}`).toBeDefined();
        expect(row![at('type')]).not.toBe('');
        expect(row![at('meaning')]).not.toBe('');
      }
    }
    const published = rows.find((r) => r[at('table')] === 'articles' && r[at('field')] === 'published')!;
    expect(published[at('type')]).toBe('date (YYYY-MM-DD)');
    expect(rows.find((r) => r[at('table')] === 'countries' && r[at('field')] === 'country')![at('example')]).toMatch(/^[A-Z]{2}$/);
  });

  it.each(TABLES)('sheet %s holds the CSV cells, all text, no formula', async (table: TableName) => {
    const sheet = book.getWorksheet(table)!;
    const csv = Papa.parse<string[]>(await readFile(join(dir, `${table}.csv`), 'utf8'), { skipEmptyLines: true }).data;
    expect(sheetCells(sheet)).toEqual(csv);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type, `${table} ${cell.address}`).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
      }),
    );
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    for (const col of sheet.columns) expect(col.width).toBeGreaterThanOrEqual(8);
    expect(Math.max(...sheet.columns.map((c) => c.width ?? 0))).toBeLessThanOrEqual(60);
  });

  it('keeps a title that looks like a formula as its words', () => {
    const titles = sheetCells(book.getWorksheet('articles')!).map((r) => r[columns('articles').indexOf('title')]);
    expect(titles.some((t) => t?.startsWith('=HYPERLINK('))).toBe(true);
  });

  it('gives the same bytes for the same rows, whenever it is written', async () => {
    const tables = Object.fromEntries(
      await Promise.all(TABLES.map(async (t) => [t, JSON.parse(await readFile(join(dir, `${t}.json`), 'utf8'))])),
    );
    const first = await buildWorkbook(tables, 'title', '2024-01-01T00:00:00Z');
    // Zip entries carry times to two seconds: wait past that so a stamped "now" would differ.
    await sleep(2100);
    const second = await buildWorkbook(tables, 'title', '2024-01-01T00:00:00Z');
    expect(second.equals(first)).toBe(true);
  });

  it("cuts a value longer than Excel's cell limit instead of writing a cell Excel would reject", async () => {
    const tables = Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Record<TableName, Array<Record<string, unknown>>>;
    tables.countries = [{ country: 'ZZ', iso3: 'ZZZ', name: 'x'.repeat(MAX_CELL + 100), article_count: 1, mention_count: 1 }];
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await buildWorkbook(tables, 'title', null)) as unknown as ArrayBuffer);
    const name = String(read.getWorksheet('countries')!.getRow(2).getCell(3).value);
    expect(name.length).toBe(MAX_CELL);
    expect(name.endsWith('…')).toBe(true);
  });
});
