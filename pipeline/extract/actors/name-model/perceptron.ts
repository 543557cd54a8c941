/**
 * An averaged perceptron (Collins 2002; the form of Honnibal's "A good
 * part-of-speech tagger in about 200 lines of Python", 2013): one weight per
 * feature and label, updated on each mistake, and averaged over every step
 * so that late updates do not dominate. Deterministic: the examples come in
 * a fixed order, ties go to the first label, and the weights are rounded
 * before they are written.
 */

/** Weights as written to JSON: feature → one weight per label. */
export type WeightTable = Record<string, number[]>;

/** Decimals kept in the written weights (enough to keep every decision; fewer bytes and no platform noise). */
const DECIMALS = 3;
/** A weight whose rounded value is zero for every label is left out. */
const ROUND = 10 ** DECIMALS;

/** Scores of each label for a list of features, from a weight table. */
export function scoreLabels(weights: ReadonlyMap<string, readonly number[]>, features: readonly string[], labels: number): number[] {
  return addLabelScores(weights, features, new Array<number>(labels).fill(0));
}

/**
 * Adds the weights of more features to `scores`, in order, and returns it:
 * scoring a list in two parts this way gives the very sums (bit for bit) of
 * {@link scoreLabels} on the whole list.
 */
export function addLabelScores(weights: ReadonlyMap<string, readonly number[]>, features: readonly string[], scores: number[]): number[] {
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
  }
  return scores;
}

/** The index of the highest score (the first on a tie). */
export function argmax(scores: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  return best;
}

/** A perceptron being trained. */
export class AveragedPerceptron {
  private readonly weights = new Map<string, number[]>();
  private readonly totals = new Map<string, number[]>();
  private readonly stamps = new Map<string, number[]>();
  private step = 0;

  constructor(private readonly labels: number) {}

  /** Current (not averaged) scores of each label. */
  scores(features: readonly string[]): number[] {
    return scoreLabels(this.weights, features, this.labels);
  }

  /** One example: predicts, and on a mistake moves weight from the guess to the truth. Returns the guess. */
  learn(features: readonly string[], truth: number): number {
    this.step++;
    const guess = argmax(this.scores(features));
    if (guess !== truth) {
      for (const f of features) {
        this.update(f, truth, 1);
        this.update(f, guess, -1);
      }
    }
    return guess;
  }

  private update(feature: string, label: number, delta: number): void {
    let w = this.weights.get(feature);
    if (!w) {
      w = new Array<number>(this.labels).fill(0);
      this.weights.set(feature, w);
      this.totals.set(feature, new Array<number>(this.labels).fill(0));
      this.stamps.set(feature, new Array<number>(this.labels).fill(0));
    }
    const totals = this.totals.get(feature)!;
    const stamps = this.stamps.get(feature)!;
    totals[label]! += (this.step - stamps[label]!) * w[label]!;
    stamps[label] = this.step;
    w[label]! += delta;
  }

  /** The averaged weights, rounded, in sorted feature order (the same bytes for the same training). */
  averaged(): WeightTable {
    const out: WeightTable = {};
    for (const feature of [...this.weights.keys()].sort()) {
      const w = this.weights.get(feature)!;
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      const avg = w.map((v, k) => Math.round(((totals[k]! + (this.step - stamps[k]!) * v) / this.step) * ROUND) / ROUND + 0);
      if (avg.some((v) => v !== 0)) out[feature] = avg;
    }
    return out;
  }
}
