/**
 * A table grouped by article written article by article (issue 12: one
 * changed page rebuilt in time proportional to the change). With the article
 * index of the validated tables (extract/article-index.ts), the published
 * pieces of a table's rows (row-pieces.ts: JSON elements, CSV lines, sheet
 * rows, changelog ids and digests, primary keys) are kept per article, under
 * the article's digest: an article the last publish wrote has its rows copied
 * as runs of bytes (JSON, CSV, and the workbook's sheet rows as compressed
 * bytes, sheet-writer.ts), its rows neither hashed nor parsed; only the rows
 * of new or changed articles are parsed and their pieces made. An article's
 * record holds its rows' pieces one after the other (JSON elements joined by
 * the writer's separator), its ids, digests and keys as JSON arrays, read
 * only when needed (the changelog compares with an earlier version; the
 * article is gone from the database), and its sheet rows compressed with the
 * row number they start at: the sheet's rows carry their numbers, so when
 * rows before the article were added or removed its rows are numbered and
 * compressed again from the XML kept beside (and the record written anew).
 *
 * The change set the database patch applies (table-changes.ts) is then by
 * article: every row of a new or changed article is changed, every row of an
 * article of the last publish that no article of this one matches is removed
 * (a row in both is deleted and inserted again, which gives the same table).
 */
import { join } from 'node:path';
import { closeSync, openSync } from 'node:fs';
import { ARTICLE_TABLES, type ArticleIndex, type ArticleTableName, articleRuns, readRun, splitRun } from '../extract/article-index.ts';
import { PipelineError } from '../lib/errors.ts';
import type { JsonArrayWriter, StreamedFile } from '../lib/json-array-file.ts';
import { digestWordsOf } from '../validate/key-set.ts';
import type { TableDigest } from './changelog.ts';
import { type PieceFile, type PieceFileWriter, type RowPieces, decodeRecord, encodeRecord } from './row-pieces.ts';
import type { TableChangeSink } from './table-changes.ts';
import type { SheetWriter } from './sheet-writer.ts';
import type { DeflatedPiece } from './zip-pieces.ts';

/** What an article's rows are written to. */
export interface ArticleTableOutputs {
  json: JsonArrayWriter;
  csv: StreamedFile;
  sheet: SheetWriter | undefined;
  digest: TableDigest;
  changes: TableChangeSink | undefined;
  /** The last publish's article records of this table, and this publish's. */
  old: PieceFile;
  next: PieceFileWriter | null;
}

/** A row's pieces made from its validated element. */
export type MakePieces = (element: Buffer | string) => RowPieces;

const SEPARATOR = Buffer.from(',\n  ');
/** Bytes before the deflate data of an article's `zip` piece: first row number, CRC-32, length of the text. */
const ZIP_HEAD = 12;

/** An article's sheet rows as its record keeps them: compressed, numbered from `start`. */
interface KeptSheet {
  start: number;
  piece: DeflatedPiece;
}

/** The `zip` piece of an article's record (empty when the workbook was not written). */
function encodeSheet(sheet: KeptSheet | null): Buffer {
  if (!sheet) return Buffer.alloc(0);
  const head = Buffer.alloc(ZIP_HEAD);
  head.writeUInt32LE(sheet.start, 0);
  head.writeUInt32LE(sheet.piece.crc, 4);
  head.writeUInt32LE(sheet.piece.length, 8);
  return Buffer.concat([head, sheet.piece.data]);
}

/** The compressed sheet rows of a record's `zip` piece, or null when it has none. */
function decodeSheet(zip: Buffer): KeptSheet | null {
  if (zip.length < ZIP_HEAD) return null;
  return { start: zip.readUInt32LE(0), piece: { crc: zip.readUInt32LE(4), length: zip.readUInt32LE(8), data: zip.subarray(ZIP_HEAD) } };
}

/** The record of an article's rows (row-pieces.ts layout, under the article's digest). */
function articleRecord(digest: Uint32Array, rows: RowPieces[], sheet: KeptSheet | null): Buffer {
  const json: Buffer[] = [];
  rows.forEach((r, i) => json.push(...(i === 0 ? [r.json] : [SEPARATOR, r.json])));
  const list = (name: keyof RowPieces) => Buffer.from(JSON.stringify(rows.map((r) => r[name].toString('utf8'))));
  return encodeRecord(digest, {
    json: Buffer.concat(json),
    csv: Buffer.concat(rows.map((r) => r.csv)),
    sheet: Buffer.concat(rows.map((r) => r.sheet)),
    id: list('id'),
    hash: list('hash'),
    key: list('key'),
    width: Buffer.concat(rows.map((r) => r.width)),
    zip: encodeSheet(sheet),
  });
}

/** A record with its `zip` piece replaced (the article's rows moved in the sheet). */
function withSheet(digest: Uint32Array, pieces: RowPieces, sheet: KeptSheet): Buffer {
  return encodeRecord(digest, { ...pieces, zip: encodeSheet(sheet) });
}

/**
 * Adds an article's rows to the sheet as one compressed piece: the kept one
 * when its rows start at the same row number as last time, else the rows'
 * XML (`xml`, with stand-ins for the numbers) numbered and compressed anew,
 * returned so the record keeps it. `lengths`: its cells' lengths, row after row.
 */
async function addArticleRows(sheet: SheetWriter, kept: KeptSheet | null, xml: Buffer, rows: number, lengths: Buffer): Promise<KeptSheet | null> {
  if (kept && kept.start === sheet.nextRow) {
    await sheet.addDeflated(kept.piece, rows, lengths);
    return null;
  }
  const made = { start: sheet.nextRow, piece: sheet.numbered(xml, rows) };
  await sheet.addDeflated(made.piece, rows, lengths);
  return made;
}

/**
 * Writes the rows of the per-article table `table` from its validated file
 * (of the size the index gives), article by article, reading only the rows
 * of articles it has no pieces of; throws a PipelineError when those are not
 * the rows the index lists (validate checked them against it, so only a file
 * changed in between gets there).
 */
export async function writeByArticle(table: ArticleTableName, inDir: string, index: ArticleIndex, out: ArticleTableOutputs, make: MakePieces): Promise<void> {
  const { json, csv, sheet, digest, changes, old, next } = out;
  const file = join(inDir, `${table}.json`);
  const mismatch = (why: string) =>
    new PipelineError('publish', `the validated table does not hold the rows its article index lists (${why})`, {
      file,
      hint: 'run the build again: validate writes the tables and their index anew',
    });
  const runs = articleRuns(index, table);
  const column = ARTICLE_TABLES.indexOf(table);
  const fd = openSync(file, 'r');
  try {
    for (const [i, article] of index.articles.entries()) {
      const run = runs[i]!;
      const rows = run.rows;
      if (rows === 0) continue;
      const articleDigest = digestWordsOf(Buffer.from(article.digest, 'hex'));
      const kept = await old.record(articleDigest);
      if (kept) {
        // Written by the last publish: runs of bytes; its rows are not even read.
        const pieces = decodeRecord(kept.record);
        await json.writeJoined(pieces.json, rows);
        await csv.append(pieces.csv);
        const moved = sheet ? await addArticleRows(sheet, decodeSheet(pieces.zip), pieces.sheet, rows, pieces.width) : null;
        digest.addArticle(rows, pieces.id, pieces.hash);
        await next?.add(moved ? withSheet(articleDigest, pieces, moved) : kept.record, moved ? null : kept.offset);
        continue;
      }
      let taken: Buffer[];
      try {
        taken = splitRun(readRun(fd, run), rows);
      } catch (error) {
        throw mismatch(`${article.id}: ${(error as Error).message}`);
      }
      if (taken.reduce((n, e) => n + e.length, 0) !== article.bytes[column]) throw mismatch(`the rows of ${article.id} are not the bytes listed`);
      // New or changed: each row's pieces made.
      const made = taken.map(make);
      for (const pieces of made) {
        await json.writeText(pieces.json);
        await csv.append(pieces.csv);
        digest.addKnown(pieces.id, pieces.hash);
      }
      const width = Buffer.concat(made.map((p) => p.width));
      const sheetRows = sheet ? await addArticleRows(sheet, null, Buffer.concat(made.map((p) => p.sheet)), rows, width) : null;
      made.forEach((pieces, r) => changes?.changed(pieces.key.toString('utf8'), taken[r]!));
      await next?.add(articleRecord(articleDigest, made, sheetRows), null);
    }
  } finally {
    closeSync(fd);
  }
  if (changes) for await (const gone of old.untaken()) for (const key of JSON.parse(gone.key.toString('utf8')) as string[]) changes.removed(key);
}
