/**
 * One table checked by the validate stage (validate-stage.ts): every record,
 * streaming, against its schema and its primary key against those before it,
 * skipping what the row memo (row-memo.ts) or, with the extract stage's
 * article index, the article memo (article-memo.ts) already found valid.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { IndexedArticle } from '../extract/article-index.ts';
import { JsonArrayError, elementText, parseElement } from '../lib/json-array-file.ts';
import { PipelineError } from '../lib/errors.ts';
import { type TableName, tableSchema } from '../lib/schemas.ts';
import type { ArticleMemo } from './article-memo.ts';
import { KeySet, digestWords } from './key-set.ts';
import { type RowMemo, rowDigest, rowDigestOfBytes } from './row-memo.ts';
import type { InvalidRecord, ValidateReport } from './validate-stage.ts';
import { tableElements } from './writer-elements.ts';

/** The records of a table file, as bytes when it is in the writer's layout (writer-elements.ts), else as text; a file that cannot be read is the stage's error. */
async function* elementsOf(file: string): AsyncGenerator<Buffer | string> {
  try {
    yield* tableElements(file);
  } catch (error) {
    if (error instanceof JsonArrayError) throw new PipelineError('validate', 'the table is not a JSON array', { file, cause: error });
    throw new PipelineError('validate', 'cannot read the table', { file, cause: error, hint: 'run the extract stage first (`make`)' });
  }
}

/** A record's text parsed; a record that is not JSON is the stage's error. */
export function parseRecord(file: string, text: string): unknown {
  try {
    return parseElement(file, text);
  } catch (error) {
    throw new PipelineError('validate', 'the table is not a JSON array', { file, cause: error });
  }
}

/** What {@link checkTable} reads and adds to. */
export interface TableCheck {
  /** The rows of the last build found valid, and those of this one. */
  memo: RowMemo;
  seen: RowMemo;
  validator: (table: TableName) => ValidateFunction;
  report: ValidateReport;
  drop: (table: TableName, record: unknown) => void;
  /** The articles of the last build found valid, by digest (article-memo.ts). */
  articles: ArticleMemo;
}

/** What {@link checkTable} found in a table. */
export interface TableChecked {
  dropped: Set<number>;
  verbatim: boolean;
  kept: number;
  invalid: InvalidRecord[];
  /** Records dropped (for what refers to them). */
  drops: unknown[];
  /** This table's rows of each article found valid as the writer gives them: what the article memo keeps for the next build. */
  remembered: Array<[digest: string, keys: Buffer]>;
  /** The rows did not match the article index (their count or bytes): nothing found is used, the table is checked again without it. */
  mismatch: boolean;
}

/** The article a row belongs to as the index lists them, with its remembered key digests when the last build found it valid. */
interface ArticleRun {
  article: IndexedArticle;
  left: number;
  bytes: number;
  known: Buffer | undefined;
  keys: Buffer[];
  whole: boolean;
}

/**
 * Checks every record of a table, streaming, against its schema (unless the
 * row memo has it, or the article memo has its article: `articles` is the
 * article index of a per-article table) and its primary key against those
 * before it. Returns the indexes of the records dropped and their failures,
 * how many are kept, and whether each kept record's text is the one the writer gives it.
 */
export async function checkTable(table: TableName, file: string, check: TableCheck, articles?: { list: IndexedArticle[]; at: number }): Promise<TableChecked> {
  const { memo, seen, validator } = check;
  const key = tableSchema(table)['x-primary-key'];
  const keys = new KeySet();
  const found: TableChecked = { dropped: new Set(), verbatim: true, kept: 0, invalid: [], drops: [], remembered: [], mismatch: false };
  const { dropped, invalid } = found;
  let index = 0;
  let next = 0;
  let run: ArticleRun | undefined;
  /** The article of the next row (the index's next article with rows in this table), or undefined past the last. */
  const nextRun = (): ArticleRun | undefined => {
    while (articles && next < articles.list.length) {
      const article = articles.list[next++]!;
      const rows = article.rows[articles.at]!;
      if (rows > 0) return { article, left: rows, bytes: 0, known: check.articles.get(table, article.digest, rows), keys: [], whole: true };
    }
    return undefined;
  };
  for await (const element of elementsOf(file)) {
    const at = index++;
    if (articles && (!run || run.left === 0)) {
      run = nextRun();
      // More rows than the index lists: the index does not describe this file.
      if (!run) return { ...found, mismatch: true };
    }
    const fromArticle = run?.known ? run.known.subarray((run.keys.length) * 16, (run.keys.length + 1) * 16) : undefined;
    const digest = fromArticle ? undefined : typeof element === 'string' ? rowDigest(table, element) : rowDigestOfBytes(table, element);
    const known = fromArticle ? new Uint32Array(fromArticle.buffer.slice(fromArticle.byteOffset, fromArticle.byteOffset + 16)) : memo.get(digest!);
    // Decoded only when the row must be checked (a remembered row is copied as it is).
    const text = known ? '' : typeof element === 'string' ? element : element.toString('utf8');
    const row = known ? undefined : parseRecord(file, text);
    const endRow = (ok: boolean, keyDigest?: Uint32Array) => {
      if (!run) return false;
      run.left -= 1;
      run.bytes += typeof element === 'string' ? Buffer.byteLength(element) : element.length;
      run.whole &&= ok;
      if (ok && keyDigest) run.keys.push(Buffer.from(keyDigest.buffer, keyDigest.byteOffset, 16));
      if (run.left > 0) return false;
      // The article's last row: its bytes must be those the index gives, or the index does not describe this file.
      if (run.bytes !== run.article.bytes[articles!.at]) return true;
      if (run.whole) found.remembered.push([run.article.digest, Buffer.concat(run.keys)]);
      return false;
    };
    if (!known) {
      const validate = validator(table);
      if (!validate(row)) {
        const message = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
        invalid.push({ file, index: at, record: row, message });
        found.drops.push(row);
        dropped.add(at);
        if (endRow(false)) return { ...found, mismatch: true };
        continue;
      }
    }
    const keyDigest = known ?? digestWords(primaryKey(key, row));
    if (!keys.addDigest(keyDigest)) {
      // The first row with this key stays: what refers to the key still finds it.
      const record = row ?? parseRecord(file, element.toString());
      invalid.push({ file, index: at, record, message: `duplicate primary key (${key.join(', ')}) ${primaryKey(key, record)}` });
      dropped.add(at);
      if (endRow(false)) return { ...found, mismatch: true };
      continue;
    }
    // A row is remembered only when its text is the one the writer gives, so a remembered row is written as read.
    const verbatim = !!known || elementText(row) === text;
    if (verbatim && digest) seen.set(digest, keyDigest);
    if (!verbatim) found.verbatim = false;
    if (endRow(verbatim, keyDigest)) return { ...found, mismatch: true };
  }
  // Fewer rows than the index lists: it does not describe this file.
  if (articles && ((run && run.left > 0) || nextRun())) return { ...found, mismatch: true };
  return { ...found, kept: index - dropped.size };
}

/** A record's primary key as the key set takes it: the key columns' values as JSON. */
export function primaryKey(columns: readonly string[], record: unknown): string {
  return JSON.stringify(columns.map((k) => (record as Record<string, unknown>)[k]));
}

