/**
 * The learned speaker chooser: scores each candidate of a quote (the sum of
 * the weights of its features, weights.json) and keeps the best. The rule
 * cascade stays the fallback: with no candidate, or no weights, its answer
 * stands, and another candidate replaces it only when it scores higher by a
 * margin; unnamed sources keep their null speaker and description, and
 * documents ("the report said") stay the speaker.
 */
import type { SpeakerType } from '../../types.ts';
import type { CleanSpeaker } from '../speaker-cleanup.ts';
import type { SpeakerResolver } from '../speaker-resolution.ts';
import { speakerCandidates, type QuoteSituation, type SpeakerCandidate } from './candidates.ts';
import model from './weights.json' with { type: 'json' };
import { OVERRIDE_MARGIN } from './thresholds.ts';

/** The weights of a trained model: feature name → weight. */
export interface SpeakerWeights {
  version: number;
  weights: Record<string, number>;
}

/** The speaker a quote ends with, and the step that chose it. */
export interface ChosenSpeaker {
  speaker: string | null;
  type: SpeakerType;
  title: string | null;
  description: string | null;
  /** "rules:<step>" when the rule cascade's answer stands, "model" when the model chose another candidate. */
  reason: string;
}

/** Sees every quote's candidates, once per quote in reading order, blocks excepted (training reads them through this). */
export type ChoiceObserver = (situation: QuoteSituation, candidates: readonly SpeakerCandidate[]) => void;

let observer: ChoiceObserver | null = null;
let active: SpeakerWeights = model as SpeakerWeights;

/**
 * Runs `fn` with an observer of every quote's candidates and with the given
 * weights (the empty model keeps every rule answer), then restores the
 * defaults. Synchronous, so no other extraction sees the change.
 */
export function withSpeakerChoices<T>(weights: SpeakerWeights, seen: ChoiceObserver | null, fn: () => T): T {
  const saved = { observer, active };
  observer = seen;
  active = weights;
  try {
    return fn();
  } finally {
    observer = saved.observer;
    active = saved.active;
  }
}

/** The weights the chooser uses by default (the committed weights.json). */
export function committedWeights(): SpeakerWeights {
  return model as SpeakerWeights;
}

/** A candidate's score under the weights. */
export function scoreCandidate(weights: Readonly<Record<string, number>>, c: { features: readonly string[] }): number {
  let sum = 0;
  for (const f of c.features) sum += weights[f] ?? 0;
  return sum;
}

/**
 * The speaker of one quote: the rule cascade's answer (`clean`) or, when the
 * model scores another candidate higher, that candidate.
 */
export function chooseSpeaker(resolver: SpeakerResolver, situation: QuoteSituation, clean: CleanSpeaker): ChosenSpeaker {
  const ruleAnswer: ChosenSpeaker = { speaker: clean.speaker, type: clean.type, title: clean.title, description: clean.description, reason: `rules:${situation.rule.via}` };
  // An unnamed source ("two aides said") keeps its null speaker: the article does not name it.
  if (clean.speaker === null && clean.description !== null) {
    observer?.(situation, []);
    return { ...ruleAnswer, reason: 'rules:unnamed-source' };
  }
  // A document ("the report said") speaks for itself: the page says so, and the rules read it.
  if (clean.type === 'document' && clean.speaker !== null) {
    observer?.(situation, []);
    return { ...ruleAnswer, reason: 'rules:document' };
  }
  const candidates = speakerCandidates(resolver, situation);
  observer?.(situation, candidates);
  const best = pickCandidate(active.weights, candidates);
  if (!best || best.fromRule) return ruleAnswer;
  return { speaker: best.speaker, type: best.type, title: null, description: null, reason: 'model' };
}

/**
 * The candidate the model prefers: the rule's answer unless another scores
 * higher by more than OVERRIDE_MARGIN (when the rules gave no speaker, the
 * best); null when there is none or the weights are empty.
 */
export function pickCandidate<C extends { features: readonly string[]; fromRule: boolean }>(weights: Readonly<Record<string, number>>, candidates: readonly C[], margin = OVERRIDE_MARGIN): C | null {
  if (candidates.length === 0 || Object.keys(weights).length === 0) return null;
  const rule = candidates.find((c) => c.fromRule);
  let best: C | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = scoreCandidate(weights, c);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (rule && best !== rule && bestScore - scoreCandidate(weights, rule) <= margin) return rule;
  return best;
}
