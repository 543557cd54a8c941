// Made-up sentences: a person named by one word, or before "of <organisation>", found from the words around the name.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('single names after a kinship or occupation noun (made-up)', () => {
  it('takes a name right after a kinship noun, with or without a comma, or after "daughter of"', () => {
    const actors = actorsOf('The painter moved to Lisbon. His second son Tavish ran the workshop, and his sister, Orlaith. The estate went to the daughter of Brisenda.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Tavish', 'Orlaith', 'Brisenda']));
  });

  it('takes a name right after an occupation noun', () => {
    const actors = actorsOf('The exhibit shows sketches by the fashion designer Quillon, who grew up nearby.');
    expect(names(actors, 'person')).toContain('Quillon');
  });

  it('does not take a place, a country, a common word or a work after such a noun', () => {
    const actors = actorsOf('Her son Lisbon trip was cancelled. The designer France visited. My friend Spring came, and spring was late. His brother Harbour film flopped.');
    expect(names(actors, 'person')).toEqual([]);
  });
});

describe('a person before "of <organisation>" (made-up)', () => {
  it('keeps the person and the organisation of "<Name> of the <Party>"', () => {
    const actors = actorsOf('The councillors Susan Okoro of the Harbour Party and Kwan Tsz-lok of the Civic Union were re-elected.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Susan Okoro', 'Kwan Tsz-lok']));
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Harbour Party', 'Civic Union']));
  });

  it('does not make a person of a name with no evidence before "of"', () => {
    const actors = actorsOf('Sales Growth of the Harbour Trust slowed in the spring.');
    expect(names(actors, 'person')).toEqual([]);
  });
});

describe('a given name written once inside a sentence (made-up)', () => {
  it('takes a given name written once, with no verb of speech next to it, as a person', () => {
    const actors = actorsOf('We finished the draft late, and I sent a copy to Mabel before the deadline.');
    expect(names(actors, 'person')).toEqual(['Mabel']);
  });

  it('does not take a given name written once after a place preposition or an article, or listed with places', () => {
    const text = 'The motel sits near Marion on the old road. The Jasper office closed. Buses run to Ardley, Fenwold, Linus and Tarrow.';
    expect(names(actorsOf(text), 'person')).toEqual([]);
  });

  it('does not take a given name written once that the text describes as no person ("Sasha the black cat")', () => {
    expect(names(actorsOf('The shelter said this week that Sasha the black cat was found in the street.'), 'person')).toEqual([]);
    expect(names(actorsOf('The shelter said this week that Sasha was found in the street.'), 'person')).toEqual(['Sasha']);
  });

  it('takes given names listed with other given names', () => {
    const actors = actorsOf('The picnic was fun because Mabel, Teodor and Wren brought the games.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Mabel', 'Teodor', 'Wren']));
  });
});

describe('a surname used alone (made-up)', () => {
  // The rule that a word the text also writes in lower case is no surname used alone is covered on GUM train only:
  // on short invented texts the name model already vetoes such names, so no invented sentence isolates it.
  it('still takes a pair whose surname is used alone and never in lower case', () => {
    const actors = actorsOf('The visitors relied on Crimson Marrowleaf in May. Later the coach praised Marrowleaf for the save.');
    expect(names(actors, 'person')).toEqual(['Crimson Marrowleaf']);
  });
});

describe('letters: the addressee and the signature (made-up)', () => {
  it('takes the name after "Dear" and the name that signs the letter', () => {
    const actors = actorsOf('Dear Marguerite:\n\nThe roof is fixed and the garden is green again.\n\nLove and warm thoughts, Ottilie');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Marguerite', 'Ottilie']));
    expect(names(actors, 'person')).not.toContain('Dear Marguerite');
  });

  it('does not take a place after a closing phrase', () => {
    expect(names(actorsOf('The roof is fixed.\n\nBest wishes from Lisbon'), 'person')).toEqual([]);
  });
});
