// The name model (pipeline/extract/actors/name-model/): its trainer reproduces the committed weights,
// its features hold no name of the training text, and the recogniser uses it. Sentences are made up.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseActors } from '../../pipeline/extract/actors/extract-actors.ts';
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { tokenize } from '../../pipeline/extract/actors/tokens.ts';
import { propose } from '../../pipeline/extract/actors/proposal.ts';
import { AveragedPerceptron } from '../../pipeline/extract/actors/name-model/perceptron.ts';
import { documentFacts, lexiconTags, tokenFeatures, wordShape } from '../../pipeline/extract/actors/name-model/features.ts';
import { committedModel, modelOf, readNames, tagTokens } from '../../pipeline/extract/actors/name-model/tagger.ts';
import { MIN_PAGES, TRAINING_GENRES, projectLabels, readTrainingPages, trainWeights, weightsFile } from '../../pipeline/extract/actors/name-model/train.ts';
import { OVERRULE_MARGIN, overruleWeakPeople } from '../../pipeline/extract/actors/name-model/overrule.ts';
import { MODEL_NAME_MARGIN, nameModelEvidence } from '../../pipeline/extract/actors/person-evidence.ts';

const WEIGHTS = new URL('../../pipeline/extract/actors/name-model/weights.json', import.meta.url);
const GUM_TRAIN = new URL('../../../shared/corpora/gum/train/', import.meta.url).pathname;

describe('training', () => {
  it('retraining on GUM train gives the committed weights, byte for byte, from the licensed genres only', () => {
    const pages = readTrainingPages(GUM_TRAIN);
    expect(pages.length).toBeGreaterThan(50);
    for (const p of pages) expect(TRAINING_GENRES.some((g) => p.id.startsWith(`GUM_${g}_`))).toBe(true);
    expect(weightsFile(trainWeights(pages), pages)).toBe(readFileSync(WEIGHTS, 'utf8'));
  }, 120_000);

  it('projects the gold names onto the tokens: full names first, then a person’s first or last word used alone', () => {
    const text = 'Dana Whitfield joined the Marwick Harbour Council. Later Whitfield left, and Dana moved north.';
    const tokens = tokenize(text);
    const labels = projectLabels(tokens, ['Dana Whitfield'], ['Marwick Harbour Council']);
    const by = (word: string, n = 0): string | null => labels[tokens.map((t, i) => [t.text, i] as const).filter(([w]) => w === word)[n]![1]]!;
    expect([by('Dana'), by('Whitfield'), by('Marwick'), by('Council'), by('Whitfield', 1), by('Dana', 1), by('Later')]).toEqual(['PER', 'PER', 'ORG', 'ORG', 'PER', 'PER', 'O']);
    expect(by('joined')).toBeNull(); // lower-case words are not classified
  });

  it('the perceptron learns a separable toy problem, and the same examples give the same weights', () => {
    const examples: Array<[string[], number]> = [[['a', 'x'], 0], [['b', 'x'], 1], [['a', 'y'], 0], [['b', 'y'], 1]];
    const train = (): Record<string, number[]> => {
      const p = new AveragedPerceptron(2);
      for (let pass = 0; pass < 5; pass++) for (const [f, y] of examples) p.learn(f, y);
      return p.averaged();
    };
    const weights = train();
    expect(weights).toEqual(train());
    const model = modelOf(weights, ['O', 'PER']);
    const score = (f: string[]): number => f.reduce((s, x) => s + (model.weights.get(x)?.[1] ?? 0) - (model.weights.get(x)?.[0] ?? 0), 0);
    expect(score(['a', 'x'])).toBeLessThan(0);
    expect(score(['b', 'y'])).toBeGreaterThan(0);
  });
});

describe('features', () => {
  it('name a capitalised word by its spelling only when the lexicon holds it; otherwise by its shape', () => {
    const text = 'Yesterday Quorvath Ellindale met Professor Maria Santos near the Ministry.';
    const tokens = tokenize(text);
    const facts = documentFacts(tokens);
    const all = tokens.flatMap((t, i) => (t.capitalised ? tokenFeatures(tokens, i, facts) : []));
    expect(all.some((f) => /quorvath|ellindale|santos/.test(f))).toBe(false);
    expect(all).toContain('w=maria'); // a given name of the public lists
    expect(all).toContain('w=ministry'); // an organisation head word
    expect(lexiconTags('professor')).toContain('honorific');
    expect(wordShape('McAllister-Ng')).toBe('XxXx-Xx');
  });

  it('the committed weights keep only features seen in several pages, and no spelling outside the lexicon', () => {
    const file = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as { minPages: number; genres: string[]; weights: Record<string, number[]> };
    expect(file.minPages).toBe(MIN_PAGES);
    expect(file.genres).toEqual(TRAINING_GENRES);
    for (const feature of Object.keys(file.weights)) {
      const spelled = /^(?:w|lex:\w+\|run)=(.*)$/.exec(feature)?.[1];
      if (spelled !== undefined && feature.startsWith('w=')) expect(lexiconTags(spelled), feature).not.toEqual([]);
    }
  });
});

describe('the recogniser uses the model', () => {
  it('tags capitalised tokens with the committed weights', () => {
    const text = 'The crowd cheered as Oskari Vaarenmaa stopped 31 shots.';
    const tokens = tokenize(text);
    const verdicts = tagTokens(tokens);
    expect(verdicts.filter((v) => v !== null)).toHaveLength(tokens.filter((t) => t.capitalised).length);
    readNames(tokens);
    expect(tokens.find((t) => t.text === 'Oskari')?.nameModel).toEqual(verdicts[tokens.findIndex((t) => t.text === 'Oskari')]);
    expect(committedModel().weights.size).toBeGreaterThan(1000);
  });

  it('a capitalised pair no list holds, with no other evidence, is a person when every word reads as a name', () => {
    const text = 'The crowd cheered as Oskari Vaarenmaa stopped 31 shots in the final period. It was the best night that Oskari Vaarenmaa has had since the move north, and the club will hope for more.';
    const clusters = recogniseActors(bodyFromPlainText(text), [], 'en');
    const person = clusters.find((c) => c.members.some((m) => m.surface === 'Oskari Vaarenmaa'));
    expect(person?.type).toBe('person');
    expect(person?.members.map((m) => m.reason)).toContainEqual(expect.stringMatching(/^person shape \+ name-model: every word reads as a person's name \(least margin \d/));
  });

  it('not after a preposition of place ("on Harbour Hill")', () => {
    for (const [text, found] of [['The march ended with Tallow Brennick after dark.', true], ['The march ended on Tallow Brennick after dark.', false]] as const) {
      const tokens = tokenize(text);
      for (const t of tokens) if (t.capitalised) t.nameModel = { label: 'PER', personMargin: MODEL_NAME_MARGIN + 1 };
      const name = tokens.filter((t) => t.text === 'Tallow' || t.text === 'Brennick');
      expect(nameModelEvidence(name, MODEL_NAME_MARGIN, text) !== null, text).toBe(found);
    }
  });
});

describe('overruling weak rules', () => {
  const text = 'Cook the Amber Kettle slowly. Later Ines Marlow said the Amber Kettle was ready.';
  const tokens = tokenize(text);
  const at = (word: string): number => text.indexOf(word);
  const read = (word: string, margin: number): void => {
    for (const t of tokens) if (t.text === word) t.nameModel = { label: margin > 0 ? 'PER' : 'O', personMargin: margin };
  };
  const kettle = (): ReturnType<typeof propose> => propose('person', 'Amber Kettle', at('Amber'), null, "person shape + given name 'Amber'");
  const ines = (): ReturnType<typeof propose> => propose('person', 'Ines Marlow', at('Ines'), null, "person shape + reporting verb 'said' after it");

  it('drops a person of a weak rule when every word written like its last word reads far from a name', () => {
    read('Kettle', OVERRULE_MARGIN - 5);
    read('Marlow', OVERRULE_MARGIN - 5);
    const kept = overruleWeakPeople([kettle(), ines()], tokens);
    expect(kept.map((p) => p.surface)).toEqual(['Ines Marlow']); // a reporting verb is never overruled
  });

  it('keeps it when one writing of the last word reads better', () => {
    read('Kettle', OVERRULE_MARGIN - 5);
    tokens.filter((t) => t.text === 'Kettle')[1]!.nameModel = { label: 'O', personMargin: OVERRULE_MARGIN + 1 };
    expect(overruleWeakPeople([kettle()], tokens)).toHaveLength(1);
  });

  it('a title before a full name is not weak; before a single word it is', () => {
    read('Kettle', OVERRULE_MARGIN - 5);
    read('Marlow', OVERRULE_MARGIN - 5);
    const full = propose('person', 'Ines Marlow', at('Ines'), null, 'title: a role phrase before the name');
    const single = propose('person', 'Marlow', at('Marlow'), null, 'title: a role phrase before the name');
    expect(overruleWeakPeople([full], tokens)).toHaveLength(1);
    expect(overruleWeakPeople([single], tokens)).toHaveLength(0);
  });
});
