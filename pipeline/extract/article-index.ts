/**
 * The article index of a folder of tables (issue 12: one changed page
 * rebuilt in time proportional to the change). The extract stage writes each
 * article's rows in the five per-article tables one article after the other
 * (write-records.ts), so it can say, for each article in order, how many rows
 * it has in each of those tables, how many bytes they take, and a digest of
 * those rows' bytes. The later stages use the digest in place of the rows: an
 * article whose digest is the one seen at the last build is taken as it was
 * (validate's article memo, the tables' article pieces, the site's article
 * cache, the records key) without its rows being read, split or hashed again.
 *
 * The index describes its folder exactly when it is there: validate copies it
 * beside the valid tables only when those are the extracted ones byte for byte;
 * a reader checks the rows it meets against the counts and falls back to
 * reading every row when they disagree (a file edited by hand, a row dropped).
 */
import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from '../lib/atomic-write.ts';
import type { TableName } from '../lib/schemas.ts';

/** File name of the index, beside the tables. */
export const ARTICLE_INDEX_FILE = 'article-index.json';
/** Version of the index's layout. */
const FORMAT = 1;

/** The tables whose rows are grouped by article, in the order the index lists them. */
export const ARTICLE_TABLES = ['articles', 'quotes', 'actor_mentions', 'country_mentions', 'links'] as const satisfies readonly TableName[];
export type ArticleTableName = (typeof ARTICLE_TABLES)[number];

/** One article of the index. */
export interface IndexedArticle {
  id: string;
  /** MD5 (hex) of the article's row bytes in the five tables, with their lengths (see {@link articleDigest}). */
  digest: string;
  /** Rows in each of {@link ARTICLE_TABLES}. */
  rows: number[];
  /** Bytes of those rows' texts (as the JSON array writer lays each element out, separators excluded). */
  bytes: number[];
}

/** The index file. */
export interface ArticleIndex {
  format: typeof FORMAT;
  articles: IndexedArticle[];
}

/**
 * The index entry of an article from its rows' texts by table (strings or
 * their UTF-8 bytes): the digest hashes every row's length and bytes, table
 * by table, so two articles with the same digest have the same rows.
 */
export function indexedArticle(id: string, texts: ReadonlyArray<readonly [string, ReadonlyArray<string | Buffer>]>): IndexedArticle {
  const byTable = new Map(texts);
  const hash = createHash('md5');
  const rows: number[] = [];
  const bytes: number[] = [];
  for (const table of ARTICLE_TABLES) {
    const list = byTable.get(table) ?? [];
    const lengths = list.map((t) => (typeof t === 'string' ? Buffer.byteLength(t) : t.length));
    hash.update(`${table}:${lengths.join(',')}\n`);
    for (const t of list) hash.update(t);
    rows.push(list.length);
    bytes.push(lengths.reduce((a, b) => a + b, 0));
  }
  return { id, digest: hash.digest('hex'), rows, bytes };
}

/** Writes the index of a folder of tables. */
export async function writeArticleIndex(dir: string, articles: IndexedArticle[]): Promise<void> {
  await writeJsonAtomic(join(dir, ARTICLE_INDEX_FILE), { format: FORMAT, articles } satisfies ArticleIndex);
}

/** Removes the index of a folder (its tables are no longer the ones it describes). */
export async function removeArticleIndex(dir: string): Promise<void> {
  await rm(join(dir, ARTICLE_INDEX_FILE), { force: true });
}

/** The index of a folder of tables, or null when it has none (or one of another layout, or unreadable). */
export async function readArticleIndex(dir: string): Promise<ArticleIndex | null> {
  try {
    const index = JSON.parse(await readFile(join(dir, ARTICLE_INDEX_FILE), 'utf8')) as ArticleIndex;
    return index.format === FORMAT && Array.isArray(index.articles) ? index : null;
  } catch {
    return null;
  }
}

/** Rows of a table the index lists (the sum over its articles). */
export function indexedRows(index: ArticleIndex, table: ArticleTableName): number {
  const at = ARTICLE_TABLES.indexOf(table);
  return index.articles.reduce((n, a) => n + a.rows[at]!, 0);
}

/** Bytes a table file has when it holds exactly the rows the index lists, laid out by the JSON array writer. */
export function indexedFileBytes(index: ArticleIndex, table: ArticleTableName): number {
  const at = ARTICLE_TABLES.indexOf(table);
  const rows = indexedRows(index, table);
  const text = index.articles.reduce((n, a) => n + a.bytes[at]!, 0);
  // `[\n  ` … `,\n  ` between elements … `\n]\n`, or `[]\n` when empty.
  return rows === 0 ? 3 : text + 4 + 4 * (rows - 1) + 3;
}

/**
 * What names each file of a folder of tables in a key without reading it
 * (datasets.ts, the records key): for each table grouped by article whose
 * size is the one the index gives, the digest of the index's articles with
 * the file's size; the index itself is named by the same. Empty when the
 * folder has no index (every file is then hashed whole).
 */
export async function indexedTableParts(dir: string): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  const index = await readArticleIndex(dir);
  if (!index) return parts;
  const digest = createHash('sha256').update(JSON.stringify(index.articles)).digest('hex');
  parts.set(ARTICLE_INDEX_FILE, digest);
  for (const table of ARTICLE_TABLES) {
    const size = await stat(join(dir, `${table}.json`)).then((s) => s.size, () => -1);
    if (size === indexedFileBytes(index, table)) parts.set(`${table}.json`, `${digest}:${size}`);
  }
  return parts;
}

/** Where an article's rows are in a table file the index describes: from `at`, `length` bytes (its elements joined by the writer's separators; 0 when it has none there). */
export interface ArticleRun {
  at: number;
  length: number;
  rows: number;
}

/**
 * Where each article's rows are in the file of `table` (one run per article,
 * in index order), for a file of the size {@link indexedFileBytes} gives:
 * `[\n  ` opens the array, `,\n  ` separates two elements.
 */
export function articleRuns(index: ArticleIndex, table: ArticleTableName): ArticleRun[] {
  const column = ARTICLE_TABLES.indexOf(table);
  let at = 4;
  return index.articles.map((article) => {
    const [rows, bytes] = [article.rows[column]!, article.bytes[column]!];
    if (rows === 0) return { at, length: 0, rows };
    const run = { at, length: bytes + 4 * (rows - 1), rows };
    at += bytes + 4 * rows;
    return run;
  });
}

/** How one element ends and the next begins in the writer's layout (inside an element every line is indented four spaces or more). */
const BETWEEN = Buffer.from('\n  },\n  {');

/** The elements of a run ({@link articleRuns}) as their bytes; throws when the run does not hold `rows` of them. */
export function splitRun(run: Buffer, rows: number): Buffer[] {
  const elements: Buffer[] = [];
  let from = 0;
  for (let end = run.indexOf(BETWEEN); end >= 0; end = run.indexOf(BETWEEN, from)) {
    elements.push(run.subarray(from, end + 4));
    from = end + 8;
  }
  if (run.length > 0) elements.push(run.subarray(from));
  if (elements.length !== rows) throw new Error(`${rows} row(s) listed, ${elements.length} found`);
  return elements;
}

/** The bytes of a run, read from an open file. */
export function readRun(fd: number, run: ArticleRun): Buffer {
  const bytes = Buffer.allocUnsafe(run.length);
  let read = 0;
  while (read < run.length) {
    const n = readSync(fd, bytes, read, run.length - read, run.at + read);
    if (n === 0) throw new Error(`the file ends before the rows listed at byte ${run.at}`);
    read += n;
  }
  return bytes;
}

/** Whether every table grouped by article in `dir` has the size the index gives (the index then tells where each article's rows are). */
export async function indexFits(dir: string, index: ArticleIndex): Promise<boolean> {
  for (const table of ARTICLE_TABLES) {
    const size = await stat(join(dir, `${table}.json`)).then((s) => s.size, () => -1);
    if (size !== indexedFileBytes(index, table)) return false;
  }
  return true;
}
