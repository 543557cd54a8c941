/**
 * The search index, built at publish time with MiniSearch and split into
 * shards by bucket of articles and first letter of each word (search-buckets.ts),
 * so a search loads only the shards of its words (at 100,000 quotes one
 * whole index is ~18 MB and takes seconds to load in a browser), and a
 * rebuild after one changed article builds only the shards of its bucket.
 * A shard's documents are the quotes of its bucket, numbered by rank within
 * the bucket, each with only its words of the shard's letter.
 */
import MiniSearch from 'minisearch';
import { sha256 } from '../lib/hash.ts';
import type { QuoteList } from './quote-index.ts';
import { shardName, shardOf } from './search-buckets.ts';
import type { QuoteView } from './quote-views.ts';

export { shardOf } from './search-buckets.ts';

/** The fields searched: quote text, speaker, article title. */
export const SEARCH_FIELDS = ['text', 'speaker', 'title'] as const;

type Field = (typeof SEARCH_FIELDS)[number];
type Doc = { id: number } & Record<Field, string>;

/** What the index takes of a display row. */
function searchValues(r: QuoteView): Record<Field, string> {
  return { text: r.text, speaker: r.speaker, title: r.articleTitle ?? '' };
}

/** A digest of what the search index takes of an article's display rows (the input of its bucket's key). */
export function searchDigest(views: QuoteView[]): string {
  return sha256(JSON.stringify(views.map((r) => Object.values(searchValues(r)))));
}

/**
 * The key of each bucket's shards: a hash of the code and of what the index
 * takes of its quotes, in order. Equal keys give equal shard files.
 */
export function bucketKeys(list: Pick<QuoteList, 'articles' | 'buckets'>, code: string): string[] {
  const parts: string[][] = Array.from({ length: list.buckets }, () => []);
  for (const a of list.articles) parts[a.bucket]!.push(a.searchDigest);
  return parts.map((digests, b) => sha256(JSON.stringify([code, list.buckets, b, digests])));
}

/**
 * The shards of one bucket, in name order: [name, MiniSearch index as JSON].
 * Holds one bucket's quotes at a time (read back from the list's spill file).
 */
export function bucketShards(list: Pick<QuoteList, 'articles' | 'views'>, bucket: number): Array<[string, unknown]> {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const indexes = new Map<string, MiniSearch<Doc>>();
  let id = 0;
  for (const article of list.articles) {
    if (article.bucket !== bucket) continue;
    for (const row of list.views(article)) {
      const values = searchValues(row);
      const perLetter = new Map<string, Record<Field, string[]>>();
      for (const field of SEARCH_FIELDS) {
        for (const token of tokenize(values[field])) {
          const term = token.toLowerCase();
          if (!term) continue;
          const letter = shardOf(term);
          const entry = perLetter.get(letter) ?? { text: [], speaker: [], title: [] };
          entry[field].push(term);
          perLetter.set(letter, entry);
        }
      }
      for (const [letter, fields] of perLetter) {
        let search = indexes.get(letter);
        if (!search) indexes.set(letter, (search = new MiniSearch<Doc>({ fields: [...SEARCH_FIELDS], storeFields: [] })));
        search.add({ id, text: fields.text.join(' '), speaker: fields.speaker.join(' '), title: fields.title.join(' ') });
      }
      id += 1;
    }
  }
  return [...indexes.keys()].sort().map((letter) => [shardName(bucket, letter), indexes.get(letter)!.toJSON()]);
}
