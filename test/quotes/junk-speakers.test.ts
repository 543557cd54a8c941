// A speaker is a person or an organisation, or null: dates, places, party words and fragments are not. Every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { notAnActor } from '../../pipeline/extract/quotes/junk-speakers.ts';
import { cleanSpeaker, type ArticleNames } from '../../pipeline/extract/quotes/speaker-cleanup.ts';
import { fullestNames, nameMentions } from '../../pipeline/extract/quotes/names.ts';
import { find, quotesOf } from './helpers.ts';

const NAMES: ArticleNames = {
  nameDescribedAs: () => null,
  fullest: (n) => (n === 'Read' ? 'Ann Read' : n),
  knownPerson: () => null,
};

describe('junk speaker rules', () => {
  it('names why a date, a state, a region, a party word or a fragment is no speaker', () => {
    expect(notAnActor('Tuesday')).toBe('date-or-function-word');
    expect(notAnActor('However')).toBe('date-or-function-word');
    expect(notAnActor('Calif.')).toBe('place-not-speaker');
    expect(notAnActor('N.H.')).toBe('place-not-speaker');
    expect(notAnActor('New Hampshire')).toBe('place-not-speaker');
    expect(notAnActor('Western Europe')).toBe('place-not-speaker');
    expect(notAnActor('Republican')).toBe('party-or-nationality');
    expect(notAnActor('Irish-American Democrats')).toBe('party-or-nationality');
    expect(notAnActor('R')).toBe('fragment-not-name');
    expect(notAnActor('49')).toBe('fragment-not-name');
  });

  it('lets names, bodies and described unnamed sources through', () => {
    for (const s of ['Ann Ross', 'Aerolux Airlines', 'Lowland Republican Party', 'UN', 'Tom Vale Jr', 'a Lowland Democrat']) expect(notAnActor(s)).toBeNull();
  });

  it('makes such a speaker null in clean-up, with the reason', () => {
    expect(cleanSpeaker('Tuesday', 'person', NAMES)).toMatchObject({ speaker: null, reason: 'date-or-function-word' });
    expect(cleanSpeaker('Calif', 'organization', NAMES)).toMatchObject({ speaker: null, reason: 'place-not-speaker' });
    expect(cleanSpeaker('New Hampshire', 'person', NAMES)).toMatchObject({ speaker: null, reason: 'place-not-speaker' });
  });

  it('keeps a word that is the surname of someone the article names in full', () => {
    expect(notAnActor('Read')).not.toBeNull();
    expect(cleanSpeaker('Read', 'person', NAMES).speaker).toBe('Read');
  });
});

describe('party words before a name', () => {
  it('are not part of the name, so a lone party word stands for no one', () => {
    const full = fullestNames(nameMentions('Ohio Republican Ann Ross spoke on Friday. The Republican left early. Democrat Tom Vale stayed.'));
    expect(full.get('Ross')).toBe('Ann Ross');
    expect(full.get('Vale')).toBe('Tom Vale');
    expect(full.has('Republican')).toBe(false);
  });

  it('give the speaker without the party word', () => {
    expect(find(quotesOf('Republican Tom Vale opened the meeting in Lowtown.', '"The budget is a disgrace," Vale said.').quotes, 'disgrace').speaker).toBe('Tom Vale');
    expect(find(quotesOf('Ohio Democrat Tom Vale spoke on Friday.', '"We will not give up," he said.').quotes, 'give up').speaker).toBe('Tom Vale');
  });

  it('never leave the party word as the speaker', () => {
    const { quotes } = quotesOf('Ann Ross, a Republican, met voters in Ames on Tuesday.', '"Nobody wants this fight," the Republican said.');
    expect(find(quotes, 'fight').speaker).toBe('Ann Ross');
  });
});
