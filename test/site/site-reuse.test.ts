/**
 * The site's data after one changed article (issue 12): written in place
 * from the files of the version before, they equal a clean build's file by
 * file; the article files, the quote chunks and the search shards the
 * change left alone are hard links to the files before; the changed
 * article's file, its chunk and its bucket's shards are written again. Tables whose rows are not grouped by article in the order of
 * the articles give the same files. The rows are made up (made-up.ts).
 */
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleReuse } from '../../pipeline/site/article-files.ts';
import { differing, files, recorded } from './site-compare.ts';
import { bucketOf } from '../../pipeline/site/search-buckets.ts';
import { writeSiteData } from '../../pipeline/site/site-build.ts';
import type { Tables } from '../../pipeline/site/tables.ts';
import { syntheticTables, writeVersion } from './made-up.ts';

const CODE = 'made-up code';

async function siteOf(root: string, name: string, tables: Tables, previous?: ArticleReuse) {
  const version = await writeVersion(join(root, `${name}-version`), tables);
  const site = join(root, `${name}-site`);
  return { site, data: await writeSiteData(version, site, { code: CODE, previous }) };
}

const inode = async (file: string) => (await stat(file)).ino;

describe('the site data after one changed article', () => {
  it('equal a clean build, and link every file the change left alone', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-site-reuse-'));
    const tables = syntheticTables(5000, 11);
    const before = await siteOf(root, 'before', tables);
    expect(before.data.meta.searchBuckets).toBe(4);

    // One article gets a quote more (every later list position moves) and another text for its first quote.
    const changed = structuredClone(tables);
    const article = changed.articles[17]!;
    const own = changed.quotes.filter((q) => q.article_id === article.article_id);
    own[0]!.text = 'A made-up reworded quote about the harbour.';
    const added = { ...own[0]!, quote_id: 'q_added0000000001', text: 'Another made-up quote about the ferry.', char_start: own[0]!.char_start + 1 };
    changed.quotes.splice(changed.quotes.indexOf(own.at(-1)!) + 1, 0, added);

    const kept = await siteOf(root, 'kept', changed, await recorded(before.site, before.data));
    const clean = await siteOf(root, 'clean', changed);
    expect(await differing(kept.site, clean.site)).toEqual([]);
    expect(kept.data).toEqual(clean.data);

    // Linked or written: the changed article's file and its bucket's shards are new, every other article file and shard is the file before.
    const bucket = bucketOf(article.article_id, 4);
    const search = (await files(join(kept.site, 'data'))).filter((f) => f.startsWith('search-'));
    expect(new Set(search.map((f) => f.split('-')[1])).size).toBe(4);
    for (const f of search) {
      const same = (await inode(join(kept.site, 'data', f))) === (await inode(join(before.site, 'data', f)).catch(() => -1));
      expect(same, f).toBe(!f.startsWith(`search-${bucket}-`));
    }
    // The quote chunks are cut where the articles say (quote-chunks.ts): the changed article's chunk, and at most the next, are new.
    const chunks = (await files(join(kept.site, 'data'))).filter((f) => f.startsWith('quotes-'));
    const newChunks: string[] = [];
    for (const f of chunks) if ((await inode(join(kept.site, 'data', f))) !== (await inode(join(before.site, 'data', f)).catch(() => -1))) newChunks.push(f);
    expect(chunks.length).toBeGreaterThan(10);
    expect(newChunks.length).toBeGreaterThanOrEqual(1);
    expect(newChunks.length).toBeLessThanOrEqual(2);
    expect((await readFile(join(kept.site, 'data', newChunks[0]!), 'utf8')).includes(added.quote_id)).toBe(true);
    const articles = await readdir(join(kept.site, 'data', 'articles'));
    const rewritten: string[] = [];
    for (const f of articles) if ((await inode(join(kept.site, 'data', 'articles', f))) !== (await inode(join(before.site, 'data', 'articles', f)))) rewritten.push(f);
    expect(rewritten).toEqual([`${article.article_id}.js`]);
  }, 120_000);

  it('are the same when the tables are not grouped by article in the order of the articles', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-site-order-'));
    const tables = syntheticTables(300, 5);
    const shuffled = { ...tables, quotes: [...tables.quotes].reverse(), links: [...tables.links].reverse(), actor_mentions: [...tables.actor_mentions].reverse() };
    const grouped = await siteOf(root, 'grouped', tables);
    const other = await siteOf(root, 'shuffled', shuffled);
    expect(await differing(grouped.site, other.site)).toEqual([]);
    expect(other.data).toEqual(grouped.data);
  });
});
