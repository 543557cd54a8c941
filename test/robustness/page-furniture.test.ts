import { describe, expect, it } from 'vitest';
import { pageFurniturePage } from './adversarial-pages.ts';
import { expectLinearGrowth } from './growth.ts';

describe('thousands of boilerplate blocks side by side (made-up page)', () => {
  it('costs work linear in the number of blocks (removing each searched its parent anew)', () => {
    const { large } = expectLinearGrowth(pageFurniturePage, 1_000);
    expect(large.article.text).toContain('footbridge');
    expect(large.article.text).not.toContain('Share');
  });
});
