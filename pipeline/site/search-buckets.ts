/**
 * How the search index is split (keep in step with the client,
 * `client/quotes-view.js`): by bucket of articles, then by first letter.
 *
 * The letter lets a search load only the shards of its words. The bucket
 * lets a rebuild after one changed article write again only the shards of
 * that article's bucket (issue 12: a one-page change costs time in
 * proportion to the change): a bucket is a fixed slice of the articles,
 * chosen by a hash of the article id, so an article keeps its bucket whatever
 * else changes, and its quotes are numbered by rank within their bucket, so
 * a quote added or removed renumbers no other bucket. The browser maps a
 * rank back to a list position with the facets' `bucket` column.
 */
import { createHash } from 'node:crypto';

/**
 * Quotes per bucket, on average, below which buckets are not split further.
 * A search loads one shard per bucket and word letter: 2,048 keeps 100,000
 * quotes at 64 buckets or fewer, while a rebuild after one change redoes 1/64
 * of the index; at the 2,000-page benchmark (about 9,000 quotes) 8 buckets.
 */
export const BUCKET_QUOTES = 2048;

/** Number of buckets for a list of `quotes` quotes: a power of two, so that a bucket splits in two as the corpus doubles. */
export function bucketCount(quotes: number): number {
  let buckets = 1;
  while (quotes / buckets > BUCKET_QUOTES) buckets *= 2;
  return buckets;
}

/** The bucket of an article: the first 32 bits of the SHA-256 of its id, modulo the number of buckets. */
export function bucketOf(articleId: string, buckets: number): number {
  if (buckets === 1) return 0;
  return createHash('sha256').update(articleId).digest().readUInt32BE(0) % buckets;
}

/** The letter of a lower-case word: its first letter a–z, else `_`. */
export function shardOf(term: string): string {
  const c = term.charAt(0);
  return c >= 'a' && c <= 'z' ? c : '_';
}

/** A shard's name (its file is `data/search-<name>.js`): bucket, dash, letter. */
export function shardName(bucket: number, letter: string): string {
  return `${bucket}-${letter}`;
}
