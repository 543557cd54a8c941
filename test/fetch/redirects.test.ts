import { afterEach, describe, expect, it } from 'vitest';
import { html, startServer, status, type LocalServer } from './support/local-server.ts';
import { entryOf, fetchUrls, tempRaw, testOptions } from './support/run.ts';

const PAGE = '<!doctype html><title>made-up</title><p>Landed.</p>';

/** A chain /r1 -> /r2 -> ... -> /r<n> -> /final.html. */
function chain(n: number): Record<string, ReturnType<typeof status>> {
  const routes: Record<string, ReturnType<typeof status>> = {};
  for (let i = 1; i <= n; i++) routes[`/r${i}`] = status(i % 2 ? 301 : 302, { location: i < n ? `/r${i + 1}` : '/final.html' });
  return routes;
}

describe('redirects', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  it('follows up to 5 redirects and records the final URL', async () => {
    server = await startServer({ ...chain(5), '/final.html': html(PAGE) });
    raw = await tempRaw();
    const url = `${server.origin}/r1`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'fetched', final_url: `${server.origin}/final.html`, http_status: 200 });
    expect(server.hits('/final.html')).toHaveLength(1);
  });

  it('fails with too-many-redirects past 5, without requesting the target', async () => {
    server = await startServer({ ...chain(6), '/final.html': html(PAGE) });
    raw = await tempRaw();
    const url = `${server.origin}/r1`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'failed', reason: 'too-many-redirects', path: null });
    expect(server.hits('/final.html')).toHaveLength(0);
    expect(run.exitCode).toBe(1);
  });

  it('detects a redirect loop', async () => {
    server = await startServer({
      '/a': status(302, { location: '/b' }),
      '/b': status(307, { location: '/a' }),
    });
    raw = await tempRaw();
    const url = `${server.origin}/a`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'failed', reason: 'redirect-loop' });
    expect(server.hits('/a')).toHaveLength(1);
    expect(server.hits('/b')).toHaveLength(1);
  });

  it('refuses a redirect to a scheme other than http(s)', async () => {
    server = await startServer({ '/a': status(301, { location: 'file:///etc/passwd' }) });
    raw = await tempRaw();
    const url = `${server.origin}/a`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'skipped', reason: 'scheme' });
  });

  it('checks robots.txt for the redirect target too', async () => {
    server = await startServer({
      '/robots.txt': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nDisallow: /private/\n');
      },
      '/a': status(301, { location: '/private/page.html' }),
      '/private/page.html': html(PAGE),
    });
    raw = await tempRaw();
    const url = `${server.origin}/a`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'skipped', reason: 'robots' });
    expect(server.hits('/private/page.html')).toHaveLength(0);
  });
});
