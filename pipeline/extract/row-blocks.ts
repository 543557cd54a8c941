/**
 * An article's rows as the extract stage writes them into the records tables,
 * kept beside the article's cache file (issue 12: one changed page rebuilt in
 * seconds). A rebuild that takes a page from the cache writes its rows from
 * this block, as text, instead of parsing the page's records and serialising
 * every row again; it reads only what the tables built across articles need
 * (the article's actors and countries) and what the report names.
 *
 * A block is a pure function of the page's cached records and its manifest
 * entry (and of the code, which names the cache file), so its name hashes the
 * cache file's and the entry's. The file is one line of JSON (the summary and
 * the length in bytes of each row's text), then the rows' texts one after the
 * other. A block read back gives each row as its UTF-8 bytes, which the
 * tables' writers copy without decoding them (issue 12: a one-page rebuild
 * decoded and encoded again every row of the corpus). An unreadable block is
 * made again from the records.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { sha256 } from '../lib/hash.ts';
import { elementText } from '../lib/json-array-file.ts';
import type { ManifestEntry } from '../lib/manifest.ts';
import type { ArticleTables, PreparedRecords } from './assemble.ts';
import type { ArticleActor } from './records.ts';

/** What the stage needs of an article besides its rows. */
export interface ArticleSummary {
  article_id: string;
  title: string | null;
  url: string | null;
  warnings: string[];
  actors: ArticleActor[];
  /** The country of each country mention, in order. */
  countries: string[];
  /** Why the page is unreadable (an article kept with --keep-unreadable), or null: what the cache file says of it. */
  unreadable: string | null;
}

/** An article's summary and its rows' texts ({@link elementText}, or their UTF-8 bytes when read from a block file), table by table. */
export interface RowBlock {
  summary: ArticleSummary;
  texts: Array<[table: keyof ArticleTables, rows: Array<string | Buffer>]>;
}

/** What a block file's first line says of its layout: row lengths counted in bytes (older blocks counted UTF-16 units, and are made again). */
const BLOCK_FORMAT = 'utf8-bytes';

/** The block file of a page: beside its cache file, named after it and the manifest entry its article row was made with. */
export function blockPath(cachePath: string, entry: ManifestEntry | undefined): string {
  return `${cachePath.replace(/\.json$/, '')}-${sha256(JSON.stringify(entry ?? null)).slice(0, 16)}.rows`;
}

/** The block of an article from its records and its rows (TableAssembler.rows). */
export function blockOf(records: PreparedRecords, rows: ArticleTables, unreadable: string | null): RowBlock {
  const { article } = records;
  return {
    summary: {
      article_id: article.article_id,
      title: article.title,
      url: article.url,
      warnings: article.warnings,
      actors: records.actors,
      countries: records.country_mentions.map((m) => m.country),
      unreadable,
    },
    texts: (Object.entries(rows) as Array<[keyof ArticleTables, unknown[]]>).map(([table, list]) => [table, list.map(elementText)]),
  };
}

/** Bytes read for a block's first line (a longer line is read whole). */
const HEAD_BYTES = 1 << 14;

/**
 * The summary of a block file, from its first line only (the rows are not
 * read); null when there is none, or when the file is not as long as its
 * first line says (cut short).
 */
export async function readBlockSummary(path: string): Promise<ArticleSummary | null> {
  // Synchronous: a rebuild reads the first line of thousands of small local files, which costs less than a trip through the thread pool each.
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    const buffer = Buffer.alloc(Math.min(size, HEAD_BYTES));
    readSync(fd, buffer, 0, buffer.length, 0);
    let eol = buffer.indexOf(0x0a);
    const head = eol >= 0 ? buffer.subarray(0, eol) : ((all: Buffer) => all.subarray(0, (eol = all.indexOf(0x0a))))(readFileSync(path));
    const parsed = JSON.parse(head.toString('utf8')) as BlockHead;
    return eol >= 0 && size === eol + 1 + parsed.bytes ? parsed.summary : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a block file (its rows as bytes); null when it is absent, not a whole block, or of an older layout. */
export async function readBlock(path: string): Promise<RowBlock | null> {
  try {
    const bytes = readFileSync(path);
    const eol = bytes.indexOf(0x0a);
    const head = JSON.parse(bytes.subarray(0, eol).toString('utf8')) as BlockHead;
    if (head.format !== BLOCK_FORMAT) return null;
    let at = eol + 1;
    const texts = head.lengths.map(([table, lengths]): [keyof ArticleTables, Buffer[]] => [table, lengths.map((n) => bytes.subarray(at, (at += n)))]);
    return at === bytes.length && at === eol + 1 + head.bytes ? { summary: head.summary, texts } : null;
  } catch {
    return null;
  }
}

/** The first line of a block file: the summary, the length in bytes of each row's text, and the bytes of the texts after the line. */
interface BlockHead {
  format: typeof BLOCK_FORMAT;
  summary: ArticleSummary;
  lengths: Array<[keyof ArticleTables, number[]]>;
  bytes: number;
}

/** The text of a block file (an extraction worker makes it, so the stage only writes it). */
export function blockFileText(block: RowBlock): string {
  const lengths = block.texts.map(([table, rows]): [keyof ArticleTables, number[]] => [table, rows.map((r) => Buffer.byteLength(r))]);
  const body = block.texts.map(([, rows]) => rows.map((r) => (typeof r === 'string' ? r : r.toString('utf8'))).join('')).join('');
  const head = { format: BLOCK_FORMAT, summary: block.summary, lengths, bytes: Buffer.byteLength(body) } satisfies BlockHead;
  return `${JSON.stringify(head)}\n${body}`;
}

/** Writes a block file (temporary file, then renamed). */
export async function writeBlock(path: string, block: RowBlock): Promise<void> {
  await writeFileAtomic(path, blockFileText(block));
}

/**
 * A page's block: read from its block file when there is one, else made from
 * its records (`records` reads them) with `rows` and saved for the next build.
 * `path` is null for records that have no cache file (merged shards): the
 * block is then made and not saved.
 */
export async function pageBlock(
  path: string | null,
  records: () => Promise<PreparedRecords>,
  rows: (r: PreparedRecords) => ArticleTables,
  unreadable: string | null,
): Promise<RowBlock> {
  const saved = path ? await readBlock(path) : null;
  if (saved) return saved;
  const prepared = await records();
  const block = blockOf(prepared, rows(prepared), unreadable);
  // A block that cannot be saved is made again next time: nothing is lost, so a failed write is not an error.
  if (path) await writeBlock(path, block).catch(() => undefined);
  return block;
}
