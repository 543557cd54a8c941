/**
 * The search index, built at publish time in MiniSearch's format and split into
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

/** One shard being built: MiniSearch's state for the documents added so far, held as the plain values its JSON takes. */
interface ShardState {
  /** Rank (the document id) of each document, by short id. */
  ids: number[];
  /** Number of distinct tokens of each field of each document, by short id. */
  lengths: number[][];
  /** Running average of each field's length, computed as MiniSearch computes it (so the same floating-point values). */
  average: number[];
  /** Term → for each field, short id → frequency. */
  terms: Map<string, Array<Map<number, number> | undefined>>;
}

/** Adds one document (its words of the shard's letter, by field) as MiniSearch's `add` does with the default tokenizer. */
function addDocument(shard: ShardState, id: number, fields: string[][], tokenize: (text: string) => string[]): void {
  const short = shard.ids.length;
  shard.ids.push(id);
  const lengths: number[] = [];
  for (let f = 0; f < SEARCH_FIELDS.length; f += 1) {
    // The field's words joined and split again, as MiniSearch reads the document (an empty field is one empty token).
    const tokens = tokenize(fields[f]!.join(' '));
    const unique = new Set(tokens).size;
    lengths.push(unique);
    shard.average[f] = ((shard.average[f] || 0) * short + unique) / (short + 1);
    for (const token of tokens) {
      const term = token.toLowerCase();
      if (!term) continue;
      let postings = shard.terms.get(term);
      if (!postings) shard.terms.set(term, (postings = []));
      const freqs = (postings[f] ??= new Map());
      freqs.set(short, (freqs.get(short) ?? 0) + 1);
    }
  }
  shard.lengths.push(lengths);
}

/** A numbered object's JSON (`{"0":…,"1":…}`), keys ascending as JSON.stringify orders integer keys. */
function numbered(entries: Iterable<[number, string]>): string {
  const parts: string[] = [];
  for (const [key, value] of entries) parts.push(`"${key}":${value}`);
  return `{${parts.join(',')}}`;
}

/**
 * A shard as the JSON text of MiniSearch's `toJSON()` (serialization version 2, which the browser loads with
 * `MiniSearch.loadJS`), but with the index's terms in code-unit order instead of the order of MiniSearch's radix tree:
 * the same documents, lengths, averages and postings (a test compares it with MiniSearch's own).
 */
function shardJson(shard: ShardState): string {
  const fieldIds = JSON.stringify(Object.fromEntries(SEARCH_FIELDS.map((field, i) => [field, i])));
  const index = [...shard.terms.keys()].sort().map((term) => {
    const postings = shard.terms.get(term)!;
    const fields: Array<[number, string]> = [];
    postings.forEach((freqs, f) => {
      // Short ids are given in increasing order, so each map is already in key order.
      if (freqs) fields.push([f, numbered([...freqs].map(([doc, n]) => [doc, String(n)]))]);
    });
    return `[${JSON.stringify(term)},${numbered(fields)}]`;
  });
  const count = shard.ids.length;
  return (
    `{"documentCount":${count},"nextId":${count},"documentIds":${numbered(shard.ids.map((id, i) => [i, String(id)]))},"fieldIds":${fieldIds},` +
    `"fieldLength":${numbered(shard.lengths.map((l, i) => [i, JSON.stringify(l)]))},"averageFieldLength":${JSON.stringify(shard.average)},` +
    `"storedFields":{},"dirtCount":0,"index":[${index.join(',')}],"serializationVersion":2}`
  );
}

/**
 * The shards of one bucket, in name order: [name, the JSON text of its MiniSearch index]. Holds one bucket's quotes
 * at a time (read back from the list's spill file). Written here rather than by MiniSearch itself, which took most of
 * a one-page rebuild's site time on the changed bucket (issue 12): building its radix tree and then an object
 * of the whole index to stringify.
 */
export function bucketShards(list: Pick<QuoteList, 'articles' | 'views'>, bucket: number): Array<[string, string]> {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const shards = new Map<string, ShardState>();
  let id = 0;
  for (const article of list.articles) {
    if (article.bucket !== bucket) continue;
    for (const row of list.views(article)) {
      const values = searchValues(row);
      const perLetter = new Map<string, string[][]>();
      SEARCH_FIELDS.forEach((field, f) => {
        for (const token of tokenize(values[field])) {
          const term = token.toLowerCase();
          if (!term) continue;
          const letter = shardOf(term);
          let fields = perLetter.get(letter);
          if (!fields) perLetter.set(letter, (fields = SEARCH_FIELDS.map(() => [])));
          fields[f]!.push(term);
        }
      });
      for (const [letter, fields] of perLetter) {
        let shard = shards.get(letter);
        if (!shard) shards.set(letter, (shard = { ids: [], lengths: [], average: [], terms: new Map() }));
        addDocument(shard, id, fields, tokenize);
      }
      id += 1;
    }
  }
  return [...shards.keys()].sort().map((letter) => [shardName(bucket, letter), shardJson(shards.get(letter)!)]);
}
