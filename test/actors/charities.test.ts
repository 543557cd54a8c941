// Made-up sentences: charities, foundations and NGOs whose names have no organisation head word.
import { describe, expect, it } from 'vitest';
import { actorsOf, names, quoteBy } from './helpers.ts';

describe('charities and NGOs (made-up)', () => {
  it('knows well-known charities from the gazetteer', () => {
    const orgs = names(actorsOf('We recommend Mercy Corps and World Vision this year; Oxfam also runs cash programmes.'), 'organization');
    expect(orgs).toEqual(['Mercy Corps', 'World Vision', 'Oxfam']);
  });

  it('takes an unknown name after a donation or grant cue as an organisation, but not a given name', () => {
    const actors = actorsOf('We donated to Clearpath Aid last year. A grant to Sunrise Wells followed. She asked us to donate to Maria Vell instead.');
    expect(names(actors, 'organization')).toEqual(['Clearpath Aid', 'Sunrise Wells']);
    expect(names(actors, 'person')).toEqual(['Maria Vell']);
  });

  it('takes "X is a nonprofit" as an organisation and "X is a lawyer" as a person', () => {
    const actors = actorsOf('Clearpath Aid is a nonprofit that digs wells. Darwell Pinkerton is a lawyer in Ohio. Lyon is a city in France.');
    expect(names(actors, 'organization')).toEqual(['Clearpath Aid']);
    expect(names(actors, 'person')).toEqual(['Darwell Pinkerton']);
  });

  it('takes a name after "the foundation" as an organisation', () => {
    expect(names(actorsOf('The foundation Kestrel Hope paid for the wells.'), 'organization')).toEqual(['Kestrel Hope']);
    expect(names(actorsOf('It is a foundation Maria Vell set up in 2001.'), 'organization')).toEqual([]);
  });

  it('types a speaker named after a known charity as an organisation', () => {
    const actors = actorsOf('“We scaled the programme fast,” said World Vision Beta in a note.', [quoteBy('World Vision Beta')]);
    expect(names(actors, 'organization')).toEqual(['World Vision Beta']);
    expect(names(actors, 'person')).toEqual([]);
  });
});
