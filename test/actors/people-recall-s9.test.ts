// Made-up sentences: people found in session 9 (issue 9) by pronouns that refer back to a lone name,
// descriptors and ruler titles before a name, regnal numbers, hyphenated given names and lists with parentheses.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';
import { pronounAfter, pronounAntecedent } from '../../pipeline/extract/actors/antecedents.ts';
import { descriptorBeforeName, personEvidence } from '../../pipeline/extract/actors/person-evidence.ts';
import { regnalNumber } from '../../pipeline/extract/actors/roles.ts';

const STORY = [
  'When Vaskerud was young, his aunt kept bees near the river.',
  'Years later Vaskerud sold the hives, and he never spoke of them again.',
  'The farm went quiet.',
].join('\n\n');

describe('a lone name the text calls "he" or "she" (made-up)', () => {
  it('reads what follows one mention: a personal pronoun, "it", or nothing when a given name comes first', () => {
    expect(pronounAfter('Vaskerud left early because he was tired.', 8, 'Vaskerud')).toBe('person');
    expect(pronounAfter('Quorvex grew fast, and it hired forty staff.', 7, 'Quorvex')).toBe('thing');
    expect(pronounAfter('Vaskerud met Linnea, and she laughed.', 8, 'Vaskerud')).toBeNull();
    expect(pronounAfter('Vaskerud left. The rain came. The roads closed. Then he wrote.', 8, 'Vaskerud')).toBeNull();
  });

  it('does not take the speaker of a quotation as the antecedent', () => {
    expect(pronounAfter('“Ask Vaskerud,” she said.', 12, 'Vaskerud')).toBeNull();
  });

  it('makes a word followed by a personal pronoun at two of its mentions a person', () => {
    expect(pronounAntecedent('Vaskerud', STORY)).toMatch(/^antecedent/);
    expect(names(actorsOf(STORY), 'person')).toContain('Vaskerud');
  });

  it('needs two such mentions, and is no person when "it" follows as often', () => {
    expect(pronounAntecedent('Vaskerud', 'When Vaskerud was young, his aunt kept bees.')).toBeNull();
    const company = 'Quorvex hired Tamsin Dale, and she moved. Quorvex grew and he stayed. Quorvex said it would expand. Quorvex and its staff left. Quorvex closed it.';
    expect(pronounAntecedent('Quorvex', company)).toBeNull();
  });

  it('leaves places, English words and words the text writes in lower case alone', () => {
    expect(pronounAntecedent('Lisbon', 'Lisbon was busy, he said. Lisbon was hot, he wrote.')).toBeNull();
    expect(pronounAntecedent('Harvest', 'Harvest came, and he rested. Harvest ended, and he slept.')).toBeNull();
    expect(pronounAntecedent('Vaskerud', `${STORY}\n\nThe vaskerud is a kind of boat.`)).toBeNull();
  });
});

describe('descriptors and ruler titles before a name (made-up)', () => {
  it('starts a name after a hyphenated descriptor', () => {
    expect(descriptorBeforeName(['Pro-reform', 'Dana', 'Whitfield'])).not.toBeNull();
    expect(descriptorBeforeName(['Pro-reform', 'Whitfield'])).toBeNull();
    expect(descriptorBeforeName(['Anna-lise', 'Dana', 'Whitfield'])).toBeNull();
    const actors = actorsOf('The vote was close. Pro-reform Tobias Wenlock of the Harbour Party lost his seat.');
    expect(names(actors, 'person')).toContain('Tobias Wenlock');
    expect(names(actors, 'person')).not.toContain('Pro-reform Tobias Wenlock');
  });

  it('takes a name after a ruler title, and leaves a regnal number out of it', () => {
    expect(regnalNumber(['Pope', 'Anselm', 'XV'], () => true)).toBe(true);
    expect(regnalNumber(['Pope', 'Anselm', 'XVZ'], () => true)).toBe(false);
    const actors = actorsOf('The chapel was built under Tsar Borivoj and blessed by Pope Anselm XV in the spring.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Borivoj', 'Anselm']));
  });
});

describe('given names joined by a hyphen, and lists with parentheses (made-up)', () => {
  it('counts two given names joined by a hyphen as a given name', () => {
    expect(personEvidence(['Anna-Marie', 'Quillsby'], 0, 19, 'Anna-Marie Quillsby wrote the memo.', true)).toMatch(/hyphen/);
    expect(personEvidence(['Harbour-Marie', 'Quillsby'], 0, 22, 'Harbour-Marie Quillsby wrote the memo.', true)).not.toMatch(/hyphen/);
  });

  it('reads a list of names whose items carry a parenthesis', () => {
    const text = 'The festival showed films by Dana Whitfield (Salt Roads), Orsk Vennel (The Tern) and Ilvo Castrane (Late Harbour).';
    expect(names(actorsOf(text), 'person')).toEqual(expect.arrayContaining(['Dana Whitfield', 'Orsk Vennel', 'Ilvo Castrane']));
  });
});
