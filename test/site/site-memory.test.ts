/**
 * What the site holds while it writes its data files (issue 12: memory flat
 * as the corpus grows), checked by what can be counted, never by a memory
 * figure: the tables it reads keep only the fields it shows, and the display
 * rows it spills to disk come back whole, for the chunks and the search shards.
 * Rows are made up (made-up.ts).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex } from '../../pipeline/site/quote-index.ts';
import { SEARCH_FIELDS, bucketShards, shardOf } from '../../pipeline/site/search-index.ts';
import { readTables } from '../../pipeline/site/tables.ts';
import { syntheticTables, writeVersion } from './made-up.ts';

describe('the tables the site reads', () => {
  it('keep every field the site uses and leave out the surfaces, domains and article text', async () => {
    const tables = syntheticTables(40);
    const dir = await writeVersion(await mkdtemp(join(tmpdir(), 'wsw-site-memory-')), tables);
    const read = await readTables(dir, { withoutText: true });
    expect(read.quotes).toEqual(tables.quotes);
    expect(read.actors).toEqual(tables.actors);
    expect(read.actor_mentions).toEqual(tables.actor_mentions.map(({ surface: _, ...rest }) => rest));
    expect(read.country_mentions).toEqual(tables.country_mentions.map(({ surface: _, ...rest }) => rest));
    expect(read.links).toEqual(tables.links.map(({ domain: _, ...rest }) => rest));
    expect(read.articles.map((a) => a.text)).toEqual(tables.articles.map(() => ''));
    expect(read.articles.map((a) => a.title)).toEqual(tables.articles.map((a) => a.title));
  });
});

describe('the quotes list', () => {
  it('reads back from its spill file the display rows of each article, and numbers each bucket’s quotes by rank', () => {
    const tables = syntheticTables(5000, 7);
    tables.quotes[5]!.text = 'Line\nbreak, a tab\t, a quote " and 人权 ✓ in one made-up quote';
    const index = buildQuoteIndex(tables);
    expect(index.rows.map((r) => r.id).sort()).toEqual(tables.quotes.map((q) => q.quote_id).sort());
    expect(index.rows.find((r) => r.id === tables.quotes[5]!.quote_id)!.text).toBe(tables.quotes[5]!.text);
    // Each bucket's shards are MiniSearch over that bucket's quotes in list order, each with its words of the shard's letter:
    // MiniSearch's own JSON, but for the order of the index's terms (sorted, not the order of its radix tree).
    const tokenize = MiniSearch.getDefault('tokenize') as (t: string) => string[];
    const views = { articles: index.articles, views: (a: { start: number; count: number }) => index.rows.slice(a.start, a.start + a.count) };
    for (let bucket = 0; bucket < index.buckets; bucket += 1) {
      const expected = new Map<string, MiniSearch>();
      let id = 0;
      index.rows.forEach((r, position) => {
        if (index.facets.bucket[position] !== bucket) return;
        const values = { text: r.text, speaker: r.speaker, title: r.articleTitle ?? '' };
        const perShard = new Map<string, Record<string, string[]>>();
        for (const field of SEARCH_FIELDS) {
          for (const term of tokenize(values[field]).map((t) => t.toLowerCase()).filter(Boolean)) {
            const entry = perShard.get(shardOf(term)) ?? { text: [], speaker: [], title: [] };
            entry[field]!.push(term);
            perShard.set(shardOf(term), entry);
          }
        }
        for (const [shard, f] of perShard) {
          const search = expected.get(shard) ?? new MiniSearch({ fields: [...SEARCH_FIELDS], storeFields: [] });
          search.add({ id, text: f.text!.join(' '), speaker: f.speaker!.join(' '), title: f.title!.join(' ') });
          expected.set(shard, search);
        }
        id += 1;
      });
      const shards = bucketShards(views, bucket);
      expect(shards.map(([name]) => name)).toEqual([...expected.keys()].sort().map((l) => `${bucket}-${l}`));
      for (const [name, json] of shards) {
        const own = expected.get(name.split('-')[1]!)!.toJSON();
        const sorted = [...own.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        expect(json, name).toBe(JSON.stringify({ ...own, index: sorted }));
      }
    }
  });
});
