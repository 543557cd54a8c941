import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../pipeline/extract/article.ts';
import { DEFAULT_PAGE_LIMITS } from '../../pipeline/extract/html/limits.ts';
import { repeatedParagraphsPage } from './adversarial-pages.ts';

const snapshot = { sourceFile: 'made-up.html', url: 'https://example.org/made-up' };

describe('size limits of one page (made-up pages)', () => {
  it('defaults to 10 MB of HTML and 2 MB of main text', () => {
    expect(DEFAULT_PAGE_LIMITS.maxHtmlChars).toBe(10_000_000);
    expect(DEFAULT_PAGE_LIMITS.maxTextChars).toBe(2_000_000);
  });

  it('cuts HTML over the limit at a tag boundary, publishes the rest and says what was cut', () => {
    const html = repeatedParagraphsPage(60_000);
    const { article, quotes } = extractArticle(html, snapshot, { maxHtmlChars: 20_000 });
    expect(article.warnings.join('\n')).toMatch(new RegExp(`page HTML is .*\\(${html.length} characters\\); only the first \\d+ characters were read \\(limit maxHtmlChars = 20000\\)`));
    expect(article.text.length).toBeGreaterThan(10_000);
    expect(article.text.length).toBeLessThan(20_000);
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('cuts main text over the limit after a whole paragraph and keeps offsets valid', () => {
    const { article, quotes, links } = extractArticle(repeatedParagraphsPage(60_000), snapshot, { maxTextChars: 5_000 });
    expect(article.text.length).toBeLessThanOrEqual(5_000);
    expect(article.text.endsWith('.') || article.text.endsWith('”')).toBe(true);
    expect(article.warnings.join('\n')).toMatch(/main text is .* characters\); cut to the first \d+ characters, \d+ of \d+ paragraphs \(limit maxTextChars = 5000\)/);
    for (const q of quotes) expect(q.char_end).toBeLessThanOrEqual(article.text.length);
    for (const l of links) expect(l.char_end).toBeLessThanOrEqual(article.text.length);
  });

  it('cuts one huge paragraph at a space', () => {
    const html = `<html><body><article><p>${'word '.repeat(4_000)}</p></article></body></html>`;
    const { article } = extractArticle(html, snapshot, { maxTextChars: 1_001 });
    expect(article.text).toBe('word '.repeat(200).trim());
    expect(article.warnings.some((w) => w.includes('limit maxTextChars = 1001'))).toBe(true);
  });

  it('leaves pages under the limits as they are, without a warning', () => {
    const html = repeatedParagraphsPage(20_000);
    const limited = extractArticle(html, snapshot, { maxHtmlChars: 1_000_000, maxTextChars: 100_000 });
    expect(limited).toEqual(extractArticle(html, snapshot));
    expect(limited.article.warnings).toEqual([]);
  });
});
