import { describe, expect, it } from 'vitest';
import { countryNamesPage } from './adversarial-pages.ts';
import { expectLinearGrowth } from './growth.ts';

describe('one long paragraph full of country names (made-up page)', () => {
  it('costs work linear in the paragraph (the Georgia rule scanned to the paragraph ends per mention)', () => {
    const { small, large } = expectLinearGrowth(countryNamesPage, 20_000);
    expect(small.country_mentions.length).toBeGreaterThan(300);
    expect(large.country_mentions.length).toBeGreaterThanOrEqual(2 * small.country_mentions.length - 2);
  });
});
