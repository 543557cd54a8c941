/**
 * describedNear answers ASCII words from their positions in the lower-cased
 * text instead of compiling a pattern per head and name: the two must agree
 * everywhere, the awkward characters included (the long s and the Kelvin
 * sign, which /iu matches to s and k; a dotted capital I, which lower-cases
 * to two characters; letters outside the BMP, which /u counts as one).
 */
import { describe, expect, it } from 'vitest';
import { describedNear, describedNearPattern, lastWord } from '../../pipeline/extract/quotes/speaker-model/described-near.ts';
import { seededRandom as random } from '../helpers/random.ts';

const PIECES = ['aide', 'Aide', 'AIDE', 'Ross', 'ross', 'ſ', 'K', 'İ', '𝒜', 'é', ' ', ' ', ' ', ', ', '. ', '!', ';', '?', '_', '-', "'", '\n', 'x', 'Lowland', 'the', '9', 'Ann'];

describe('describedNear', () => {
  it('gives the answer of its pattern on made-up texts', () => {
    const next = random(12);
    const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
    const heads = ['aide', 'ross', 'x', 'the', 'aide-x', "o'ross"];
    const names = ['Ann Ross', 'Ross', 'Ann', 'Kim K', 'A. Aide', 'Jo Ross-x', 'Ann 9', 'Zoé Ross', 'Ann Roſs', 'the'];
    let matches = 0;
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: 4 + Math.floor(next() * 60) }, () => pick(PIECES)).join('');
      const head = pick(heads);
      const name = pick(names);
      const expected = describedNearPattern(text, head, lastWord(name));
      if (expected) matches++;
      expect(describedNear(text, head, name), JSON.stringify({ text, head, name })).toBe(expected);
    }
    expect(matches).toBeGreaterThan(150); // 194 of the 4,000 texts match with this seed
  });

  it('keeps the distance and the stops of its pattern', () => {
    expect(describedNear(`aide${' '.repeat(40)}Ross`, 'aide', 'Ann Ross')).toBe(true);
    expect(describedNear(`aide${' '.repeat(41)}Ross`, 'aide', 'Ann Ross')).toBe(false);
    expect(describedNear(`aide${'𝒜'.repeat(38)}  Ross`, 'aide', 'Ann Ross')).toBe(true);
    expect(describedNear('aide; Ross', 'aide', 'Ann Ross')).toBe(false);
    expect(describedNear('Ross, aides', 'aide', 'Ann Ross')).toBe(true);
    expect(describedNear('aides Ross', 'aide', 'Ann Ross')).toBe(false);
  });
});
