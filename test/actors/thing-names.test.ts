// Made-up sentences: a name that opens with a given name but ends with a word naming a kind of thing (a monument,
// an estate, an award, an event, a work, a vehicle, a breed) is no person (session 8, issue 9).
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';
import { THING_WORD_SURNAME_RANK, thingShapedName } from '../../pipeline/extract/actors/places.ts';
import { notAnOrganisation } from '../../pipeline/extract/actors/not-orgs.ts';
import { NON_PERSON_LAST_WORDS, ORG_HEADS } from '../../pipeline/extract/lexicon/english.ts';
import { THING_LAST_WORDS } from '../../pipeline/extract/lexicon/things.ts';
import { censusSurnameRank } from '../../pipeline/extract/lexicon/surnames.ts';

describe('thingShapedName', () => {
  it('names the kind of thing its last word names', () => {
    expect(thingShapedName(['Nora', 'Vale', 'Statue'])).toMatch(/kind of thing/);
    expect(thingShapedName(['Ida', 'Brand', 'Farm'])).toMatch(/kind of thing/);
    expect(thingShapedName(['Oskar', 'Lund', 'Medal'])).toMatch(/kind of thing/);
    expect(thingShapedName(['Hollis', 'Terminal'])).toMatch(/facility/);
    expect(thingShapedName(['Tessa', 'Marlow', 'Trilogy'])).toMatch(/kind of work/);
    expect(thingShapedName(['Dunmore', 'Marathon'])).toMatch(/event/);
    expect(thingShapedName(['Ida', 'Brand', 'Mosque'])).toMatch(/place, a facility or a product/);
    expect(thingShapedName(['Ostrander', 'Prize-winner'])).toMatch(/place, a facility or a product/);
  });

  it('says nothing of one word, of a person, or of a last word that is a frequent surname', () => {
    expect(thingShapedName(['Statue'])).toBeNull();
    expect(thingShapedName(['Nora', 'Vale'])).toBeNull();
    expect(thingShapedName(['Robin', 'Plant'])).toBeNull(); // a facility word, but a frequent census surname
    expect(thingShapedName(['Harriet', 'Open'])).toBeNull(); // an event adjective
    expect(thingShapedName(['Tang', 'Wai-lun'])).toBeNull();
    expect(thingShapedName(['Ann', 'Day-Morrow'])).toBeNull(); // 'day' is a frequent surname
  });

  it('the thing words are no organisation heads and are kept apart from the name model\'s last-word list', () => {
    for (const w of THING_LAST_WORDS) {
      expect(ORG_HEADS.has(w), w).toBe(false);
      expect(NON_PERSON_LAST_WORDS.has(w), w).toBe(false);
      const rank = censusSurnameRank(w);
      expect(rank === null || rank > THING_WORD_SURNAME_RANK, w).toBe(true);
    }
  });
});

describe('names of things after a given name in a sentence', () => {
  it('a statue, a farm and a show named after someone are no people', () => {
    const text = 'Visitors walk past the Nora Vale Statue before lunch at Ida Brand Farm, then queue for the Halvard Brask Experience downtown.';
    expect(names(actorsOf(text), 'person')).toEqual([]);
  });

  it('an award after a title-like phrase is no person', () => {
    const text = 'Last spring the architect received the Oskar Lund Medal for her harbour library.';
    expect(names(actorsOf(text), 'person')).not.toContain('Oskar Lund Medal');
  });

  it('a place named after a title and a name is no person', () => {
    const text = 'Pilgrims pray at Imam Rafiq Noor Mosque.';
    expect(names(actorsOf(text), 'person')).toEqual([]);
  });

  it('the person the thing is named after is still found where the text names them', () => {
    const text = 'Nora Vale, a sculptor, said the Nora Vale Statue was cast in two pieces.';
    const people = names(actorsOf(text), 'person');
    expect(people).toContain('Nora Vale');
    expect(people).not.toContain('Nora Vale Statue');
  });
});

describe('an event or an award named after a body is no organisation', () => {
  it('reads the last word', () => {
    expect(notAnOrganisation(['Harbour', 'League', 'Draft'], 1, 'the Harbour League Draft', 4, 24)).toMatch(/^event or award/);
    expect(notAnOrganisation(['Royal', 'Lyceum', 'Medal'], 1, 'the Royal Lyceum Medal', 4, 22)).toMatch(/^event or award/);
  });
});
