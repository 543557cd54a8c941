/**
 * Finds reporting verbs and cue phrases in a stretch of text (lookups over
 * the curated lists in ../lexicon/speech.ts).
 */
import { FOREIGN_REPORTING_VERBS } from '../lexicon/foreign-speech.ts';
import { QUOTE_CUE_VERBS } from '../lexicon/speech.ts';

const VERB_SET = new Set([...QUOTE_CUE_VERBS, ...FOREIGN_REPORTING_VERBS]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Verb forms that are also common nouns ("the reports", "two claims"): a verb only after a subject. */
const NOUN_LIKE = new Set(['reports', 'states', 'notes', 'calls', 'points', 'comments', 'remarks', 'claims', 'charges',
  'demands', 'details', 'fears', 'hopes', 'posts', 'tweets', 'reads', 'read', 'put', 'puts', 'order', 'ordered',
  'requests', 'promises', 'vows', 'pledges', 'answers', 'replies', 'estimates', 'warning', 'reading', 'writing', 'found',
  'goes', 'went', 'thought', 'believed', 'sing', 'say', 'tell', 'reporting', 'calling', 'describing', 'saying', 'adding',
  'noting', 'stating', 'warning', 'arguing', 'telling', 'asking', 'insisting', 'claiming', 'concluding', 'announcing',
  'recalling', 'suggesting', 'urging', 'accusing', 'denying', 'assuring', 'singing', 'declaring', 'explaining',
]);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'get', 'got', 'gets']);
const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'two', 'three', 'several', 'some', 'many', 'his', 'her', 'its',
  'their', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'critical', 'new', 'recent', 'previous', 'earlier',
  'to', 'of', 'in', 'for', 'with', 'by', 'on', 'at', 'and', 'or', 'news', 'media', 'press', 'daily', 'weekly']);

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
  for (const m of text.matchAll(WORD)) {
    const t = m[0].replace(/[.]+$/u, '');
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
  if (before && PASSIVE_AUX.has(before.lower) && w.lower !== 'said' && w.lower !== 'says') return false;
  if (!NOUN_LIKE.has(w.lower)) return true;
  const prev = ws[i - 1];
  if (w.lower.endsWith('ing')) return false;
  return prev !== undefined && !DETERMINER_BEFORE.has(prev.lower);
}

/** Whether the word is a present participle reporting verb ("calling", "saying"). */
export function isParticipleCue(w: Word): boolean {
  return VERB_SET.has(w.text) && w.lower.endsWith('ing');
}
