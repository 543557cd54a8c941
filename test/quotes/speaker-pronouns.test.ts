/** Pronoun speakers ("he said", "she said"): who they stand for. All sentences are made-up. */
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../pipeline/extract/lexicon/name-gender.ts';
import { personGender } from '../../pipeline/extract/quotes/speaker-pronouns.ts';
import { find, quotesOf } from './helpers.ts';

describe('gender from a given name', () => {
  it('reads the sex a given name usually tells, and none for names given to both', () => {
    expect(givenNameGender('Margaret')).toBe('f');
    expect(givenNameGender('Gregory')).toBe('m');
    expect(givenNameGender('Jordan')).toBeUndefined();
    expect(givenNameGender('Lowland')).toBeUndefined();
  });

  it('lets the article’s own pronouns speak first, and never reads a surname alone as a given name', () => {
    expect(personGender(undefined, 'Margaret Hale')).toBe('f');
    expect(personGender('m', 'Margaret Hale')).toBe('m');
    expect(personGender(undefined, 'Margaret')).toBeUndefined();
  });

  it('keeps "she said" from a man the article gives no pronoun for', () => {
    const { quotes } = quotesOf('Tom Harlow met Carla Benning at the county fair.', '“It was a long day for all of us,” she said.');
    expect(find(quotes, 'long day').speaker).toBe('Carla Benning');
  });

  it('keeps "he said" from a woman who opens the sentence before', () => {
    const { quotes } = quotesOf('Margaret Hale spent the morning with Gregory Vance.', '“The roads are a disgrace,” he said.');
    expect(find(quotes, 'disgrace').speaker).toBe('Gregory Vance');
  });
});

describe('a bare surname as the antecedent', () => {
  it('takes a surname the article never gives in full when its pronouns give it the gender ("Okafor … his")', () => {
    const { quotes } = quotesOf(
      'Tom Harlow opened the hearing on the bridge contract.',
      'Okafor then rose and said his department had done its part.',
      '“We paid every bill on time,” he said.',
    );
    expect(find(quotes, 'every bill').speaker).toBe('Okafor');
  });

  it('does not take a surname whose pronouns give it the other gender', () => {
    const { quotes } = quotesOf(
      'Tom Harlow opened the hearing on the bridge contract.',
      'Okafor then rose and said her department had done its part.',
      '“We paid every bill on time,” he said.',
    );
    expect(find(quotes, 'every bill').speaker).toBe('Tom Harlow');
  });
});

describe('the subject of the sentence before', () => {
  it('reads a name after an opening conjunction as the subject ("And Ross, for all …, agreed")', () => {
    const { quotes } = quotesOf(
      'Tom Harlow read the accounts to the council.',
      'And Gregory Vance, for all his doubts, seemed to agree. “We have no better plan,” he said.',
    );
    expect(find(quotes, 'no better plan').speaker).toBe('Gregory Vance');
  });
});
