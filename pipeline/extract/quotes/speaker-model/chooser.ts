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
import { coreCues, speakerCandidates, type QuoteSituation, type SpeakerCandidate } from './candidates.ts';
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
  // Whether the weights are empty is read from their compiled form, made once: Object.keys listed thousands of keys on every quote.
  const compiled = compiledOf(active);
  if (compiled.empty) return ruleAnswer;
  const best = pickBest(candidates, (c) => scoreCompiled(compiled, c));
  if (!best || best.fromRule) return ruleAnswer;
  return { speaker: best.speaker, type: best.type, title: null, description: null, reason: 'model' };
}

/**
 * The candidate the scores prefer: the rule's answer unless another scores
 * higher by more than `margin` (when the rules gave no speaker, the best);
 * null when there is none.
 */
export function pickBest<C extends { fromRule: boolean }>(candidates: readonly C[], score: (c: C) => number, margin = OVERRIDE_MARGIN): C | null {
  let best: C | null = null;
  let bestScore = -Infinity;
  let ruleScore: number | null = null;
  for (const c of candidates) {
    const s = score(c);
    if (c.fromRule) ruleScore = s;
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  if (ruleScore !== null && best && !best.fromRule && bestScore - ruleScore <= margin) return candidates.find((c) => c.fromRule)!;
  return best;
}

/** pickBest over candidates given as feature lists (training's view); null with no candidate or empty weights. */
export function pickCandidate<C extends { features: readonly string[]; fromRule: boolean }>(weights: Readonly<Record<string, number>>, candidates: readonly C[], margin = OVERRIDE_MARGIN): C | null {
  if (Object.keys(weights).length === 0) return null;
  return pickBest(candidates, (c) => scoreCandidate(weights, c), margin);
}

/** Weights split by shape, so that a candidate is scored without building its feature strings. */
interface CompiledWeights {
  /** No feature has a weight (the empty model keeps every rule answer). */
  empty: boolean;
  plain: Map<string, number>;
  byKind: Map<string, Map<string, number>>;
  pairs: Map<string, Map<string, number>>;
}

const compiledCache = new WeakMap<SpeakerWeights, CompiledWeights>();

function compiledOf(w: SpeakerWeights): CompiledWeights {
  let c = compiledCache.get(w);
  if (c) return c;
  c = { empty: Object.keys(w.weights).length === 0, plain: new Map(), byKind: new Map(), pairs: new Map() };
  const nested = (m: Map<string, Map<string, number>>, a: string): Map<string, number> => {
    let inner = m.get(a);
    if (!inner) m.set(a, (inner = new Map()));
    return inner;
  };
  for (const [key, value] of Object.entries(w.weights)) {
    const amp = key.indexOf('&');
    const bar = key.indexOf('|');
    if (amp >= 0) nested(c.pairs, key.slice(0, amp)).set(key.slice(amp + 1), value);
    else if (bar >= 0) nested(c.byKind, key.slice(0, bar)).set(key.slice(bar + 1), value);
    else c.plain.set(key, value);
  }
  compiledCache.set(w, c);
  return c;
}

/** A candidate's score, equal to scoreCandidate over candidateFeatures(c). */
export function scoreCompiledFor(weights: SpeakerWeights, c: SpeakerCandidate): number {
  return scoreCompiled(compiledOf(weights), c);
}

function scoreCompiled(w: CompiledWeights, c: SpeakerCandidate): number {
  const kind = w.byKind.get(c.kind);
  let sum = 0;
  for (const f of c.base) sum += (w.plain.get(f) ?? 0) + (kind?.get(f) ?? 0);
  const core = coreCues(c.base);
  for (let i = 0; i < core.length; i++) {
    const inner = w.pairs.get(core[i]!);
    if (!inner) continue;
    for (let j = i + 1; j < core.length; j++) sum += inner.get(core[j]!) ?? 0;
  }
  return sum;
}
