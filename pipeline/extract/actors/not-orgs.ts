/**
 * Names that carry an organisation head word but name something else: a
 * facility or a visited place ("Tarrow Assembly Facility", "Tern Bay Scenic
 * Reserve", "the Harlow Science Center"), an event ("Academy Award for …",
 * "the Harbour Media conference"), or a dataset ("Household Travel Survey").
 * Each returns its reason, for `cli.ts explain`, or null.
 */
import { ACTION_VERBS, SPEECH_VERBS } from '../lexicon/english.ts';
import { DATASET_LAST_WORDS, EVENT_ADJECTIVES, EVENT_WORDS, FACILITY_WORDS, THING_LAST_WORDS_BY_CONCEPT } from '../lexicon/things.ts';
import { FACILITY_CENTRE_MODIFIERS, FACILITY_HEAD_EXCEPTIONS, FACILITY_HEADS } from '../lexicon/places.ts';
import { FORMER_COUNTRIES } from '../lexicon/former-countries.ts';
import { orgCueBefore } from './cues.ts';

const NEXT_LOWER_WORD = /^\s+(\p{Ll}+)/u;
const NEXT_WORD = /^(?:[’']s)?\s+(\p{L}+)/u;
const CENTRE = new Set(['center', 'centre']);
/** Last words of an event or an award named after a body ("the Harbour League Draft", "the Royal Lyceum Medal", made up). */
const EVENT_OR_AWARD_LAST: ReadonlySet<string> = new Set([...THING_LAST_WORDS_BY_CONCEPT['event']!, ...THING_LAST_WORDS_BY_CONCEPT['award']!]);
/** Words after a head word that open the subject a body is named for ("Institute for …", "Centre of …"). */
const SUBJECT_CONNECTORS = new Set(['for', 'of', 'on', 'in']);

/** True when the name at `start`..`end` acts in its sentence: an organisation cue before it, a reporting or action verb after it ("the museum said"). */
function acts(text: string, start: number, end: number): boolean {
  if (orgCueBefore(text, start)) return true;
  const next = NEXT_WORD.exec(text.slice(end, end + 30));
  const word = next?.[1]?.toLowerCase();
  return word !== undefined && (SPEECH_VERBS.has(word) || ACTION_VERBS.has(word));
}

/**
 * Why an organisation-looking name (`words`, its head word at `headIndex`,
 * at `start`..`end` of `text`) is not an actor, or null when it is one.
 */
export function notAnOrganisation(words: readonly string[], headIndex: number, text: string, start: number, end: number): string | null {
  const lw = words.map((w) => w.toLowerCase());
  if (formerCountry(lw)) return 'place: a former country (ISO 3166-3)';
  const last = lw[lw.length - 1]!;
  if (FACILITY_WORDS.has(last)) return `facility: last word '${words[words.length - 1]}'`;
  const event = lw.find((w, i) => EVENT_WORDS.has(w) && (i === lw.length - 1 || !EVENT_ADJECTIVES.has(w)));
  if (event) return `event: '${event}' in the name`;
  if (EVENT_OR_AWARD_LAST.has(last)) return `event or award: last word '${words[words.length - 1]}'`;
  const next = NEXT_LOWER_WORD.exec(text.slice(end, end + 20));
  if (next && EVENT_WORDS.has(next[1]!)) return `event: '${next[1]}' after the name`;
  // "Household Energy Survey", not "Centre for Coastal Study" (a body named for its subject).
  if (DATASET_LAST_WORDS.has(last) && !lw.slice(headIndex + 1).some((w) => SUBJECT_CONNECTORS.has(w))) return `dataset: last word '${words[words.length - 1]}'`;
  const head = lw[headIndex]!;
  const before = lw[headIndex - 1];
  const visited = (FACILITY_HEADS.has(head) && !(before !== undefined && FACILITY_HEAD_EXCEPTIONS.has(before)) && !lw.slice(headIndex + 1).some((w) => FACILITY_HEAD_EXCEPTIONS.has(w)))
    || (CENTRE.has(head) && before !== undefined && FACILITY_CENTRE_MODIFIERS.has(before));
  if (visited && !acts(text, start, end)) return `place: '${words[headIndex]}' names a place one visits`;
  return null;
}

/** True when the words name a country that no longer exists ("Soviet Union"; `../lexicon/former-countries.ts`). */
export function formerCountry(lowerWords: readonly string[]): boolean {
  const ws = lowerWords[0] === 'the' ? lowerWords.slice(1) : lowerWords;
  return FORMER_COUNTRIES.has(ws.join(' '));
}
