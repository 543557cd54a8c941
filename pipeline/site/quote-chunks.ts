/**
 * The quote chunks (`data/quotes-NNN.js`): the display rows of the list, in
 * list order, cut at article boundaries chosen by the articles' content
 * (content-defined chunking, as rsync and backup tools cut files), so that
 * one changed article changes its own chunk (and at most the next one)
 * instead of every chunk after it: a cut after a fixed number of quotes moved
 * every later row when an article gained a quote (issue 12). A chunk whose
 * key (its name and the digests of its articles' rows) is the one recorded
 * is hard-linked from the version in place. The browser finds a position's
 * chunk in `meta.chunkStarts`.
 */
import { sha256 } from '../lib/hash.ts';
import type { ListArticle, QuoteList } from './quote-index.ts';

/**
 * Quotes a chunk has before it may end, and quotes over which an article
 * ends it with a probability of its quotes / CHUNK_SPREAD: chunks of about
 * 250 quotes on average (~130 kB at 100,000 made-up quotes), small enough that a
 * page of quotes scattered over the list loads little.
 */
export const CHUNK_MIN = 125;
export const CHUNK_SPREAD = 125;
/** Quotes after which a chunk ends whatever its articles (one long run of articles that never cut). */
export const CHUNK_MAX = 1000;

/** Whether a chunk may end after this article: a hash of its id below its share of the spread. */
function cutsAfter(article: ListArticle): boolean {
  return Number.parseInt(sha256(article.id).slice(0, 8), 16) % CHUNK_SPREAD < article.count;
}

/** One chunk: its name, first list position, articles and key. */
export interface Chunk {
  name: string;
  start: number;
  articles: ListArticle[];
  key: string;
}

/** The chunks of a list, in order; `code` is part of each key. */
export function quoteChunks(list: Pick<QuoteList, 'articles'>, code: string): Chunk[] {
  const chunks: Chunk[] = [];
  let current: ListArticle[] = [];
  let count = 0;
  const close = () => {
    const name = `quotes-${String(chunks.length).padStart(3, '0')}`;
    chunks.push({ name, start: current[0]!.start, articles: current, key: sha256(JSON.stringify([code, name, current.map((a) => a.viewsDigest)])) });
    current = [];
    count = 0;
  };
  for (const article of list.articles) {
    current.push(article);
    count += article.count;
    if ((count >= CHUNK_MIN && cutsAfter(article)) || count >= CHUNK_MAX) close();
  }
  if (current.length > 0) close();
  return chunks;
}
