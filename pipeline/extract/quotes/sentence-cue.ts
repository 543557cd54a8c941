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

/**
 * Whether ws[i] is a speech cue: a listed word in lower case, or capitalised
 * as the first word of the sentence ("Said the mayor, “…”", "Adding, “…”").
 */
function isCue(ws: readonly Word[], i: number, sentenceStart: boolean): boolean {
  const w = ws[i]!;
  const listed = CUE_SET.has(w.text) || (i === 0 && sentenceStart && CUE_SET.has(w.lower));
  return listed && !(i > 0 && PASSIVE_AUX.has(ws[i - 1]!.lower));
}

/**
 * Offset (into the body) of the speech cue nearest the quote in its
 * sentence: the last one in the writer's text before it, else the first one
 * after it; null when the sentence has none. `left` starts at `leftFrom`
 * (the sentence's start when `leftIsSentenceStart`),
 * `right` at `rightFrom` (body offsets); both are masked text.
 */
export function sentenceCueAt(left: string, leftFrom: number, right: string, rightFrom: number, leftIsSentenceStart = false): number | null {
  const before = words(left);
  for (let i = before.length - 1; i >= 0; i--) if (isCue(before, i, leftIsSentenceStart)) return leftFrom + before[i]!.start;
  if (CJK_CUE_AFTER.test(right)) return rightFrom;
  const after = words(right);
  for (let i = 0; i < after.length; i++) if (isCue(after, i, false)) return rightFrom + after[i]!.start;
  return null;
}
