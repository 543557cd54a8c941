import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { recordsCacheKey } from '../../pipeline/extract/cache-key.ts';
import { recordsDir, runExtract } from '../../pipeline/extract/extract-stage.ts';
import type { ArticleRow } from '../../pipeline/extract/records.ts';
import type { ManifestEntry } from '../../pipeline/lib/manifest.ts';

// A made-up page in windows-1252 that does not declare its charset: only the manifest says it.
const PAGE = iconv.encode(
  `<!doctype html><html lang="fr"><head><title>Made-up café</title></head><body><article><h1>Made-up café</h1>
<p>Le café de la place était fermé mardi, a dit le maire aux journalistes réunis devant la mairie.</p>
<p>Les commerçants ont répondu qu'ils rouvriraient la semaine prochaine après les travaux de la façade.</p></article></body></html>`,
  'windows-1252',
);

function entry(fields: Partial<ManifestEntry>): ManifestEntry {
  return {
    url: 'https://example.org/made-up-cafe', final_url: 'https://example.org/made-up-cafe', path: 'page.html', outcome: 'fetched', reason: null,
    http_status: 200, fetched_at: '2024-01-02T03:04:05Z', content_type: 'text/html', charset: 'windows-1252', bytes: PAGE.length, sha256: null,
    etag: null, last_modified: null, licence: null, note: null, ...fields,
  };
}

describe('extract cache key', () => {
  it('follows a manifest edit, and the edit put back, without deleting the cache', async () => {
    const raw = await mkdtemp(join(tmpdir(), 'wsw-cache-key-'));
    const build = join(raw, '.build');
    await writeFile(join(raw, 'page.html'), PAGE);
    const extract = async (fields: Partial<ManifestEntry>) => {
      await writeFile(join(raw, 'manifest.json'), JSON.stringify([entry(fields)]));
      await runExtract({ rawDir: raw, buildDir: build });
      const [article] = JSON.parse(await readFile(join(recordsDir(build), 'articles.json'), 'utf8')) as ArticleRow[];
      return article!;
    };
    expect((await extract({})).text).toContain('Le café de la place était fermé');
    expect((await extract({ charset: 'utf-8' })).text).toContain('\uFFFD');
    expect((await extract({})).text).toContain('Le café de la place était fermé');
    expect((await extract({ final_url: 'https://example.org/moved' })).url).toBe('https://example.org/moved');
    expect((await extract({})).url).toBe('https://example.org/made-up-cafe');
  });

  it('changes with every field of the manifest entry, and not with the order of its keys', () => {
    const base = { fingerprint: 'f', sourceFile: 'page.html', bytesSha256: 'b' };
    const key = recordsCacheKey({ ...base, entry: entry({}) });
    for (const field of ['url', 'final_url', 'outcome', 'charset', 'note', 'licence', 'fetched_at'] as const) {
      expect(recordsCacheKey({ ...base, entry: entry({ [field]: 'changed' }) }), field).not.toBe(key);
    }
    const reordered = Object.fromEntries(Object.entries(entry({})).reverse()) as unknown as ManifestEntry;
    expect(recordsCacheKey({ ...base, entry: reordered })).toBe(key);
    expect(recordsCacheKey({ ...base, entry: undefined })).not.toBe(key);
  });

  it('finds an unchanged page by the listing\'s checksum without reading the page', async () => {
    const raw = await mkdtemp(join(tmpdir(), 'wsw-cache-listed-'));
    const build = join(raw, '.build');
    await writeFile(join(raw, 'manifest.json'), JSON.stringify([entry({})]));
    await writeFile(join(raw, 'page.html'), PAGE);
    const listedSha256 = new Map([['page.html', 'listed-checksum']]);
    const first = await runExtract({ rawDir: raw, buildDir: build, threads: 0, listedSha256 });
    expect([first.articles, first.cached]).toEqual([1, 0]);
    // The bytes change behind the listing's back: a page that was read would now be unreadable.
    await writeFile(join(raw, 'page.html'), Buffer.alloc(64));
    const second = await runExtract({ rawDir: raw, buildDir: build, threads: 0, listedSha256 });
    expect([second.articles, second.cached, second.problems]).toEqual([1, 1, []]);
    // A new checksum in the listing selects other records: the page is read, found unreadable and reported.
    const third = await runExtract({ rawDir: raw, buildDir: build, threads: 0, listedSha256: new Map([['page.html', 'new-checksum']]) });
    expect([third.articles, third.cached]).toEqual([0, 0]);
    expect(third.problems[0]!.reason).toMatch(/unreadable/);
  });

  it('changes with the size limits', () => {
    const base = { fingerprint: 'f', sourceFile: 'page.html', bytesSha256: 'b', entry: undefined };
    const key = recordsCacheKey({ ...base, limits: { maxTextChars: 100 } });
    expect(recordsCacheKey({ ...base, limits: { maxTextChars: 200 } })).not.toBe(key);
    expect(recordsCacheKey({ ...base, limits: { maxHtmlChars: 100 } })).not.toBe(key);
    expect(recordsCacheKey({ ...base, limits: { maxTextChars: 100 } })).toBe(key);
  });
});
