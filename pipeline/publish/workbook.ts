/**
 * The Excel workbook of a version, written row by row with exceljs'
 * streaming writer (so a corpus of any size costs the memory of a few
 * hundred rows): the codebook sheet first, then one sheet per table with the
 * CSV's columns. Every cell is a string cell (`t="str"`, no formula), so
 * nothing is ever evaluated: a title like `=HYPERLINK(…)` stays the words it
 * is. The header row is bold and frozen, an autofilter is on, and the widths
 * fit the first rows within bounds. The same rows give the same bytes: fixed
 * document dates and a fixed date on every zip entry.
 */
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { readJsonArray } from '../lib/json-array-file.ts';
import { TABLES, type TableName, csvColumns } from '../lib/schemas.ts';
import { CODEBOOK_COLUMNS, CODEBOOK_NOTES, ExampleCollector, type FieldExamples, codebookRows, examplesOf } from './codebook.ts';
import { cellText } from './csv.ts';

/** File name of the workbook inside a version folder. */
export const WORKBOOK_FILE = 'who-said-what.xlsx';
/** Name of the first sheet. */
export const CODEBOOK_SHEET = 'codebook';

/** Narrowest and widest column, in characters (wider text wraps on double-click, not on open). */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Rows whose lengths set the column widths (the rest are streamed without being kept). */
export const WIDTH_ROWS = 500;
/** Excel's limit on the characters of one cell; a longer value is cut (the CSV and JSON hold it whole). */
export const MAX_CELL = 32_767;
/** Date written into the document properties and zip entries when the version has no `created` date. */
const EPOCH = new Date('2000-01-01T00:00:00Z');
/** Rows written between two pauses that let the zip compression catch up (it runs off the main thread). */
const ROWS_PER_PAUSE = 200;

type Row = Record<string, unknown>;
type Rows = Row[];

/**
 * exceljs' streaming writer with one fixed date on every zip entry (archiver
 * stamps each entry with the time of writing). The first entries are added
 * in the constructor, through `addThemes`, so that is where the zip is taken over.
 */
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

/** One sheet being written: rows go in one at a time; the first {@link WIDTH_ROWS} wait until the widths are known. */
export class SheetWriter {
  private readonly first: string[][] = [];
  private sheet: ExcelJS.Worksheet | null = null;
  private rows = 0;

  constructor(
    private readonly book: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly name: string,
    private readonly header: string[],
  ) {}

  /** Rows held in memory (those waiting for the column widths). */
  get held(): number {
    return this.first.length;
  }

  /** Adds one row of cell texts. */
  async add(cells: string[]): Promise<void> {
    if (!this.sheet) {
      this.first.push(cells);
      if (this.first.length >= WIDTH_ROWS) this.start();
      return;
    }
    this.put(cells);
    if (this.rows % ROWS_PER_PAUSE === 0) await new Promise((resolve) => setImmediate(resolve));
  }

  /** Ends the sheet (autofilter over every row written). */
  async end(): Promise<void> {
    if (!this.sheet) this.start();
    const sheet = this.sheet!;
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + this.rows, column: this.header.length } };
    sheet.commit();
    await new Promise((resolve) => setImmediate(resolve));
  }

  private start(): void {
    const sheet = this.book.addWorksheet(this.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = this.header.map((h, i) => {
      const longest = Math.max(h.length, ...this.first.map((r) => Array.from(r[i] ?? '').length));
      return { header: h, key: h, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)), style: { numFmt: '@' } };
    });
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    this.sheet = sheet;
    for (const cells of this.first.splice(0)) this.put(cells);
  }

  private put(cells: string[]): void {
    const fit = (v: string) => (v.length > MAX_CELL ? `${v.slice(0, MAX_CELL - 1)}…` : v);
    this.sheet!.addRow(cells.map(fit)).commit();
    this.rows += 1;
  }
}

/** A workbook being written to a file: the codebook first, then a sheet per table, then {@link close}. */
export class WorkbookFile {
  private constructor(
    private readonly book: DatedWorkbookWriter,
    private readonly tmp: string,
    readonly path: string,
  ) {}

  /**
   * Opens the workbook at `path` (written under a temporary name until
   * {@link close}) and writes its codebook sheet. `created` (ISO date-time or
   * null) dates the document, so a rebuild gives the same bytes.
   */
  static async open(path: string, title: string, created: string | null, examples: FieldExamples): Promise<WorkbookFile> {
    const date = created ? new Date(created) : EPOCH;
    const tmp = join(dirname(path), `.tmp-${basename(path)}-${randomBytes(6).toString('hex')}`);
    const stream = createWriteStream(tmp);
    await once(stream, 'open');
    const book = new DatedWorkbookWriter({ stream, useStyles: true, useSharedStrings: false, created: date, modified: date, creator: 'who-said-what pipeline' } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
    book.title = title;
    const file = new WorkbookFile(book, tmp, path);
    const codebook = file.sheet(CODEBOOK_SHEET, [...CODEBOOK_COLUMNS]);
    for (const r of codebookRows(examples)) await codebook.add(CODEBOOK_COLUMNS.map((c) => r[c]));
    for (const n of CODEBOOK_NOTES) await codebook.add(['', '', 'note', n, '', '', '']);
    await codebook.end();
    return file;
  }

  /** Starts the next sheet; end it before starting another. */
  sheet(name: string, header: string[]): SheetWriter {
    return new SheetWriter(this.book, name, header);
  }

  /** Finishes the workbook and renames it into place. */
  async close(): Promise<void> {
    await this.book.commit();
    await rename(this.tmp, this.path);
  }

  /** Gives up: the temporary file is removed. */
  async abort(): Promise<void> {
    await rm(this.tmp, { force: true });
  }
}

/** The cells of a table row as the CSV and the workbook show them. */
export function rowCells(row: Record<string, unknown>, columns: string[]): string[] {
  return columns.map((c) => cellText(row[c]));
}

/** The rows of `<dir>/<table>.json`, one at a time. */
function tableRows(dir: string, table: TableName): AsyncGenerator<Row> {
  return readJsonArray(join(dir, `${table}.json`)) as AsyncGenerator<Row>;
}

/**
 * The codebook's examples (the first non-empty value of each field) of the
 * JSON tables in `dir`: each table is read until every field has one, so
 * usually a few rows of each.
 */
export async function collectExamples(dir: string): Promise<FieldExamples> {
  const examples = {} as FieldExamples;
  for (const table of TABLES) {
    const collector = new ExampleCollector(table);
    for await (const row of tableRows(dir, table)) {
      collector.add(row);
      if (collector.complete) break;
    }
    examples[table] = collector.examples;
  }
  return examples;
}

/**
 * Writes `<dir>/who-said-what.xlsx` from the JSON tables of the version
 * folder `dir`, streaming: each row is read from its table's file and put in
 * its sheet before the next is read (publish runs this in a worker thread,
 * pool/publish-worker.ts). Returns the file's name.
 */
export async function writeWorkbookFile(dir: string, title: string, created: string | null): Promise<string> {
  const book = await WorkbookFile.open(join(dir, WORKBOOK_FILE), title, created, await collectExamples(dir));
  try {
    for (const table of TABLES) {
      const columns = csvColumns(table);
      const sheet = book.sheet(table, columns);
      for await (const row of tableRows(dir, table)) await sheet.add(rowCells(row, columns));
      await sheet.end();
    }
    await book.close();
  } catch (error) {
    await book.abort();
    throw error;
  }
  return WORKBOOK_FILE;
}

/**
 * The workbook's bytes for tables held in memory (tests and small callers;
 * the publish stage streams its tables from disk, {@link writeWorkbookFile}).
 */
export async function buildWorkbook(tables: Record<TableName, Rows>, title: string, created: string | null): Promise<Buffer> {
  const path = join(tmpdir(), `wsw-workbook-${process.pid}-${randomBytes(6).toString('hex')}.xlsx`);
  const examples = Object.fromEntries(TABLES.map((t) => [t, examplesOf(t, tables[t])])) as FieldExamples;
  const book = await WorkbookFile.open(path, title, created, examples);
  try {
    for (const t of TABLES) {
      const columns = csvColumns(t);
      const sheet = book.sheet(t, columns);
      for (const row of tables[t]) await sheet.add(rowCells(row, columns));
      await sheet.end();
    }
    await book.close();
    return await readFile(path);
  } finally {
    await book.abort();
    await rm(path, { force: true });
  }
}
