/**
 * The tables of a version, written from the validated tables one row at a
 * time: each row read from `<build>/valid/<table>.json` goes to the table's
 * JSON file and its CSV file, and into the digest the changelog compares,
 * before the next row is read. Nothing holds a whole table: memory stays flat
 * as the corpus grows (test/publish/streaming.test.ts counts the rows held).
 * Tables are written in TABLES order, rows in the order validate wrote them,
 * so the files are those a whole-table writer gives. The slower outputs (the
 * workbook, the database, the site's data) are made afterwards from the JSON
 * files written here (slow-outputs.ts), streaming them again.
 */
import { join } from 'node:path';
import { JsonArrayError, JsonArrayWriter, StreamedFile, readJsonArray } from '../lib/json-array-file.ts';
import { PipelineError } from '../lib/errors.ts';
import { TABLES, type TableName, columns, csvColumns, tableSchema } from '../lib/schemas.ts';
import { TableDigest } from './changelog.ts';
import { csvEnd, csvLine, rowValues } from './csv.ts';
import type { PublishedFile } from './datapackage.ts';
import { WORKBOOK_FILE, WorkbookFile, collectExamples } from './workbook.ts';

type Row = Record<string, unknown>;

/** What {@link writeTableFiles} wrote. */
export interface TableFiles {
  /** The CSV and JSON file of every table, in TABLES order. */
  files: PublishedFile[];
  rows: Record<TableName, number>;
  /** Each table's row ids and digests, for the changelog. */
  digests: Record<TableName, TableDigest>;
}

/** The rows of a validated table, one at a time; an unreadable one is the stage's error. */
export async function* validatedRows(inDir: string, table: TableName): AsyncGenerator<Row> {
  const file = join(inDir, `${table}.json`);
  try {
    for await (const row of readJsonArray(file)) yield row as Row;
  } catch (error) {
    if (error instanceof PipelineError) throw error;
    const why = error instanceof JsonArrayError ? 'the validated table is not a JSON array' : 'cannot read the validated table';
    throw new PipelineError('publish', why, { file, cause: error, hint: 'run the validate stage first (`make`)' });
  }
}

/** The newest `published` date of the validated articles (read one at a time), or null. */
export async function newestPublished(inDir: string): Promise<string | null> {
  let newest: string | null = null;
  for await (const row of validatedRows(inDir, 'articles')) {
    const published = row.published;
    if (typeof published === 'string' && published && (newest === null || published > newest)) newest = published;
  }
  return newest;
}

/** JSON as published: fields in schema order, a missing one null. */
function publishedRow(row: Row, names: string[]): Row {
  return Object.fromEntries(names.map((n) => [n, row[n] ?? null]));
}

/** Options of {@link writeTableFiles}. */
export interface TableFilesOptions {
  /** A previous version exists: keep the row digests the changelog compares. */
  compare: boolean;
  /** Write the workbook too (`who-said-what.xlsx`), with this title and date (ISO or null). */
  workbook?: { title: string; created: string | null };
}

/**
 * Writes `<table>.json` and `<table>.csv` of every table into `dir` from the
 * validated tables in `inDir`, and with `options.workbook` the workbook.
 */
export async function writeTableFiles(inDir: string, dir: string, options: TableFilesOptions): Promise<TableFiles> {
  const book = options.workbook
    ? // The codebook's examples are the first values of the validated rows, which are those published (only ordered differently).
      await WorkbookFile.open(join(dir, WORKBOOK_FILE), options.workbook.title, options.workbook.created, await collectExamples(inDir))
    : null;
  try {
    const written = await writeTables(inDir, dir, options, book);
    await book?.close();
    return written;
  } catch (error) {
    await book?.abort();
    throw error;
  }
}

async function writeTables(inDir: string, dir: string, options: TableFilesOptions, book: WorkbookFile | null): Promise<TableFiles> {
  const files: PublishedFile[] = [];
  const rows = {} as Record<TableName, number>;
  const digests = {} as Record<TableName, TableDigest>;
  for (const table of TABLES) {
    const names = columns(table);
    const csvNames = csvColumns(table);
    const json = await JsonArrayWriter.open(join(dir, `${table}.json`));
    const csv = await StreamedFile.open(join(dir, `${table}.csv`));
    const sheet = book?.sheet(table, csvNames);
    try {
      const digest = new TableDigest(tableSchema(table)['x-primary-key'], options.compare);
      await csv.append(csvLine(csvNames));
      for await (const row of validatedRows(inDir, table)) {
        await json.write(publishedRow(row, names));
        const values = rowValues(row, csvNames);
        await csv.append(csvLine(values));
        await sheet?.add(values.map(String));
        digest.add(row);
      }
      await sheet?.end();
      await csv.append(csvEnd(json.rows));
      rows[table] = json.rows;
      digests[table] = digest;
      files.push({ table, format: 'csv', path: `${table}.csv`, ...(await csv.close()) });
      files.push({ table, format: 'json', path: `${table}.json`, ...(await json.close()) });
    } catch (error) {
      await Promise.all([json.abort(), csv.abort()]);
      throw error;
    }
  }
  return { files, rows, digests };
}
