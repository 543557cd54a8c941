/**
 * The Excel workbook of a version, written row by row as the XML text of
 * its sheets (workbook-xml.ts) into a zip (archiver, compressing with
 * Node's zlib), so a corpus of any size costs the memory of a few hundred
 * rows: the codebook sheet first, then one sheet per table with the CSV's
 * columns. Every cell is a string cell (`t="str"`, no formula), so nothing
 * is ever evaluated: a title like `=HYPERLINK(…)` stays the words it is. The
 * header row is bold and frozen, an autofilter is on, and the widths fit the
 * first rows within bounds. The same rows give the same bytes (the bytes
 * exceljs gave until 0.3.0): fixed document dates and a fixed date on every
 * zip entry.
 */
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tempPathBeside } from '../lib/atomic-write.ts';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import archiver from 'archiver';
import { readJsonArray } from '../lib/json-array-file.ts';
import { tableElements } from '../validate/writer-elements.ts';
import { TABLES, type TableName, csvColumns } from '../lib/schemas.ts';
import { CODEBOOK_COLUMNS, CODEBOOK_NOTES, ExampleCollector, type FieldExamples, codebookRows, examplesOf } from './codebook.ts';
import { cellText } from './csv.ts';
import * as xml from './workbook-xml.ts';

/** File name of the workbook inside a version folder. */
export const WORKBOOK_FILE = 'who-said-what.xlsx';
/** Name of the first sheet. */
export const CODEBOOK_SHEET = 'codebook';

/** Rows whose lengths set the column widths (the rest are streamed without being kept). */
export const WIDTH_ROWS = 500;
/** Excel's limit on the characters of one cell; a longer value is cut (the CSV and JSON hold it whole). */
export const MAX_CELL = 32_767;
/** Date written into the document properties and zip entries when the version has no `created` date. */
const EPOCH = new Date('2000-01-01T00:00:00Z');
/** Characters of sheet XML gathered before they are handed to the zip (few large writes cost less than many small ones). */
const CHUNK_CHARS = 1 << 16;
/** Who the document properties say made it. */
const CREATOR = 'who-said-what pipeline';

type Row = Record<string, unknown>;
type Rows = Row[];

const fit = (v: string): string => (v.length > MAX_CELL ? `${v.slice(0, MAX_CELL - 1)}…` : v);
/** What stands for the row number in a row's piece: NUL, which the XML writer drops from cell text, so it is never anything else. */
const ROW_STAND_IN = '\u0000';
/** How a row's piece opens, and what a pass over several pieces replaces: each row's opening with its number, each other stand-in with that number. */
const ROW_OPEN = '<row r="';
const ROW_MARKS = /<row r="\u0000|\u0000/g;

/** A row's sheet XML with {@link ROW_STAND_IN} for its row number, as {@link SheetWriter.addPiece} takes it (row-pieces.ts keeps it between builds). */
export function sheetRowPiece(cells: string[], letters: string[]): string {
  return xml.rowXml(ROW_STAND_IN, cells.map(fit), letters);
}

/** One sheet being written: rows go in one at a time; the first {@link WIDTH_ROWS} wait until the widths are known. */
export class SheetWriter {
  private readonly first: string[][] = [];
  private readonly letters: string[];
  private out: PassThrough | null = null;
  private pending = '';
  private rows = 0;

  constructor(
    private readonly book: WorkbookFile,
    private readonly header: string[],
  ) {
    this.letters = xml.sheetLetters(header.length);
  }

  /** Rows held in memory (those waiting for the column widths). */
  get held(): number {
    return this.first.length;
  }

  /** Adds one row of cell texts. */
  async add(cells: string[]): Promise<void> {
    if (!this.out) {
      this.first.push(cells);
      if (this.first.length >= WIDTH_ROWS) await this.start();
      return;
    }
    await this.put(cells);
  }

  /** Ends the sheet (autofilter over every row written). */
  async end(): Promise<void> {
    if (!this.out) await this.start();
    this.pending += xml.sheetTail(this.header.length, this.rows);
    await this.flush();
    this.out!.end();
  }

  private async start(): Promise<void> {
    this.out = this.book.openSheet();
    this.pending = xml.sheetHead(xml.columnWidths(this.header, this.first)) + xml.rowXml(1, this.header, this.letters, true);
    for (const cells of this.first.splice(0)) await this.put(cells);
  }

  /**
   * Adds one row given as its piece ({@link sheetRowPiece}: its XML with a
   * stand-in for the row number), so nothing is escaped again; `cells` gives
   * its cell texts while the rows that set the widths are still gathered.
   */
  async addPiece(piece: Buffer, cells: () => string[]): Promise<void> {
    if (!this.out) return this.add(cells());
    this.rows += 1;
    this.pending += piece.toString('utf8').replaceAll(ROW_STAND_IN, String(this.rows + 1));
    if (this.pending.length >= CHUNK_CHARS) await this.flush();
  }

  /** Whether the sheet still gathers the rows that set the widths (rows must then come with their cells, {@link addPiece}). */
  get waiting(): boolean {
    return this.out === null;
  }

  /**
   * Adds rows given as their pieces one after the other ({@link sheetRowPiece}
   * each, as row-pieces.ts keeps an article's), numbered in one pass; only
   * once the widths are set ({@link waiting} false). A piece's row opens with
   * `<row r="` and its cell text has no `<` (escaped), so that marks each row.
   */
  async addPieces(pieces: Buffer, rows: number): Promise<void> {
    if (!this.out) throw new Error('the sheet still gathers the rows that set its widths');
    // The number of the row written last (the header is row 1), then of each row as its opening is met.
    let number = this.rows + 1;
    const text = pieces.toString('utf8').replace(ROW_MARKS, (mark) => (mark === ROW_STAND_IN ? String(number) : `${ROW_OPEN}${++number}`));
    if (number - this.rows - 1 !== rows) throw new Error(`${rows} row(s) expected in the sheet pieces, ${number - this.rows - 1} found`);
    this.pending += text;
    this.rows += rows;
    if (this.pending.length >= CHUNK_CHARS) await this.flush();
  }

  private async put(cells: string[]): Promise<void> {
    this.rows += 1;
    this.pending += xml.rowXml(this.rows + 1, cells.map(fit), this.letters);
    if (this.pending.length >= CHUNK_CHARS) await this.flush();
  }

  /** Hands the gathered XML to the zip, waiting while the compression catches up. */
  private async flush(): Promise<void> {
    const chunk = this.pending;
    this.pending = '';
    if (chunk && !this.out!.write(chunk)) await Promise.race([once(this.out!, 'drain'), this.book.failed]);
  }
}

/** A workbook being written to a file: the codebook first, then a sheet per table, then {@link close}. */
export class WorkbookFile {
  private readonly names: string[] = [];
  private readonly zip = archiver('zip');
  private readonly done: Promise<void>;
  private failure: Error | null = null;
  /** Rejects when the zip or the file fails (a full disk), so that no writer waits for a drain that will not come. */
  readonly failed: Promise<never>;

  private constructor(
    private readonly tmp: string,
    readonly path: string,
    private readonly title: string,
    private readonly date: Date,
  ) {
    const file = createWriteStream(tmp);
    let fail: (error: Error) => void = () => undefined;
    this.failed = new Promise<never>((_, reject) => (fail = reject));
    this.failed.catch(() => undefined);
    const onError = (error: Error) => {
      this.failure ??= error;
      fail(error);
    };
    this.zip.on('error', onError);
    file.on('error', onError);
    this.zip.pipe(file);
    this.done = Promise.race([once(file, 'close').then(() => undefined), this.failed]);
    // Awaited by close() only; a writer that gave up earlier has had the error already.
    this.done.catch(() => undefined);
    this.add(xml.themeXml(), 'xl/theme/theme1.xml');
    this.add(xml.ROOT_RELS, '/_rels/.rels');
  }

  /**
   * Opens the workbook at `path` (written under a temporary name until
   * {@link close}) and writes its codebook sheet. `created` (ISO date-time or
   * null) dates the document, so a rebuild gives the same bytes.
   */
  static async open(path: string, title: string, created: string | null, examples: FieldExamples): Promise<WorkbookFile> {
    const rows = codebookRows(examples).map((r) => CODEBOOK_COLUMNS.map((c) => r[c]));
    for (const n of CODEBOOK_NOTES) rows.push(['', '', 'note', n, '', '', '']);
    return WorkbookFile.openWith(path, title, created, [...CODEBOOK_COLUMNS], rows);
  }

  /** {@link open} with the codebook sheet's header and rows given. */
  static async openWith(path: string, title: string, created: string | null, header: string[], rows: string[][]): Promise<WorkbookFile> {
    const tmp = tempPathBeside(path);
    const file = new WorkbookFile(tmp, path, title, created ? new Date(created) : EPOCH);
    const codebook = file.sheet(CODEBOOK_SHEET, header);
    for (const cells of rows) await codebook.add(cells);
    await codebook.end();
    return file;
  }

  /** Starts the next sheet; end it before starting another. */
  sheet(name: string, header: string[]): SheetWriter {
    this.names.push(name);
    return new SheetWriter(this, header);
  }

  /** The stream of the newest sheet's XML, queued in the zip (sheet writers call this once they know their widths). */
  openSheet(): PassThrough {
    const stream = new PassThrough();
    this.zip.append(stream, { name: xml.sheetPath(this.names.length), date: this.date });
    return stream;
  }

  /** Finishes the workbook and renames it into place. */
  async close(): Promise<void> {
    const sheets = this.names.length;
    this.add(xml.contentTypesXml(sheets), '[Content_Types].xml');
    this.add(xml.appXml(this.names), 'docProps/app.xml');
    this.add(xml.coreXml(CREATOR, this.title, this.date), 'docProps/core.xml');
    this.add(xml.STYLES_XML, 'xl/styles.xml');
    this.add(xml.workbookRelsXml(sheets), '/xl/_rels/workbook.xml.rels');
    this.add(xml.workbookXml(this.names), '/xl/workbook.xml');
    await this.zip.finalize();
    await this.done;
    if (this.failure) throw this.failure;
    await rename(this.tmp, this.path);
  }

  /** Gives up: the temporary file is removed. */
  async abort(): Promise<void> {
    this.zip.abort();
    await rm(this.tmp, { force: true });
  }

  private add(text: string, name: string): void {
    this.zip.append(text, { name, date: this.date });
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
    for await (const element of tableElements(join(dir, `${table}.json`))) {
      if (typeof element !== 'string' && !collector.mayFill(element)) continue;
      collector.add(JSON.parse(element.toString()) as Row);
      if (collector.complete) break;
    }
    examples[table] = collector.examples;
  }
  return examples;
}

/**
 * The workbook's bytes for tables held in memory (tests and small callers;
 * the publish stage writes the workbook with the CSV and JSON tables, table-files.ts).
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
