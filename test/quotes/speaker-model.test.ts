// The learned speaker chooser (pipeline/extract/quotes/speaker-model/). All sentences and names here are made up.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { extractQuotes } from '../../pipeline/extract/quotes/extract-quotes.ts';
import { committedWeights, pickCandidate, scoreCandidate, scoreCompiledFor, withSpeakerChoices } from '../../pipeline/extract/quotes/speaker-model/chooser.ts';
import { candidateFeatures } from '../../pipeline/extract/quotes/speaker-model/candidates.ts';
import { describedNear, descriptionHead } from '../../pipeline/extract/quotes/speaker-model/described-near.ts';
import { formatWeights } from '../../pipeline/extract/quotes/speaker-model/command.ts';
import type { ChoiceExample } from '../../pipeline/extract/quotes/speaker-model/corpus.ts';
import { matchQuotes, sameSpeaker, tokenF1 } from '../../pipeline/extract/quotes/speaker-model/gold-match.ts';
import { choiceAccuracy, trainWeights } from '../../pipeline/extract/quotes/speaker-model/train.ts';

const WEIGHTS_FILE = new URL('../../pipeline/extract/quotes/speaker-model/weights.json', import.meta.url);
const EMPTY = { version: 1, weights: {} };

/** A mayor named with her title, an engineer named later and nearer: the rules take "the mayor promised" for the engineer. */
const MAYOR = [
  'Mayor Ann Ross toured the flooded district of Lowtown on Monday with the city engineer.',
  'Ross spoke to residents for an hour. The engineer, Tom Vale, stayed by the river.',
  '“We will rebuild every house on this street before winter,” the mayor promised, “and nobody will pay for it.”',
];

describe('the chooser', () => {
  it('uses the committed weights by default', () => {
    const file = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8'));
    expect(committedWeights()).toEqual(file);
    expect(Object.keys(file.weights).length).toBeGreaterThan(50);
    const body = bodyFromPlainText(MAYOR.join('\n\n'));
    expect(extractQuotes(body)).toEqual(withSpeakerChoices(committedWeights(), null, () => extractQuotes(body)));
  });

  it('replaces the rules’ answer when the weights say so, and records that the model chose', () => {
    const body = bodyFromPlainText(MAYOR.join('\n\n'));
    const rules = withSpeakerChoices(EMPTY, null, () => extractQuotes(body));
    expect(rules[0]).toMatchObject({ speaker: 'Tom Vale', speaker_reason: 'rules:attribution' });
    // Ann Ross is named twice, Tom Vale once: weights that favour the most mentioned pick her.
    const favoured = withSpeakerChoices({ version: 1, weights: { 'most-mentioned': 1 } }, null, () => extractQuotes(body));
    expect(favoured[0]).toMatchObject({ speaker: 'Ann Ross', speaker_type: 'person', speaker_reason: 'model' });
    const trusting = withSpeakerChoices({ version: 1, weights: { rule: 1 } }, null, () => extractQuotes(body));
    expect(trusting[0]).toMatchObject({ speaker: 'Tom Vale', speaker_reason: 'rules:attribution' });
  });

  it('with the committed weights, gives a speaker where the rules read none: the person named right after the quote', () => {
    const body = bodyFromPlainText([
      'Ann Ross toured the docks of Lowtown on Friday with Tom Vale.',
      'After the visit, Ross spoke to the dockers.',
      '“The cranes are a disgrace,” Ross saw fit to write later that week.',
    ].join('\n\n'));
    expect(withSpeakerChoices(EMPTY, null, () => extractQuotes(body))[0]).toMatchObject({ speaker: null, speaker_reason: 'rules:none' });
    expect(extractQuotes(body)[0]).toMatchObject({ speaker: 'Ann Ross', speaker_type: 'person', speaker_reason: 'model' });
  });

  it('keeps the rules’ answer for a plain attribution, a document and an unnamed source, and says which step gave it', () => {
    const { 0: named } = extractQuotes(bodyFromPlainText('“The bridge will open in May,” said Tom Vale, the city engineer.'));
    expect(named).toMatchObject({ speaker: 'Tom Vale', speaker_reason: 'rules:attribution' });
    const doc = extractQuotes(bodyFromPlainText('Ann Ross runs the council. The report said the bridge was “unsafe for heavy lorries”.'));
    expect(doc[0]).toMatchObject({ speaker: 'The report', speaker_type: 'document', speaker_reason: 'rules:document' });
    const unnamed = extractQuotes(bodyFromPlainText('Ann Ross runs the council. “Nobody told us anything,” two residents said.'));
    expect(unnamed[0]).toMatchObject({ speaker: null, speaker_description: 'two residents', speaker_reason: 'rules:unnamed-source' });
  });

  it('prefers the rules’ answer unless another candidate scores higher', () => {
    const rule = { features: ['a'], fromRule: true };
    const other = { features: ['b'], fromRule: false };
    expect(pickCandidate({ a: 1, b: 2 }, [rule, other])).toBe(other);
    expect(pickCandidate({ a: 2, b: 1 }, [rule, other])).toBe(rule);
    expect(pickCandidate({ a: 1, b: 1 }, [rule, other])).toBe(rule);
    expect(pickCandidate({ a: 1, b: 2 }, [rule, other], 1.5)).toBe(rule);
    expect(pickCandidate({}, [rule, other])).toBeNull();
    expect(pickCandidate({ a: 1 }, [])).toBeNull();
  });

  it('scores a candidate the same from its cues as from its feature list (the chooser does not build the strings)', () => {
    const w = committedWeights();
    const candidate = { speaker: 'Ann Ross', type: 'person' as const, fromRule: false, kind: 'he-she', base: ['type:person', 'sentences-back:1', 'subject', 'rank:2', 'gender:same'] };
    const features = candidateFeatures(candidate);
    expect(features).toContain('he-she|subject');
    expect(features).toContain('type:person&sentences-back:1');
    expect(scoreCompiledFor(w, candidate)).toBeCloseTo(scoreCandidate(w.weights, { features }), 10);
    expect(scoreCompiledFor(w, candidate)).not.toBe(0);
  });

  it('links a description only to someone the article describes with its head noun', () => {
    expect(descriptionHead('the new ambassador to Lowland')).toBe('ambassador');
    expect(describedNear('Lowland ambassador Ann Ross arrived.', 'ambassador', 'Ann Ross')).toBe(true);
    expect(describedNear('Ross, the ambassador, arrived.', 'ambassador', 'Ann Ross')).toBe(true);
    expect(describedNear('Ann Ross arrived. The ambassador left.', 'ambassador', 'Ann Ross')).toBe(false);
  });
});

describe('the candidates after a description', () => {
  /** Made-up: the description names no one the article calls an aide; a person, a body and a person further back are named before it. */
  const AIDE = [
    'Ann Ross stayed away from the meeting of the Lowtown Council on Tuesday.',
    'Lena Hart worked for the governor for a decade and wrote to the Lowtown Council last week. “The plan will never pass,” said the former aide to the governor.',
  ];

  it('keep a person named in the sentence before, with the cue that the article does not call her so; drop the body and the person further back', () => {
    const seen: Array<Array<{ speaker: string; base: string[] }>> = [];
    withSpeakerChoices(committedWeights(), (_s, c) => seen.push(c.map((x) => ({ speaker: x.speaker, base: x.base }))), () => extractQuotes(bodyFromPlainText(AIDE.join('\n\n'))));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.map((c) => c.speaker)).toEqual(['the former aide', 'Lena Hart']);
    expect(seen[0]![1]!.base).toContain('not-described-as');
  });
});

describe('the learner', () => {
  // Made-up examples: the right candidate always has "near", a wrong one "far"; the rule's answer (first) is right half the time.
  const examples: ChoiceExample[] = Array.from({ length: 40 }, (_, i) => ({
    article: `a${i % 4}`, ruleAnswered: true, extractedCorrect: i % 2 === 0, reason: 'rules:attribution', goldSpeaker: 'Ann Ross', extractedSpeaker: 'Ann Ross',
    candidates: i % 2 === 0
      ? [{ features: ['rule', 'near'], correct: true }, { features: ['far'], correct: false }]
      : [{ features: ['rule', 'far'], correct: false }, { features: ['near'], correct: true }],
  }));

  it('learns the cue that marks the right candidate', () => {
    const w = trainWeights(examples, { rounds: 100, learningRate: 0.5, l2: 0.001 });
    expect(w.weights.near!).toBeGreaterThan(0.5);
    expect(w.weights.far!).toBeLessThan(-0.5);
    expect(choiceAccuracy(examples, w)).toBe(1);
  });

  it('gives the same weights, byte for byte, every time', () => {
    const a = formatWeights(trainWeights(examples));
    const b = formatWeights(trainWeights([...examples]));
    expect(a).toBe(b);
    expect(JSON.parse(a).version).toBe(1);
  });
});

describe('the scorer’s matching rules', () => {
  it('matches quotes by token F1 and speakers by last name or overlapping body names', () => {
    expect(tokenF1('we will rebuild every house', 'We will rebuild every house!')).toBe(1);
    expect(matchQuotes(['we will rebuild every house', 'the harbour stays open'], ['The harbour stays open.', 'unrelated words here'])).toEqual([[1, 0]]);
    expect(sameSpeaker('Ann Ross', 'Mayor Ross', 'person')).toBe(true);
    expect(sameSpeaker('Ann Ross', 'Tom Vale', 'person')).toBe(false);
    expect(sameSpeaker('Lowland Water Board', 'the Water Board', 'organization')).toBe(true);
    expect(sameSpeaker('Lowland Water Board', 'LWB', 'organization')).toBe(true);
    expect(sameSpeaker('Ann Ross', null, 'person')).toBe(false);
  });
});
