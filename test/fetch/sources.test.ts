import { describe, expect, it } from 'vitest';
import { parseSources } from '../../pipeline/fetch/sources.ts';
import { parseFetchArgs } from '../../pipeline/fetch/command.ts';
import { DEFAULT_OPTIONS } from '../../pipeline/fetch/options.ts';

describe('source list', () => {
  it('reads one URL a line, skips comments and blanks, keeps fragments, drops duplicates', () => {
    const text = [
      '# made-up list',
      '',
      'https://example.org/a  # trailing comment',
      '   https://example.org/b#section',
      'https://EXAMPLE.org/a',
      'not a url',
    ].join('\n');
    expect(parseSources(text)).toEqual([
      { url: 'https://example.org/a', line: 3, valid: true, hadCredentials: false },
      { url: 'https://example.org/b#section', line: 4, valid: true, hadCredentials: false },
      { url: 'not a url', line: 6, valid: false, hadCredentials: false },
    ]);
  });
});

describe('fetch options', () => {
  it('has the defaults of issue 6', () => {
    const o = parseFetchArgs([]);
    expect(o).toMatchObject({ sourcesFile: 'raw/sources.txt', rawDir: 'raw', perHost: 2, delayMs: 1000, timeoutMs: 30_000, retries: 4, maxBytes: 10 * 1024 * 1024 });
    expect(o.userAgent).toMatch(/who-said-what/);
  });

  it('parses every option', () => {
    const o = parseFetchArgs(['--sources', 's.txt', '--raw', 'r', '--concurrency', '3', '--per-host', '1', '--delay', '250', '--timeout', '2.5',
      '--retries', '0', '--max-bytes', '1000', '--user-agent', 'test-bot/1', '--allow-hosts', '127.0.0.1:8080, localhost:9000']);
    expect(o).toEqual({ ...DEFAULT_OPTIONS, sourcesFile: 's.txt', rawDir: 'r', concurrency: 3, perHost: 1, delayMs: 250, timeoutMs: 2500, retries: 0,
      maxBytes: 1000, userAgent: 'test-bot/1', allowHosts: ['127.0.0.1:8080', 'localhost:9000'] });
  });

  it('rejects bad values and unknown options', () => {
    expect(() => parseFetchArgs(['--per-host', '0'])).toThrow(/per-host/);
    expect(() => parseFetchArgs(['--timeout', 'soon'])).toThrow(/timeout/);
    expect(() => parseFetchArgs(['--frobnicate'])).toThrow(/bad options/);
  });
});
