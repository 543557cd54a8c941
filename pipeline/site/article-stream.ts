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

/** The tables read alongside the articles. */
const RELATED = ['quotes', 'actor_mentions', 'country_mentions', 'links'] as const satisfies readonly TableName[];

/** Thrown by {@link articleGroups} when a table's rows are not grouped in the order of the articles. */
export class TablesOutOfOrder extends Error {}

/** A table's rows with one row of look-ahead. */
class Cursor {
  private next: IteratorResult<unknown> | undefined;
  private readonly rows: AsyncIterator<unknown>;

  constructor(
    dataDir: string,
    readonly table: TableName,
    private readonly shared: Map<string, string>,
  ) {
    this.rows = parsedRows(join(dataDir, `${table}.json`))[Symbol.asyncIterator]();
  }

  private async peek(): Promise<Record<string, unknown> | undefined> {
    this.next ??= await this.rows.next();
    return this.next.done ? undefined : (this.next.value as Record<string, unknown>);
  }

  /** The rows of `articleId` that come next (none when the next row is another article's). */
  async take(articleId: string): Promise<unknown[]> {
    const taken: unknown[] = [];
    for (let row = await this.peek(); row && row.article_id === articleId; row = await this.peek()) {
      taken.push(siteRow(this.table, row, this.shared));
      this.next = undefined;
    }
    return taken;
  }

  /** Whether every row was taken. */
  async done(): Promise<boolean> {
    return (await this.peek()) === undefined;
  }
}

/**
 * The elements of a table file, each as its text: read as bytes when the
 * file is in the JSON array writer's layout (validate/writer-elements.ts),
 * which holds about one read of the file at a time as bytes (five tables
 * read side by side as text held several megabytes of UTF-16 each).
 */
async function* elementTexts(file: string): AsyncGenerator<string> {
  try {
    for await (const element of tableElements(file)) yield typeof element === 'string' ? element : element.toString('utf8');
  } catch (error) {
    throw unreadableTable(file, error);
  }
}

/** The rows of a table file, parsed. */
async function* parsedRows(file: string): AsyncGenerator<unknown> {
  for await (const text of elementTexts(file)) yield parseElement(file, text);
}

/** The rows of `articles.json` as published, each with its text. */
async function* articleRows(dataDir: string, shared: Map<string, string>): AsyncGenerator<{ row: ArticleRow; text: string }> {
  const file = join(dataDir, 'articles.json');
  for await (const text of elementTexts(file)) yield { row: siteRow('articles', parseElement(file, text) as Record<string, unknown>, shared) as unknown as ArticleRow, text };
}

/**
 * Each article with its rows, reading the tables side by side: holds one
 * article's rows at a time. Throws {@link TablesOutOfOrder} after the last
 * article when a table had rows it did not give (rows of an article that came
 * earlier, or of no article).
 */
export async function* articleGroups(dataDir: string): AsyncGenerator<ArticleGroup> {
  const shared = new Map<string, string>();
  const cursors = RELATED.map((table) => new Cursor(dataDir, table, shared));
  for await (const { row, text } of articleRows(dataDir, shared)) {
    const [quotes, actor_mentions, country_mentions, links] = await Promise.all(cursors.map((c) => c.take(row.article_id)));
    yield { row, text, quotes, actor_mentions, country_mentions, links } as ArticleGroup;
  }
  for (const c of cursors) if (!(await c.done())) throw new TablesOutOfOrder(`${c.table}.json is not grouped by article in the order of articles.json`);
}

/** Each article with its rows, every table but the articles held whole (any row order). */
export async function* heldArticleGroups(dataDir: string): AsyncGenerator<ArticleGroup> {
  const tables = await readTables(dataDir, { skip: 'articles' });
  const grouped = RELATED.map((table) => byArticle(tables[table] as Array<{ article_id: string }>));
  for await (const { row, text } of articleRows(dataDir, new Map())) {
    const [quotes, actor_mentions, country_mentions, links] = grouped.map((g) => g.get(row.article_id) ?? []);
    yield { row, text, quotes, actor_mentions, country_mentions, links } as ArticleGroup;
  }
}
