/**
 * The site generator without a browser, on MADE-UP tables: the quotes list,
 * its facet columns and chunks agree; the search shards hold every word; long
 * time spans are binned by year; the About view prefers measured figures.
 */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../pipeline/site/charts.ts';
import { CHUNK_MAX, CHUNK_MIN } from '../../pipeline/site/quote-chunks.ts';
import { buildQuoteIndex } from '../../pipeline/site/quote-index.ts';
import { SEARCH_FIELDS, bucketShards, shardOf } from '../../pipeline/site/search-index.ts';
import { buildSite } from '../../pipeline/site/site-build.ts';
import { syntheticTables, writeVersion } from './made-up.ts';

describe('the quotes list', () => {
  const tables = syntheticTables(600, 7);
  const index = buildQuoteIndex(tables);

  it('has one row and one entry in every facet column per quote, newest article first', () => {
    expect(index.rows).toHaveLength(600);
    for (const column of [index.facets.speaker, index.facets.type, index.facets.site, index.facets.kind, index.facets.day, index.facets.country, index.facets.bySpeaker]) {
      expect(column).toHaveLength(600);
    }
    const days = index.facets.day;
    for (let i = 1; i < days.length; i += 1) expect(days[i - 1]! >= days[i]!).toBe(true);
    expect(new Set(index.facets.bySpeaker).size).toBe(600);
    const names = index.facets.bySpeaker.map((i) => index.facets.speakers[index.facets.speaker[i]!]!.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('gives each quote the countries named inside it and its speaker’s', () => {
    const q = tables.quotes[0]!;
    const row = index.rows.find((r) => r.id === q.quote_id)!;
    const own = tables.actors.find((a) => a.actor_id === q.actor_id)!.country!;
    expect(row.countries).toContain(own);
  });

  it('puts every word of every quote in the shard of its bucket and first letter, numbered by rank in the bucket', () => {
    const big = buildQuoteIndex(syntheticTables(5000, 7));
    expect(big.buckets).toBe(4);
    const views = { articles: big.articles, views: (a: { start: number; count: number }) => big.rows.slice(a.start, a.start + a.count) };
    const tokenize = MiniSearch.getDefault('tokenize') as (t: string) => string[];
    for (const position of [0, 123, 4321, 4999]) {
      const bucket = big.facets.bucket[position]!;
      const rank = big.facets.bucket.slice(0, position).filter((b) => b === bucket).length;
      const shards = new Map(bucketShards(views, bucket).map(([name, json]) => [name, MiniSearch.loadJSON(json, { fields: [...SEARCH_FIELDS], storeFields: [] })]));
      for (const word of tokenize(big.rows[position]!.text).filter(Boolean).map((w) => w.toLowerCase())) {
        const hits = shards.get(`${bucket}-${shardOf(word)}`)!.search(word, { processTerm: (t) => t.toLowerCase() });
        expect(hits.map((h) => h.id)).toContain(rank);
      }
    }
  });

  it('bins quotes by year when they span more than six years, by month otherwise', () => {
    const [time] = buildCharts(tables, index);
    expect(time!.columns[0]).toBe('year');
    const sum = time!.rows.reduce((a, r) => a + r[1], 0);
    expect(sum).toBe(600);
    const recent = syntheticTables(40, 3);
    for (const a of recent.articles) a.published = '2024-03-05T00:00:00+00:00';
    recent.articles[0]!.published = '2023-11-30T00:00:00+00:00';
    const [months] = buildCharts(recent, buildQuoteIndex(recent));
    expect(months!.rows.map((r) => r[0])).toEqual(['2023-11', '2023-12', '2024-01', '2024-02', '2024-03']);
  });
});

describe('the site files', () => {
  it('ships the quotes in chunks and the measured accuracy figures when the version has them', async () => {
    const dir = await writeVersion(join(await mkdtemp(join(tmpdir(), 'wsw-site-gen-')), 'v'), syntheticTables(600, 9));
    await writeFile(join(dir, 'metrics.json'), JSON.stringify({ dev: { quotes_f1: 0.777 } }));
    const report = await buildSite({ dataDir: dir, outDir: join(dir, 'site') });
    const data = await readdir(join(report.dir, 'data'));
    // The chunks, in name order, hold the list's rows in order, cut between articles, each within its bounds; meta.js says where each starts.
    const value = async (file: string) => {
      const self: { WSW_DATA?: Record<string, unknown> } = {};
      new Function('self', await readFile(join(report.dir, 'data', file), 'utf8'))(self);
      return Object.values(self.WSW_DATA!)[0] as Record<string, unknown>;
    };
    const chunkFiles = data.filter((f) => /^quotes-\d{3}\.js$/.test(f)).sort();
    const chunks = (await Promise.all(chunkFiles.map(value))) as unknown as Array<Array<{ id: string; article: string }>>;
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat().map((r) => r.id)).toEqual(buildQuoteIndex(syntheticTables(600, 9)).rows.map((r) => r.id));
    for (const [i, rows] of chunks.entries()) {
      expect(rows.length).toBeLessThanOrEqual(CHUNK_MAX + 10);
      if (i < chunks.length - 1) expect(rows.length).toBeGreaterThanOrEqual(CHUNK_MIN);
      if (i < chunks.length - 1) expect(rows.at(-1)!.article).not.toBe(chunks[i + 1]![0]!.article);
    }
    const meta = await value('meta.js');
    expect(meta.chunkStarts).toEqual(chunks.map((_, i) => chunks.slice(0, i).flat().length));
    expect(data.some((f) => f.startsWith('search-'))).toBe(true);
    const html = await readFile(report.index, 'utf8');
    expect(html).toContain('0.777');
    expect(html).toContain('href="../metrics.json"');
    expect(html).not.toMatch(/<script>(?!<)/);
  });
});
