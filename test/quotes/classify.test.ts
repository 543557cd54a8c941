// Quotes versus scare quotes, terms, titles and headlines: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('what counts as a quote', () => {
  it('keeps partial quotes inside reported speech', () => {
    const { quotes } = quotesOf('Tom Reyes, the mayor, called the plan “pure farce” and said it was a “political stunt” by the council.');
    expect(quotes.map((q) => q.text)).toEqual(['pure farce', 'political stunt']);
    for (const q of quotes) {
      expect(q.kind).toBe('partial');
      expect(q.speaker).toBe('Tom Reyes');
    }
  });

  it('drops scare quotes and quoted terms with no speech act', () => {
    const { quotes } = quotesOf(
      'Detainees were held in so-called “learning centres” for months.',
      'The “normal” setting is fine for most users.',
      'The town is known as the “Pearl of the North” among visitors.',
    );
    expect(quotes).toEqual([]);
  });

  it('drops titles of books, films and songs', () => {
    const { quotes } = quotesOf(
      'She was photographed with his new book, titled “Notes on Building a Better Town for Everyone.”',
      'The film “Silent River” opened on Friday, and its song “Home Again” topped the charts.',
    );
    expect(quotes).toEqual([]);
  });

  it('drops quotes in headings', () => {
    const { quotes } = quotesOf('Mayor says plan is “pure farce”', 'The council met on Monday to discuss the budget for next year.');
    expect(quotes).toEqual([]);
  });

  it('keeps a one-word partial quote that has a speaker', () => {
    const { quotes } = quotesOf('Anna Berg said she was “concerned” by the ruling.');
    expect(find(quotes, 'concerned').speaker).toBe('Anna Berg');
  });

  it('tells direct quotes from partial ones', () => {
    const { quotes } = quotesOf(
      '“We will not give up on this town and its people,” Anna Berg said.',
      'Tom Reyes said the ruling was “a disgrace to the court.”',
    );
    expect(find(quotes, 'give up').kind).toBe('direct');
    expect(find(quotes, 'disgrace').kind).toBe('partial');
  });
});

describe('quoted words nobody says', () => {
  it('drops a quoted phrase inside the writer’s sentence when nobody is credited', () => {
    // made-up
    const { quotes } = quotesOf('The crowd was stunned by “the scale of it all.”');
    expect(quotes).toEqual([]);
  });

  it('does not take a passive verb for an attribution', () => {
    // made-up
    const { quotes } = quotesOf('The party was accused of misleading voters by renaming its account “factcheck”.');
    expect(quotes).toEqual([]);
  });

  it('drops a subheading that is all quote', () => {
    // made-up
    const { quotes } = quotesOf('The council met on Monday.', '“Bandit groups on the border”', 'The army has trained local forces for two years.');
    expect(quotes).toEqual([]);
  });
});

describe('long lower-case fragments', () => {
  it('keeps a long lower-case fragment as a partial quote even with no speech cue', () => {
    // made-up
    const { quotes } = quotesOf('The new charter would turn the old docks into “a quiet garden for every family that lives by the river”.');
    expect(quotes.map((q) => [q.text, q.kind])).toEqual([['a quiet garden for every family that lives by the river', 'partial']]);
  });

  it('still drops a short lower-case term, and a stray mark left open to the paragraph end', () => {
    // made-up
    const { quotes } = quotesOf(
      'The docks were once a “quiet garden” for the town.',
      'The council isn ‘t going to wait for the ferry company to finish the new pier this year.',
    );
    expect(quotes).toEqual([]);
  });
});
