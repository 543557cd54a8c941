// Junk and tails in the speaker field, descriptions and unnamed sources: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { cleanSpeaker, type ArticleNames } from '../../pipeline/extract/quotes/speaker-cleanup.ts';
import { find, quotesOf } from './helpers.ts';

const NONE: ArticleNames = {
  nameDescribedAs: () => null,
  fullest: (n) => (n === 'Ross' ? 'Ann Ross' : n),
  knownPerson: (n) => (n === 'Ann Ross' || n === 'Ross' ? 'Ann Ross' : null),
};

describe('speaker clean-up rules', () => {
  it('drops a place tail after a person', () => {
    expect(cleanSpeaker('Ann Ross of Cork', 'person', NONE)).toMatchObject({ speaker: 'Ann Ross', reason: 'place-tail' });
  });

  it('drops an affiliation after a person even when the phrase reads as a body, and expands a surname', () => {
    expect(cleanSpeaker('Ann Ross of the Lowland Institute', 'organization', NONE).speaker).toBe('Ann Ross');
    expect(cleanSpeaker('Ross of Cork', 'person', NONE).speaker).toBe('Ann Ross');
  });

  it('takes the person the article names out of a clause read as the speaker', () => {
    expect(cleanSpeaker('Harbour candidate Ann Ross is releasing a new radio ad', 'person', NONE).speaker).toBe('Ann Ross');
  });

  it('keeps "of" inside an organisation name', () => {
    expect(cleanSpeaker('Bank of Lowland', 'organization', NONE).speaker).toBe('Bank of Lowland');
  });

  it('drops a party tag and adverbs after a name', () => {
    expect(cleanSpeaker('Ann Ross (D-Ore', 'person', NONE).speaker).toBe('Ann Ross');
    expect(cleanSpeaker('Ross himself', 'person', NONE).speaker).toBe('Ross');
    expect(cleanSpeaker('Harbour officials strongly', 'organization', NONE).speaker).toBe('Harbour officials');
  });

  it('never keeps masked quote text as a speaker', () => {
    expect(cleanSpeaker('xxxxxxxxxxxxxxxxxxxx', 'person', NONE).speaker).toBeNull();
  });

  it('cuts a clause read after a name', () => {
    expect(cleanSpeaker('Ross did not seem impressed with the plan', 'person', NONE)).toMatchObject({ speaker: 'Ann Ross', reason: 'clause-after-name' });
  });

  it('splits a lower-case role from the name after it', () => {
    expect(cleanSpeaker('former harbour master Ann Ross', 'person', NONE)).toMatchObject({ speaker: 'Ann Ross', title: 'former harbour master' });
  });

  it('gives an unnamed source a null speaker and keeps its description', () => {
    expect(cleanSpeaker('a senior aide to the mayor', 'person', NONE)).toMatchObject({ speaker: null, description: 'a senior aide to the mayor', type: 'person' });
    expect(cleanSpeaker('analysts', 'unknown', NONE)).toMatchObject({ speaker: null, description: 'analysts' });
  });

  it('keeps a definite role the article names no one for, as written', () => {
    expect(cleanSpeaker('the Lowland ambassador to Norway', 'person', NONE).speaker).toBe('the Lowland ambassador to Norway');
  });

  it('never takes an adverbial or a clause opener for a speaker', () => {
    expect(cleanSpeaker('After his rally in Lowtown', 'person', NONE).speaker).toBeNull();
    expect(cleanSpeaker('More', 'unknown', NONE).speaker).toBeNull();
  });

  it('takes the person after a possessive affiliation', () => {
    expect(cleanSpeaker('Lowtown Times’ Ann Ross', 'person', NONE).speaker).toBe('Ann Ross');
  });

  it('drops lower-case words that are no name and no description', () => {
    expect(cleanSpeaker('for example', 'unknown', NONE).speaker).toBeNull();
  });
});

describe('speakers in whole articles', () => {
  it('resolves a definite description to the person the article names with it', () => {
    const { quotes } = quotesOf(
      'Pia Lund, the campaign communications director, joined the team in May.',
      'The campaign communications director said the numbers were “simply wrong.”',
    );
    const q = find(quotes, 'simply wrong');
    expect(q.speaker).toBe('Pia Lund');
    expect(q.speaker_title).toBe('The campaign communications director');
  });

  it('records an unnamed source with a null speaker and its description', () => {
    const { quotes } = quotesOf('“We were told nothing at all about the closure,” one interviewee said.');
    const q = find(quotes, 'told nothing');
    expect(q.speaker).toBeNull();
    expect(q.speaker_description).toBe('one interviewee');
  });
});
