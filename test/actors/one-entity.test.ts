// Made-up sentences: one actor per entity, whole names, and names no list holds.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('one actor per entity, whole names (made-up)', () => {
  it('merges a one-word name into the name that adds only head words ("Aerolux" and "Aerolux Airlines")', () => {
    const actors = actorsOf('Aerolux Airlines cut fares on Monday. Aerolux said demand was weak, and Aerolux shares fell.');
    expect(actors.map((a) => [a.name, a.aliases])).toEqual([['Aerolux Airlines', ['Aerolux']]]);
  });

  it('merges a head word used alone ("the Society") into the organisation it heads', () => {
    const actors = actorsOf('Mara Quell joined the Coastal Society of Harbourton in 1990. Ten years later she was expelled, and the Society said she had broken its rules.');
    expect(names(actors, 'organization')).toEqual(['Coastal Society of Harbourton']);
    expect(actors.find((a) => a.type === 'organization')!.aliases).toContain('Society');
  });

  it('merges a surname into the full name', () => {
    expect(actorsOf('Chen Wenhua, a lawyer, said the case was weak. Chen added that he would appeal.').map((a) => a.name)).toEqual(['Chen Wenhua']);
  });

  it('keeps "on <subject>" inside an organisation name, not "on <weekday>"', () => {
    expect(names(actorsOf('Researchers at the National Institute on Coastal Research said the dunes were eroding.'), 'organization')).toEqual(['National Institute on Coastal Research']);
    expect(names(actorsOf('The Harwick Water Authority on Monday said the dam was safe.'), 'organization')).toEqual(['Harwick Water Authority']);
  });

  it('glues no title or possessive to a name', () => {
    expect(names(actorsOf("She praised the actor's Captain Jane Doe in the new role."), 'person')).toEqual(['Jane Doe']);
  });

  it('takes a pair whose surname opens a later sentence as its subject as a person ("Aksel Vanttinen … Vanttinen was")', () => {
    const actors = actorsOf('Aksel Vanttinen stopped 31 shots in the win. Vanttinen was named player of the game.');
    expect(actors.map((a) => [a.name, a.type])).toEqual([['Aksel Vanttinen', 'person']]);
  });
});

describe('Hong Kong and Korean names (made-up)', () => {
  it('takes a name with a hyphenated given name as a person, also before "of <body>"', () => {
    const text = "Other candidates elected were the camp's Tang Wai-lun of Harbour Voice, and Kwan Ho-yin of the Civic Bloc. Later Lo Mei-kuen spoke.";
    expect(names(actorsOf(text), 'person')).toEqual(['Tang Wai-lun', 'Kwan Ho-yin', 'Lo Mei-kuen']);
  });
});
