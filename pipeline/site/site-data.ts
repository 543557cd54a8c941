/**
 * The site's data files of a version (everything but `index.html` and
 * `data/meta.js`), written from its tables read article by article
 * (article-stream.ts), each file as soon as it is made.
 *
 * Memory stays flat as the corpus grows (issue 12): one article's rows are
 * held at a time; its data file is written, its display rows go to a spill
 * file (quote-index.ts), and only its facet values stay. A rebuild after one
 * changed article costs in proportion to the change where the files allow
 * it: article files, quote chunks (quote-chunks.ts) and the search shards of
 * each bucket (search-buckets.ts) whose key is unchanged are hard-linked from
 * the version in place (the very bytes a full build writes); the list-wide
 * files (facets, speakers, charts) are made again from what the stream gathered.
 * With a cache folder (publish gives one beside the validated tables), an
 * article whose row bytes and actors' facts are unchanged is not parsed at
 * all: its display rows and facet values come from the cache (article-cache.ts).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TABLES, type TableName } from '../lib/schemas.ts';
import { sha256 } from '../lib/hash.ts';
import { articleRelated } from './article-data.ts';
import { ArticleFiles, type ArticleFilesOptions, linkReused } from './article-files.ts';
import { ArticleCache, articleDigest, factsDigest } from './article-cache.ts';
import type { ArticleSource } from './article-stream.ts';
import { buildCharts, chartCsv, chartsHtml } from './charts.ts';
import { quoteChunks } from './quote-chunks.ts';
import { type QuoteList, QuoteListBuilder } from './quote-index.ts';
import { articleQuoteViews } from './quote-views.ts';
import { SEARCH_FIELDS, bucketKeys, bucketShards, searchDigest } from './search-index.ts';
import { buildSpeakers } from './speakers.ts';
import { type ActorRow, type CountryRow, readTable } from './tables.ts';

/** The folders of the site the data files go to (deleted whole before a second try, site-build.ts). */
export const SITE_DATA_FOLDERS = ['data', 'charts'] as const;

/**
 * What the site's data files (quote chunks, search shards, facets, speakers,
 * articles, chart CSVs) give the shell, which is written once the rest of the
 * version folder exists.
 */
export interface SiteData {
  /** The data files written, relative to the site folder. */
  paths: string[];
  /** `data/meta.js` without the version and title (which come from datapackage.json). */
  meta: Record<string, unknown>;
  chartsHtml: string;
  quotes: number;
  articles: number;
  /** Rows of each table, in table order (the About view shows them). */
  rows: Record<string, number>;
  /** The code the reusable files were made with. */
  code: string;
  /** The key of each reusable file (article files, article-files.ts; quote chunks, quote-chunks.ts; search shards, {@link searchFiles}), for the next publish to reuse them. */
  articleKeys: Record<string, string>;
}

/** A data file: assigns a value to `WSW_DATA[name]` when the browser runs it. */
export function dataFile(name: string, value: unknown): string {
  return jsonDataFile(name, JSON.stringify(value));
}

/** A data file of a value given as its JSON text. */
export function jsonDataFile(name: string, json: string): string {
  return `(self.WSW_DATA = self.WSW_DATA || {})[${JSON.stringify(name)}] = ${json};\n`;
}

/** Writes files into the site folder, making their folders once; `paths` lists what was written or linked. */
class SiteWriter {
  private readonly made = new Set<string>();

  constructor(readonly siteDir: string) {}

  /** Writes a file, or with null content notes one already placed (a linked file, whose folder exists); `list` records its path. */
  async put(path: string, content: string | null, list: string[]): Promise<void> {
    const folder = dirname(join(this.siteDir, path));
    if (!this.made.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.made.add(folder);
    }
    if (content !== null) await writeFile(join(this.siteDir, path), content);
    list.push(path);
  }

  /** Makes a folder (before files are linked into it). */
  async folder(path: string): Promise<void> {
    await mkdir(join(this.siteDir, path), { recursive: true });
    this.made.add(join(this.siteDir, path));
  }
}

/**
 * Writes the site's data files from each article's rows (`groups`, in the
 * order of `articles.json`) and the actors and countries of `dataDir`.
 */
export async function writeSiteDataFrom(sources: AsyncIterable<ArticleSource>, dataDir: string, siteDir: string, options: ArticleFilesOptions): Promise<SiteData> {
  const writer = new SiteWriter(siteDir);
  const actors = await readTable<ActorRow>(dataDir, 'actors');
  const countries = await readTable<CountryRow>(dataDir, 'countries');
  const actorsById = new Map(actors.map((a) => [a.actor_id, a]));
  const countryNames = new Map(countries.map((c) => [c.country, c.name]));
  const counts = Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>;
  counts.actors = actors.length;
  counts.countries = countries.length;
  // The article files first, from the one read of the tables that also gives the list its display rows.
  await writer.folder('data/articles');
  const articlePaths: string[] = [];
  const articleFiles = new ArticleFiles(siteDir, (path, content) => writer.put(path, content, articlePaths), dataFile, options);
  const builder = new QuoteListBuilder(countryNames);
  const cache = options.cache ? ArticleCache.open(options.cache, options.code) : null;
  try {
    for await (const source of sources) {
      const digest = cache ? articleDigest(options.code, source) : null;
      const hit = digest ? cache!.lookup(source.id, digest, actorsById, countryNames) : undefined;
      counts.articles += 1;
      if (hit && (await articleFiles.reuse(source.id, hit.fileKey))) {
        // Nothing it is made of changed: its display rows are copied as bytes, its rows never parsed.
        for (const [i, table] of (['quotes', 'actor_mentions', 'country_mentions', 'links'] as const).entries()) counts[table] += hit.rows[i]!;
        const at = builder.addBytes(source.id, hit.published, cache!.views(hit), hit.facets, hit.searchDigest, hit.viewsDigest);
        cache!.record(source.id, { ...hit, at });
        continue;
      }
      const group = source.group();
      for (const table of ['quotes', 'actor_mentions', 'country_mentions', 'links'] as const) counts[table] += group[table].length;
      const related = articleRelated(group, actorsById, countryNames);
      const fileKey = await articleFiles.write(group.text, group.row, related);
      const views = articleQuoteViews(group.row, group, actorsById);
      const search = searchDigest(views);
      const added = builder.add(group.row.article_id, group.row.published, views, search);
      if (digest) {
        const actors = [...new Set([...group.actor_mentions.map((m) => m.actor_id), ...group.quotes.map((q) => q.actor_id)])].filter((a): a is string => !!a).sort();
        const codes = [...new Set(group.country_mentions.map((m) => m.country))].sort();
        const rows: [number, number, number, number] = [group.quotes.length, group.actor_mentions.length, group.country_mentions.length, group.links.length];
        const facts = factsDigest(actors, codes, actorsById, countryNames);
        cache!.record(source.id, { digest, actors, codes, facts, fileKey, published: group.row.published, rows, searchDigest: search, viewsDigest: added.viewsDigest, facets: added.facets, at: added.at, bytes: added.bytes.length });
      }
    }
  } catch (error) {
    cache?.close();
    builder.abandon();
    throw error;
  }
  const list = builder.finish();
  try {
    const paths: string[] = [];
    await writer.put('data/facets.js', dataFile('facets', list.facets), paths);
    const chunkKeys: Record<string, string> = {};
    const chunkStarts = await writeChunks(list, writer, paths, options, chunkKeys);
    const search = await searchFiles(list, writer, paths, options);
    const meta = {
      quotes: list.facets.count,
      articles: counts.articles,
      chunks: chunkStarts.length,
      chunkStarts,
      searchFields: SEARCH_FIELDS,
      searchBuckets: list.buckets,
      searchShards: search.names,
      countryNames: Object.fromEntries(list.facets.countries),
    };
    await writer.put('data/speakers.js', dataFile('speakers', buildSpeakers({ actors, countries }, list)), paths);
    // Listed where they always were: after the speakers, before the charts.
    paths.push(...articlePaths);
    const charts = buildCharts({ countries }, list);
    for (const c of charts) await writer.put(`charts/${c.id}.csv`, chartCsv(c), paths);
    await cache?.save(builder.spillFile);
    return { paths, meta, chartsHtml: chartsHtml(charts), quotes: list.facets.count, articles: counts.articles, rows: counts, code: options.code, articleKeys: { ...articleFiles.keys, ...chunkKeys, ...search.keys } };
  } finally {
    cache?.close();
    list.remove();
  }
}

/**
 * Writes the quote chunks (quote-chunks.ts), or links those whose key is the
 * one recorded from the version in place; returns each chunk's first list
 * position. Each chunk's rows are read back from the spill file only when it is written.
 */
async function writeChunks(list: QuoteList, writer: SiteWriter, paths: string[], options: ArticleFilesOptions, keys: Record<string, string>): Promise<number[]> {
  const starts: number[] = [];
  for (const chunk of quoteChunks(list, options.code)) {
    const path = `data/${chunk.name}.js`;
    keys[path] = chunk.key;
    starts.push(chunk.start);
    if (await linkReused(options.previous, path, chunk.key, writer.siteDir)) await writer.put(path, null, paths);
    else await writer.put(path, dataFile(chunk.name, chunk.articles.flatMap((a) => list.views(a))), paths);
  }
  return starts;
}

/**
 * Writes the search shards of every bucket, or links them from the version
 * in place when the bucket's key and its set of shards are those recorded.
 * Each shard file's key is the bucket's key with the bucket's shard names,
 * so a record missing one of a bucket's files never passes for the whole.
 */
async function searchFiles(list: QuoteList, writer: SiteWriter, paths: string[], options: ArticleFilesOptions): Promise<{ names: string[]; keys: Record<string, string> }> {
  const names: string[] = [];
  const keys: Record<string, string> = {};
  const fileKey = (bucketKey: string, shards: string[]) => sha256(JSON.stringify([bucketKey, shards]));
  const path = (name: string) => `data/search-${name}.js`;
  await writer.folder('data');
  for (const [bucket, bucketKey] of bucketKeys(list, options.code).entries()) {
    const recorded = recordedShards(options, bucket);
    const key = fileKey(bucketKey, recorded);
    const linked: string[] = [];
    for (const name of recorded) {
      if (!(await linkReused(options.previous, path(name), key, writer.siteDir))) break;
      linked.push(name);
    }
    if (recorded.length > 0 && linked.length === recorded.length) {
      for (const name of recorded) {
        await writer.put(path(name), null, paths);
        keys[path(name)] = key;
      }
      names.push(...recorded);
      continue;
    }
    // Built: a file linked before the one that failed is removed first (writing it would go through the link).
    for (const name of linked) await rm(join(writer.siteDir, path(name)), { force: true });
    const shards = bucketShards(list, bucket);
    const built = fileKey(bucketKey, shards.map(([name]) => name));
    for (const [name, json] of shards) {
      await writer.put(path(name), jsonDataFile(`search-${name}`, json), paths);
      keys[path(name)] = built;
      names.push(name);
    }
  }
  return { names, keys };
}

/** The shard names the last publish recorded for a bucket, in name order. */
function recordedShards(options: ArticleFilesOptions, bucket: number): string[] {
  const prefix = `data/search-${bucket}-`;
  return Object.keys(options.previous?.files ?? {})
    .filter((p) => p.startsWith(prefix) && p.endsWith('.js') && !p.slice(prefix.length, -3).includes('-'))
    .map((p) => p.slice('data/search-'.length, -3))
    .sort();
}
