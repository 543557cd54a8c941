// Made-up sentences: titles, affiliations and countries of actors.
import { describe, expect, it } from 'vitest';
import { actor, actorsOf } from './helpers.ts';

describe('titles and affiliations', () => {
  it('reads a capitalised pre-modifier: organisation + role + name', () => {
    const actors = actorsOf('"We are ready," said Harbour Pilots Association President Dana Kettering.');
    const dana = actor(actors, 'Dana Kettering');
    expect(dana.titles).toEqual(['Harbour Pilots Association President']);
    expect(dana.affiliation).toBe(actor(actors, 'Harbour Pilots Association').key);
  });

  it('reads a registry organisation in a title', () => {
    const actors = actorsOf('UN Secretary General Ana Mendes said she was hopeful.');
    const mendes = actors.find((a) => a.type === 'person')!;
    expect(mendes.titles).toEqual(['UN Secretary General']);
    expect(mendes.affiliation).toBe('registry:un');
  });

  it('reads a lower-case pre-modifier', () => {
    const actors = actorsOf('EU foreign affairs chief Jan Verhoeven stated that the plan needed work.');
    const verhoeven = actors.find((a) => a.type === 'person')!;
    expect(verhoeven.titles).toEqual(['EU foreign affairs chief']);
    expect(verhoeven.affiliation).toBe('registry:eu');
  });

  it('reads an appositive after the name, with or without an article', () => {
    const withArticle = actorsOf('Liu Minghao, a spokesman for the Chinese mission at the UN, said the ruling was unfair.');
    const liu = actor(withArticle, 'Liu Minghao');
    expect(liu.titles).toEqual(['spokesman for the Chinese mission at the UN']);
    expect(liu.affiliation).toBe('registry:china-un-mission');
    const bare = actorsOf('"Now is the time," said Dana Kettering, Harbour Pilots Association President.');
    const dana = actor(bare, 'Dana Kettering');
    expect(dana.titles).toEqual(['Harbour Pilots Association President']);
    expect(dana.affiliation).toBe(actor(bare, 'Harbour Pilots Association').key);
  });

  it('takes the organisation after "at" in an appositive as an organisation', () => {
    const actors = actorsOf('Omar Castellan, a senior analyst at Griddle, said the claim was absurd.');
    expect(actor(actors, 'Omar Castellan').affiliation).toBe(actor(actors, 'Griddle').key);
  });

  it('does not give a title meant for the next name', () => {
    const actors = actorsOf('New Jersey Sen. Ted Hollis, Hawaii Rep. Tulsi Gabbard and others spoke.');
    expect(actor(actors, 'Ted Hollis').titles).toEqual(['New Jersey Sen.']);
    expect(actor(actors, 'Tulsi Gabbard').titles).toEqual(['Hawaii Rep.']);
  });
});

describe('country of an actor', () => {
  it('comes from a demonym in the title or the name', () => {
    const actors = actorsOf('Chinese foreign ministry spokesman Zhou Minghao said so. The Syrian government and the German embassy disagreed.');
    expect(actor(actors, 'Zhou Minghao').country).toBe('CN');
    expect(actor(actors, 'Syrian government').country).toBe('SY');
    expect(actor(actors, 'German embassy').country).toBe('DE');
  });

  it('comes from the registry', () => {
    const actors = actorsOf('Human Rights Watch and the World Uyghur Congress welcomed it.');
    expect(actor(actors, 'Human Rights Watch').country).toBe('US');
    expect(actor(actors, 'World Uyghur Congress').country).toBeNull();
  });
});

describe('more roles (made-up)', () => {
  it('keeps a modifier the sentence opened with in the title', () => {
    const actors = actorsOf('Former President Barack Obama spoke first.');
    expect(actor(actors, 'Barack Obama').titles).toEqual(['Former President']);
  });

  it('takes the leader named in "the X regime" as a person', () => {
    const actors = actorsOf('Moscow still backs the Karimov regime, officials said.');
    expect(actors.map((a) => [a.name, a.type])).toEqual([['Karimov', 'person']]);
  });
});

describe('employers in pre-modifiers (made-up)', () => {
  it('makes a name with no evidence of its own before a role the employer', () => {
    const actors = actorsOf('Brackwater Sachs economist Dana Kettering said markets had expected the move.');
    const dana = actor(actors, 'Dana Kettering');
    expect(dana.titles).toEqual(['Brackwater Sachs economist']);
    expect(actor(actors, 'Brackwater Sachs').type).toBe('organization');
    expect(dana.affiliation).toBe(actor(actors, 'Brackwater Sachs').key);
  });

  it('starts an organisation after "of" when no head word comes before it', () => {
    const actors = actorsOf('Shares of Tidebrook Holdings fell on Monday.');
    expect(actors.map((a) => a.name)).toEqual(['Tidebrook Holdings']);
  });
});
