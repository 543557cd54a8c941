/**
 * Each quote carries the text around it and the actors and countries named
 * inside it (made-up sentences).
 */
import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT, contextAfter, contextBefore, nearbySourceLink, quoteSubjects, sentenceBounds } from '../../pipeline/extract/quote-context.ts';
import type { LinkRow } from '../../pipeline/extract/records.ts';

const TEXT =
  'The council met on Monday. “We will not sign this,” the minister said after the vote. ' +
  'Critics called it “a betrayal of farmers” in a letter.\n\n“Nothing changes,” said a spokeswoman.';

function around(quote: string) {
  const start = TEXT.indexOf(quote);
  const bounds = sentenceBounds(TEXT, 'en');
  return { before: contextBefore(TEXT, bounds, start), after: contextAfter(TEXT, bounds, start + quote.length) };
}

describe('quote context', () => {
  it('takes the previous sentence when the quote opens its own, and its attribution after', () => {
    expect(around('We will not sign this,')).toEqual({ before: 'The council met on Monday. “', after: '” the minister said after the vote.' });
  });

  it('takes the rest of the sentence around a partial quote', () => {
    expect(around('a betrayal of farmers')).toEqual({ before: 'Critics called it “', after: '” in a letter.' });
  });

  it('crosses a paragraph break on one line, and gives nothing before the first word of an article', () => {
    expect(around('Nothing changes,').before).toBe('Critics called it “a betrayal of farmers” in a letter. “');
    const bounds = sentenceBounds('Hello there. Bye.', 'en');
    expect(contextBefore('Hello there. Bye.', bounds, 0)).toBe('');
  });

  it('clips a long run at a word with an ellipsis', () => {
    const long = `${'word '.repeat(200)}“short quote” ${'more '.repeat(200)}end.`;
    const start = long.indexOf('short');
    const bounds = sentenceBounds(long, 'en');
    const before = contextBefore(long, bounds, start);
    const after = contextAfter(long, bounds, start + 'short quote'.length);
    expect(Array.from(before).length).toBeLessThanOrEqual(MAX_CONTEXT + 1);
    expect(before.startsWith('…word')).toBe(true);
    expect(after.endsWith('more…')).toBe(true);
  });

  it('lists the actors and countries named inside the quote, once each, in reading order', () => {
    const mention = (id: string, s: number) => ({ article_id: 'a', actor_id: id, surface: 'x', char_start: s, char_end: s + 3 });
    const country = (c: string, s: number) => ({ article_id: 'a', country: c, surface: 'x', via: 'name' as const, char_start: s, char_end: s + 3 });
    const subjects = quoteSubjects(
      { char_start: 10, char_end: 50 },
      [mention('act_b', 30), mention('act_a', 12), mention('act_b', 40), mention('act_c', 60)],
      [country('FR', 20), country('CN', 8), country('FR', 44)],
    );
    expect(subjects).toEqual({ subject_actor_ids: ['act_a', 'act_b'], subject_countries: ['FR'] });
  });

  it('backs a quote with the nearest link to another site in its sentence, never a link of the site itself or one further away', () => {
    const text = 'Read our earlier story. “Prices will rise,” the bank said in a statement on Friday. Markets fell.';
    const link = (id: string, anchor: string, kind: LinkRow['kind']): LinkRow => {
      const start = text.indexOf(anchor);
      return { link_id: id, article_id: 'a', url: 'https://x.example/', domain: 'x.example', anchor_text: anchor, kind, quote_id: null, char_start: start, char_end: start + anchor.length };
    };
    const quote = { char_start: text.indexOf('Prices'), char_end: text.indexOf('rise') + 4 };
    const bounds = sentenceBounds(text, 'en');
    expect(nearbySourceLink(text, bounds, quote, [link('own', 'earlier story', 'internal'), link('stmt', 'a statement', 'external'), link('far', 'Markets', 'external')])).toBe('stmt');
    expect(nearbySourceLink(text, bounds, quote, [link('own', 'earlier story', 'internal'), link('far', 'Markets', 'external')])).toBeNull();
  });
});
