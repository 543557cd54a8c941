/**
 * A table grouped by article written article by article (issue 12: one
 * changed page rebuilt in time proportional to the change). With the article
 * index of the validated tables (extract/article-index.ts), the published
 * pieces of a table's rows (row-pieces.ts: JSON elements, CSV lines, sheet
 * rows, changelog ids and digests, primary keys) are kept per article, under
 * the article's digest: an article the last publish wrote has its rows copied
 * as three runs of bytes (JSON, CSV, sheet), its rows neither hashed nor
 * parsed; only the rows of new or changed articles are parsed and their
 * pieces made. An article's record holds its rows' pieces one after the
 * other (JSON elements joined by the writer's separator), and its ids,
 * digests and keys as JSON arrays, read only when needed (the changelog
 * compares with an earlier version; the article is gone from the database).
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
import type { SheetWriter } from './workbook.ts';

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

/** A row's pieces made from its validated element, with its cells for the sheet's widths. */
export type MakePieces = (element: Buffer | string) => { pieces: RowPieces; cells: () => string[] };

const SEPARATOR = Buffer.from(',\n  ');

/** The record of an article's rows (row-pieces.ts layout, under the article's digest). */
function articleRecord(digest: Uint32Array, rows: RowPieces[]): Buffer {
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
  });
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
      if (kept && !sheet?.waiting) {
        // Written by the last publish: three runs of bytes; its rows are not even read.
        const pieces = decodeRecord(kept.record);
        await next?.add(kept.record, kept.offset);
        await json.writeJoined(pieces.json, rows);
        await csv.append(pieces.csv);
        await sheet?.addPieces(pieces.sheet, rows);
        digest.addArticle(rows, pieces.id, pieces.hash);
        continue;
      }
      let taken: Buffer[];
      try {
        taken = splitRun(readRun(fd, run), rows);
      } catch (error) {
        throw mismatch(`${article.id}: ${(error as Error).message}`);
      }
      if (taken.reduce((n, e) => n + e.length, 0) !== article.bytes[column]) throw mismatch(`the rows of ${article.id} are not the bytes listed`);
      // New or changed (or among the rows that set the sheet's widths, which need their cells): each row's pieces made.
      const made = taken.map(make);
      for (const { pieces, cells } of made) {
        await json.writeText(pieces.json);
        await csv.append(pieces.csv);
        await sheet?.addPiece(pieces.sheet, cells);
        digest.addKnown(pieces.id, pieces.hash);
      }
      if (!kept) made.forEach(({ pieces }, r) => changes?.changed(pieces.key.toString('utf8'), taken[r]!));
      await next?.add(kept?.record ?? articleRecord(articleDigest, made.map((m) => m.pieces)), kept?.offset ?? null);
    }
  } finally {
    closeSync(fd);
  }
  if (changes) for await (const gone of old.untaken()) for (const key of JSON.parse(gone.key.toString('utf8')) as string[]) changes.removed(key);
}
