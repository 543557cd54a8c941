// Made-up sentences: people recognised from the words around them (role nouns, lists, honorifics, surname shapes).
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('people from their shape and surroundings (made-up)', () => {
  it('takes names after a lower-case occupation noun, singular or plural, with the whole list', () => {
    const actors = actorsOf('The gallery hired the founders Teodor Vask and Lumi Oberg to curate it. A quote by the Dutch painter and sculptor Henk Dortwal opens the show.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Teodor Vask', 'Lumi Oberg', 'Henk Dortwal']));
  });

  it('takes two names joined by "and" past a parenthesis when one is sure', () => {
    const actors = actorsOf('The curators Arvo Peltz (Estonia) and Ilse Marrow (Austria) built the lamp. Critics said Marrow was right.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Arvo Peltz', 'Ilse Marrow']));
  });

  it('reads surname endings and diacritics as people', () => {
    const actors = actorsOf('Drafts by Zoran Kovačević and Oana Marinescu were shown in the hall.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Zoran Kovačević', 'Oana Marinescu']));
  });

  it('keeps a capitalised particle that opens a possessive surname ("Van …’s"), not a place ("Van Nuys")', () => {
    const actors = actorsOf('The piece recalls the colours in Van Brelle’s famous harbour painting.');
    expect(names(actors, 'person')).toEqual(['Van Brelle']);
    expect(names(actorsOf('The storm hit Van Nuys and Da Nang last week.'), 'person')).toEqual([]);
  });

  it('reads parliamentary honorifics ("Rt. Hon.", "Hon.")', () => {
    const actors = actorsOf('The chamber mourned Rt. Hon. K. T. Obasa and Hon. Bisi Adeyemo before adjourning.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['K. T. Obasa', 'Bisi Adeyemo']));
  });

  it('lets a given name before an organisation name make a person, and the bare surname follow him', () => {
    const actors = actorsOf('The billionaire Michael Bloomberg is running. Expect Bloomberg’s money to matter, Bloomberg News reported.');
    expect(names(actors, 'person')).toEqual(['Michael Bloomberg']);
    expect(names(actors, 'organization')).toEqual(['Bloomberg']);
  });

  it('takes names after "a <person noun> like/such as"', () => {
    const actors = actorsOf('The film builds to a cameo from a superstar like Brenna Valdt, and painters such as Okko Ruhl came too.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Brenna Valdt', 'Okko Ruhl']));
  });

  it('knows frequent given names beyond English ones, not those that are also places', () => {
    expect(names(actorsOf('The prize went to Chidi Okonkwo-Vance last year.'), 'person')).toEqual(['Chidi Okonkwo-Vance']);
    expect(names(actorsOf('The prize went to Santiago Bernabeu Stadium last year.'), 'person')).toEqual([]);
  });

  it('reads surnames and given names with an inner capital ("DeSantis", "LeBron")', () => {
    const actors = actorsOf('The bill was signed by Gov. Rolf DeMarco and praised by Ilsa LaRue, who said it was fair.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Rolf DeMarco', 'Ilsa LaRue']));
  });

  it('takes names credited for creative work ("directed by", "starring") and "Bros." companies as organisations', () => {
    const actors = actorsOf('The film, directed by Orla Vintner and starring Tamsin Greeve, opened big, Halvard Bros. said.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Orla Vintner', 'Tamsin Greeve']));
    expect(names(actors, 'organization')).toEqual(['Halvard Bros.']);
  });
});
