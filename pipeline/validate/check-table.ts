/**
 * One table checked by the validate stage (validate-stage.ts): every record,
 * streaming, against its schema and its primary key against those before it,
 * skipping what the row memo (row-memo.ts) or, with the extract stage's
 * article index, the article memo (article-memo.ts) already found valid.
 */
import { closeSync, openSync } from 'node:fs';
import { ARTICLE_TABLES, type ArticleIndex, type ArticleTableName, articleRuns, readRun, splitRun } from '../extract/article-index.ts';
import { JsonArrayError, elementText, parseElement } from '../lib/json-array-file.ts';
import { PipelineError } from '../lib/errors.ts';
import { type TableName, tableSchema } from '../lib/schemas.ts';
import type { ArticleMemo } from './article-memo.ts';
import { KeySet, digestWords } from './key-set.ts';
import { type RowMemo, rowDigest, rowDigestOfBytes } from './row-memo.ts';
import type { InvalidRecord } from './validate-stage.ts';
import type { Validators } from './validators.ts';
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
  validator: Validators;
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

/**
 * Checks every record of a table against its schema (unless the row memo
 * has it, or the article memo has its article: `articles` is the article
 * index of a per-article table, whose file has the size the index gives) and
 * its primary key against those before it. Returns the indexes of the records
 * dropped and their failures, how many are kept, and whether each kept
 * record's text is the one the writer gives it. With the index, the rows of a
 * remembered article are not read at all: their key digests come from the memo.
 */
export async function checkTable(table: TableName, file: string, check: TableCheck, articles?: { index: ArticleIndex; table: ArticleTableName }): Promise<TableChecked> {
  const { memo, seen, validator } = check;
  const key = tableSchema(table)['x-primary-key'];
  const keys = new KeySet();
  const found: TableChecked = { dropped: new Set(), verbatim: true, kept: 0, invalid: [], drops: [], remembered: [], mismatch: false };
  const { dropped, invalid } = found;
  /** Checks the record at `at`; returns its key digest when it is kept as the writer gives it, else undefined. */
  const checkRow = (element: Buffer | string, at: number): Uint32Array | undefined => {
    const digest = typeof element === 'string' ? rowDigest(table, element) : rowDigestOfBytes(table, element);
    const known = memo.get(digest);
    // Decoded only when the row must be checked (a remembered row is copied as it is).
    const text = known ? '' : typeof element === 'string' ? element : element.toString('utf8');
    const row = known ? undefined : parseRecord(file, text);
    if (!known) {
      const validate = validator(table);
      if (!validate(row)) {
        const message = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
        invalid.push({ file, index: at, record: row, message });
        found.drops.push(row);
        dropped.add(at);
        return undefined;
      }
    }
    const keyDigest = known ?? digestWords(primaryKey(key, row));
    if (!keys.addDigest(keyDigest)) {
      // The first row with this key stays: what refers to the key still finds it.
      duplicate(element, at, row);
      return undefined;
    }
    // A row is remembered only when its text is the one the writer gives, so a remembered row is written as read.
    if (!known && elementText(row) !== text) {
      found.verbatim = false;
      return undefined;
    }
    seen.set(digest, keyDigest);
    return keyDigest;
  };
  const duplicate = (element: Buffer | string, at: number, row?: unknown) => {
    const record = row ?? parseRecord(file, element.toString());
    invalid.push({ file, index: at, record, message: `duplicate primary key (${key.join(', ')}) ${primaryKey(key, record)}` });
    dropped.add(at);
  };
  let index = 0;
  if (!articles) {
    for await (const element of elementsOf(file)) checkRow(element, index++);
    return { ...found, kept: index - dropped.size };
  }
  const runs = articleRuns(articles.index, articles.table);
  const column = ARTICLE_TABLES.indexOf(articles.table);
  const fd = openSync(file, 'r');
  try {
    for (const [i, article] of articles.index.articles.entries()) {
      const run = runs[i]!;
      if (run.rows === 0) continue;
      const remembered = check.articles.get(table, article.digest, run.rows);
      if (remembered) {
        // Found valid at the last build: only its keys go into the key set (a duplicate is still found, and its row read then).
        let whole = true;
        for (let r = 0; r < run.rows; r++) {
          const words = new Uint32Array(4);
          for (let w = 0; w < 4; w++) words[w] = remembered.readUInt32LE(r * 16 + w * 4);
          if (!keys.addDigest(words)) {
            duplicate(splitRun(readRun(fd, run), run.rows)[r]!, index + r);
            whole = false;
          }
        }
        if (whole) found.remembered.push([article.digest, remembered]);
        index += run.rows;
        continue;
      }
      let elements: Buffer[];
      try {
        elements = splitRun(readRun(fd, run), run.rows);
      } catch {
        return { ...found, mismatch: true };
      }
      if (elements.reduce((n, e) => n + e.length, 0) !== article.bytes[column]) return { ...found, mismatch: true };
      const kept = elements.map((element) => checkRow(element, index++));
      if (kept.every((k) => k !== undefined)) found.remembered.push([article.digest, Buffer.concat(kept.map((k) => Buffer.from(k!.buffer, k!.byteOffset, 16)))]);
    }
  } finally {
    closeSync(fd);
  }
  return { ...found, kept: index - dropped.size };
}

/** A record's primary key as the key set takes it: the key columns' values as JSON. */
export function primaryKey(columns: readonly string[], record: unknown): string {
  return JSON.stringify(columns.map((k) => (record as Record<string, unknown>)[k]));
}

