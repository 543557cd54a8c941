import { describe, expect, it } from 'vitest';
import { quotedParagraphsPage, quotedTextPage } from './adversarial-pages.ts';
import { expectLinearGrowth } from './growth.ts';

describe('text made of quoted paragraphs, some left open (made-up page)', () => {
  it('costs work linear in the text length', () => {
    const { small, large } = expectLinearGrowth(quotedParagraphsPage, 20_000);
    expect(large.quotes.length).toBeGreaterThanOrEqual(2 * small.quotes.length - 2);
  });

  it('costs work linear in the length of one paragraph of quotes (a scan back per capitalised word was quadratic)', () => {
    const { small, large } = expectLinearGrowth(quotedTextPage, 20_000);
    expect(small.quotes.length).toBeGreaterThan(50);
    expect(large.quotes.length).toBeGreaterThanOrEqual(2 * small.quotes.length - 2);
  });
});
