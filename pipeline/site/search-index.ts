/**
 * The search index, built at publish time with MiniSearch and split into
 * shards by the first letter of each word, so a search loads only the shards
 * of its words: at 100,000 quotes one whole index is ~18 MB and takes seconds
 * to load in a browser, a shard a fraction of that. The browser (client
 * `quotes-view.js`) runs the same split: the shard of a word is its first
 * letter a–z, or `_` for anything else.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { QuoteIndex } from './quote-index.ts';

/** The fields searched: quote text, speaker, article title. */
export const SEARCH_FIELDS = ['text', 'speaker', 'title'] as const;

type Field = (typeof SEARCH_FIELDS)[number];
type Doc = { id: number } & Record<Field, string>;

/** The shard of a lower-case word: its first letter a–z, else `_` (keep in step with the client). */
export function shardOf(term: string): string {
  const c = term.charAt(0);
  return c >= 'a' && c <= 'z' ? c : '_';
}

/** The search shards: shard name → MiniSearch index (as JSON) over the words of that shard, keyed by list position. */
export function buildSearchShards(index: QuoteIndex): Map<string, unknown> {
  return new Map(searchShards(index));
}

/** Characters of a shard's documents gathered before they are appended to its file. */
const SPILL_BATCH = 1 << 18;

/**
 * Each shard's documents (the words of every quote that fall in that shard),
 * as lines of JSON in a file of their own in a temporary folder, so that only
 * one shard's documents are ever held: the words of every quote in every
 * shard at once grew the site by several KiB per page (issue 12).
 */
class ShardDocs {
  private readonly dir = mkdtempSync(join(tmpdir(), 'wsw-search-'));
  private readonly pending = new Map<string, string>();
  /** Times a shard's documents were appended to its file. */
  spills = 0;

  constructor(private readonly batch: number) {}

  /** Adds a document to its shard. */
  add(shard: string, doc: Doc): void {
    const text = `${this.pending.get(shard) ?? ''}${JSON.stringify([doc.id, doc.text, doc.speaker, doc.title])}\n`;
    if (text.length < this.batch) this.pending.set(shard, text);
    else {
      appendFileSync(this.file(shard), text);
      this.pending.set(shard, '');
      this.spills += 1;
    }
  }

  /** The shards that have documents, in name order. */
  names(): string[] {
    return [...this.pending.keys()].sort();
  }

  /** The documents of a shard, in the order they were added; its file is deleted. */
  take(shard: string): Doc[] {
    const file = this.file(shard);
    let text = this.pending.get(shard) ?? '';
    this.pending.delete(shard);
    try {
      text = readFileSync(file, 'utf8') + text;
      rmSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const docs: Doc[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      const [id, docText, speaker, title] = JSON.parse(line) as [number, string, string, string];
      docs.push({ id, text: docText, speaker, title });
    }
    return docs;
  }

  /** Deletes the temporary folder. */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private file(shard: string): string {
    return join(this.dir, `${shard}.ndjson`);
  }
}

/**
 * The search shards one at a time, in shard name order, each built only when
 * asked for, so a caller that writes each before taking the next holds one
 * index and one shard's documents at a time (the others wait in temporary
 * files, deleted once the shards have all been taken). `names` lists the
 * shards before any is built, `spills` how many times documents went to a
 * file. Iterate once. `spillBatch`: characters of a shard's documents held
 * before they are appended to its file.
 */
export function searchShards(index: QuoteIndex, spillBatch = SPILL_BATCH): Iterable<[string, unknown]> & { names: string[]; spills: number } {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const docs = new ShardDocs(spillBatch);
  try {
    index.rows.forEach((r, id) => {
      const values: Record<Field, string> = { text: r.text, speaker: r.speaker, title: r.articleTitle ?? '' };
      const perShard = new Map<string, Record<Field, string[]>>();
      for (const field of SEARCH_FIELDS) {
        for (const token of tokenize(values[field])) {
          const term = token.toLowerCase();
          if (!term) continue;
          const shard = shardOf(term);
          const entry = perShard.get(shard) ?? { text: [], speaker: [], title: [] };
          entry[field].push(term);
          perShard.set(shard, entry);
        }
      }
      for (const [shard, fields] of perShard) docs.add(shard, { id, text: fields.text.join(' '), speaker: fields.speaker.join(' '), title: fields.title.join(' ') });
    });
  } catch (error) {
    docs.remove();
    throw error;
  }
  const names = docs.names();
  function* build(): Generator<[string, unknown]> {
    try {
      for (const shard of names) {
        const search = new MiniSearch<Doc>({ fields: [...SEARCH_FIELDS], storeFields: [] });
        search.addAll(docs.take(shard));
        yield [shard, search.toJSON()];
      }
    } finally {
      docs.remove();
    }
  }
  return { names, spills: docs.spills, [Symbol.iterator]: build };
}
