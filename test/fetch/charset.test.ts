import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../pipeline/lib/charset.ts';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { html, startServer, type LocalServer } from './support/local-server.ts';
import { entryOf, fetchUrls, tempRaw, testOptions } from './support/run.ts';

// Made-up pages in legacy encodings.
const LATIN_TEXT = 'Café “quotes” — naïve façade, 5 €';
const CHINESE_TEXT = '联合国人权报告：新疆可能构成危害人类罪';
const LATIN_PAGE = iconv.encode(`<!doctype html><html><head><title>made-up</title></head><body><p>${LATIN_TEXT}</p></body></html>`, 'windows-1252');
const GBK_PAGE = iconv.encode(
  `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>made-up</title></head><body><p>${CHINESE_TEXT}</p></body></html>`,
  'gbk',
);

describe('charsets', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  it('stores windows-1252 (from the header) and GBK (from the meta tag) bytes exactly and records the charset', async () => {
    server = await startServer({
      '/latin.html': html(LATIN_PAGE, { 'content-type': 'text/html; charset=windows-1252' }),
      '/gbk.html': html(GBK_PAGE, { 'content-type': 'text/html' }),
    });
    raw = await tempRaw();
    const latinUrl = `${server.origin}/latin.html`;
    const gbkUrl = `${server.origin}/gbk.html`;
    const run = await fetchUrls([latinUrl, gbkUrl], testOptions(raw.dir, [server.hostPort]));

    const latin = entryOf(run.manifest, latinUrl);
    expect(latin).toMatchObject({ outcome: 'fetched', charset: 'windows-1252', bytes: LATIN_PAGE.length, sha256: sha256(LATIN_PAGE) });
    const latinBytes = await readFile(join(raw.dir, latin.path!));
    expect(latinBytes.equals(LATIN_PAGE)).toBe(true);
    expect(decodeHtml(latinBytes, latin.charset!)).toContain(LATIN_TEXT);

    const gbk = entryOf(run.manifest, gbkUrl);
    expect(gbk).toMatchObject({ outcome: 'fetched', charset: 'gbk', content_type: 'text/html', sha256: sha256(GBK_PAGE) });
    const gbkBytes = await readFile(join(raw.dir, gbk.path!));
    expect(gbkBytes.equals(GBK_PAGE)).toBe(true);
    expect(decodeHtml(gbkBytes, gbk.charset!)).toContain(CHINESE_TEXT);
  });
});
