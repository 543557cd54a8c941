// Made-up sentences: organisation rules of session 8 (event words that are also adjectives, bodies abroad
// named in their own language, former countries, member nouns, frequent surnames and cues).
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';
import { notAnOrganisation } from '../../pipeline/extract/actors/not-orgs.ts';

describe('event words that are also adjectives', () => {
  it('"Open" or "Fair" opening a name is an adjective, not an event', () => {
    expect(notAnOrganisation(['Open', 'Tidewater', 'Collaboration'], 2, 'the Open Tidewater Collaboration', 4, 33)).toBeNull();
    expect(notAnOrganisation(['Fair', 'Tide', 'Foundation'], 2, 'the Fair Tide Foundation', 4, 24)).toBeNull();
  });

  it('as the last word it still names an event', () => {
    expect(notAnOrganisation(['Harbour', 'Tennis', 'Open'], 1, 'the Harbour Tennis Open', 4, 23)).toMatch(/^event/);
  });

  it('a body named with "Open" first is found in a sentence', () => {
    const text = 'The results were checked by the Open Quillby Collaboration, a group of volunteers.';
    expect(names(actorsOf(text), 'organization')).toContain('Open Quillby Collaboration');
  });
});

describe('a body abroad named in its own language on an English page', () => {
  it('a leading head of another language that is no English word opens an organisation', () => {
    const text = 'She studied at the Universidade da Orvela and later taught at the Istituto Tessano Rovi in the north.';
    const orgs = names(actorsOf(text), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Universidade da Orvela', 'Istituto Tessano Rovi']));
    expect(names(actorsOf(text), 'person')).toEqual([]);
  });

  it('a head that is also an English word does not ("Camera", "Junta" stay names)', () => {
    const text = 'Sarah Camera, a nurse, said the ward was full.';
    expect(names(actorsOf(text), 'person')).toContain('Sarah Camera');
    expect(names(actorsOf(text), 'organization')).toEqual([]);
  });
});

describe('a former country is a place', () => {
  it('"the Soviet Union" is no organisation, though "Union" is a head word', () => {
    const text = 'Grain exports to the Soviet Union rose, and the Harbour Farmers Union protested.';
    const orgs = names(actorsOf(text), 'organization');
    expect(orgs).not.toContain('Soviet Union');
    expect(orgs).toContain('Harbour Farmers Union');
  });
});

describe('a name whose people, owners or parts the text names', () => {
  it('"X\'s shareholders" and "X\'s website" make X an organisation', () => {
    const text = 'Last week Tarnwell’s shareholders rejected the offer. Since May, Quillmark’s website lists the new fees.';
    const orgs = names(actorsOf(text), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Tarnwell', 'Quillmark']));
  });
});

describe('a frequent surname is not made an organisation by a cue', () => {
  it('"Pruitt testified" and "told Pruitt" leave a surname-like word no organisation', () => {
    const text = 'The hearing ran late. Later Pruitt testified before the panel, and the clerk told Pruitt to wait.';
    expect(names(actorsOf(text), 'organization')).not.toContain('Pruitt');
  });

  it('a one-word name that is no frequent surname still acts as a body', () => {
    const text = 'The hearing ran late. Later Quillmark responded before the panel through its lawyers.';
    expect(names(actorsOf(text), 'organization')).toContain('Quillmark');
  });
});

describe('a name the text uses as a place is not the body a person belongs to', () => {
  it('"Ewan Tallis of Tullochmore" names where he is from when the text says "in Tullochmore"', () => {
    const text = 'Ewan Tallis of Tullochmore was born in Tullochmore in 1702 and served as a soldier.';
    expect(names(actorsOf(text), 'organization')).not.toContain('Tullochmore');
  });

  it('"Rosa Pell of the Harbour Guild" still names her body', () => {
    const text = 'Rosa Pell of the Brackwater Guild said the fees would rise.';
    expect(names(actorsOf(text), 'organization')).toContain('Brackwater Guild');
  });
});
