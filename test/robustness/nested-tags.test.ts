import { describe, expect, it } from 'vitest';
import { nestedTagsPage } from './adversarial-pages.ts';
import { expectLinearGrowth } from './growth.ts';
import { capNesting } from '../../pipeline/extract/html/nesting.ts';
import { MAX_TAG_NESTING } from '../../pipeline/extract/html/thresholds.ts';

describe('tens of thousands of nested unclosed tags (made-up page)', () => {
  it('costs work linear in the number of tags (the parser was quadratic in the depth)', () => {
    const { large } = expectLinearGrowth(nestedTagsPage, 20_000);
    expect(large.article.warnings.join(' ')).toMatch(/tags nested deeper than \d+ were dropped/);
    expect(large.article.text).toContain('footbridge'); // the paragraph before the broken markup
    expect(large.article.word_count).toBeGreaterThan(40_000); // the words inside it are kept
  });

  it('leaves pages nested less deeply than the cap untouched', () => {
    const html = nestedTagsPage(MAX_TAG_NESTING - 10);
    expect(capNesting(html, MAX_TAG_NESTING)).toEqual({ html, dropped: 0 });
  });

  it('drops only the open tags past the cap and their close tags', () => {
    const { html, dropped } = capNesting('<div><b>a<i>b<u>c</u>d</i>e</b></div>', 2);
    expect(dropped).toBe(2);
    expect(html).toBe('<div><b>a b c d e</b></div>');
  });
});
