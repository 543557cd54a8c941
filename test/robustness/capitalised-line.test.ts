import { describe, expect, it } from 'vitest';
import { capitalisedLinePage } from './adversarial-pages.ts';
import { expectLinearGrowth } from './growth.ts';

describe('one long line of capitalised words (made-up page)', () => {
  it('costs work linear in the line length', () => {
    const { large } = expectLinearGrowth(capitalisedLinePage, 10_000);
    expect(large.article.word_count).toBeGreaterThan(2_000);
    expect(large.actors).toEqual([]); // title-case text, not thousands of names
  });
});
