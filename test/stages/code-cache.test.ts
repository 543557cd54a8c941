/**
 * The compiled extraction worker's code cache (pool/code-cache.ts): a bundle
 * runs the same with or without it, the cache is named by the bundle's text,
 * and a cache V8 cannot use is reported as rejected (and written again) while
 * the code still runs.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCachePath, loadCachedScript } from '../../pipeline/pool/code-cache.ts';

const BUNDLE = `"use strict";
const path = require('node:path');
function longest(words) { return words.reduce((a, b) => (b.length > a.length ? b : a), ''); }
module.exports = { longest, base: path.basename(__filename), sum: (a, b) => a + b };
`;

type Exports = { longest: (w: string[]) => string; base: string; sum: (a: number, b: number) => number };

async function bundleFile(text = BUNDLE): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'wsw-code-cache-')), 'bundle.cjs');
  await writeFile(file, text);
  return file;
}

describe('code cache', () => {
  it('runs a bundle without a cache, stores one, and runs it from the cache the next time', async () => {
    const file = await bundleFile();
    const first = loadCachedScript(file);
    expect(first.state).toBe('absent');
    const exports = first.exports as Exports;
    expect(exports.longest(['Quorvex', 'Dana', 'Whitfield'])).toBe('Whitfield');
    expect(exports.base).toBe('bundle.cjs');
    expect(first.save()).toBe(true);
    expect(existsSync(first.cacheFile)).toBe(true);
    const second = loadCachedScript(file);
    expect(second.state).toBe('used');
    expect((second.exports as Exports).sum(2, 3)).toBe(5);
  });

  it('names the cache by the text of the bundle, so an edit of the same length is not given the old cache', async () => {
    const file = await bundleFile();
    expect(codeCachePath(file, BUNDLE)).not.toBe(codeCachePath(file, BUNDLE.replace('a + b', 'a - b')));
    loadCachedScript(file).save();
    await writeFile(file, BUNDLE.replace('a + b', 'a - b'));
    const edited = loadCachedScript(file);
    expect(edited.state).toBe('absent');
    expect((edited.exports as Exports).sum(2, 3)).toBe(-1);
  });

  it('reports a cache V8 rejects, still runs the code, and writes the cache again', async () => {
    const file = await bundleFile();
    await writeFile(codeCachePath(file, BUNDLE), Buffer.from('not a code cache at all'));
    const loaded = loadCachedScript(file);
    expect(loaded.state).toBe('rejected');
    expect((loaded.exports as Exports).sum(1, 1)).toBe(2);
    expect(loaded.save()).toBe(true);
    expect(loadCachedScript(file).state).toBe('used');
  });
});
