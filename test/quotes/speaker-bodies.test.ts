// Bodies and bare names as candidate speakers, masked quotes as subjects, pronoun genders and places
// (speaker-bodies.ts, speaker-pronouns.ts, names.ts, attribution.ts). All sentences and names here are made up.
import { describe, expect, it } from 'vitest';
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { extractQuotes } from '../../pipeline/extract/quotes/extract-quotes.ts';
import { bodyMentions, modifiesPeopleNoun, organizationNames } from '../../pipeline/extract/quotes/speaker-bodies.ts';
import { inferGenders, nameMentions, fullestNames } from '../../pipeline/extract/quotes/names.ts';
import { readSpeaker } from '../../pipeline/extract/quotes/speaker-phrase.ts';
import { SpeakerResolver } from '../../pipeline/extract/quotes/speaker-resolution.ts';
import { withSpeakerChoices, committedWeights } from '../../pipeline/extract/quotes/speaker-model/chooser.ts';
import type { SpeakerCandidate } from '../../pipeline/extract/quotes/speaker-model/candidates.ts';
import { find, quotesOf } from './helpers.ts';

describe('body mentions', () => {
  const text = 'Talvo reported the spill first. The Lowtown Courier said the LNRA had known for weeks, and the Ministry of Rivers agreed. Senator Okafor met Ann Ross.';
  const found = bodyMentions(text, () => false);
  const byName = new Map(found.map((b) => [b.name, b]));

  it('finds one-word names, names after "the", acronyms and runs with an organisation word, each with its shape', () => {
    expect(byName.get('Talvo')).toMatchObject({ shape: 'one-word', subject: true, sentenceStart: true, the: false });
    expect(byName.get('Lowtown Courier')).toMatchObject({ the: true, subject: true });
    expect(byName.get('LNRA')).toMatchObject({ shape: 'acronym' });
    expect(byName.get('Ministry of Rivers')).toMatchObject({ shape: 'org-word' });
    expect(text.slice(byName.get('Lowtown Courier')!.start, byName.get('Lowtown Courier')!.end)).toBe('Lowtown Courier');
  });

  it('leaves titled names and runs the person finder took to it', () => {
    expect([...byName.keys()].some((n) => n.includes('Okafor'))).toBe(false);
    const people = bodyMentions(text, (start) => text.startsWith('Ann Ross', start));
    expect(people.some((b) => b.name === 'Ann Ross')).toBe(false);
  });

  it('strips a possessive apostrophe after a final s without cutting the name ("Halders’ aides")', () => {
    const names = bodyMentions('Halders’ aides left early. The Rangers’ coach stayed.', () => false).map((b) => b.name);
    expect(names).toContain('Halders');
    expect(names).toContain('Rangers');
    expect(names).not.toContain('Halder');
  });

  it('keeps the organisation names with a connector the resolver reads for "the agency said"', () => {
    expect(organizationNames('She wrote to the Nurses for Open Borders yesterday.')).toEqual([{ name: 'Nurses for Open Borders', start: 17 }]);
  });
});

describe('a body or a bare name among the chooser’s candidates', () => {
  it('offers a body named before the quote, with its shape, to the chooser', () => {
    const body = bodyFromPlainText('The Courier broke the news of the closure on Monday. “The plant shuts on Friday,” it said.');
    const seen: SpeakerCandidate[][] = [];
    withSpeakerChoices(committedWeights(), (_s, c) => { seen.push([...c]); }, () => extractQuotes(body));
    const courier = seen[0]!.find((c) => c.speaker === 'Courier');
    expect(courier).toBeDefined();
    expect(courier!.type).toBe('organization');
    expect(courier!.base).toEqual(expect.arrayContaining(['body-the', 'subject', 'type:organization']));
  });

  it('lets weights that favour a bare surname pick it over a person named in full', () => {
    const body = bodyFromPlainText('Talvo opened the hearing on the dam with Ann Ross beside him. “We will not wait another year,” he said.');
    const pick = withSpeakerChoices({ version: 1, weights: { 'body:one-word': 5 } }, null, () => extractQuotes(body));
    expect(pick[0]).toMatchObject({ speaker: 'Talvo', speaker_reason: 'model' });
  });
});

describe('another quote is never a speaker', () => {
  it('reads the speaker after the verb when the words before it are a quote', () => {
    const { quotes } = quotesOf('“Let them decide,” said Mayor Ann Ross, urging the council to “take its time.”');
    expect(find(quotes, 'take its time').speaker).toBe('Ann Ross');
  });

  it('reads no speaker from masked quote words', () => {
    expect(readSpeaker('“xxxxxxxxxxxx,”')).toBeNull();
    expect(readSpeaker("''xxxxxxxx'''")).toBeNull();
  });
});

describe('genders and places of names', () => {
  it('takes a pronoun for the person named last before it, not for an earlier one', () => {
    const text = 'Tom Vale met Ann Ross at the station, and she thanked him for coming. Tom Vale said he was glad.';
    const mentions = nameMentions(text);
    const genders = inferGenders(text, mentions, fullestNames(mentions));
    expect(genders.get('Ann Ross')).toBe('f');
    expect(genders.get('Tom Vale')).toBe('m');
  });

  it('never reads a state or a country of two words as a person', () => {
    expect(nameMentions('North Dakota voted early. New Zealand sent aid.').map((m) => m.name)).toEqual([]);
  });
});

describe('pronoun resolution (speaker-pronouns.ts through the resolver)', () => {
  it('gives "she" the woman named before, past a man named nearer', () => {
    const text = 'Ann Ross spoke first at the hearing, and she was brief. Tom Vale listened, and he nodded. She said the dam was safe.';
    const resolver = new SpeakerResolver(text, text, [0]);
    const at = text.indexOf('She said');
    const place = { offset: at, sentenceStart: at, paragraph: 0, sentence: text.slice(at) };
    expect(resolver.resolve({ text: 'She', type: 'person', pronoun: true }, place)).toEqual({ speaker: 'Ann Ross', type: 'person' });
    expect(resolver.salientBefore(at, 0)).toEqual({ speaker: 'Tom Vale', type: 'person' });
  });
});

describe('a body that modifies a description of its people (made-up)', () => {
  it('is no candidate of its own: "Council officials" or "the Ministry spokesman" speaks, not the body word', () => {
    expect(modifiesPeopleNoun('Council officials said', 'Council'.length)).toBe(true);
    expect(modifiesPeopleNoun('the Ministry spokesman said', 'the Ministry'.length)).toBe(true);
    expect(modifiesPeopleNoun('Council said', 'Council'.length)).toBe(false);
    expect(modifiesPeopleNoun('Council budgets rose', 'Council'.length)).toBe(false);
  });
});
