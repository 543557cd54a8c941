import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { startServer, type LocalServer } from './support/local-server.ts';
import { entryOf, fetchUrls, tempRaw, testOptions } from './support/run.ts';

// A made-up windows-1252 page declared in its meta tag.
const PAGE = iconv.encode('<!doctype html><meta charset="windows-1252"><title>made-up</title><p>Déjà vu – “quoted”</p>', 'windows-1252');

describe('gzip bodies', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  it('asks for identity, and stores an unasked-for gzip body as received, as .html.gz, charset from the inflated page', async () => {
    const gz = gzipSync(PAGE);
    server = await startServer({
      '/a.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(gz.length) });
        res.end(gz);
      },
    });
    raw = await tempRaw();
    const url = `${server.origin}/a.html`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(server.hits('/a.html')[0]!.headers['accept-encoding']).toBe('identity');
    const entry = entryOf(run.manifest, url);
    expect(entry).toMatchObject({ outcome: 'fetched', charset: 'windows-1252', bytes: gz.length, sha256: sha256(gz) });
    expect(entry.path).toMatch(/\.html\.gz$/);
    expect((await readFile(join(raw.dir, entry.path!))).equals(gz)).toBe(true);
  });

  it('fails a body in an encoding it cannot store', async () => {
    server = await startServer({
      '/a.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
        res.end(Buffer.from([1, 2, 3]));
      },
    });
    raw = await tempRaw();
    const url = `${server.origin}/a.html`;
    const run = await fetchUrls([url], testOptions(raw.dir, [server.hostPort]));
    expect(entryOf(run.manifest, url)).toMatchObject({ outcome: 'failed', reason: 'content-encoding', path: null });
  });
});
