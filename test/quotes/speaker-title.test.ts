// Titles and roles kept apart from the speaker's name: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('speaker_title', () => {
  it('keeps a role before the name in its own field', () => {
    const { quotes } = quotesOf('Harbour ministry spokesman Lin Wei said the report was “full of lies.”');
    expect(find(quotes, 'full of lies')).toMatchObject({ speaker: 'Lin Wei', speaker_title: 'Harbour ministry spokesman' });
  });

  it('keeps an abbreviated title with its period', () => {
    const { quotes } = quotesOf('“We will appeal the ruling at once,” said Sen. Nora Vale.');
    expect(find(quotes, 'We will appeal')).toMatchObject({ speaker: 'Nora Vale', speaker_title: 'Sen.' });
  });

  it('leaves the title empty when the article gives none', () => {
    const { quotes } = quotesOf('Ada Brisk said the vote was “a turning point for the town.”');
    expect(find(quotes, 'turning point').speaker_title).toBeNull();
  });
});
