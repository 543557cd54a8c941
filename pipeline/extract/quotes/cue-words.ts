/**
 * Finds reporting verbs and cue phrases in a stretch of text (lookups over
 * the curated lists in ../lexicon/speech.ts).
 */
import { FOREIGN_REPORTING_VERBS } from '../lexicon/foreign-speech.ts';
import { CUE_DETERMINERS, NOUN_LIKE_CUE_VERBS, PASSIVE_AUXILIARIES, QUOTE_CUE_VERBS } from '../lexicon/speech.ts';

const VERB_SET = new Set([...QUOTE_CUE_VERBS, ...FOREIGN_REPORTING_VERBS]);
/** A possessive word ("Ross's", "Ross’"). */
const POSSESSIVE = /\p{L}['’]s?$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const TRAILING_DOTS = /[.]+$/u;

/** A word with its offset in the searched text. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Splits text into words (letters/digits with inner apostrophes, dots, hyphens). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  // exec on the one global pattern, not matchAll: no iterator result and pattern copy per word (never re-entered).
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const t = m[0].endsWith('.') ? m[0].replace(TRAILING_DOTS, '') : m[0];
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length });
  }
  return out;
}

/** Whether words[i] is a reporting verb in its context (lower case; noun-like forms need a subject before). */
export function isReportingVerb(ws: readonly Word[], i: number): boolean {
  const w = ws[i]!;
  if (!VERB_SET.has(w.text)) return false;
  // Passive ("was accused of …", "were told"): the subject is not the speaker.
  const before = ws[i - 1]?.lower === 'not' || ws[i - 1]?.lower.endsWith('ly') ? ws[i - 2] : ws[i - 1];
  if (before && PASSIVE_AUXILIARIES.has(before.lower) && w.lower !== 'said' && w.lower !== 'says') return false;
  if (!NOUN_LIKE_CUE_VERBS.has(w.lower)) return true;
  const prev = ws[i - 1];
  if (w.lower.endsWith('ing')) return false;
  // "Ann Ross's comments": after a possessive, the word is a noun.
  return prev !== undefined && !CUE_DETERMINERS.has(prev.lower) && !POSSESSIVE.test(prev.text);
}

/** Whether the word is a present participle reporting verb ("calling", "saying"). */
export function isParticipleCue(w: Word): boolean {
  return VERB_SET.has(w.text) && w.lower.endsWith('ing');
}
