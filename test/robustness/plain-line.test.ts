import { describe, expect, it } from 'vitest';
import { plainLinePage } from './adversarial-pages.ts';
import { expectLinearGrowth } from './growth.ts';

describe('one long line of lower-case words (made-up page)', () => {
  it('costs work linear in the line length', () => {
    const { large } = expectLinearGrowth(plainLinePage, 20_000);
    expect(large.article.word_count).toBeGreaterThan(7_000);
  });
});
