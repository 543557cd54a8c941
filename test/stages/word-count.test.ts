/** countWords counts what the word regex of the article row matched. Made-up text only. */
import { describe, expect, it } from 'vitest';
import { countWords } from '../../pipeline/extract/word-count.ts';

const REFERENCE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const reference = (text: string): number => text.match(REFERENCE)?.length ?? 0;

describe('countWords', () => {
  it('joins runs by one apostrophe or hyphen, and only by one', () => {
    expect(countWords('Ann O’Neil’s well-known 2-0 win')).toBe(5);
    expect(countWords("rock--n' roll - 'quoted'")).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords(' — … ')).toBe(0);
  });

  it('agrees with the regex on made-up text in several scripts', () => {
    const texts = ['Él dijo: «¡No!» 北京 市民 ١٢٣ x\u{1D49C}y e\u0301t\u00e9', 'a\ud800b \udc00c \u{1F600}d', "end-", "'start", 'a-\u{1D49C}', "x'\ud835"];
    for (const t of texts) expect(countWords(t), JSON.stringify(t)).toBe(reference(t));
  });

  it('agrees with the regex on random strings of awkward characters', () => {
    const alphabet = ['a', 'Z', '7', ' ', '-', "'", '’', '\u{1D49C}', '\ud800', '\udc00', 'é', '\u0301', '中', '.', '\n', '٣'];
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let j = Math.floor(next() * 16); j > 0; j--) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(countWords(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
