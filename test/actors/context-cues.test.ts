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

describe('what a reporting verb after a word does not make an organisation (made-up)', () => {
  it('does not take a contracted pronoun, a noun after "his" or "a", or a name after "called"', () => {
    const actors = actorsOf("The only thing I'll say is this. As his CO continued the briefing, a Grammar introduced the idea. The town has a quarter called Velmora.");
    expect(names(actors, 'organization')).toEqual([]);
  });

  it('still takes a name before a reporting verb', () => {
    const actors = actorsOf('Yesterday Quorvex said the plant would close.');
    expect(names(actors, 'organization')).toEqual(['Quorvex']);
  });
});

describe('whole names of state bodies (made-up)', () => {
  it('stops an embassy\'s place at the end of its sentence', () => {
    const actors = actorsOf('Apply at the Chilean embassy in Lisbon. When the visa is ready, collect it.');
    expect(names(actors, 'organization')).toEqual(['Chilean embassy in Lisbon']);
  });
});
