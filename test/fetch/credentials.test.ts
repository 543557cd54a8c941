import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withoutCredentials } from '../../pipeline/lib/credentials.ts';
import { DEFAULT_USER_AGENT } from '../../pipeline/fetch/options.ts';
import { readManifest } from '../../pipeline/lib/manifest.ts';
import { html, startServer, status, type LocalServer } from './support/local-server.ts';
import { fetchUrls, tempRaw, testOptions } from './support/run.ts';

const PAGE = '<!doctype html><title>made-up</title><p>Made-up text.</p>';

describe('credentials in URLs', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  it('removes user and password, keeps everything else', () => {
    expect(withoutCredentials('https://ann:s3cret@example.org:8443/a?b=1#c')).toBe('https://example.org:8443/a?b=1#c');
    expect(withoutCredentials('https://example.org/a')).toBe('https://example.org/a');
    expect(withoutCredentials('https://ann:s3cret@exa mple.org/a')).toBe('https://exa mple.org/a');
  });

  it('are never sent, stored in the manifest or logged, from the source list or a redirect', async () => {
    server = await startServer({
      '/a.html': html(PAGE),
      '/b.html': html(PAGE),
    });
    raw = await tempRaw();
    const port = server.port;
    // The redirect is answered by a second route that sends credentials in its Location.
    const other = await startServer({ '/go': status(302, { location: `http://bob:hunter2@127.0.0.1:${port}/b.html` }) });
    try {
      const urls = [`http://ann:s3cret@127.0.0.1:${port}/a.html`, `http://127.0.0.1:${other.port}/go`];
      const run = await fetchUrls(urls, testOptions(raw.dir, [server.hostPort, other.hostPort]));
      const written = await readFile(join(raw.dir, 'manifest.json'), 'utf8');
      for (const secret of ['s3cret', 'hunter2', 'ann:', 'bob:']) {
        expect(written).not.toContain(secret);
        expect(run.log).not.toContain(secret);
        expect(run.summary).not.toContain(secret);
      }
      expect(run.manifest.map((e) => e.outcome)).toEqual(['fetched', 'fetched']);
      expect(run.manifest.map((e) => e.final_url).sort()).toEqual([`${server.origin}/a.html`, `${server.origin}/b.html`]);
      expect(server.seen.every((r) => r.headers.authorization === undefined)).toBe(true);
      expect(run.log).toContain('user name and password removed');
    } finally {
      await other.close();
    }
  });

  it('are removed from a manifest written by an older run', async () => {
    raw = await tempRaw();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(raw.dir, 'manifest.json'), JSON.stringify([{ url: 'https://ann:s3cret@example.org/a', final_url: 'https://ann:s3cret@example.org/b', path: null, outcome: 'failed' }]));
    const [entry] = await readManifest(raw.dir);
    expect(entry).toMatchObject({ url: 'https://example.org/a', final_url: 'https://example.org/b' });
  });
});

describe('default User-Agent', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  it("names the project, its version and the project's URL from package.json, and is what the server sees", async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string; homepage: string };
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(DEFAULT_USER_AGENT).toContain(`${pkg.name}-fetch/${pkg.version}`);
    expect(DEFAULT_USER_AGENT).toContain(`+${pkg.homepage}`);
    server = await startServer({ '/a.html': html(PAGE) });
    raw = await tempRaw();
    await fetchUrls([`${server.origin}/a.html`], testOptions(raw.dir, [server.hostPort]));
    expect(server.hits('/a.html')[0]?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
  });
});
