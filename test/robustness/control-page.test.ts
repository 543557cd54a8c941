import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../pipeline/extract/article.ts';
import { controlPage } from './adversarial-pages.ts';

describe('the control page beside the adversarial ones (made-up, ordinary)', () => {
  it('still extracts normally: text, quote with its speaker, people, no warning', () => {
    const { article, quotes, actors } = extractArticle(controlPage(), { sourceFile: 'control.html', url: 'https://example.org/control' });
    expect(article.warnings).toEqual([]);
    expect(article.text).toContain('rebuild the old footbridge');
    expect(quotes.map((q) => q.speaker)).toContain('Clara Hendricks');
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Clara Hendricks', 'Tomas Reyes']));
  });
});
