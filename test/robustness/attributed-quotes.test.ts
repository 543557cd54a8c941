import { describe, expect, it } from 'vitest';
import { attributedQuotesPage } from './adversarial-pages.ts';
import { expectLinearGrowth } from './growth.ts';

describe('thousands of paragraphs, each a short quote of a different person (made-up page)', () => {
  it('costs work linear in the number of quotes (it was quadratic in quotes × actors)', () => {
    const { large } = expectLinearGrowth(attributedQuotesPage, 200);
    expect(large.quotes).toHaveLength(400);
    expect(large.quotes.every((q) => q.speaker !== null && q.actor_id !== null)).toBe(true);
  });
});
