// Made-up sentences: organisation rules of session 9 (head words the name model does not read, airlines in a row).
// The airline names are real ones of the OpenFlights list (the rule reads that list), none taken from a corpus.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';
import { ORG_HEADS_OUTSIDE_MODEL } from '../../pipeline/extract/lexicon/org-heads-outside-model.ts';
import { ORG_HEADS } from '../../pipeline/extract/lexicon/english.ts';
import { airlinesInRows } from '../../pipeline/extract/actors/airline-rows.ts';
import { tokenize } from '../../pipeline/extract/actors/tokens.ts';

describe('head words the name model does not read', () => {
  it('a research lab, a conservatoire and a legion are organisations', () => {
    const text = 'Nadia Orsk works at the Quillmere Signal Lab. She trained at the Conservatoire de Vantelle, and her grandfather served in the Twelfth Legion.';
    expect(names(actorsOf(text), 'organization')).toEqual(expect.arrayContaining(['Quillmere Signal Lab', 'Conservatoire de Vantelle', 'Twelfth Legion']));
    expect(names(actorsOf(text), 'person')).not.toContain('Conservatoire de Vantelle');
  });

  it('a lone "lab" written as a common noun is nothing', () => {
    expect(names(actorsOf('The samples went back to the lab on Monday.'), 'organization')).toEqual([]);
  });

  it('the words stay out of the name model\'s feature list (a retraining would follow)', () => {
    for (const w of ORG_HEADS_OUTSIDE_MODEL) expect(ORG_HEADS.has(w)).toBe(false);
  });
});

describe('airlines named in a row (OpenFlights list)', () => {
  it('three or more airlines in one line are organisations, words and all', () => {
    const text = 'The old pier is a short walk from the terminal.\nGates 1-6: Vueling, Aegean (seasonal), Icelandair and Eastern.\nTaxis wait outside.';
    expect(names(actorsOf(text), 'organization')).toEqual(expect.arrayContaining(['Vueling', 'Aegean', 'Icelandair', 'Eastern']));
  });

  it('a run that only begins with an airline\'s name is something else', () => {
    const text = 'Nadia Orsk wrote about the Royal Navy, the Olympic Games, Eastern Europe and Icelandair Hotels.';
    const orgs = names(actorsOf(text), 'organization');
    for (const word of ['Royal', 'Olympic', 'Eastern', 'Icelandair']) expect(orgs).not.toContain(word);
  });

  it('a row of airline names that are all words or places says nothing', () => {
    const text = 'The chapel mixed Royal, Atlantic and Eastern styles.';
    expect(airlinesInRows(tokenize(text), text, () => false)).toEqual([]);
    const listed = 'The chapel mixed Royal, Vueling and Eastern styles.';
    expect(airlinesInRows(tokenize(listed), listed, () => false).map((p) => p.surface)).toEqual(['Royal', 'Vueling', 'Eastern']);
  });

  it('outside a row, an airline\'s whole listed name of two or more words is one', () => {
    const text = 'Air Niugini fly five days a week, from either Lae or Madang.';
    expect(names(actorsOf(text), 'organization')).toContain('Air Niugini');
    expect(names(actorsOf('The Hong Kong office and the West Coast team met.'), 'organization')).toEqual([]);
  });

  it('two airlines are no row', () => {
    const text = 'We walked past the Vueling desk and the Eastern kiosk.';
    expect(names(actorsOf(text), 'organization')).not.toContain('Eastern');
  });
});

describe('abbreviations in an affiliation line', () => {
  it('an abbreviation between an organisation and a country is a body', () => {
    const text = 'The paper is by Nadia Orsk, Quillmere Signal Lab, ZKTW, France.';
    expect(names(actorsOf(text), 'organization')).toEqual(expect.arrayContaining(['Quillmere Signal Lab', 'ZKTW']));
  });

  it('not when no place follows, nor when no organisation comes before', () => {
    expect(names(actorsOf('The paper is by Nadia Orsk, Quillmere Signal Lab, ZKTW, and more.'), 'organization')).not.toContain('ZKTW');
    expect(names(actorsOf('The valves were tested in cold water, ZKTW, France and Spain.'), 'organization')).not.toContain('ZKTW');
  });
});

describe('the owner of a programme is a broadcaster', () => {
  it('"<Name>\'s … series" after an unknown name makes it an organisation', () => {
    const text = 'In 2010 Dana Whitfield starred in Tarnvale One\'s fantasy-romance series. She also hosted ZKTV\'s horror reality series.';
    expect(names(actorsOf(text), 'organization')).toEqual(expect.arrayContaining(['Tarnvale One', 'ZKTV']));
  });

  it('a frequent surname or a person of the article keeps the programme', () => {
    expect(names(actorsOf('He starred in Pellerin\'s new drama series.'), 'organization')).toEqual([]);
    const text = 'Dana Whitfield wrote it. Whitfield\'s drama series ran for years.';
    expect(names(actorsOf(text), 'organization')).toEqual([]);
  });
});

describe('a title word inside a body\'s name', () => {
  it('"<Head> of|for General …" is one organisation, not a role before a person', () => {
    const text = 'In 1990 the Society for General Quellby Studies took in new fellows. The Institute of General Botany of Tarvonia agreed.';
    const actors = actorsOf(text);
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Society for General Quellby Studies', 'Institute of General Botany of Tarvonia']));
    expect(names(actors, 'person')).toEqual([]);
  });

  it('a title before a person after a body still splits', () => {
    const actors = actorsOf('Secretary General Ann Vell of the Harbour Council spoke on Monday.');
    expect(names(actors, 'person')).toContain('Ann Vell');
  });
});

describe('adjectives and gerunds in a list of organisations', () => {
  it('a common word with an adjective\'s or a gerund\'s ending is not made a body by the list', () => {
    const text = 'Seats went to the Harbour Workers Union, Quorvex, Tillmore Group, Engineering, Surveying and Agricultural.';
    const orgs = names(actorsOf(text), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Harbour Workers Union', 'Quorvex', 'Tillmore Group']));
    for (const word of ['Surveying', 'Agricultural']) expect(orgs).not.toContain(word);
  });
});

describe('a newspaper by its title word', () => {
  it('"the Times", "the Herald" alone after a lower-case "the" are newspapers', () => {
    expect(names(actorsOf('Dana Whitfield said the Times ran her letter on Tuesday.'), 'organization')).toEqual(['Times']);
    expect(names(actorsOf('This was a piece that the Herald only quoted once.'), 'organization')).toEqual(['Herald']);
  });

  it('not at a sentence start, nor words that are as often something else', () => {
    expect(names(actorsOf('The Tribune was hard to find in the village.'), 'organization')).toEqual([]);
    expect(names(actorsOf('We watched the Sun rise over the hills.'), 'organization')).toEqual([]);
  });
});
