import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sortedWords, sortedWordsFromParts, sortedWordsParts } from '../../pipeline/lib/sorted-words.ts';
import { cachedSortedWords, type WordTableSource, wordTablePath } from '../../pipeline/lib/word-table-cache.ts';
import { DICTIONARY_TABLE } from '../../pipeline/extract/lexicon/dictionary.ts';
import { GENDER_TABLE } from '../../pipeline/extract/lexicon/given-name-gender.ts';
import { SURNAME_TABLE } from '../../pipeline/extract/lexicon/surnames.ts';
import { PLACE_TABLE } from '../../pipeline/extract/lexicon/place-names.ts';

// The large word tables are built once per install and stored; a stored table must answer exactly as a built one.
const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'word-tables-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A made-up table that counts its builds. */
function madeUp(version: string): WordTableSource & { builds: number } {
  const source = {
    name: 'made-up',
    builds: 0,
    inputs: () => [`made-up@${version}`],
    build: () => {
      source.builds++;
      return sortedWords([['vale', 3], ['ross', 70_000], ['église', 5], ['', 4], ['aerolux', 1]], (n) => new Uint32Array(n));
    },
  };
  return source;
}

describe('word tables stored once per install', () => {
  it('builds a table once, then reads it back answering every word alike', () => {
    const dir = freshDir();
    const source = madeUp('1');
    const built = cachedSortedWords(source, dir);
    const read = cachedSortedWords(source, dir);
    expect(source.builds).toBe(1);
    expect(read.size).toBe(built.size);
    for (const word of ['vale', 'ross', 'église', '', 'aerolux', 'eglise', 'val', 'roses']) expect(read.get(word)).toBe(built.get(word));
    expect(read.get('ross')).toBe(70_000);
  });

  it('builds again when an input changes (another file, the older one removed), and when the stored file is damaged', () => {
    const dir = freshDir();
    const first = madeUp('1');
    cachedSortedWords(first, dir);
    const second = madeUp('2');
    cachedSortedWords(second, dir);
    expect(second.builds).toBe(1);
    expect(wordTablePath(first, dir)).not.toBe(wordTablePath(second, dir));
    expect(existsSync(wordTablePath(first, dir))).toBe(false);

    const path = wordTablePath(second, dir);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 3)); // cut short
    expect(cachedSortedWords(second, dir).get('vale')).toBe(3);
    expect(second.builds).toBe(2);
    expect(readFileSync(path)).toEqual(bytes); // rewritten whole
    expect(readdirSync(dir).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  it('still answers when the store cannot be written', () => {
    const dir = freshDir();
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const source = madeUp('1');
    expect(cachedSortedWords(source, blocked).get('ross')).toBe(70_000);
    expect(cachedSortedWords(source, blocked).get('ross')).toBe(70_000);
    expect(source.builds).toBe(2);
  });

  it('refuses parts that do not fit together', () => {
    const parts = sortedWordsParts(sortedWords([['ann', 1], ['ross', 2]], (n) => new Uint8Array(n)));
    expect(() => sortedWordsFromParts({ ...parts, starts: new Uint32Array([0, 2, 9]) })).toThrow(/separator|fit/);
    expect(() => sortedWordsFromParts({ ...parts, values: new Uint8Array(1) })).toThrow(/fit/);
  });

  it('stores the dictionary, surname, name-gender and place tables byte for byte as they are built', () => {
    for (const source of [DICTIONARY_TABLE, SURNAME_TABLE, GENDER_TABLE, PLACE_TABLE]) {
      const dir = freshDir();
      cachedSortedWords(source, dir);
      expect(existsSync(wordTablePath(source, dir))).toBe(true);
      const read = sortedWordsParts(cachedSortedWords(source, dir));
      const built = sortedWordsParts(source.build());
      expect(read.joined === built.joined).toBe(true);
      expect(read.starts).toEqual(built.starts);
      expect(read.values).toEqual(built.values);
      expect(read.values.constructor).toBe(built.values.constructor);
    }
  });
});
