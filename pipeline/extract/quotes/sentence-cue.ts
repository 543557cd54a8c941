/**
 * A speech cue anywhere in a quote's sentence: the rule that keeps short
 * partial quotes whose speaker sits further from them than the attribution
 * readers look ("X endorsed Y last week, saying he “has shown …”",
 * "Y bemoaned a climate in which people “hate each other”").
 */
import { words, type Word } from './cue-words.ts';
import { CJK_CUE_AFTER } from '../lexicon/foreign-speech.ts';
import { SENTENCE_CUES } from '../lexicon/speech.ts';

const CUE_SET = new Set(SENTENCE_CUES);
/** A cue after these is passive ("was accused of", "were told"): the sentence reports no one's speech. */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'get', 'got']);

function isCue(ws: readonly Word[], i: number): boolean {
  return CUE_SET.has(ws[i]!.text) && !(i > 0 && PASSIVE_AUX.has(ws[i - 1]!.lower));
}

/**
 * Offset (into the body) of the speech cue nearest the quote in its
 * sentence: the last one in the writer's text before it, else the first one
 * after it; null when the sentence has none. `left` starts at `leftFrom`,
 * `right` at `rightFrom` (body offsets); both are masked text.
 */
export function sentenceCueAt(left: string, leftFrom: number, right: string, rightFrom: number): number | null {
  const before = words(left);
  for (let i = before.length - 1; i >= 0; i--) if (isCue(before, i)) return leftFrom + before[i]!.start;
  if (CJK_CUE_AFTER.test(right)) return rightFrom;
  const after = words(right);
  for (let i = 0; i < after.length; i++) if (isCue(after, i)) return rightFrom + after[i]!.start;
  return null;
}
