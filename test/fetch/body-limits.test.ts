import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { html, startServer, type LocalServer } from './support/local-server.ts';
import { entryOf, fetchUrls, tempRaw, testOptions } from './support/run.ts';

/** Every file under a folder except the manifest and the source list. */
async function snapshotFiles(dir: string): Promise<string[]> {
  const all = await readdir(dir, { recursive: true, withFileTypes: true });
  return all.filter((d) => d.isFile() && d.name !== 'manifest.json' && d.name !== 'sources.txt').map((d) => d.name);
}

describe('what is stored', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  it('skips non-HTML with reason content-type and stores HTML and XHTML', async () => {
    server = await startServer({
      '/doc.pdf': html('%PDF-1.4 made-up', { 'content-type': 'application/pdf' }),
      '/data.json': html('{}', { 'content-type': 'application/json' }),
      '/page.xhtml': html('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>', { 'content-type': 'application/xhtml+xml' }),
    });
    raw = await tempRaw();
    const urls = ['/doc.pdf', '/data.json', '/page.xhtml'].map((p) => `${server.origin}${p}`);
    const run = await fetchUrls(urls, testOptions(raw.dir, [server.hostPort]));
    expect(entryOf(run.manifest, urls[0]!)).toMatchObject({ outcome: 'skipped', reason: 'content-type', path: null });
    expect(entryOf(run.manifest, urls[1]!)).toMatchObject({ outcome: 'skipped', reason: 'content-type' });
    expect(entryOf(run.manifest, urls[2]!)).toMatchObject({ outcome: 'fetched', content_type: 'application/xhtml+xml' });
    expect(await snapshotFiles(raw.dir)).toHaveLength(1);
    expect(run.exitCode).toBe(0);
  });

  it('aborts a body over max-bytes (announced or streamed): failed too-large, nothing written', async () => {
    const big = Buffer.alloc(50_000, 'a');
    server = await startServer({
      '/announced.html': html(big),
      '/streamed.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no Content-Length
        let sent = 0;
        const timer = setInterval(() => {
          if (res.destroyed || sent > 200_000) {
            clearInterval(timer);
            res.end();
            return;
          }
          res.write(Buffer.alloc(8192, 'b'));
          sent += 8192;
        }, 1);
      },
    });
    raw = await tempRaw();
    const urls = [`${server.origin}/announced.html`, `${server.origin}/streamed.html`];
    const run = await fetchUrls(urls, testOptions(raw.dir, [server.hostPort], { maxBytes: 20_000 }));
    for (const url of urls) expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'failed', reason: 'too-large', path: null });
    // too-large is not retried.
    expect(server.hits('/streamed.html')).toHaveLength(1);
    expect(await snapshotFiles(raw.dir)).toEqual([]);
  });

  it('fails a truncated body (Content-Length larger than what arrives) and writes nothing', async () => {
    server = await startServer({
      '/cut.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
        res.write('<!doctype html><title>made-up</title><p>only part of it');
        setTimeout(() => res.socket?.destroy(), 20);
      },
    });
    raw = await tempRaw();
    const url = `${server.origin}/cut.html`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort], { retries: 1 }));
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'failed', reason: 'truncated', path: null });
    expect(server.hits('/cut.html')).toHaveLength(2);
    expect(await snapshotFiles(raw.dir)).toEqual([]);
    expect(run.exitCode).toBe(1);
  });
});
