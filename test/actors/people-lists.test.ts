// Made-up sentences: people after an appositive role, East Asian three-word names, initials, and lists of names.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

const GERMAN_LEAD = 'Ein Bericht über das Rennen am Sonntag in der Stadt, bei dem viele Läufer aus der Region am Start waren und das Wetter gut war. ';

describe('people named after a role and a comma (made-up)', () => {
  it('takes "media mogul, X" and "the chairman, X" as people', () => {
    const people = names(actorsOf('The firm was founded by media mogul, Darwell Pinkerton, in 1990. Later the chairman, Osric Vantongeren, resigned.'), 'person');
    expect(people).toEqual(['Darwell Pinkerton', 'Osric Vantongeren']);
  });

  it('does not take a place after a comma as a person', () => {
    const people = names(actorsOf('He grew up in the valley, Green Falls, where he still lives.'), 'person');
    expect(people).toEqual([]);
  });
});

describe('East Asian names of three words (made-up)', () => {
  it('keeps all three words after a Korean surname', () => {
    const people = names(actorsOf('Jeong Hye Jin and Seo Min Ji won the race. Yoon Ha Eun finished third.'), 'person');
    expect(people).toEqual(['Jeong Hye Jin', 'Seo Min Ji', 'Yoon Ha Eun']);
  });

  it('keeps a last syllable that is also a connector word ("Moon Jae In")', () => {
    const people = names(actorsOf('The envoy met Moon Jae In on Friday. Voters in Seoul cheered.'), 'person');
    expect(people).toEqual(['Moon Jae In']);
  });
});

describe('initials and lists of names (made-up)', () => {
  it('takes "initial. Surname" as a person, also outside English', () => {
    const people = names(actorsOf(`${GERMAN_LEAD}Sieger wurde K. Hupfer vor M. Lindqvist.`), 'person');
    expect(people).toEqual(['K. Hupfer', 'M. Lindqvist']);
  });

  it('takes every name of a comma-separated row once one is a person', () => {
    const people = names(actorsOf(`${GERMAN_LEAD}Ergebnisse: Petra Hupfer, Jorvik Arnt, Tessaly Fisk.`), 'person');
    expect(people).toEqual(['Petra Hupfer', 'Jorvik Arnt', 'Tessaly Fisk']);
  });

  it('needs three names: a name and a place are not a list', () => {
    const people = names(actorsOf(`${GERMAN_LEAD}Petra Hupfer, Green Falls, gewann.`), 'person');
    expect(people).not.toContain('Green Falls');
  });

  it('takes a given name and a surname in capitals (results-table style), not a known abbreviation', () => {
    const actors = actorsOf('Results of the race on Sunday: 1. Klaus HUPFER 2:03 2. Maria LINDQVIST 2:05. The NASA team watched.');
    expect(names(actors, 'person')).toEqual(['Klaus HUPFER', 'Maria LINDQVIST']);
    expect(names(actors, 'organization')).toEqual(['NASA']);
  });
});

describe('a row of names with one sure person (made-up)', () => {
  it('takes every name of a row of three when one surname is used alone elsewhere', () => {
    const actors = actorsOf('The visitors pressed early, with Vosk Pellan, Brisk Ardo, and Quell Tamsin making attempts on goal. In the second half Pellan scored from a volley.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Vosk Pellan', 'Brisk Ardo', 'Quell Tamsin']));
  });

  it('does not take a row of names with no sure person', () => {
    const actors = actorsOf('The tour stops at Grand Vell, Brisk Ardo, and Quell Tamsin before the coast.');
    expect(names(actors, 'person')).toEqual([]);
  });
});
