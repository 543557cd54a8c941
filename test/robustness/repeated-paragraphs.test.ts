import { describe, expect, it } from 'vitest';
import { repeatedParagraphsPage } from './adversarial-pages.ts';
import { expectLinearGrowth } from './growth.ts';

describe('ordinary paragraphs repeated many times (made-up page)', () => {
  it('costs work linear in the page size (it was quadratic in the quotes and mentions)', () => {
    const { small, large } = expectLinearGrowth(repeatedParagraphsPage, 50_000);
    expect(large.quotes.length).toBeGreaterThanOrEqual(2 * small.quotes.length - 2);
    expect(large.actors.map((a) => a.name)).toContain('Clara Hendricks');
  });
});
