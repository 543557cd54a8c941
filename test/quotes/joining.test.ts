// When two quoted spans are one quote, and when they are two: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { continuesAcross, type Joinable } from '../../pipeline/extract/quotes/join-split.ts';
import { find, quotesOf } from './helpers.ts';

const part = (over: Partial<Joinable> = {}): Joinable => ({
  paragraphFirst: 0, paragraphLast: 0, attributedRight: false, attributed: false, wholeParagraph: false, endsParagraph: false, ...over,
});

describe('continuesAcross (the rule and its reason)', () => {
  it('joins across one closing attribution clause', () => {
    expect(continuesAcross(part({ attributedRight: true }), part(), ' she said. ')).toEqual({ joins: true, reason: 'one attribution clause between two parts' });
  });

  it('joins across a bare clause that ends on its verb', () => {
    expect(continuesAcross(part({ attributedRight: true }), part(), ' she said ').joins).toBe(true);
  });

  it('does not join when the clause runs on into the second quote', () => {
    const v = continuesAcross(part({ attributedRight: true }), part(), ' he said on the channel’s ');
    expect(v).toEqual({ joins: false, reason: 'the clause runs into the second quote' });
  });

  it('does not join when a longer clause ends on a verb of its own report', () => {
    expect(continuesAcross(part({ attributedRight: true }), part(), ' Ross replied, before adding that he thinks ').joins).toBe(false);
  });

  it('does not join across paragraphs', () => {
    const v = continuesAcross(part({ attributedRight: true, endsParagraph: true }), part({ paragraphFirst: 1, paragraphLast: 1, wholeParagraph: true }), ' said Ross.\n\n');
    expect(v).toEqual({ joins: false, reason: 'the second quote is in another paragraph' });
  });

  it('does not join when the second quote has its own attribution', () => {
    expect(continuesAcross(part({ attributedRight: true }), part({ attributedRight: true }), ' Ross said. ').reason).toBe('the second quote has its own attribution');
  });

  it('does not join across a clause that names a second-hand source', () => {
    expect(continuesAcross(part({ attributedRight: true }), part(), ' Ross said, according to the station. ').joins).toBe(false);
  });
});

describe('joining in articles', () => {
  it('joins the speech on both sides of a programme name inside the attribution', () => {
    const { quotes } = quotesOf('“We will open the new clinic in the spring,” Ann Ross said on “Morning Desk.” “The money is already there.”');
    const joined = find(quotes, 'new clinic');
    expect(joined.text).toBe('We will open the new clinic in the spring, The money is already there.');
    expect(joined.speaker).toBe('Ann Ross');
    expect(quotes.some((q) => q.text.includes('Morning Desk'))).toBe(false);
  });

  it('never joins the quotes of two different speakers', () => {
    const { quotes } = quotesOf('“The bridge must close for a month,” Ann Ross said. “That would ruin the market,” Tom Hale replied.');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The bridge must close for a month,', 'Ann Ross'],
      ['That would ruin the market,', 'Tom Hale'],
    ]);
  });

  it('keeps a quote that a clause leads into apart from the quote before it', () => {
    const { quotes } = quotesOf('“The budget is tight this year,” Ann Ross said, before adding that she thinks “the schools will be spared.”');
    expect(quotes.map((q) => q.text)).toEqual(['The budget is tight this year,', 'the schools will be spared.']);
  });
});
