/**
 * A description with the name set beside it by a comma: the name is the
 * speaker, not the description. Read by the attribution reader
 * (attribution.ts) on both sides of a reporting verb:
 *
 * - `nameAfterDescription`: "“…,” said the agency's director, Ann B. Ross."
 *   / "the agency's director, Ann B. Ross, said": the description first,
 *   then the name, closed by a comma, a stop or the end of the clause.
 *
 * Each rule returns its answer and its reason.
 */
import { readSpeaker, type SpeakerPhrase } from './speaker-phrase.ts';

/** A rule's answer with the reason it was given. */
export interface AppositiveAnswer {
  speaker: SpeakerPhrase;
  /** Characters of the text the description and the name cover. */
  length: number;
  reason: string;
}

/** A full name: two to four capitalised words, initials allowed ("Ann B. Ross", "J.B. Vale Jr."). */
const FULL_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}";
/**
 * A description (no clause mark, at most 12 words), a comma, a full name,
 * then the end of the phrase: a clause mark, a stop (not after an
 * initial), the end, a reporting verb ("the agency's director, Ann Ross,
 * said") or an affiliation ("…, Ann B. Ross of the Lowland Institute").
 */
const DESCRIPTION_THEN_NAME = new RegExp(`^\\s*((?:[^\\s,;:()“”"]+\\s+){0,11}[^\\s,;:()“”"]+),\\s+(${FULL_NAME})(?=\\s*(?:[,;:)—–]|[.!?]?\\s*$|(?<!(?:^|[\\s.])\\p{Lu})\\.\\s)|\\s+(?:who|said|says|wrote|writes|told|added|adds|of|at|from)\\b)`, 'u');
/**
 * How a description opens: a determiner ("the", "another"), or a name's
 * possessive before a lower-case noun ("Ann Ross's spokesman", "the
 * agency's director").
 */
const DESCRIPTION_START = /^(?:(?:the|a|an|another|one|his|her|its|their)\s|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}['’]s?\s+\p{Ll})/u;

const LEADING_DETERMINER = /^(?:the|a|an|another|one)\s+/iu;

/**
 * "the agency's director, Ann B. Ross": the name beside a description, when
 * `text` (the words after a reporting verb, or before it) opens with one.
 */
export function nameAfterDescription(text: string): AppositiveAnswer | null {
  const m = DESCRIPTION_THEN_NAME.exec(text);
  if (!m) return null;
  const description = m[1]!.trim();
  if (!DESCRIPTION_START.test(description)) return null;
  const speaker = readSpeaker(m[2]!);
  if (!speaker || speaker.pronoun || speaker.type !== 'person' || !speaker.text.includes(' ')) return null;
  return { speaker: { ...speaker, title: speaker.title ?? description.replace(LEADING_DETERMINER, '') }, length: m[0].length, reason: 'a description, then the name beside it' };
}
