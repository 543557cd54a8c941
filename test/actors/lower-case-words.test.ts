/** writtenInLowerCase answers alike whether it searches the text or lists its letter runs. Made-up text only. */
import { describe, expect, it } from 'vitest';
import { writtenInLowerCase } from '../../pipeline/extract/actors/tokens.ts';

/** The answer by the definition: the word is one of the text's runs of letters. */
const reference = (word: string, text: string): boolean => new Set(text.match(/\p{L}+/gu) ?? []).has(word);

describe('writtenInLowerCase', () => {
  const text = 'Ann Ross met the rosses at roseville; rose\u{1D49C} and \u{1D49C}rose, nought-rose, Rose’s rose. é\u0301rose x\ud800rose\udc00y';
  const words = ['rose', 'ross', 'rosses', 'roseville', 'the', 'ann', 'nought', 'rosé', 'x', 'y', 'met', 'at', 'and', 's', 'ro', 'oseville'];

  it('gives the answer of the set of letter runs, for the first questions and the many after', () => {
    for (let round = 0; round < 4; round++) {
      for (const w of words) expect(writtenInLowerCase(w, text), `${round} ${w}`).toBe(reference(w, text));
    }
  });

  it('reads letters outside the BMP as letters on both sides of the word', () => {
    expect(writtenInLowerCase('rose', 'x\u{1D49C}rose\u{1D49C} y')).toBe(false);
    expect(writtenInLowerCase('rose', 'x\u{1D49C} rose \u{1D49C} y')).toBe(true);
  });

  it('starts again for a new text', () => {
    expect(writtenInLowerCase('rose', 'A Rose by any name')).toBe(false);
    expect(writtenInLowerCase('rose', 'the rose garden')).toBe(true);
  });
});
