// Made-up random text built from marks, names, verbs and words: the extractor must never throw
// and every quote must point back into the text.
import { describe, expect, it } from 'vitest';
import { buildBody } from '../../pipeline/extract/body.ts';
import { extractQuotes } from '../../pipeline/extract/quotes/extract-quotes.ts';
import { seededRandom as random } from '../helpers/random.ts';

const PIECES = ['“', '”', '"', '‘', '’', "'", '‘’', '’’', '«', '»', '„', ',', '.', ':', '—', ' said', ' Anna Berg', ' she', ' the report',
  ' according to', ' told Reuters', ' words', ' more', ' [Source]', ' (R-TX)', ' who', ' that', ' and', '…', '\u00a0'];

describe('fuzz', () => {
  it('never throws and keeps offsets inside the text', () => {
    const next = random(42);
    for (let round = 0; round < 300; round++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 25) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('').trim());
      const inputs = paragraphs.map((text, i) => ({ text, kind: i % 3 === 1 ? 'blockquote' as const : 'p' as const, block: i % 3 === 1 ? i : null }));
      const body = buildBody(inputs, 'made-up');
      const quotes = extractQuotes(body);
      for (const q of quotes) {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(body.text.length);
        expect(q.start).toBeLessThanOrEqual(q.end);
        if (q.parent !== null) expect(quotes[q.parent]!.kind).toBe('block');
      }
    }
  });
});
