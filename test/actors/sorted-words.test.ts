import { describe, expect, it } from 'vitest';
import { sortedWords } from '../../pipeline/lib/sorted-words.ts';

// The compact table the outside word lists (dictionary, census surnames, name genders) are held in.
describe('sortedWords: a compact word → number table', () => {
  const table = sortedWords(
    [['pear', 3], ['apple', 1], ['pea', 2], ['apple', 9], ['zebra', 70], ['église', 5], ['', 4]],
    (n) => new Uint8Array(n),
  );

  it('answers every listed word with its first value, like a Map filled with has/set', () => {
    expect(table.size).toBe(6);
    expect(table.get('apple')).toBe(1);
    expect(table.get('pea')).toBe(2);
    expect(table.get('pear')).toBe(3);
    expect(table.get('zebra')).toBe(70);
    expect(table.get('église')).toBe(5);
    expect(table.get('')).toBe(4);
  });

  it('answers undefined for prefixes, extensions and other cases of listed words', () => {
    for (const word of ['appl', 'apples', 'pe', 'peas', 'Apple', 'eglise', 'zebras', 'a', '\uffff']) expect(table.get(word)).toBeUndefined();
  });

  it('keeps values wider than a byte when asked for a wider array', () => {
    const ranks = sortedWords([['vale', 88_000], ['ross', 1]], (n) => new Uint32Array(n));
    expect(ranks.get('vale')).toBe(88_000);
    expect(ranks.get('ross')).toBe(1);
  });

  it('refuses a word holding its separator instead of answering wrongly', () => {
    expect(() => sortedWords([['two\nwords', 1]], (n) => new Uint8Array(n))).toThrow(/separator/);
  });

  it('an empty table answers undefined', () => {
    expect(sortedWords([], (n) => new Uint8Array(n)).get('any')).toBeUndefined();
  });
});
