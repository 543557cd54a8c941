/**
 * The learner: a conditional logit over each quote's candidates (the
 * probability of a candidate is the softmax of its score among the quote's
 * candidates), fitted by full-batch gradient descent on the log-likelihood
 * that the chosen candidate is one of the gold speaker's, with an L2
 * penalty. Deterministic: examples in file order, features in sorted order,
 * no randomness; weights rounded when written.
 */
import type { ChoiceExample } from './corpus.ts';
import { pickCandidate, type SpeakerWeights } from './chooser.ts';
import { L2_PENALTY, LEARNING_RATE, OVERRIDE_MARGIN, TRAIN_ROUNDS, WEIGHT_DECIMALS } from './thresholds.ts';

/** How training goes: rounds, step and penalty. */
export interface TrainSettings {
  rounds: number;
  learningRate: number;
  l2: number;
}

/** The settings in thresholds.ts. */
export const DEFAULT_SETTINGS: TrainSettings = { rounds: TRAIN_ROUNDS, learningRate: LEARNING_RATE, l2: L2_PENALTY };

interface Indexed {
  cands: number[][];
  correct: boolean[];
}

/** Fits weights on the examples that have a right candidate and a choice to make. */
export function trainWeights(examples: readonly ChoiceExample[], settings: TrainSettings = DEFAULT_SETTINGS): SpeakerWeights {
  const usable = examples.filter((e) => e.candidates.length > 1 && e.candidates.some((c) => c.correct));
  const names = [...new Set(usable.flatMap((e) => e.candidates.flatMap((c) => c.features)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const data: Indexed[] = usable.map((e) => ({ cands: e.candidates.map((c) => c.features.map((f) => index.get(f)!)), correct: e.candidates.map((c) => c.correct) }));
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  for (let round = 0; round < settings.rounds; round++) {
    grad.fill(0);
    for (const ex of data) {
      const scores = ex.cands.map((fs) => fs.reduce((s, f) => s + w[f]!, 0));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const z = exps.reduce((a, b) => a + b, 0);
      const zRight = exps.reduce((a, e, i) => a + (ex.correct[i] ? e : 0), 0);
      // d(-log P(right))/dw = Σ_i (p_i − q_i) f_i, q the distribution restricted to the right candidates.
      ex.cands.forEach((fs, i) => {
        const g = exps[i]! / z - (ex.correct[i] ? exps[i]! / zRight : 0);
        for (const f of fs) grad[f] = grad[f]! + g;
      });
    }
    for (let f = 0; f < w.length; f++) w[f] = w[f]! - settings.learningRate * (grad[f]! / Math.max(1, data.length) + settings.l2 * w[f]!);
  }
  const scale = 10 ** WEIGHT_DECIMALS;
  const weights: Record<string, number> = {};
  names.forEach((n, i) => {
    const v = Math.round(w[i]! * scale) / scale;
    if (v !== 0) weights[n] = v;
  });
  return { version: 1, weights };
}

/** Share of examples whose chosen candidate is right (as the chooser picks, from the candidates seen in extraction). */
export function choiceAccuracy(examples: readonly ChoiceExample[], weights: SpeakerWeights, margin = OVERRIDE_MARGIN): number {
  let right = 0;
  for (const e of examples) {
    const best = pickCandidate(weights.weights, e.candidates.map((c, i) => ({ ...c, fromRule: i === 0 && e.ruleAnswered })), margin);
    right += (best ? best.correct : e.extractedCorrect) ? 1 : 0;
  }
  return examples.length === 0 ? 0 : right / examples.length;
}
