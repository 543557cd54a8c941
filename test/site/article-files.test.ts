/**
 * The site's article files (pipeline/site/article-files.ts): a file whose key
 * and published identity are those recorded is linked from the version in
 * place; a changed row, or a published file edited since, is written again.
 * The rows are made up.
 */
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleRelated } from '../../pipeline/site/article-data.ts';
import { ArticleFiles, type ArticleReuse } from '../../pipeline/site/article-files.ts';
import { dataFile } from '../../pipeline/site/site-build.ts';

const row = (id: string, title: string) => ({ article_id: id, url: `https://example.org/${id}`, site: 'example.org', title, authors: ['Ann Ross'], published: '2024-05-01', language: 'en', text: 'A made-up text.' });
const NOTHING: ArticleRelated = { quotes: [], actors: [], countries: [], links: [], names: {}, countryNames: {} };

type Row = ReturnType<typeof row>;

/** Writes the article files of `rows` (each as the publish stage writes it) with `files`. */
async function writeAll(files: ArticleFiles, rows: Row[]): Promise<void> {
  for (const r of rows) await files.write(JSON.stringify(r, null, 2), r, NOTHING);
}

/** Writes the article files of `rows` into a new site folder; returns it, the keys and whether each file was written or linked. */
async function siteOf(root: string, rows: Row[], previous?: ArticleReuse) {
  const site = await mkdtemp(join(root, 'site-'));
  await mkdir(join(site, 'data', 'articles'), { recursive: true });
  const written: string[] = [];
  const put = async (path: string, content: string | null) => {
    if (content === null) return;
    written.push(path);
    await writeFile(join(site, path), content);
  };
  const files = new ArticleFiles(site, put, dataFile, { code: 'code', previous });
  await writeAll(files, rows);
  return { site, keys: files.keys, written };
}

/** What the next publish is given of a site folder. */
async function recorded(site: string, keys: Record<string, string>): Promise<ArticleReuse> {
  const files: ArticleReuse['files'] = {};
  for (const [path, key] of Object.entries(keys)) {
    const s = await stat(join(site, path));
    files[path] = [key, s.size, s.mtimeMs, s.ino];
  }
  return { dir: site, files };
}

describe('site article files', () => {
  it('links unchanged files, writes changed rows and files edited since they were published', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-article-files-'));
    const first = await siteOf(root, [row('art_1', 'Budget vote'), row('art_2', 'Harbour strike')]);
    expect(first.written).toEqual(['data/articles/art_1.js', 'data/articles/art_2.js']);

    const second = await siteOf(root, [row('art_1', 'Budget vote'), row('art_2', 'Harbour strike ends')], await recorded(first.site, first.keys));
    expect(second.written).toEqual(['data/articles/art_2.js']);
    const linked = 'data/articles/art_1.js';
    expect((await stat(join(second.site, linked))).ino).toBe((await stat(join(first.site, linked))).ino);

    // Edited in place after it was recorded: no longer the file published, so it is written again, right.
    const previous = await recorded(second.site, second.keys);
    const right = await readFile(join(second.site, linked), 'utf8');
    await writeFile(join(second.site, linked), 'edited by hand');
    const third = await siteOf(root, [row('art_1', 'Budget vote'), row('art_2', 'Harbour strike ends')], previous);
    expect(third.written).toEqual([linked]);
    expect(await readFile(join(third.site, linked), 'utf8')).toBe(right);
  });

  it('gives another key under other code', async () => {
    const rows = [row('art_1', 'Budget vote')];
    const keysUnder = async (code: string) => {
      const files = new ArticleFiles(tmpdir(), async () => undefined, dataFile, { code });
      await writeAll(files, rows);
      return files.keys;
    };
    expect(await keysUnder('a')).not.toEqual(await keysUnder('b'));
  });
});
