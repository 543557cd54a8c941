/**
 * What the site holds while it writes its data files (issue 12: memory flat
 * as the corpus grows), checked by what can be counted, never by a memory
 * figure: the tables it reads keep only the fields it shows, and the search
 * shards built from documents spilled to disk are those built in memory.
 * Rows are made up (made-up.ts).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex } from '../../pipeline/site/quote-index.ts';
import { SEARCH_FIELDS, searchShards, shardOf } from '../../pipeline/site/search-index.ts';
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

describe('the search shards', () => {
  it('are those of MiniSearch over each shard’s documents held in memory, with documents past one spill batch', () => {
    const index = buildQuoteIndex(syntheticTables(600, 7));
    index.rows[5]!.text = 'Line\nbreak, a tab\t, a quote " and 人权 ✓ in one made-up quote';
    const tokenize = MiniSearch.getDefault('tokenize') as (t: string) => string[];
    const expected = new Map<string, MiniSearch>();
    index.rows.forEach((r, id) => {
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
    });
    // A spill batch of 2,000 characters: most shards go to their file several times.
    const shards = searchShards(index, 2000);
    expect(shards.spills).toBeGreaterThan(20);
    expect(shards.names).toEqual([...expected.keys()].sort());
    let built = 0;
    for (const [shard, json] of shards) {
      expect(JSON.stringify(json), shard).toBe(JSON.stringify(expected.get(shard)!.toJSON()));
      built += 1;
    }
    expect(built).toBe(expected.size);
  });
});
