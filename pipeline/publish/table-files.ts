/**
 * The tables of a version, written from the validated tables one row at a
 * time: each row read from `<build>/valid/<table>.json` goes to the table's
 * JSON file and its CSV file, and into the digest the changelog compares,
 * before the next row is read. Nothing holds a whole table: memory stays flat
 * as the corpus grows (test/publish/streaming.test.ts counts the rows held).
 * Tables are written in TABLES order, rows in the order validate wrote them,
 * so the files are those a whole-table writer gives. The slower outputs (the
 * database, the site's data) are made from the validated tables at the same
 * time (slow-outputs.ts).
 *
 * A row the last publish wrote is not parsed again: its pieces (JSON element,
 * CSV line, sheet row, changelog digest, key) are copied from the last
 * publish's pieces file, found by the digest of its validated bytes
 * (row-pieces.ts); only new rows are parsed and serialised. The rows that
 * differ from the last publish are told to the database patch (table-changes.ts).
 */
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { ARTICLE_TABLES, type ArticleIndex, type ArticleTableName, readArticleIndex } from '../extract/article-index.ts';
import { type MakePieces, writeByArticle } from './article-pieces.ts';
import { join } from 'node:path';
import { JsonArrayError, JsonArrayWriter, StreamedFile, elementText, parseElement, readJsonArray } from '../lib/json-array-file.ts';
import { PipelineError } from '../lib/errors.ts';
import { TABLES, type TableName, columns, csvColumns, tableSchema } from '../lib/schemas.ts';
import { rowDigest as rowDigestOf, rowDigestOfBytes } from '../validate/row-memo.ts';
import { tableElements } from '../validate/writer-elements.ts';
import { TableDigest, rowDigest, rowId } from './changelog.ts';
import { csvEnd, csvLine, rowValues } from './csv.ts';
import type { PublishedFile } from './datapackage.ts';
import type { ChangeCollector } from './table-changes.ts';
import { PieceFile, PieceFileWriter, type RowPieces, decodeRecord, encodeRecord } from './row-pieces.ts';
import { cellLengths, sheetLetters } from './workbook-xml.ts';
import { WORKBOOK_FILE, WorkbookFile, collectExamples, sheetRowPiece } from './workbook.ts';
import type { FieldExamples } from './codebook.ts';
import { TableReuse, type TableReuseInput, groupedByArticle, tableLayout } from './table-reuse.ts';

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

/** Where the rows' pieces of the last publish are and go (row-pieces.ts): a folder in the build folder, and the code they are made under. */
export interface PiecesPlace {
  dir: string;
  /** SHA-256 (hex) of the code fingerprint. */
  fingerprintHash: string;
}

/** Options of {@link writeTableFiles}. */
export interface TableFilesOptions {
  /** A previous version exists: keep the row digests the changelog compares. */
  compare: boolean;
  /** Write the workbook too (`who-said-what.xlsx`), with this title and date (ISO or null). */
  workbook?: { title: string; created: string | null };
  /** Copy the pieces of rows the last publish wrote, and keep this publish's for the next (default: make every row afresh, keep nothing). */
  pieces?: PiecesPlace;
  /** Told, table by table, which rows differ from the last publish's (the database patch, duckdb-patch.ts). */
  changes?: ChangeCollector;
  /** With `pieces`: take the tables that did not change from the version the last publish wrote, and record this publish's (table-reuse.ts). */
  reuse?: TableReuseInput;
}

/**
 * Writes `<table>.json` and `<table>.csv` of every table into `dir` from the
 * validated tables in `inDir`, and with `options.workbook` the workbook.
 */
export async function writeTableFiles(inDir: string, dir: string, options: TableFilesOptions): Promise<TableFiles> {
  let book: WorkbookFile | null = null;
  try {
    // With the validated tables' article index, the tables grouped by article are written article by article (article-pieces.ts).
    const index = await readArticleIndex(inDir);
    const byArticle = await groupedByArticle(inDir, index);
    const reuse = options.reuse && options.pieces ? new TableReuse(options.reuse, options.pieces.fingerprintHash) : null;
    for (const table of TABLES) reuse?.keyTable(table, tableLayout(index, table, byArticle.has(table)));
    // The codebook's examples are the first values of the validated rows, which are those published (only ordered differently).
    const examples = await collectExamples(inDir, reuse?.knownExamples());
    book = options.workbook ? await WorkbookFile.open(join(dir, WORKBOOK_FILE), options.workbook.title, options.workbook.created, examples) : null;
    const written = await writeTables(inDir, dir, options, book, { index, byArticle, reuse, examples });
    options.changes?.finish();
    await book?.close();
    if (book) reuse?.wroteWorkbook(WORKBOOK_FILE);
    return written;
  } catch (error) {
    // Settled on every path: the database patch waits for it.
    options.changes?.fail();
    await book?.abort();
    throw error;
  }
}

/** The elements of a validated table (as bytes in the writer's layout); an unreadable one is the stage's error. */
async function* validatedElements(inDir: string, table: TableName): AsyncGenerator<Buffer | string> {
  const file = join(inDir, `${table}.json`);
  try {
    yield* tableElements(file);
  } catch (error) {
    if (error instanceof PipelineError) throw error;
    const why = error instanceof JsonArrayError ? 'the validated table is not a JSON array' : 'cannot read the validated table';
    throw new PipelineError('publish', why, { file, cause: error, hint: 'run the validate stage first (`make`)' });
  }
}

/** A validated element parsed; one that is not JSON is the stage's error. */
function parsedElement(inDir: string, table: TableName, element: Buffer | string): Row {
  const file = join(inDir, `${table}.json`);
  try {
    return parseElement(file, typeof element === 'string' ? element : element.toString('utf8')) as Row;
  } catch (error) {
    throw new PipelineError('publish', 'the validated table is not a JSON array', { file, cause: error, hint: 'run the validate stage first (`make`)' });
  }
}

/** What a table's rows are published as, besides the row itself. */
interface TableLayout {
  names: string[];
  csvNames: string[];
  letters: string[];
  key: string[];
}

/** The pieces of one row (row-pieces.ts). */
function piecesOf(row: Row, layout: TableLayout): RowPieces {
  const values = rowValues(row, layout.csvNames);
  const cells = values.map(String);
  return {
    json: Buffer.from(elementText(publishedRow(row, layout.names))),
    csv: Buffer.from(csvLine(values)),
    sheet: Buffer.from(sheetRowPiece(cells, layout.letters)),
    id: Buffer.from(rowId(row, layout.key)),
    hash: Buffer.from(rowDigest(row)),
    key: Buffer.from(JSON.stringify(layout.key.map((k) => row[k]))),
    width: cellLengths(cells),
    zip: Buffer.alloc(0),
  };
}

/** What {@link writeTableFiles} found out before the tables are written. */
interface TablesPlan {
  index: ArticleIndex | null;
  byArticle: Set<TableName>;
  reuse: TableReuse | null;
  examples: FieldExamples;
}

async function writeTables(inDir: string, dir: string, options: TableFilesOptions, book: WorkbookFile | null, plan: TablesPlan): Promise<TableFiles> {
  const files: PublishedFile[] = [];
  const rows = {} as Record<TableName, number>;
  const digests = {} as Record<TableName, TableDigest>;
  const { index, reuse } = plan;
  for (const table of TABLES) {
    const csvNames = csvColumns(table);
    const key = tableSchema(table)['x-primary-key'];
    const layout: TableLayout = { names: columns(table), csvNames, letters: sheetLetters(csvNames.length), key };
    const at = ARTICLE_TABLES.indexOf(table as ArticleTableName);
    const byArticle = plan.byArticle.has(table);
    const place = options.pieces ? join(options.pieces.dir, `${table}.${byArticle ? 'articles' : 'pieces'}`) : null;
    // The other kind's file of this table, if any, is of no use to the next publish either.
    if (options.pieces && at >= 0) await rm(join(options.pieces.dir, `${table}.${byArticle ? 'pieces' : 'articles'}`), { force: true });
    const old = place ? await PieceFile.open(place, options.pieces!.fingerprintHash) : PieceFile.empty();
    // Unchanged since the last publish, whose pieces of it are in place (so nothing of it changed for the database patch either): taken whole.
    const taken = reuse && !options.compare && old.found ? await reuse.take(table, dir, book !== null) : undefined;
    if (taken && reuse) {
      await old.close();
      options.changes?.table(table, true);
      const sheetPlace = taken.sheet ? await book!.copySheet(table, taken.sheet) : null;
      const { made } = taken;
      rows[table] = made.rows;
      digests[table] = Object.assign(new TableDigest(key, false), { count: made.rows });
      files.push({ table, format: 'csv', path: `${table}.csv`, ...made.csv }, { table, format: 'json', path: `${table}.json`, ...made.json });
      reuse.made(table, { ...made, sheet: sheetPlace, examples: plan.examples[table] });
      continue;
    }
    const next = place ? await PieceFileWriter.open(place, options.pieces!.fingerprintHash, old) : null;
    const json = await JsonArrayWriter.open(join(dir, `${table}.json`));
    const csv = await StreamedFile.open(join(dir, `${table}.csv`));
    const sheet = book?.sheet(table, csvNames);
    const changes = options.changes?.table(table, old.found);
    try {
      const digest = new TableDigest(key, options.compare);
      await csv.append(csvLine(csvNames));
      const make: MakePieces = (element) => piecesOf(parsedElement(inDir, table, element), layout);
      if (byArticle) {
        await writeByArticle(table as ArticleTableName, inDir, index!, { json, csv, sheet, digest, changes, old, next }, make);
      } else {
        for await (const element of validatedElements(inDir, table)) {
          const rowDigest = typeof element === 'string' ? rowDigestOf(table, element) : rowDigestOfBytes(table, element);
          const kept = await old.record(rowDigest);
          const record = kept?.record ?? encodeRecord(rowDigest, make(element));
          const pieces = decodeRecord(record);
          if (!kept) changes?.changed(pieces.key.toString('utf8'), element);
          await next?.add(record, kept?.offset ?? null);
          await json.writeText(pieces.json);
          await csv.append(pieces.csv);
          await sheet?.addPiece(pieces.sheet, pieces.width);
          digest.addKnown(pieces.id, pieces.hash);
        }
        if (changes) for await (const gone of old.untaken()) changes.removed(gone.key.toString('utf8'));
      }
      const sheetPlace = (await sheet?.end()) ?? null;
      await csv.append(csvEnd(json.rows));
      rows[table] = json.rows;
      digests[table] = digest;
      const csvFile = await csv.close();
      const jsonFile = await json.close();
      files.push({ table, format: 'csv', path: `${table}.csv`, ...csvFile }, { table, format: 'json', path: `${table}.json`, ...jsonFile });
      await next?.commit();
      reuse?.made(table, { rows: json.rows, json: jsonFile, csv: csvFile, sheet: sheetPlace, examples: plan.examples[table] });
    } catch (error) {
      await Promise.all([json.abort(), csv.abort(), next?.abort()]);
      throw error;
    } finally {
      await old.close();
    }
  }
  return { files, rows, digests };
}
