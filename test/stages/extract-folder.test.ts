import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { recordsDir, runExtract } from '../../pipeline/extract/extract-stage.ts';
import type { ArticleRow } from '../../pipeline/extract/records.ts';

/** A made-up news page. */
function page(title: string, canonical: string, paragraph: string, charset = 'utf-8'): string {
  return `<!doctype html><html lang="en"><head><meta charset="${charset}"><title>${title}</title>
<link rel="canonical" href="${canonical}"></head><body><nav><a href="/">Home</a></nav>
<article><h1>${title}</h1><p>${paragraph}</p>
<p>The minister spoke to reporters for an hour on Tuesday and answered every question about the new budget.</p>
<p>Opposition parties said they would study the proposal before the vote next week in parliament.</p></article>
<footer>Copyright</footer></body></html>`;
}

async function rawFolder(): Promise<string> {
  const raw = await mkdtemp(join(tmpdir(), 'wsw-raw-'));
  await mkdir(join(raw, 'a', 'b'), { recursive: true });
  await writeFile(join(raw, 'a', 'b', 'one.html'), page('One', 'https://example.org/one', '“We will appeal,” the lawyer said.'));
  await writeFile(join(raw, 'two.html.gz'), gzipSync(page('Two', 'https://example.org/two', 'A second page about the budget in Canada.')));
  await writeFile(join(raw, 'broken.html.gz'), 'this is not gzip');
  await writeFile(
    join(raw, 'latin.htm'),
    iconv.encode(page('Café', 'https://example.org/latin', 'Le café de São Paulo était fermé, a dit le maire.', 'windows-1252'), 'windows-1252'),
  );
  await writeFile(join(raw, 'notes.txt'), 'not a page');
  return raw;
}

// In this thread (threads: 0): the worker pool has its own tests (extract-folder-pool.test.ts).
describe('extract stage on a folder of snapshots', () => {
  it('reads every page recursively, reports the broken one and goes on', async () => {
    const raw = await rawFolder();
    const build = join(raw, '.build');
    const report = await runExtract({ rawDir: raw, buildDir: build, threads: 0 });
    expect(report.snapshots).toBe(4);
    expect(report.articles).toBe(3);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.file).toContain('broken.html.gz');
    expect(report.problems[0]!.reason).toContain('not valid gzip');

    const articles = JSON.parse(await readFile(join(recordsDir(build), 'articles.json'), 'utf8')) as ArticleRow[];
    expect(articles.map((a) => a.source_file)).toEqual(['a/b/one.html', 'latin.htm', 'two.html.gz']);
    expect(articles.map((a) => a.url)).toEqual(['https://example.org/one', 'https://example.org/latin', 'https://example.org/two']);
    expect(articles[1]!.text).toContain('Le café de São Paulo était fermé');
  });

  it('reuses the cached records of unchanged snapshots', async () => {
    const raw = await rawFolder();
    const build = join(raw, '.build');
    await runExtract({ rawDir: raw, buildDir: build, threads: 0 });
    const again = await runExtract({ rawDir: raw, buildDir: build, threads: 0 });
    expect(again.cached).toBe(3);
  });

  it('reports a snapshot the manifest lists but the folder lacks', async () => {
    const raw = await rawFolder();
    await writeFile(
      join(raw, 'manifest.json'),
      JSON.stringify([{ url: 'https://example.org/gone', path: 'gone.html', outcome: 'fetched', charset: 'utf-8' }]),
    );
    const report = await runExtract({ rawDir: raw, buildDir: join(raw, '.build'), threads: 0 });
    expect(report.problems.map((p) => p.reason)).toContain('listed in the manifest for https://example.org/gone but missing');
  });
});
