/**
 * The search index, built at publish time with MiniSearch and split into
 * shards by the first letter of each word, so a search loads only the shards
 * of its words: at 100,000 quotes one whole index is ~18 MB and takes seconds
 * to load in a browser, a shard a fraction of that. The browser (client
 * `quotes-view.js`) runs the same split: the shard of a word is its first
 * letter a–z, or `_` for anything else.
 */
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

/**
 * The search shards one at a time, in shard name order, each built only when
 * asked for, so a caller that writes each before taking the next holds one
 * index at a time (and can iterate once). `names` lists the shards before any is built.
 */
export function searchShards(index: QuoteIndex): Iterable<[string, unknown]> & { names: string[] } {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const docs = new Map<string, Doc[]>();
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
    for (const [shard, fields] of perShard) {
      const list = docs.get(shard) ?? [];
      list.push({ id, text: fields.text.join(' '), speaker: fields.speaker.join(' '), title: fields.title.join(' ') });
      docs.set(shard, list);
    }
  });
  const names = [...docs.keys()].sort();
  function* build(): Generator<[string, unknown]> {
    for (const shard of names) {
      const search = new MiniSearch<Doc>({ fields: [...SEARCH_FIELDS], storeFields: [] });
      search.addAll(docs.get(shard) ?? []);
      docs.delete(shard);
      yield [shard, search.toJSON()];
    }
  }
  return { names, [Symbol.iterator]: build };
}
