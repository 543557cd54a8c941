/**
 * The published tables read article by article, for the site (issue 12:
 * memory flat as the corpus grows). The publish stage writes the quotes,
 * mentions and links of each article together, in the order of
 * `articles.json`, so the five tables are read side by side, one article's
 * rows at a time ({@link articleGroups}). A folder whose tables are in
 * another order is found out at the end (rows left unread) and read again
 * with every table held whole ({@link heldArticleGroups}), which gives the
 * same groups.
 */
import { join } from 'node:path';
import { closeSync, openSync } from 'node:fs';
import { type ArticleIndex, type IndexedArticle, articleRuns, indexFits, readArticleIndex, readRun, splitRun } from '../extract/article-index.ts';
import { parseElement } from '../lib/json-array-file.ts';
import type { TableName } from '../lib/schemas.ts';
import { tableElements } from '../validate/writer-elements.ts';
import type { ArticleRows } from './article-data.ts';
import { byArticle } from './quote-index.ts';
import { type ArticleRow, readTables, siteRow, unreadableTable } from './tables.ts';

/** One article: its row (parsed, and its text as published, which its data file's key hashes) and its rows in the other tables. */
export interface ArticleGroup extends ArticleRows {
  row: ArticleRow;
  text: string;
}

/**
 * One article as read from the tables, before parsing: its id, the bytes of
 * its row and of its rows in the other tables (null when the tables were read
 * whole, out of order), and its rows parsed on demand (article-cache.ts skips
 * the parse when nothing in those bytes changed).
 */
export interface ArticleSource {
  id: string;
  bytes: Buffer[] | null;
  /** The article's digest in the tables' article index (extract/article-index.ts), when the index lists exactly these rows: it names them without hashing them. */
  digest?: string;
  group(): ArticleGroup;
}

/** The tables read alongside the articles. */
const RELATED = ['quotes', 'actor_mentions', 'country_mentions', 'links'] as const satisfies readonly TableName[];

/** Thrown by {@link articleGroups} when a table's rows are not grouped in the order of the articles. */
export class TablesOutOfOrder extends Error {}

/** How the writer lays out a row's top-level `article_id` (validate/writer-elements.ts: top-level keys are indented four spaces). */
const ID_KEY = Buffer.from('\n    "article_id": "');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** An element: its bytes, and its article id read off them (parsed only when the layout does not give it). */
interface Element {
  bytes: Buffer;
  id: string;
}

/** The article id of an element's bytes: the top-level key as the writer lays it out, else the parsed row's. */
function elementId(file: string, bytes: Buffer): string {
  const at = bytes.indexOf(ID_KEY);
  if (at >= 0) {
    const from = at + ID_KEY.length;
    const end = bytes.indexOf(QUOTE, from);
    if (end > from && bytes.indexOf(BACKSLASH, from) !== -1 && bytes.indexOf(BACKSLASH, from) < end) return parsedId(file, bytes);
    if (end > from) return bytes.toString('latin1', from, end);
  }
  return parsedId(file, bytes);
}

function parsedId(file: string, bytes: Buffer): string {
  const id = (parseElement(file, bytes.toString('utf8')) as Record<string, unknown>).article_id;
  return typeof id === 'string' ? id : '';
}

/** A table's elements with one element of look-ahead. */
class Cursor {
  private next: IteratorResult<Element> | undefined;
  private readonly rows: AsyncIterator<Element>;

  constructor(
    private readonly file: string,
    readonly table: TableName,
  ) {
    this.rows = elements(file)[Symbol.asyncIterator]();
  }

  private async peek(): Promise<Element | undefined> {
    this.next ??= await this.rows.next();
    return this.next.done ? undefined : this.next.value;
  }

  /** The elements of `articleId` that come next (none when the next row is another article's). */
  async take(articleId: string): Promise<Buffer[]> {
    const taken: Buffer[] = [];
    for (let element = await this.peek(); element && element.id === articleId; element = await this.peek()) {
      taken.push(element.bytes);
      this.next = undefined;
    }
    return taken;
  }

  /** The rows taken, parsed with the site's fields. */
  parse(elements: Buffer[], shared: Map<string, string>): unknown[] {
    return elements.map((bytes) => siteRow(this.table, parseElement(this.file, bytes.toString('utf8')) as Record<string, unknown>, shared));
  }

  /** Whether every row was taken. */
  async done(): Promise<boolean> {
    return (await this.peek()) === undefined;
  }
}

/**
 * The elements of a table file, each as its bytes with its article id: read
 * as bytes when the file is in the JSON array writer's layout
 * (validate/writer-elements.ts), which holds about one read of the file at a
 * time (five tables read side by side as text held several megabytes of UTF-16 each).
 */
async function* elements(file: string): AsyncGenerator<Element> {
  try {
    for await (const element of tableElements(file)) {
      const bytes = typeof element === 'string' ? Buffer.from(element, 'utf8') : element;
      yield { bytes, id: elementId(file, bytes) };
    }
  } catch (error) {
    throw unreadableTable(file, error);
  }
}

/** The elements of a table file, each as its text. */
async function* elementTexts(file: string): AsyncGenerator<string> {
  try {
    for await (const element of tableElements(file)) yield typeof element === 'string' ? element : element.toString('utf8');
  } catch (error) {
    throw unreadableTable(file, error);
  }
}

/** The rows of `articles.json` as published, each with its text. */
async function* articleRows(dataDir: string, shared: Map<string, string>): AsyncGenerator<{ row: ArticleRow; text: string }> {
  const file = join(dataDir, 'articles.json');
  for await (const text of elementTexts(file)) yield { row: siteRow('articles', parseElement(file, text) as Record<string, unknown>, shared) as unknown as ArticleRow, text };
}

/**
 * Each article with its rows' bytes, reading the tables side by side: holds
 * one article's rows at a time. Throws {@link TablesOutOfOrder} after the last
 * article when a table had rows it did not give (rows of an article that came
 * earlier, or of no article).
 */
export async function* articleSources(dataDir: string): AsyncGenerator<ArticleSource> {
  const shared = new Map<string, string>();
  const file = join(dataDir, 'articles.json');
  const listed = await readArticleIndex(dataDir);
  if (listed && (await indexFits(dataDir, listed))) {
    yield* indexedSources(dataDir, listed, shared);
    return;
  }
  const cursors = RELATED.map((table) => new Cursor(join(dataDir, `${table}.json`), table));
  const index = (await readArticleIndex(dataDir))?.articles ?? [];
  let indexed = 0;
  for await (const { bytes, id } of elements(file)) {
    const related = await Promise.all(cursors.map((c) => c.take(id)));
    const listed = index[indexed++];
    const digest = listed && listedAsRead(listed, id, bytes, related) ? listed.digest : undefined;
    const group = (): ArticleGroup => {
      const text = bytes.toString('utf8');
      const row = siteRow('articles', parseElement(file, text) as Record<string, unknown>, shared) as unknown as ArticleRow;
      const [quotes, actor_mentions, country_mentions, links] = cursors.map((c, i) => c.parse(related[i]!, shared));
      return { row, text, quotes, actor_mentions, country_mentions, links } as ArticleGroup;
    };
    yield { id, bytes: [bytes, ...related.flatMap((rows, i) => [Buffer.from(`\u0000${RELATED[i]}`), ...rows])], digest, group };
  }
  for (const c of cursors) if (!(await c.done())) throw new TablesOutOfOrder(`${c.table}.json is not grouped by article in the order of articles.json`);
}

/**
 * Each article named by the tables' article index (extract/article-index.ts),
 * its rows read only when it is parsed (issue 12: an unchanged article's rows
 * are not read at all; the cache knows it by its digest): the index says
 * where each article's rows are in each table.
 */
async function* indexedSources(dataDir: string, index: ArticleIndex, shared: Map<string, string>): AsyncGenerator<ArticleSource> {
  const tables = ['articles', ...RELATED] as const;
  const runs = tables.map((table) => articleRuns(index, table));
  const fds: number[] = [];
  try {
    for (const table of tables) fds.push(openSync(join(dataDir, `${table}.json`), 'r'));
    for (const [i, article] of index.articles.entries()) {
      const group = (): ArticleGroup => {
        const [rows, ...related] = tables.map((table, t) => {
          const file = join(dataDir, `${table}.json`);
          try {
            return splitRun(readRun(fds[t]!, runs[t]![i]!), runs[t]![i]!.rows);
          } catch (error) {
            throw unreadableTable(file, error);
          }
        });
        const text = rows![0]!.toString('utf8');
        const row = siteRow('articles', parseElement(join(dataDir, 'articles.json'), text) as Record<string, unknown>, shared) as unknown as ArticleRow;
        const parse = (t: number, list: Buffer[]): unknown[] => list.map((b) => siteRow(RELATED[t]!, parseElement(join(dataDir, `${RELATED[t]}.json`), b.toString('utf8')) as Record<string, unknown>, shared));
        const [quotes, actor_mentions, country_mentions, links] = related.map((list, t) => parse(t, list));
        return { row, text, quotes, actor_mentions, country_mentions, links } as ArticleGroup;
      };
      yield { id: article.id, bytes: null, digest: article.digest, group };
    }
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** Whether an article of the index is the one read: its id, and its rows' count and bytes in each table (the tables in ARTICLE_TABLES order). */
function listedAsRead(listed: IndexedArticle, id: string, row: Buffer, related: Buffer[][]): boolean {
  if (listed.id !== id || listed.rows[0] !== 1 || listed.bytes[0] !== row.length) return false;
  return related.every((rows, i) => listed.rows[i + 1] === rows.length && listed.bytes[i + 1] === rows.reduce((n, r) => n + r.length, 0));
}

/** Each article with its rows, parsed (tests; the site reads {@link articleSources}). */
export async function* articleGroups(dataDir: string): AsyncGenerator<ArticleGroup> {
  for await (const source of articleSources(dataDir)) yield source.group();
}

/** Each article with its rows, every table but the articles held whole (any row order). */
export async function* heldArticleGroups(dataDir: string): AsyncGenerator<ArticleSource> {
  const tables = await readTables(dataDir, { skip: 'articles' });
  const grouped = RELATED.map((table) => byArticle(tables[table] as Array<{ article_id: string }>));
  for await (const { row, text } of articleRows(dataDir, new Map())) {
    const [quotes, actor_mentions, country_mentions, links] = grouped.map((g) => g.get(row.article_id) ?? []);
    const group = { row, text, quotes, actor_mentions, country_mentions, links } as ArticleGroup;
    yield { id: row.article_id, bytes: null, group: () => group };
  }
}
