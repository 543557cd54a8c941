// A document speaks as a document only when the article does not say who wrote it
// (pipeline/extract/quotes/speaker-phrase.ts documentAuthor; ANNOTATION.md: "a tweet when the author is not named").
// Every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('a document with its author named beside it', () => {
  it('credits the person after "mailed out by"', () => {
    const { quotes } = quotesOf('Meanwhile, a campaign letter mailed out by Ann Ross late on Monday spoke of the weeks to come: “We still have many towns to visit.”');
    expect(find(quotes, 'many towns to visit')).toMatchObject({ speaker: 'Ann Ross', speaker_type: 'person' });
  });

  it('keeps the document when "from" names a place, not an author', () => {
    const { quotes } = quotesOf('A report from Lowtown said the plan was “dead on arrival.”');
    expect(find(quotes, 'dead on arrival')).toMatchObject({ speaker_type: 'document' });
  });
});
