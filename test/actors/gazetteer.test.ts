// Made-up sentences: organisations named with no cue word, from the gazetteer (teams, outlets, companies).
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('gazetteer organisations (made-up)', () => {
  it('takes team nicknames in a sports text', () => {
    const actors = actorsOf('Jets coach Dale Furrow said the playoffs are out of reach after the loss to the Dolphins at the stadium.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Jets', 'Dolphins']));
  });

  it('does not take a nickname or a club town outside a sports text', () => {
    const actors = actorsOf('The Giants of the tech world met in Liverpool to discuss the Heat of the summer.');
    expect(names(actors, 'organization')).toEqual([]);
  });

  it('does not take a club town after a place preposition even in a sports text', () => {
    const actors = actorsOf('The striker grew up in Liverpool before the league signed him as a squad player.');
    expect(names(actors, 'organization')).not.toContain('Liverpool');
  });

  it('takes outlets and unambiguous companies anywhere', () => {
    const actors = actorsOf('The debate was carried on MSNBC, and a business outlet such as Forbes never ran the claim about Nintendo.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['MSNBC', 'Forbes', 'Nintendo']));
  });

  it('takes an ambiguous company only when it acts or owns something', () => {
    const acting = actorsOf('Meanwhile Ford is rolling out a new electric truck.');
    expect(names(acting, 'organization')).toEqual(['Ford']);
    const quiet = actorsOf('The old road to Ford crossed the river.');
    expect(names(quiet, 'organization')).toEqual([]);
  });

  it('leaves common-word outlets to a cue ("told Time")', () => {
    expect(names(actorsOf('The mayor told Time that the plan would work.'), 'organization')).toEqual(['Time']);
    expect(names(actorsOf('Time will tell whether the plan works.'), 'organization')).toEqual([]);
  });

  it('does not take a closing agency credit', () => {
    const actors = actorsOf('Officials said the road would reopen on Monday. PTI');
    expect(names(actors, 'organization')).toEqual([]);
  });
});

describe('gazetteer names inside runs (made-up)', () => {
  it('splits two known companies joined by "and" and keeps "Johnson & Johnson" whole', () => {
    const actors = actorsOf('Rolls-Royce and BAE Systems announced job cuts, and Johnson & Johnson said sales rose.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Rolls-Royce', 'BAE Systems', 'Johnson & Johnson']));
  });
});
