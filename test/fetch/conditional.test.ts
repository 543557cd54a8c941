import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/lib/hash.ts';
import type { ManifestEntry } from '../../pipeline/lib/manifest.ts';
import { html, startServer, status, type LocalServer } from './support/local-server.ts';
import { entryOf, fetchUrls, tempRaw, testOptions } from './support/run.ts';

const PAGE = '<!doctype html><title>made-up</title><p>Version one.</p>';
const ETAG = '"v1"';
const LAST_MODIFIED = 'Tue, 01 Oct 2024 10:00:00 GMT';

describe('conditional requests and reruns', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  it('revalidates with If-None-Match / If-Modified-Since and keeps the snapshot on 304', async () => {
    server = await startServer({
      '/a.html': (req, res, hit) => {
        if (req.headers['if-none-match'] === ETAG) return status(304, { etag: ETAG })(req, res, hit);
        html(PAGE, { etag: ETAG, 'last-modified': LAST_MODIFIED })(req, res, hit);
      },
    });
    raw = await tempRaw();
    const url = `${server.origin}/a.html`;
    const options = testOptions(raw.dir, [server.hostPort]);
    const first = await fetchUrls([url], options);
    const fetched = entryOf(first.manifest, url);
    expect(fetched).toMatchObject({ outcome: 'fetched', etag: ETAG, last_modified: LAST_MODIFIED });
    const file = join(raw.dir, fetched.path!);
    const mtime = (await stat(file)).mtimeMs;

    const second = await fetchUrls([url], options);
    const request = server.hits('/a.html')[1]!;
    expect(request.headers['if-none-match']).toBe(ETAG);
    expect(request.headers['if-modified-since']).toBe(LAST_MODIFIED);
    expect(entryOf(second.manifest, url)).toMatchObject({ outcome: 'not_modified', http_status: 304, path: fetched.path, sha256: fetched.sha256 });
    expect(await readFile(file, 'utf8')).toBe(PAGE);
    expect((await stat(file)).mtimeMs).toBe(mtime);
    expect(second.counts.not_modified).toBe(1);
    expect(second.exitCode).toBe(0);
  });

  it('fetches again on a rerun the URLs that failed or were missing, keeping the others', async () => {
    let up = false;
    server = await startServer({
      '/ok.html': html(PAGE),
      '/flaky.html': (req, res, hit) => (up ? html(PAGE)(req, res, hit) : status(404)(req, res, hit)),
    });
    raw = await tempRaw();
    const ok = `${server.origin}/ok.html`;
    const flaky = `${server.origin}/flaky.html`;
    const options = testOptions(raw.dir, [server.hostPort]);
    const first = await fetchUrls([ok, flaky], options);
    expect(entryOf(first.manifest, flaky).outcome).toBe('failed');
    expect(first.exitCode).toBe(1);

    up = true;
    const second = await fetchUrls([ok, flaky], options);
    expect(entryOf(second.manifest, flaky)).toMatchObject({ outcome: 'fetched' });
    expect(second.exitCode).toBe(0);
    expect(server.hits('/flaky.html')).toHaveLength(2);
  });

  it('fetches a snapshot whose file went missing, unconditionally', async () => {
    server = await startServer({ '/a.html': html(PAGE, { etag: ETAG }) });
    raw = await tempRaw();
    const url = `${server.origin}/a.html`;
    const options = testOptions(raw.dir, [server.hostPort]);
    const first = await fetchUrls([url], options);
    await writeFile(join(raw.dir, entryOf(first.manifest, url).path!), 'damaged');
    const second = await fetchUrls([url], options);
    expect(server.hits('/a.html')[1]!.headers['if-none-match']).toBeUndefined();
    expect(entryOf(second.manifest, url).outcome).toBe('fetched');
    expect(await readFile(join(raw.dir, entryOf(second.manifest, url).path!), 'utf8')).toBe(PAGE);
  });

  it('keeps a reconstructed snapshot when the fetch fails, replaces it when a fresh copy arrives', async () => {
    let up = false;
    server = await startServer({ '/article.html': (req, res, hit) => (up ? html(PAGE)(req, res, hit) : status(500)(req, res, hit)) });
    raw = await tempRaw();
    const url = `${server.origin}/article.html`;
    const reconstructed = '<!doctype html><title>reconstructed (made-up)</title>';
    await mkdir(join(raw.dir, 'cdt'), { recursive: true });
    await writeFile(join(raw.dir, 'cdt', 'article.html'), reconstructed);
    const entry: ManifestEntry = {
      url, final_url: url, path: 'cdt/article.html', outcome: 'reconstructed', reason: null, http_status: null,
      fetched_at: '2026-01-01T00:00:00Z', content_type: 'text/html; charset=UTF-8', charset: 'utf-8',
      bytes: reconstructed.length, sha256: sha256(reconstructed), etag: null, last_modified: null,
      licence: 'made-up licence', note: 'made-up reconstruction note',
    };
    const other = { ...entry, url: 'https://example.org/not-in-the-list', path: null, outcome: 'failed' as const, reason: 'http-404' };
    await writeFile(join(raw.dir, 'manifest.json'), JSON.stringify([entry, other]));
    const options = testOptions(raw.dir, [server.hostPort], { retries: 1 });

    const failedRun = await fetchUrls([url], options);
    expect(failedRun.exitCode).toBe(1);
    expect(failedRun.summary).toMatch(/failed http-500 .*earlier snapshot kept/);
    expect(entryOf(failedRun.manifest, url)).toEqual(entry);
    expect(entryOf(failedRun.manifest, other.url)).toEqual(other);
    expect(await readFile(join(raw.dir, 'cdt', 'article.html'), 'utf8')).toBe(reconstructed);

    // Even when the file no longer matches its sha256 (edited by hand), a failed fetch leaves it and its entry alone.
    await writeFile(join(raw.dir, 'cdt', 'article.html'), `${reconstructed}<!-- edited -->`);
    const secondFailure = await fetchUrls([url], options);
    expect(entryOf(secondFailure.manifest, url)).toEqual(entry);
    expect(await readFile(join(raw.dir, 'cdt', 'article.html'), 'utf8')).toBe(`${reconstructed}<!-- edited -->`);

    up = true;
    const freshRun = await fetchUrls([url], options);
    const fresh = entryOf(freshRun.manifest, url);
    expect(fresh).toMatchObject({ outcome: 'fetched', licence: 'made-up licence', note: null, sha256: sha256(PAGE) });
    expect(fresh.path).not.toBe('cdt/article.html');
    expect(await readFile(join(raw.dir, fresh.path!), 'utf8')).toBe(PAGE);
    await expect(stat(join(raw.dir, 'cdt', 'article.html'))).rejects.toThrow();
    expect(entryOf(freshRun.manifest, other.url)).toEqual(other);
  });
});
