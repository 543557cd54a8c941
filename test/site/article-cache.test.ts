/**
 * The article cache (site/article-cache.ts): a rebuild that reads what the
 * last publish made of each unchanged article, instead of parsing its rows,
 * gives the same files as a clean build, also when an actor's name changes
 * under articles whose rows did not, and when the cache is unreadable. The
 * rows are made up (made-up.ts).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleReuse } from '../../pipeline/site/article-files.ts';
import { differing, recorded } from './site-compare.ts';
import { writeSiteData } from '../../pipeline/site/site-build.ts';
import type { Tables } from '../../pipeline/site/tables.ts';
import { syntheticTables, writeVersion } from './made-up.ts';

const CODE = 'made-up code';

async function siteOf(root: string, name: string, tables: Tables, options: { previous?: ArticleReuse; cache?: string } = {}) {
  const version = await writeVersion(join(root, `${name}-version`), tables);
  const site = join(root, `${name}-site`);
  return { site, data: await writeSiteData(version, site, { code: CODE, ...options }) };
}

/** The tables with one article's first quote reworded and an actor quoted elsewhere renamed. */
function changedTables(tables: Tables): { changed: Tables; quoting: string } {
  const changed = structuredClone(tables);
  const article = changed.articles[9]!;
  const own = changed.quotes.find((q) => q.article_id === article.article_id)!;
  own.text = 'A made-up reworded quote about the lighthouse.';
  const other = changed.quotes.find((q) => q.article_id !== article.article_id && q.actor_id)!;
  const actor = changed.actors.find((a) => a.actor_id === other.actor_id)!;
  actor.name = 'Orla Penwright';
  return { changed, quoting: other.article_id };
}

afterEach(() => vi.restoreAllMocks());

describe('the site data read through the article cache', () => {
  it('equal a clean build after a changed article and a renamed actor, parsing only what changed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-site-cache-'));
    const cache = join(root, 'cache');
    const tables = syntheticTables(2000, 7);
    const before = await siteOf(root, 'before', tables, { cache });
    const { changed, quoting } = changedTables(tables);
    const previous = await recorded(before.site, before.data);

    const parse = vi.spyOn(JSON, 'parse');
    const kept = await siteOf(root, 'kept', changed, { previous, cache });
    const parsedWithCache = parse.mock.calls.length;
    parse.mockClear();
    await siteOf(root, 'uncached', changed, { previous });
    const parsedWithout = parse.mock.calls.length;
    parse.mockRestore();

    const clean = await siteOf(root, 'clean', changed);
    expect(await differing(kept.site, clean.site)).toEqual([]);
    expect(kept.data).toEqual(clean.data);
    // Unchanged articles are read from the cache: far fewer rows parsed than with none.
    expect(parsedWithCache * 4).toBeLessThan(parsedWithout);
    // The renamed actor's articles were made again: the file of one that quotes them names them anew.
    expect(await readFile(join(kept.site, 'data', 'articles', `${quoting}.js`), 'utf8')).toContain('Orla Penwright');
  }, 120_000);

  it('equal a clean build when the cache is unreadable', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-site-cache-bad-'));
    const cache = join(root, 'cache');
    const tables = syntheticTables(300, 3);
    const before = await siteOf(root, 'before', tables, { cache });
    await writeFile(join(cache, 'index.json'), '{"layout": 1, "code": "made-up co');
    const { changed } = changedTables(tables);
    const kept = await siteOf(root, 'kept', changed, { previous: await recorded(before.site, before.data), cache });
    const clean = await siteOf(root, 'clean', changed);
    expect(await differing(kept.site, clean.site)).toEqual([]);
  });
});
