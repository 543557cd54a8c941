/**
 * The name model at work: tags every capitalised token of an article as part
 * of a person's name, of an organisation's name, or neither, with the
 * committed weights (weights.json, written by `make train-names`; see
 * README.md). The recogniser reads the verdicts as one more piece of
 * evidence (classify.ts), with the reason "name-model …".
 */
import type { Token } from '../tokens.ts';
import data from './weights.json' with { type: 'json' };
import { addLabelScores, argmax, scoreLabels } from './perceptron.ts';
import { LABELS, type Label, type OwnFeatures, contextFeatures, documentFacts, ownFeatures } from './features.ts';

/** The model's verdict on one capitalised token. */
export interface NameVerdict {
  label: Label;
  /** Score of "person" minus the best other label's score (positive: the model reads a person's name). */
  personMargin: number;
}

/** The committed model, as trained. */
export interface NameModel {
  labels: readonly string[];
  weights: ReadonlyMap<string, readonly number[]>;
}

/** Builds a model from a weight table (the committed one, or a freshly trained one in tests). */
export function modelOf(table: Record<string, number[]>, labels: readonly string[] = LABELS): NameModel {
  return { labels, weights: new Map(Object.entries(table)) };
}

let committed: NameModel | null = null;
/** The committed model, read once per process (one Map built from the bundled JSON). */
export function committedModel(): NameModel {
  committed ??= modelOf(data.weights as Record<string, number[]>, data.labels);
  return committed;
}

const PER = LABELS.indexOf('PER');

/** Each model's scores of the spellings' own features (bounded, cleared when full, so memory stays flat). */
const OWN_SCORES = new WeakMap<NameModel, Map<OwnFeatures, readonly number[]>>();
const OWN_SCORES_LIMIT = 50_000;

function ownScores(model: NameModel, own: OwnFeatures): readonly number[] {
  let cache = OWN_SCORES.get(model);
  if (!cache) OWN_SCORES.set(model, (cache = new Map()));
  let scores = cache.get(own);
  if (!scores) {
    if (cache.size >= OWN_SCORES_LIMIT) cache.clear();
    scores = scoreLabels(model.weights, own.features, model.labels.length);
    cache.set(own, scores);
  }
  return scores;
}

/** Tags the capitalised tokens of a text; other tokens get null. */
export function tagTokens(tokens: Token[], model: NameModel = committedModel()): Array<NameVerdict | null> {
  const facts = documentFacts(tokens);
  const out: Array<NameVerdict | null> = new Array(tokens.length).fill(null);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalised) continue;
    const own = ownFeatures(tokens[i]!.text);
    // The scores of tokenFeatures, summed in its order: the spelling's share once per spelling, then the context's.
    const scores = addLabelScores(model.weights, contextFeatures(tokens, i, facts, own), [...ownScores(model, own)]);
    let other = -Infinity;
    for (let k = 0; k < scores.length; k++) if (k !== PER && scores[k]! > other) other = scores[k]!;
    out[i] = { label: LABELS[argmax(scores)]!, personMargin: scores[PER]! - other };
  }
  return out;
}

/** Sets the committed model's verdict on every capitalised token (read by the rules of classify.ts as one more piece of evidence). */
export function readNames(tokens: Token[]): void {
  tagTokens(tokens).forEach((v, i) => {
    if (v) tokens[i]!.nameModel = v;
  });
}
