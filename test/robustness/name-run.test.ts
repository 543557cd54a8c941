import { describe, expect, it } from 'vitest';
import { nameRunPage } from './adversarial-pages.ts';
import { expectLinearGrowth } from './growth.ts';

describe('a run of capitalised given names after "said" (made-up page)', () => {
  it('costs work linear in the number of names (it was cubic)', () => {
    const { large } = expectLinearGrowth(nameRunPage, 300);
    expect(large.quotes.length).toBeGreaterThan(0); // the quote before the run is still found
    expect(large.article.text).toContain('The harvest came early');
  });
});
