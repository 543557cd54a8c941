import { describe, expect, it } from 'vitest';
import { resolve, sep } from 'node:path';
import { resolveInside, snapshotPath } from '../../pipeline/fetch/snapshot-store.ts';

const SAFE_PATH = /^[a-z0-9][a-z0-9.-]*(_\d+)?\/[0-9a-f]{16}\.html(\.gz)?$/;

describe('snapshot file names', () => {
  it('derive from the host and a hash of the URL', () => {
    const url = 'https://chinadigitaltimes.net/2022/09/un-report/';
    expect(snapshotPath(url)).toMatch(/^chinadigitaltimes\.net\/[0-9a-f]{16}\.html$/);
    expect(snapshotPath(url)).toBe(snapshotPath(url));
    expect(snapshotPath(`${url}?page=2`)).not.toBe(snapshotPath(url));
    expect(snapshotPath('http://127.0.0.1:8080/a')).toMatch(/^127\.0\.0\.1_8080\//);
    expect(snapshotPath(url, true)).toMatch(/\.html\.gz$/);
  });

  it('can never leave the raw folder, whatever the URL', () => {
    const hostile = [
      'http://../../etc/passwd',
      'http://./x',
      'http://%2e%2e/x',
      'http://example.org/../../../../etc/passwd',
      'http://example.org/%2e%2e%2f%2e%2e%2fetc',
      'http://[::1]:8080/x',
      'http://a..b/x',
      'http://xn--nxasmq6b.com/..%5c..%5cwindows',
    ];
    const root = resolve('/tmp/raw-under-test');
    for (const url of hostile) {
      const path = snapshotPath(url);
      expect(path, url).toMatch(SAFE_PATH);
      expect(resolveInside(root, path).startsWith(root + sep), url).toBe(true);
    }
  });

  it('refuses manifest paths that point outside the folder', () => {
    expect(() => resolveInside('/tmp/raw', '../outside.html')).toThrow(/outside/);
    expect(() => resolveInside('/tmp/raw', '/etc/passwd')).toThrow(/outside/);
    expect(() => resolveInside('/tmp/raw', 'a/../../b.html')).toThrow(/outside/);
    expect(resolveInside('/tmp/raw', 'cdt/page.html')).toBe(resolve('/tmp/raw/cdt/page.html'));
  });
});
