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
import { createReadStream } from 'node:fs';
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

/**
 * The `published` field of an article row in a file laid out by the JSON
 * array writer: its own line, indented four spaces (a nested value is
 * indented more, and a string holds no raw line break), the value null or a
 * string of printable ASCII without escapes. {@link PUBLISHED_LINE} finds
 * every such line, so a line it finds that this does not match sends the
 * file to the full parse.
 */
const PUBLISHED_FIELD = /\n {4}"published": (?:null|"([\x20\x21\x23-\x5b\x5d-\x7e]*)")(?=,?\n)/g;
const PUBLISHED_LINE = /\n {4}"published": /g;
/** How a file laid out by the JSON array writer begins: an empty array, or one whose first element is an object. */
const WRITER_LAYOUT = /^(?:\[\]\n$|\[\n {2}\{\n)/;

const newer = (newest: string | null, published: unknown): string | null =>
  typeof published === 'string' && published && (newest === null || published > newest) ? published : newest;

/**
 * The newest `published` date of the validated articles, or null. The
 * validated table is laid out by the JSON array writer, so its dates are
 * read off their lines without decoding or parsing the articles' text
 * (issue 12: a rebuild read the whole table for one date); a file in another
 * layout, or a date the line reader cannot take exactly, is parsed row by row.
 */
export async function newestPublished(inDir: string): Promise<string | null> {
  const fast = await newestPublishedByLine(join(inDir, 'articles.json')).catch(() => undefined);
  if (fast !== undefined) return fast;
  let newest: string | null = null;
  for await (const row of validatedRows(inDir, 'articles')) newest = newer(newest, row.published);
  return newest;
}

/** {@link newestPublished} from the file's lines, read as bytes; undefined when the file is not in the writer's layout or a date is not plain. */
export async function newestPublishedByLine(file: string): Promise<string | null | undefined> {
  let newest: string | null = null;
  let carry = '';
  let first = true;
  // Latin-1 maps each byte to one character: the ASCII the pattern looks for is read as it is, and nothing is decoded.
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as Buffer).toString('latin1');
    if (first && !WRITER_LAYOUT.test(text.slice(0, 8))) return undefined;
    first = false;
    const cut = text.lastIndexOf('\n');
    // Up to and with the last line break; the line after it (perhaps cut by the chunk) starts the next text.
    const lines = text.slice(0, cut + 1);
    carry = text.slice(cut);
    let matched = 0;
    for (const m of lines.matchAll(PUBLISHED_FIELD)) {
      matched += 1;
      newest = newer(newest, m[1]);
    }
    if (matched !== (lines.match(PUBLISHED_LINE)?.length ?? 0)) return undefined;
  }
  return first ? undefined : newest;
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
