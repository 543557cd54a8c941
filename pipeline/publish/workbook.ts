/**
 * The Excel workbook of a version, written row by row as the XML text of
 * its sheets (workbook-xml.ts) into a zip of our own (zip-pieces.ts), so a
 * corpus of any size costs the memory of a few hundred rows: the codebook
 * sheet first, then one sheet per table with the CSV's columns
 * (sheet-writer.ts). Every cell is a string cell (`t="str"`, no formula), so
 * nothing is ever evaluated: a title like `=HYPERLINK(…)` stays the words it
 * is. The header row is bold and frozen, an autofilter is on, and the widths
 * fit the first rows within bounds. Each part's XML is the text exceljs gave
 * until 0.3.0; the zip around it is compressed in pieces (an article's rows
 * are one piece, copied by the next build while they stay in place). The
 * same rows give the same bytes: fixed document dates and a fixed date on
 * every zip entry.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readJsonArray } from '../lib/json-array-file.ts';
import { tableElements } from '../validate/writer-elements.ts';
import { TABLES, type TableName, csvColumns } from '../lib/schemas.ts';
import { CODEBOOK_COLUMNS, CODEBOOK_NOTES, ExampleCollector, type FieldExamples, codebookRows, examplesOf } from './codebook.ts';
import { cellText } from './csv.ts';
import { SheetWriter } from './sheet-writer.ts';
import * as xml from './workbook-xml.ts';
import { type DeflatedPiece, type EntryPlace, ZipWriter } from './zip-pieces.ts';

export { MAX_CELL, SheetWriter, WIDTH_ROWS, sheetRowPiece } from './sheet-writer.ts';

/** File name of the workbook inside a version folder. */
export const WORKBOOK_FILE = 'who-said-what.xlsx';
/** Name of the first sheet. */
export const CODEBOOK_SHEET = 'codebook';

/** Date written into the document properties and zip entries when the version has no `created` date. */
const EPOCH = new Date('2000-01-01T00:00:00Z');
/** Who the document properties say made it. */
const CREATOR = 'who-said-what pipeline';

type Row = Record<string, unknown>;
type Rows = Row[];

/** A part's name in the zip: its package path without the leading slash. */
const entryName = (path: string): string => path.replace(/^\//, '');

/** A workbook being written to a file: the codebook first, then a sheet per table, then {@link close}. */
export class WorkbookFile {
  private readonly names: string[] = [];

  private constructor(
    private readonly zip: ZipWriter,
    readonly path: string,
    private readonly title: string,
    private readonly date: Date,
  ) {}

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
    const date = created ? new Date(created) : EPOCH;
    const file = new WorkbookFile(await ZipWriter.open(path, date), path, title, date);
    try {
      await file.zip.addFile('xl/theme/theme1.xml', xml.themeXml());
      await file.zip.addFile('_rels/.rels', xml.ROOT_RELS);
      const codebook = file.sheet(CODEBOOK_SHEET, header);
      for (const cells of rows) await codebook.add(cells);
      await codebook.end();
    } catch (error) {
      await file.abort();
      throw error;
    }
    return file;
  }

  /** Starts the next sheet; end it before starting another. */
  sheet(name: string, header: string[]): SheetWriter {
    this.names.push(name);
    const path = entryName(xml.sheetPath(this.names.length));
    return new SheetWriter(() => this.zip.begin(path), header);
  }

  /**
   * Adds the next sheet as the deflate data of a sheet an earlier build wrote
   * (without its final block: {@link EntryPlace}), copied as bytes; resolves
   * with where it is in this workbook.
   */
  async copySheet(name: string, piece: DeflatedPiece): Promise<EntryPlace> {
    this.names.push(name);
    const entry = this.zip.begin(entryName(xml.sheetPath(this.names.length)));
    await entry.write(piece);
    return entry.end();
  }

  /** Finishes the workbook and renames it into place. */
  async close(): Promise<void> {
    const sheets = this.names.length;
    await this.zip.addFile('[Content_Types].xml', xml.contentTypesXml(sheets));
    await this.zip.addFile('docProps/app.xml', xml.appXml(this.names));
    await this.zip.addFile('docProps/core.xml', xml.coreXml(CREATOR, this.title, this.date));
    await this.zip.addFile('xl/styles.xml', xml.STYLES_XML);
    await this.zip.addFile('xl/_rels/workbook.xml.rels', xml.workbookRelsXml(sheets));
    await this.zip.addFile('xl/workbook.xml', xml.workbookXml(this.names));
    await this.zip.close();
  }

  /** Gives up: the temporary file is removed. */
  async abort(): Promise<void> {
    await this.zip.abort();
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
 * usually a few rows of each; a table in `known` (its examples as an earlier
 * publish collected them from the same table) is not read.
 */
export async function collectExamples(dir: string, known: Partial<FieldExamples> = {}): Promise<FieldExamples> {
  const examples = {} as FieldExamples;
  for (const table of TABLES) {
    const remembered = known[table];
    if (remembered) {
      examples[table] = remembered;
      continue;
    }
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
