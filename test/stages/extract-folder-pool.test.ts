/**
 * The extract stage's worker pool: the same tables as a build in one thread,
 * byte for byte; a page that overruns its time budget is stopped and reported
 * while every other page (including the ones its worker finished before) is
 * published; hostile files (a gzip bomb, an odd file name) are reported or read.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { recordsDir, runExtract } from '../../pipeline/extract/extract-stage.ts';
import type { ArticleRow } from '../../pipeline/extract/records.ts';
import { DEFAULT_MAX_SNAPSHOT_BYTES } from '../../pipeline/extract/snapshots.ts';
import { PageExtractor } from '../../pipeline/pool/page-extractor.ts';
import { HANG_MARKER } from './fixtures/hanging-extractor.ts';

const DEV_PAGES = '../shared/bench-dev/html';
const HANGING_EXTRACTOR = new URL('./fixtures/hanging-extractor.ts', import.meta.url).href;

/** A made-up news page. */
function page(slug: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${slug}</title>
<link rel="canonical" href="https://example.org/${slug}"></head><body>${extra}
<article><h1>Page ${slug}</h1><p>“We will appeal the ruling on ${slug},” the lawyer Anna Berg said on Tuesday in Canada.</p>
<p>The minister spoke to reporters for an hour and answered every question about the new budget and the vote.</p></article></body></html>`;
}

async function tempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `wsw-${label}-`));
}

async function readArticles(build: string): Promise<ArticleRow[]> {
  return JSON.parse(await readFile(join(recordsDir(build), 'articles.json'), 'utf8')) as ArticleRow[];
}

describe('extract stage with a worker pool', () => {
  it('writes the same tables, byte for byte, as a build in one thread', async () => {
    const raw = await tempDir('pool-raw');
    const names = (await readdir(DEV_PAGES)).sort().slice(0, 8);
    for (const name of names) await copyFile(join(DEV_PAGES, name), join(raw, name));
    await writeFile(join(raw, 'weird name (1) 文章.html'), page('weird'));
    const single = join(await tempDir('single'), 'build');
    const pooled = join(await tempDir('pooled'), 'build');
    const one = await runExtract({ rawDir: raw, buildDir: single, threads: 0 });
    const many = await runExtract({ rawDir: raw, buildDir: pooled, threads: 2 });
    expect(many).toEqual(one);
    expect(one.articles).toBe(names.length + 1);
    const files = (await readdir(recordsDir(single))).sort();
    expect((await readdir(recordsDir(pooled))).sort()).toEqual(files);
    for (const f of files) expect(await readFile(join(recordsDir(pooled), f)), f).toEqual(await readFile(join(recordsDir(single), f)));
  });

  it('takes an extractor whose worker was started before any page (datasets.ts), writes the same tables, and closes it', async () => {
    const raw = await tempDir('started-raw');
    for (const slug of ['a', 'b', 'c']) await writeFile(join(raw, `${slug}.html`), page(slug));
    const single = join(raw, '.single');
    const started = join(raw, '.started');
    await runExtract({ rawDir: raw, buildDir: single, threads: 0 });
    const options = { rawDir: raw, buildDir: started, threads: 1 };
    const extractor = new PageExtractor(options);
    extractor.start();
    const report = await runExtract({ ...options, extractor });
    expect(report.articles).toBe(3);
    const files = (await readdir(recordsDir(single))).sort();
    for (const f of files) expect(await readFile(join(recordsDir(started), f)), f).toEqual(await readFile(join(recordsDir(single), f)));
    await extractor.close(); // closed by the stage already: a second close does nothing
  });

  it('stops a page that overruns its budget, reports it, and keeps every other page', async () => {
    const raw = await tempDir('hang-raw');
    for (const slug of ['a', 'b', 'd', 'e']) await writeFile(join(raw, `${slug}.html`), page(slug));
    await writeFile(join(raw, 'c-hangs.html'), page('c', HANG_MARKER));
    // One worker: it extracts a and b, is stopped on c, and a fresh worker takes d and e.
    const build = join(raw, '.build');
    const report = await runExtract({ rawDir: raw, buildDir: build, threads: 1, pageBudgetMs: 1500, extractorUrl: HANGING_EXTRACTOR });
    expect(report.problems.map((p) => p.reason)).toHaveLength(1);
    expect(report.problems[0]!.file).toBe(join(raw, 'c-hangs.html'));
    expect(report.problems[0]!.reason).toContain('longer than its budget of 1.5 s');
    expect((await readArticles(build)).map((a) => a.source_file)).toEqual(['a.html', 'b.html', 'd.html', 'e.html']);
  });

  it('cuts a gzip bomb off at the size limit while decompressing, names the limit, and goes on', async () => {
    const raw = await tempDir('bomb-raw');
    await writeFile(join(raw, 'a.html'), page('a'));
    // 1 GiB of zeros in about 1 MB: 1,024 concatenated gzip members of 1 MiB each.
    const member = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
    await writeFile(join(raw, 'bomb.html.gz'), Buffer.concat(Array.from({ length: 1024 }, () => member)));
    const report = await runExtract({ rawDir: raw, buildDir: join(raw, '.build') });
    expect(report.articles).toBe(1);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.file).toBe(join(raw, 'bomb.html.gz'));
    expect(report.problems[0]!.reason).toContain(`more than the limit of ${DEFAULT_MAX_SNAPSHOT_BYTES} bytes (maxSnapshotBytes)`);
  });

  it('refuses a plain snapshot larger than the limit without reading it', async () => {
    const raw = await tempDir('large-raw');
    await mkdir(join(raw, 'sub dir'));
    await writeFile(join(raw, 'sub dir', 'big page.html'), page('big', 'x'.repeat(5000)));
    await writeFile(join(raw, 'small.html'), page('small'));
    const report = await runExtract({ rawDir: raw, buildDir: join(raw, '.build'), maxSnapshotBytes: 4000, threads: 0 });
    expect(report.articles).toBe(1);
    expect(report.problems.map((p) => p.file)).toEqual([join(raw, 'sub dir', 'big page.html')]);
    expect(report.problems[0]!.reason).toMatch(/the file holds \d+ bytes, more than the limit of 4000 bytes \(maxSnapshotBytes\)/);
  });
});
