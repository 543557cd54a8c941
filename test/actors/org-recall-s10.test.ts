// Made-up sentences: organisation rules of session 10 (ownership and employment cues, founders, places described as capitals).
import { describe, expect, it } from 'vitest';
import { actorsOf, names, quoteBy } from './helpers.ts';
import { countryAfterAnd, placePredicate, unsupportedSpeakerOrganisation } from '../../pipeline/extract/actors/org-precision.ts';

describe('ownership and employment cues before a name', () => {
  it('shares of, employed by, signed to and signed with make a body', () => {
    expect(names(actorsOf('On Monday shares of Tarnvik fell 4 percent.'), 'organization')).toContain('Tarnvik');
    expect(names(actorsOf('For ten years she was employed by Brellport before retiring.'), 'organization')).toContain('Brellport');
    expect(names(actorsOf('Within a month she had been signed to Quellmark as a songwriter.'), 'organization')).toContain('Quellmark');
    expect(names(actorsOf('The striker signed with Dornhollow in 2019.'), 'organization')).toContain('Dornhollow');
  });

  it('a body founded or co-founded by someone is one', () => {
    const text = 'Dana Whitfield, the co-founder of Vaskerine, spoke first.';
    expect(names(actorsOf(text), 'organization')).toContain('Vaskerine');
    expect(names(actorsOf(text), 'person')).toContain('Dana Whitfield');
  });

  it('without the cue the same single word is left alone', () => {
    expect(names(actorsOf('The striker arrived in 2019 and met Dornhollow.'), 'organization')).not.toContain('Dornhollow');
  });
});

describe('a founder after the name', () => {
  it('"<Name> founder <Person>" names the body the person founded', () => {
    const text = 'Last year Quorvane founder Dana Whitfield opened the new office.';
    expect(names(actorsOf(text), 'organization')).toContain('Quorvane');
    expect(names(actorsOf(text), 'person')).toContain('Dana Whitfield');
  });
});

describe('a place described as a capital or a centre', () => {
  it('"X is the capital of" or "X was a center of the …" is no organisation', () => {
    expect(names(actorsOf('The valley that holds Quellby was a center of the wool trade. Quellby is hot in summer.'), 'organization')).toEqual([]);
    expect(names(actorsOf('Quellby, the state capital of Vantmark, is hot in summer.'), 'organization')).toEqual([]);
  });

  it('the rule reads only a lower-case continuation after "center of", any after "capital of"', () => {
    const text = 'Quellby was a center of the wool trade; Harbour Works is a center of Dornhollow College; Vantby is the capital of Orsk.';
    expect(placePredicate(text, text.indexOf(' was a center'))).not.toBeNull();
    expect(placePredicate(text, text.indexOf(' is a center'))).toBeNull();
    expect(placePredicate(text, text.indexOf(' is the capital'))).not.toBeNull();
  });

  it('an appositive that names a kind of body still makes one', () => {
    expect(names(actorsOf('Tarnvik, a firm of architects, said no.'), 'organization')).toContain('Tarnvik');
  });
});

describe('a quote speaker typed as a body by its shape only', () => {
  it('a plural people after "the" quoted as speakers is no organisation', () => {
    const text = 'Long ago the Vantlings treated the river as sacred and called it “the old mother” in their songs.';
    const quotes = [{ ...quoteBy('Vantlings', 'organization'), text: 'the old mother' }];
    expect(names(actorsOf(text, quotes), 'organization')).not.toContain('Vantlings');
  });

  it('a speaker with a head word, an abbreviation or a reporting verb after it stays one', () => {
    const quotes = [{ ...quoteBy('Quorvex Press Union', 'organization'), text: 'we will strike' }];
    expect(names(actorsOf('“We will strike,” the Quorvex Press Union said in a letter.', quotes), 'organization')).toContain('Quorvex Press Union');
    expect(unsupportedSpeakerOrganisation('ZKTW', () => false, () => false)).toBeNull();
    expect(unsupportedSpeakerOrganisation('Tarn Harbour Guild', (w) => w === 'guild', () => false)).toBeNull();
    expect(unsupportedSpeakerOrganisation('Vantlings', () => false, () => false)).not.toBeNull();
    expect(names(actorsOf('Brellmoor said profits would rise. “It was a good year,” Brellmoor said.', [quoteBy('Brellmoor', 'organization')]), 'organization')).toContain('Brellmoor');
  });
});

describe('a row with people in it is no list of bodies', () => {
  it('a campus after a comma and a person after it are not listed organisations', () => {
    const text = 'After twenty years at the Quellby Institute of Science, Vantby, Dana Whitfield retired to the coast.';
    expect(names(actorsOf(text), 'organization')).not.toContain('Vantby');
  });

  it('three bodies in a comma row still make the unknown one a body', () => {
    const text = 'The grant went to the Quellby Institute of Science, Tarnvik Holdings, Brellport and nobody else.';
    expect(names(actorsOf(text), 'organization')).toContain('Brellport');
  });
});

describe('a country after "and" ends a body\'s name', () => {
  it('"the Quorvex Council and France" is a body and a country', () => {
    const orgs = names(actorsOf('The Quorvex Council and France signed the treaty on Monday.'), 'organization');
    expect(orgs).toContain('Quorvex Council');
    expect(orgs.some((o) => o.includes('France'))).toBe(false);
  });

  it('a body whose own name holds "and" stays whole', () => {
    expect(names(actorsOf('The Quorvex Department of Roads and Harbours said no.'), 'organization')).toContain('Quorvex Department of Roads and Harbours');
    expect(countryAfterAnd(['Harbours'], () => null)).toBeNull();
  });
});
