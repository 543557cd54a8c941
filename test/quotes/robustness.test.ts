// Odd inputs (made-up) must never make the extractor throw. Their speed is measured by `make bench`, never timed here.
import { describe, expect, it } from 'vitest';
import { buildBody, bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { extractQuotes } from '../../pipeline/extract/quotes/extract-quotes.ts';

describe('robustness', () => {
  it('handles empty and mark-only bodies', () => {
    expect(extractQuotes(buildBody([], 'made-up'))).toEqual([]);
    for (const text of ['“', '”', '"', '‘’', '“”', '" "', '«»', '“ ” “', '’’’’', '"""', 'a “b', 'x ”y” z']) {
      expect(() => extractQuotes(bodyFromPlainText(text))).not.toThrow();
    }
  });

  it('does not let an unclosed mark swallow a long article', () => {
    const paragraphs = ['Anna Berg said: “This never closes and goes on for a while.'];
    for (let i = 0; i < 200; i++) paragraphs.push(`Paragraph ${i} of the made-up article has no quotes at all in it.`);
    const body = bodyFromPlainText(paragraphs.join('\n\n'));
    const quotes = extractQuotes(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.end).toBeLessThanOrEqual(body.paragraphs[0]!.end);
  });

  it('reads a run-on paragraph full of marks', () => {
    const body = bodyFromPlainText(Array.from({ length: 2000 }, () => '“a” ‘b’ "c" said Anna Berg ').join(''));
    const quotes = extractQuotes(body);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(body.text.slice(q.start, q.end)).toContain(q.text);
  });
});
