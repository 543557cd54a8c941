// Made-up sentences: authors cited the scholarly way are people, though no list holds their names.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('cited authors (made-up)', () => {
  it('takes "X et al.", "X (2019)", "(X, 2013; …)" and "X and Y (2020)" as people', () => {
    const text = 'Earlier work (Ferrow, 2013; Lindqvist, 2015) found gains. Brannock et al. (2018) disagreed, as did Tovel (2019). Ostrander and Pike (2020) replicated it.';
    expect(names(actorsOf(text), 'person')).toEqual(['Ferrow', 'Lindqvist', 'Brannock', 'Tovel', 'Ostrander', 'Pike']);
  });

  it('takes authors joined by "&" and "Name 2014;" citations as people', () => {
    const text = 'Visual skills were studied (Orlen, Pask, & Vitrano, 2010; Dreyl & Bavard, 2012), see for example Kestrin 2014; Morrow 2011).';
    expect(names(actorsOf(text), 'person')).toEqual(['Orlen', 'Pask', 'Vitrano', 'Dreyl', 'Bavard', 'Kestrin', 'Morrow']);
  });

  it('does not take a place or a plain comma before a year as a citation', () => {
    const actors = actorsOf('The fair moved to Paris (2013) and then to Oslo. In Marwick, 2013 was a dry year.');
    expect(names(actors, 'person')).toEqual([]);
  });
});

describe('works listed with their year (made-up)', () => {
  it('does not take a title before a year in parentheses as an author when the text cites no one the scholarly way', () => {
    const text = 'Her films include Tern (2013), Harbour Lights (2015) and Quiet Fields (2019), all shot in Wales.';
    expect(names(actorsOf(text), 'person')).toEqual([]);
  });

  it('takes "X (2019)" as an author when the text also cites the scholarly way', () => {
    const text = 'Tovel (2019) disagreed, as earlier work had (Ferrow, 2013).';
    expect(names(actorsOf(text), 'person')).toEqual(['Tovel', 'Ferrow']);
  });
});

describe('given names used alone (made-up)', () => {
  it('takes a given name alone inside a sentence as a person, joined to the full name when the text gives one', () => {
    const text = 'Marcie Dunbarr opened the shop in May. Later that week, Marcie sold the first loaf, and Theo laughed at the queue.';
    const people = names(actorsOf(text), 'person');
    expect(people).toEqual(['Marcie Dunbarr', 'Theo']);
  });

  it('does not take a given name before a thing noun as a person', () => {
    expect(names(actorsOf('The crew boarded the Orion capsule at dawn.'), 'person')).toEqual([]);
  });
});
