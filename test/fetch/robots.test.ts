import { afterEach, describe, expect, it } from 'vitest';
import { html, startServer, type LocalServer } from './support/local-server.ts';
import { entryOf, fetchUrls, tempRaw, testOptions } from './support/run.ts';

const PAGE = '<!doctype html><html><head><title>made-up page</title></head><body><p>Hello.</p></body></html>';

describe('robots.txt', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  it('skips a disallowed URL with reason robots and never requests it; robots.txt is read once', async () => {
    server = await startServer({
      '/robots.txt': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nDisallow: /private/\n');
      },
      '/private/a.html': html(PAGE),
      '/public/b.html': html(PAGE),
      '/public/c.html': html(PAGE),
    });
    raw = await tempRaw();
    const urls = [`${server.origin}/private/a.html`, `${server.origin}/public/b.html`, `${server.origin}/public/c.html`];
    const run = await fetchUrls(urls, testOptions(raw.dir, [server.hostPort]));
    const denied = entryOf(run.manifest, urls[0]!);
    expect(denied.outcome).toBe('skipped');
    expect(denied.reason).toBe('robots');
    expect(denied.path).toBeNull();
    expect(server.hits('/private/a.html')).toHaveLength(0);
    expect(entryOf(run.manifest, urls[1]!).outcome).toBe('fetched');
    expect(server.hits('/robots.txt')).toHaveLength(1);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(/skipped robots .*private\/a\.html/);
  });

  it('rules for our user agent apply; a 404 robots.txt allows everything', async () => {
    server = await startServer({ '/a.html': html(PAGE) });
    raw = await tempRaw();
    const run = await fetchUrls([`${server.origin}/a.html`], testOptions(raw.dir, [server.hostPort]));
    expect(run.manifest[0]?.outcome).toBe('fetched');
    expect(server.hits('/robots.txt')).toHaveLength(1);
  });

  it('a robots.txt that answers 503 every time keeps the URL unrequested and failed', async () => {
    server = await startServer({
      '/robots.txt': (_req, res) => {
        res.writeHead(503);
        res.end();
      },
      '/a.html': html(PAGE),
    });
    raw = await tempRaw();
    const run = await fetchUrls([`${server.origin}/a.html`], testOptions(raw.dir, [server.hostPort], { retries: 1 }));
    expect(run.manifest[0]).toMatchObject({ outcome: 'failed', reason: 'robots-unavailable' });
    expect(server.hits('/a.html')).toHaveLength(0);
    expect(server.hits('/robots.txt')).toHaveLength(2);
    expect(run.exitCode).toBe(1);
  });

  it('Crawl-delay raises the delay between requests to the host', async () => {
    server = await startServer({
      '/robots.txt': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nCrawl-delay: 3\n');
      },
      '/a.html': html(PAGE),
      '/b.html': html(PAGE),
    });
    raw = await tempRaw();
    const options = testOptions(raw.dir, [server.hostPort], { delayMs: 10, concurrency: 1 });
    const run = await fetchUrls([`${server.origin}/a.html`, `${server.origin}/b.html`], options);
    expect(run.counts.fetched).toBe(2);
    // Three requests to the host (robots, a, b): the waits before a and b follow the 3 s Crawl-delay, not the 10 ms --delay.
    // (The recording sleep does not advance the clock, so later waits add up.)
    expect(run.sleeps.filter((ms) => ms >= 2900)).toHaveLength(2);
  });
});
