/**
 * Web-archive input: the HTML responses of a WARC file become articles with
 * the record's URL and date as provenance; other records are counted and
 * passed over; a WARC file may be the whole raw input. The WARC is made here
 * with warcio from made-up pages.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import { type SourceInfo, recordsDir, runExtract } from '../../pipeline/extract/extract-stage.ts';
import type { ArticleRow } from '../../pipeline/extract/records.ts';

function page(title: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>“The bridge will reopen in May,” the mayor of Lyon said on Tuesday after the inspection by engineers.</p>
<p>Traffic will use the northern crossing until then, the city's transport office added in a statement.</p></article></body></html>`;
}

async function record(url: string, contentType: string, body: Uint8Array): Promise<Uint8Array> {
  const httpHeaders = { 'Content-Type': contentType };
  const r = WARCRecord.create({ url, date: '2024-05-01T10:00:00Z', type: 'response', httpHeaders, statusline: 'HTTP/1.1 200 OK' }, [body]);
  return WARCSerializer.serialize(r, { gzip: true });
}

async function warcInfo(): Promise<Uint8Array> {
  const r = WARCRecord.createWARCInfo({ filename: 'crawl.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'made-up test crawl' });
  return WARCSerializer.serialize(r, { gzip: true });
}

async function crawl(): Promise<Buffer> {
  const parts = [
    await warcInfo(),
    await record('https://news.example/a', 'text/html; charset=utf-8', Buffer.from(page('Bridge to reopen'))),
    await record('https://news.example/logo.png', 'image/png', Buffer.from('not really a png')),
    await record('https://news.example/b', 'text/html; charset=windows-1252', iconv.encode(page('Café reopens'), 'windows-1252')),
  ];
  return Buffer.concat(parts);
}

async function articlesOf(build: string): Promise<{ articles: ArticleRow[]; sources: SourceInfo[] }> {
  const read = async (name: string) => JSON.parse(await readFile(join(recordsDir(build), name), 'utf8'));
  return { articles: await read('articles.json'), sources: await read('sources.json') };
}

describe('WARC input', () => {
  it('reads the HTML responses of a .warc.gz in a folder, with URL and fetch date, and counts the other records', async () => {
    const raw = await mkdtemp(join(tmpdir(), 'wsw-warc-'));
    await mkdir(join(raw, 'crawls'));
    await writeFile(join(raw, 'crawls', 'one.warc.gz'), await crawl());
    const build = join(raw, '.build');
    const report = await runExtract({ rawDir: raw, buildDir: build, threads: 0 });
    expect(report.problems).toEqual([]);
    expect(report.snapshots).toBe(2);
    expect(report.warnings.map((w) => w.reason)).toEqual(['2 WARC record(s) that are not HTML responses passed over']);
    const { articles, sources } = await articlesOf(build);
    expect(articles.map((a) => a.url)).toEqual(['https://news.example/a', 'https://news.example/b']);
    expect(articles.map((a) => a.title)).toEqual(['Bridge to reopen', 'Café reopens']);
    expect(articles[0]!.source_file).toMatch(/^crawls\/one\.warc\.gz#\d+$/);
    expect(sources.map((s) => s.fetched_at)).toEqual(['2024-05-01T10:00:00Z', '2024-05-01T10:00:00Z']);
  });

  it('takes a single WARC file as the raw input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wsw-warc-file-'));
    const file = join(dir, 'crawl.warc.gz');
    await writeFile(file, await crawl());
    const build = join(dir, '.build');
    const report = await runExtract({ rawDir: file, buildDir: build, threads: 0 });
    expect(report.problems).toEqual([]);
    expect((await articlesOf(build)).articles.map((a) => a.source_file)).toEqual([expect.stringMatching(/^crawl\.warc\.gz#\d+$/), expect.stringMatching(/^crawl\.warc\.gz#\d+$/)]);
  });

  it('reports a file that is not a WARC with its name and goes on with the rest', async () => {
    const raw = await mkdtemp(join(tmpdir(), 'wsw-warc-bad-'));
    await writeFile(join(raw, 'broken.warc'), 'this is not a web archive\r\n\r\n');
    await writeFile(join(raw, 'page.html'), page('Plain page'));
    const report = await runExtract({ rawDir: raw, buildDir: join(raw, '.build'), threads: 0 });
    expect(report.articles).toBe(1);
    expect(report.problems.map((p) => p.file)).toEqual([join(raw, 'broken.warc')]);
    expect(report.problems[0]!.reason).toContain('cannot read the WARC file');
  });
});
