// Made-up sentences: the shape of a full name (joined initials, elided particles, many particles, second cited author) makes it a person, whole.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('initials before a surname (made-up)', () => {
  it('takes joined dotted initials before a surname, not a country or a postscript', () => {
    const actors = actorsOf('The grant was signed by J.D. Varga, the fund\'s treasurer. U.S. Steelworks closed. P.S. Mangoes are ripe.');
    expect(names(actors, 'person')).toEqual(['J.D. Varga']);
  });

  it('does not make a person of an initial before a state or a country', () => {
    const actors = actorsOf('The farm lies in S. Kansas, and the mill in N. Ireland.');
    expect(names(actors, 'person')).toEqual([]);
  });

  it('does not make a street abbreviation a person', () => {
    const actors = actorsOf('The bakery on Hollin Ave sells rye, and the café on Marlow Blvd opens late.');
    expect(names(actors, 'person')).toEqual([]);
  });
});

describe('particles inside a name (made-up)', () => {
  it('keeps an elided particle inside the name', () => {
    const actors = actorsOf('The botanist Odile d’Aubrac said the seeds were sound.');
    expect(names(actors, 'person')).toEqual(['Odile d’Aubrac']);
  });

  it('does not count particles among the four words a name may have', () => {
    const actors = actorsOf('The play was commissioned by Jean Amaury Lisle de Montbrun, who said it was late.');
    expect(names(actors, 'person')).toEqual(['Jean Amaury Lisle de Montbrun']);
  });
});

describe('cited authors (made-up)', () => {
  it('takes the second of two authors cited before a year with no parenthesis', () => {
    const actors = actorsOf('The method goes back to Brannock and Teverly 2011 and was refined later.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Brannock', 'Teverly']));
  });
});
