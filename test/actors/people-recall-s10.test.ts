// Made-up sentences: people found in session 10 (issue 9) by the writer's "I" beside a name, a given name with
// "of <place>", authors cited by number, a noun for a human or a deity before a name, and the common word that
// opens a sentence before a name (name-cues.ts, name-context.ts).
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';
import { coordinatedWithWriter, givenNameOfPlace, numberedCitation, openingCommonWord } from '../../pipeline/extract/actors/name-cues.ts';

const at = (text: string, word: string): [number, number] => {
  const start = text.indexOf(word);
  return [start, start + word.length];
};

describe('a single name coordinated with the writer (made-up)', () => {
  it('reads "X and I", "X, Y and me", "me and X"', () => {
    const t1 = 'After lunch Tarrow and I walked to the pier.';
    expect(coordinatedWithWriter('Tarrow', ...at(t1, 'Tarrow'), t1)).not.toBeNull();
    const t2 = 'Quillon, Bex and me stayed behind.';
    expect(coordinatedWithWriter('Quillon', ...at(t2, 'Quillon'), t2)).not.toBeNull();
    const t3 = 'It was just me and Tarrow that night.';
    expect(coordinatedWithWriter('Tarrow', ...at(t3, 'Tarrow'), t3)).not.toBeNull();
  });

  it('needs the pronoun: "X and Y" alone says nothing', () => {
    const t = 'After lunch Tarrow and Bex walked to the pier.';
    expect(coordinatedWithWriter('Tarrow', ...at(t, 'Tarrow'), t)).toBeNull();
  });

  it('leaves places, common words and the end of a longer name alone', () => {
    const place = 'Lisbon and I never got along.';
    expect(coordinatedWithWriter('Lisbon', ...at(place, 'Lisbon'), place)).toBeNull();
    const word = 'The old Harbour and I go back years.';
    expect(coordinatedWithWriter('Harbour', ...at(word, 'Harbour'), word)).toBeNull();
    const owned = "We sailed to Quorvex's Tarrowmere and I stayed a week.";
    expect(coordinatedWithWriter('Tarrowmere', ...at(owned, 'Tarrowmere'), owned)).toBeNull();
  });

  it('makes a person of a name that opens its sentence', () => {
    const text = 'The ferry desk is short-staffed. Quillon and Tamsin and I take the night shifts.';
    expect(names(actorsOf(text), 'person')).toContain('Quillon');
  });
});

describe('a given name with "of" and the place it comes from (made-up)', () => {
  it('reads "Hilda of Tarrowmere" as one person', () => {
    const text = 'The letters of Hilda of Tarrowmere were copied by monks.';
    expect(givenNameOfPlace(['Hilda', 'of', 'Tarrowmere'], text.indexOf('Tarrowmere') + 10, text, () => false)).not.toBeNull();
    expect(names(actorsOf(text), 'person')).toContain('Hilda of Tarrowmere');
  });

  it('takes a possessive on the place word', () => {
    const text = "He copied Hilda of Tarrowmere' commentary.";
    expect(givenNameOfPlace(['Hilda', 'of', 'Tarrowmere'], text.indexOf('Tarrowmere') + 10, text, () => false)).not.toBeNull();
  });

  it('is no person after a rank of nobility, a word that is no given name, or before a common word', () => {
    const text = 'The Earl of Tarrowmere came.';
    expect(givenNameOfPlace(['Earl', 'of', 'Tarrowmere'], text.indexOf('Tarrowmere') + 10, text, () => false)).toBeNull();
    expect(givenNameOfPlace(['Harbour', 'of', 'Tarrowmere'], 10, 'x'.repeat(10), () => false)).toBeNull();
    expect(givenNameOfPlace(['Hilda', 'of', 'Arts'], 10, 'x'.repeat(10), () => false)).toBeNull();
    expect(names(actorsOf(text), 'person')).not.toContain('Earl of Tarrowmere');
  });
});

describe('authors cited by number (made-up)', () => {
  it('reads "A & B [7]", "A and B [7]" and "A et al. [3]"', () => {
    const t1 = 'The design follows Vennick & Osterlund [7] closely.';
    expect(numberedCitation(t1, ...at(t1, 'Vennick'), false)).toBe(true);
    const t2 = 'As Vennick and Osterlund [7] showed, it holds.';
    const [s, e] = at(t2, 'Osterlund');
    expect(numberedCitation(t2, s, e, true)).toBe(true);
    const t3 = 'Brannock et al. [3, 4] disagree.';
    expect(numberedCitation(t3, ...at(t3, 'Brannock'), false)).toBe(true);
    expect(names(actorsOf('The design follows Vennick and Osterlund [7] closely, and the results differ.'), 'person')).toEqual(expect.arrayContaining(['Vennick', 'Osterlund']));
  });

  it('is no citation for a lone name before a note number or for common words', () => {
    const lone = 'The town of Vennick [7] lies north.';
    expect(numberedCitation(lone, ...at(lone, 'Vennick'), false)).toBe(false);
    const words = 'Use the Park and Ride [1] outside town.';
    expect(numberedCitation(words, ...at(words, 'Ride'), true)).toBe(false);
  });
});

describe('a noun for a human or a deity before a single name (made-up)', () => {
  it('makes "the woman X" and "the god X" people', () => {
    const text = 'The story follows the woman Ysolde across the sea, and the god Tarvos watches her.';
    expect(names(actorsOf(text), 'person')).toEqual(expect.arrayContaining(['Ysolde', 'Tarvos']));
  });
});

describe('a common word opening a sentence before a name (made-up)', () => {
  it('is not part of the name', () => {
    expect(openingCommonWord('Together')).not.toBeNull();
    expect(openingCommonWord('Sterling')).toBeNull(); // a given name
    expect(openingCommonWord('Vaskel')).toBeNull();
    const text = 'Ingrid Ferrow studied tides. Ferrow wrote two books. Together Ferrow and her students mapped the bay.';
    expect(names(actorsOf(text), 'person')).toEqual(['Ingrid Ferrow']);
  });
});

describe('a weekday or a month before a name inside a sentence (made-up)', () => {
  it('is not part of the name', () => {
    expect(names(actorsOf('Then around October Hilda rented a cottage near the harbour.'), 'person')).toContain('Hilda');
    expect(names(actorsOf('Then around October Hilda rented a cottage near the harbour.'), 'person')).not.toContain('October Hilda');
  });
});
