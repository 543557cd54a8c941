/**
 * The quotes list of the site, built at publish time: every quote joined with
 * its article, speaker, country mentions and backing link (one display row per
 * quote, shipped in chunks), and compact columns of the filter values (the
 * facets) so the browser filters and sorts 100,000 quotes without loading the
 * display rows.
 *
 * The list is built article by article (issue 12: memory flat as the corpus
 * grows): each article's display rows go to a temporary file as soon as they
 * are made, and only a few small values per quote (its facet values) stay in
 * memory; the chunks (quote-chunks.ts) and the search shards read the rows
 * back article by article.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../lib/hash.ts';
import { articleQuoteViews, type QuoteView } from './quote-views.ts';
import { bucketCount, bucketOf } from './search-buckets.ts';
import { type ActorRow, sharedString, type Tables } from './tables.ts';

export { type QuoteView, speakerLabel } from './quote-views.ts';

/** The filter columns: entry i of each array describes quote i of the list. */
export interface Facets {
  count: number;
  speakers: string[];
  types: string[];
  sites: string[];
  kinds: string[];
  /** [ISO code, name] of every country a quote can be filtered by. */
  countries: Array<[string, string]>;
  speaker: number[];
  type: number[];
  site: number[];
  kind: number[];
  /** Publication day as yyyymmdd, 0 when the article has no date. */
  day: number[];
  country: number[][];
  /** The list order sorted by speaker, then date. */
  bySpeaker: number[];
  /** The search bucket of each quote (search-buckets.ts): its shards' documents are numbered by rank within the bucket. */
  bucket: number[];
}

/** An article's place in the list. */
export interface ListArticle {
  id: string;
  day: number;
  /** Position of its first quote in the list, and its number of quotes. */
  start: number;
  count: number;
  bucket: number;
  /** Digest of what the search indexes of its quotes (search-index.ts), and of its display rows (quote-chunks.ts). */
  searchDigest: string;
  viewsDigest: string;
  /** Where its display rows are in the spill file. */
  at: number;
  bytes: number;
}

/** The quotes list, built: facets and speakers in memory, display rows read back per article. */
export interface QuoteList {
  facets: Facets;
  /** Articles with quotes, in list order. */
  articles: ListArticle[];
  /** Number of search buckets. */
  buckets: number;
  /** Actor of each quote, by list position. */
  actor: Array<string | null>;
  /** The display rows of an article, in list order. */
  views(article: ListArticle): QuoteView[];
  /** Deletes the spill file. */
  remove(): void;
}

/** yyyymmdd of an ISO date, 0 when there is none. */
export function dayNumber(date: string | null | undefined): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  return m ? Number(`${m[1]}${m[2]}${m[3]}`) : 0;
}

/** Sorted distinct values with the position of each. */
function dictionary(values: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort(compareText);
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

/** Locale-free, deterministic string order. */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the facets take of one quote (strings shared between quotes). */
export type FacetValues = [speaker: string, type: string, site: string, kind: string, countries: string[], actor: string | null];

/**
 * Gathers the quotes list article by article ({@link add}), then puts it in
 * order ({@link finish}): newest article first, ties by article id, then
 * position in the article.
 */
export class QuoteListBuilder {
  private readonly dir = mkdtempSync(join(tmpdir(), 'wsw-quotes-'));
  private readonly fd = openSync(join(this.dir, 'views.ndjson'), 'w+');
  private at = 0;
  private readonly entries: Array<Omit<ListArticle, 'start' | 'bucket'> & { facets: FacetValues[] }> = [];
  private readonly shared = new Map<string, string>();
  private readonly countryNames: ReadonlyMap<string, string>;

  constructor(countryNames: ReadonlyMap<string, string>) {
    this.countryNames = countryNames;
  }

  private share(value: string): string {
    return sharedString(value, this.shared);
  }

  /** Adds an article's display rows (in their order in the article); `searchDigest` is search-index.ts's of them. Returns what {@link addBytes} takes to add them again. */
  add(id: string, published: string | null | undefined, views: QuoteView[], searchDigest: string): { bytes: Buffer; facets: FacetValues[]; viewsDigest: string; at: number } {
    const bytes = views.length === 0 ? Buffer.alloc(0) : Buffer.from(JSON.stringify(views));
    const facets = views.map((v): FacetValues => [v.speaker, v.speakerType, v.site ?? '(no site)', v.kind, v.countries, v.actor]);
    const viewsDigest = views.length === 0 ? '' : sha256(bytes);
    return { bytes, facets, viewsDigest, at: this.addBytes(id, published, bytes, facets, searchDigest, viewsDigest) };
  }

  /** Adds an article's display rows as the bytes {@link add} made of them, with their facet values and digests; returns where they went in the spill file. */
  addBytes(id: string, published: string | null | undefined, bytes: Buffer, facets: FacetValues[], searchDigest: string, viewsDigest: string): number {
    const at = this.at;
    if (facets.length === 0) return at;
    writeSync(this.fd, bytes, 0, bytes.length, this.at);
    const shared = facets.map((v): FacetValues => [this.share(v[0]), this.share(v[1]), this.share(v[2]), this.share(v[3]), v[4].map((c) => this.share(c)), v[5] === null ? null : this.share(v[5])]);
    this.entries.push({ id, day: dayNumber(published), count: facets.length, searchDigest, viewsDigest, at: this.at, bytes: bytes.length, facets: shared });
    this.at += bytes.length;
    return at;
  }

  /** The spill file (complete after the last add: the article cache keeps it, article-cache.ts). */
  get spillFile(): string {
    return join(this.dir, 'views.ndjson');
  }

  /** The list in order, with its facets; call once, after the last {@link add}. */
  finish(): QuoteList {
    const sorted = [...this.entries].sort((a, b) => b.day - a.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const total = sorted.reduce((n, e) => n + e.count, 0);
    const buckets = bucketCount(total);
    const values = sorted.flatMap((e) => e.facets);
    const speakers = dictionary(values.map((v) => v[0]));
    const types = dictionary(values.map((v) => v[1]));
    const sites = dictionary(values.map((v) => v[2]));
    const kinds = dictionary(values.map((v) => v[3]));
    const codes = dictionary(values.flatMap((v) => v[4]));
    const speaker = values.map((v) => speakers.index.get(v[0]) ?? 0);
    const articles: ListArticle[] = [];
    const day: number[] = [];
    const bucket: number[] = [];
    let start = 0;
    for (const { facets: _, ...e } of sorted) {
      const b = bucketOf(e.id, buckets);
      articles.push({ ...e, start, bucket: b });
      for (let i = 0; i < e.count; i += 1) {
        day.push(e.day);
        bucket.push(b);
      }
      start += e.count;
    }
    const facets: Facets = {
      count: total,
      speakers: speakers.list,
      types: types.list,
      sites: sites.list,
      kinds: kinds.list,
      countries: codes.list.map((c): [string, string] => [c, this.countryNames.get(c) ?? c]),
      speaker,
      type: values.map((v) => types.index.get(v[1]) ?? 0),
      site: values.map((v) => sites.index.get(v[2]) ?? 0),
      kind: values.map((v) => kinds.index.get(v[3]) ?? 0),
      day,
      country: values.map((v) => v[4].map((c) => codes.index.get(c) ?? 0)),
      bySpeaker: values.map((_, i) => i).sort((a, b) => (speaker[a] ?? 0) - (speaker[b] ?? 0) || a - b),
      bucket,
    };
    const fd = this.fd;
    const dir = this.dir;
    return {
      facets,
      articles,
      buckets,
      actor: values.map((v) => v[5]),
      views(article) {
        const buffer = Buffer.alloc(article.bytes);
        readSync(fd, buffer, 0, article.bytes, article.at);
        return JSON.parse(buffer.toString('utf8')) as QuoteView[];
      },
      remove() {
        closeSync(fd);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  /** Deletes the spill file without finishing (on an error). */
  abandon(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Every display row of the list, in list order (for tests and small lists: it holds them all). */
export function listRows(list: QuoteList): QuoteView[] {
  return list.articles.flatMap((a) => list.views(a));
}

/** Groups rows by their article id. */
export function byArticle<T extends { article_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.article_id) ?? [];
    list.push(r);
    map.set(r.article_id, list);
  }
  return map;
}

/** The quotes list of tables held in memory, with all its rows (tests; the site streams, site-build.ts). */
export function buildQuoteIndex(tables: Tables): { rows: QuoteView[] } & Omit<QuoteList, 'views' | 'remove'> {
  const actors = new Map<string, ActorRow>(tables.actors.map((a) => [a.actor_id, a]));
  const builder = new QuoteListBuilder(new Map(tables.countries.map((c) => [c.country, c.name])));
  const quotes = byArticle(tables.quotes);
  const mentions = byArticle(tables.country_mentions);
  const links = byArticle(tables.links);
  for (const a of tables.articles) {
    const views = articleQuoteViews(a, { quotes: quotes.get(a.article_id) ?? [], country_mentions: mentions.get(a.article_id) ?? [], links: links.get(a.article_id) ?? [] }, actors);
    builder.add(a.article_id, a.published, views, '');
  }
  const { views: _, remove, ...list } = builder.finish();
  const rows = listRows({ ...list, views: _, remove });
  remove();
  return { rows, ...list };
}
