import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../../pipeline/fetch/retry.ts';
import { html, startServer, status, type LocalServer } from './support/local-server.ts';
import { entryOf, fetchUrls, tempRaw, testOptions } from './support/run.ts';

const PAGE = '<!doctype html><title>made-up</title><p>Retry me.</p>';

describe('retry policy (units)', () => {
  it('retries 408, 429 and 5xx only', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410, 451].some(isRetryableStatus)).toBe(false);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 31 Dec 2023 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it('backs off exponentially with jitter, capped', () => {
    const policy = { baseMs: 100, maxMs: 1000 };
    expect(backoffDelay(0, { ...policy, random: () => 0 })).toBe(50);
    expect(backoffDelay(0, { ...policy, random: () => 0.999 })).toBeGreaterThan(99);
    expect(backoffDelay(3, { ...policy, random: () => 0 })).toBe(400);
    expect(backoffDelay(10, { ...policy, random: () => 1 })).toBe(1000);
  });
});

describe('retries against a server', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  it('retries a 503 and then stores the page', async () => {
    server = await startServer({
      '/a.html': (req, res, hit) => (hit < 3 ? status(503)(req, res, hit) : html(PAGE)(req, res, hit)),
    });
    raw = await tempRaw();
    const url = `${server.origin}/a.html`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(server.hits('/a.html')).toHaveLength(3);
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'fetched', http_status: 200 });
    expect(run.log).toMatch(/retry 1\/3 .*http-503/);
    expect(run.exitCode).toBe(0);
  });

  it('honours Retry-After (seconds and HTTP date) on 429', async () => {
    const date = new Date(Date.now() + 20_000).toUTCString();
    server = await startServer({
      '/s.html': (req, res, hit) => (hit === 1 ? status(429, { 'retry-after': '2' })(req, res, hit) : html(PAGE)(req, res, hit)),
      '/d.html': (req, res, hit) => (hit === 1 ? status(429, { 'retry-after': date })(req, res, hit) : html(PAGE)(req, res, hit)),
    });
    raw = await tempRaw();
    const run = await fetchUrls([`${server.origin}/s.html`, `${server.origin}/d.html`], testOptions(raw.dir, [server.hostPort]));
    expect(run.counts.fetched).toBe(2);
    // The backoff alone is ~10 ms here; the waits of 2 s and up to 20 s come from Retry-After. The date's
    // wait is what is left of 20 s when the fetch reads it, so only its bounds are checked: a slow run
    // on a busy machine shortens it, and no clock reading may decide the test.
    expect(run.sleeps.some((ms) => ms === 2000)).toBe(true);
    expect(run.sleeps.some((ms) => ms > 2000 && ms <= 20_000)).toBe(true);
  });

  it('gives up when Retry-After is beyond the patience limit, so a later run retries', async () => {
    server = await startServer({ '/a.html': status(429, { 'retry-after': '86400' }) });
    raw = await tempRaw();
    const url = `${server.origin}/a.html`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(server.hits('/a.html')).toHaveLength(1);
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'failed', reason: 'http-429', http_status: 429 });
  });

  it('does not retry a 404, and the run exits 1 with the failure in the summary', async () => {
    server = await startServer({});
    raw = await tempRaw();
    const url = `${server.origin}/missing.html`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(server.hits('/missing.html')).toHaveLength(1);
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'failed', reason: 'http-404', http_status: 404, path: null });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain(`failed http-404 ${url}`);
  });

  it('fails after the retries are used up on a server that keeps answering 500', async () => {
    server = await startServer({ '/a.html': status(500) });
    raw = await tempRaw();
    const url = `${server.origin}/a.html`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort], { retries: 2 }));
    expect(server.hits('/a.html')).toHaveLength(3);
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'failed', reason: 'http-500' });
  });

  it('retries a request that times out', async () => {
    server = await startServer({
      '/slow.html': (req, res, hit) => {
        if (hit === 1) setTimeout(() => html(PAGE)(req, res, hit), 1500).unref();
        else html(PAGE)(req, res, hit);
      },
    });
    raw = await tempRaw();
    const url = `${server.origin}/slow.html`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort], { timeoutMs: 300 }));
    expect(run.log).toMatch(/retry 1\/3 .*timeout/);
    expect(entryOf(run.manifest, url).outcome).toBe('fetched');
  });
});
