// Made-up sentences: organisations from the words around them, platforms holding accounts, products as speakers.
import { describe, expect, it } from 'vitest';
import { actorsOf, names, quoteBy } from './helpers.ts';

describe('context cues (made-up)', () => {
  it('takes names after "published on" / "reached out to", and the name listed with them', () => {
    const actors = actorsOf('The figure came from posts published on Brindlewire and Cotterpage. We reached out to Brindlewire for comment.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Brindlewire', 'Cotterpage']));
  });

  it('takes a capitalised subject of an action verb ("sued", "hired")', () => {
    const actors = actorsOf('Last year Quorvex sued the city over the permit.');
    expect(names(actors, 'organization')).toEqual(['Quorvex']);
  });

  it('keeps a platform named as the holder of an account', () => {
    const actors = actorsOf('The club posted the photo from its Twitter account on Monday.');
    expect(names(actors, 'organization')).toEqual(['Twitter']);
  });

  it('does not make a product named as a quote speaker a person', () => {
    const actors = actorsOf('Players on the Zentro Ultra get a 30fps picture.', [quoteBy('Zentro Ultra')]);
    expect(names(actors, 'person')).toEqual([]);
  });
});

describe('lists and foreign heads (made-up)', () => {
  it('does not make a list of two names joined by a comma alone', () => {
    const actors = actorsOf('With Glimmerfold, Ostrava Studio builds a maze of light.');
    expect(names(actors, 'organization')).toEqual(['Ostrava Studio']);
  });

  it('takes a company whose head word comes first ("Groupe …", "Grupo …")', () => {
    const actors = actorsOf('Groupe Tavernel (France) produces films, and Grupo Salvat makes books.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Groupe Tavernel', 'Grupo Salvat']));
  });
});
