/** Shared helpers for the quote tests (all sentences in these tests are made-up unless a test says otherwise). */
import { expect } from 'vitest';
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { extractQuotes } from '../../pipeline/extract/quotes/extract-quotes.ts';
import type { ArticleBody, QuoteDraft } from '../../pipeline/extract/types.ts';

/** Builds a plain body from paragraphs (made-up text) and extracts its quotes. */
export function quotesOf(...paragraphs: string[]): { body: ArticleBody; quotes: QuoteDraft[] } {
  const body = bodyFromPlainText(paragraphs.join('\n\n'));
  return { body, quotes: extractQuotes(body) };
}

/** Asserts every quote's offsets: non-split quotes are exact substrings; split ones start and end at their parts. */
export function expectOffsets(body: ArticleBody, quotes: QuoteDraft[]): void {
  for (const q of quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(body.text.length);
    const slice = body.text.slice(q.start, q.end);
    if (slice === q.text) continue;
    expect(slice.startsWith(q.text.slice(0, 10))).toBe(true);
    expect(slice.endsWith(q.text.slice(-10))).toBe(true);
  }
}

/** The one quote whose text contains `needle`. */
export function find(quotes: QuoteDraft[], needle: string): QuoteDraft {
  const hits = quotes.filter((q) => q.text.includes(needle));
  expect(hits, `quotes containing ${JSON.stringify(needle)}: ${JSON.stringify(quotes.map((q) => q.text))}`).toHaveLength(1);
  return hits[0]!;
}
