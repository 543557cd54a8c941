/**
 * The site's article stream read through the tables' article index
 * (pipeline/site/article-stream.ts, extract/article-index.ts): each article's
 * rows, read where the index says they are, are those the stream gives
 * without an index, and each article carries its digest. The tables are a
 * real build's (raw/ plus a made-up page).
 */
import { cp, mkdtemp, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TABLES, indexedArticle, writeArticleIndex } from '../../pipeline/extract/article-index.ts';
import { tableElements } from '../../pipeline/validate/writer-elements.ts';
import { articleSources, heldArticleGroups } from '../../pipeline/site/article-stream.ts';
import { buildPublishFixture } from '../publish/built.ts';

/** Each table's elements (as bytes) by article id, in file order. */
async function byArticle(dir: string, table: string): Promise<Map<string, Buffer[]>> {
  const groups = new Map<string, Buffer[]>();
  for await (const element of tableElements(join(dir, `${table}.json`))) {
    const bytes = typeof element === 'string' ? Buffer.from(element) : Buffer.from(element);
    const id = (JSON.parse(bytes.toString('utf8')) as { article_id: string }).article_id;
    groups.set(id, [...(groups.get(id) ?? []), bytes]);
  }
  return groups;
}

describe('the article stream with an article index', () => {
  it('reads each article where the index says, the rows the stream gives without one', async () => {
    const version = await realpath((await buildPublishFixture()).latest);
    const dir = await mkdtemp(join(tmpdir(), 'wsw-index-stream-'));
    await cp(version, dir, { recursive: true });
    const tables = await Promise.all(ARTICLE_TABLES.map((t) => byArticle(dir, t)));
    const ids = [...tables[0]!.keys()];
    await writeArticleIndex(dir, ids.map((id) => indexedArticle(id, ARTICLE_TABLES.map((t, i) => [t, tables[i]!.get(id) ?? []] as const))));
    const indexed = [];
    for await (const source of articleSources(dir)) indexed.push({ id: source.id, digest: source.digest, group: source.group() });
    const held = [];
    for await (const source of heldArticleGroups(dir)) held.push(source.group());
    expect(indexed.map((a) => a.id)).toEqual(ids);
    expect(indexed.every((a) => typeof a.digest === 'string')).toBe(true);
    expect(indexed.map((a) => a.group)).toEqual(held);
    expect(held.some((g) => g.quotes.length > 1 && g.links.length > 0)).toBe(true);
  });
});
