/**
 * A page whose whole article is one short paragraph (under every minimum
 * length of the main-text cascade) still publishes its text, whatever its
 * encoding. Made-up pages.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { recordsDir, runExtract } from '../../pipeline/extract/extract-stage.ts';
import type { ArticleRow } from '../../pipeline/extract/records.ts';

function page(charset: string, title: string, paragraph: string): string {
  return `<!doctype html><html><head><meta charset="${charset}"><title>${title}</title></head><body>
<nav><a href="/">${title}</a></nav><article><p>${paragraph}</p></article><footer>©</footer></body></html>`;
}

describe('short pages', () => {
  it('publish the one short paragraph of their article (GBK Chinese, UTF-16)', async () => {
    const raw = await mkdtemp(join(tmpdir(), 'wsw-short-'));
    await writeFile(join(raw, 'gbk.html'), iconv.encode(page('gbk', '市政府发布新规定', '市政府今天发布新规定。'), 'gbk'));
    await writeFile(join(raw, 'utf16.html'), iconv.encode(page('utf-16', 'Notice', 'The library shuts today.'), 'utf16le', { addBOM: true }));
    const build = join(raw, '.build');
    const report = await runExtract({ rawDir: raw, buildDir: build, threads: 0 });
    expect(report.problems).toEqual([]);
    const articles = JSON.parse(await readFile(join(recordsDir(build), 'articles.json'), 'utf8')) as ArticleRow[];
    expect(articles.map((a) => a.text)).toEqual(['市政府今天发布新规定。', 'The library shuts today.']);
  });
});
