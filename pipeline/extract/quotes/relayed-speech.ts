/**
 * Relayed speech: when a person reports what someone else said, the quote
 * belongs to the one who said it. Two rules, each returning its answer and
 * its reason, read by the attribution reader (attribution.ts):
 *
 * 1. `relayedObjectSpeaker`: "Ann Ross recalled Tom Vale telling staff that
 *    “…”" / "Ross quoted the minister as saying “…”": the named object of a
 *    verb of memory or perception before a participle of speech.
 * 2. `relayingClauseStart`: "Ann Ross said the mayor told her, “…”": the
 *    speaker is the subject of the inner verb; where the relaying clause
 *    ("Ann Ross said") starts, so that a description ("the mayor") is never
 *    resolved to the one who relays it.
 *
 * 3. `speakerBeforeRelativeClause`: "Ann Ross, who said Tom Vale had lied,
 *    added: “…”" / "Ann Ross, a former aide to the governor who left in
 *    March, said": the name before a relative clause or a long appositive
 *    set off by commas, not a name or noun inside it.
 *
 * The speaker's own report of their words ("Ross said she told the mayor,
 * “…”") is left to the pronoun resolver, which takes the person named before.
 */
import { RELAY_VERBS } from '../lexicon/speech.ts';
import { isReportingVerb, type Word } from './cue-words.ts';
import { readSpeaker, type SpeakerPhrase } from './speaker-phrase.ts';

const RELAY_VERB_SET = new Set(RELAY_VERBS);
/** Longest object phrase between a relay verb and the participle ("the former deputy mayor of Lowtown" is 6 words). */
const MAX_OBJECT_WORDS = 6;
/**
 * A speaker's whole phrase: a name or "the"/"a" and a noun, with no
 * preposition inside ("recently in the magazine") and no possessive at its
 * end ("criticism of Ross's comments").
 */
const SUBJECT_SHAPE = /^(?:\p{Lu}|(?:the|a|an)\s)(?![^]*\s(?:of|in|on|at|for|from|with|by|about|to)\s)(?![^]*['’]s?$)/u;
/** "quoted X as saying": the "as" before the participle. */
const AS_BEFORE = /\s+as\s*$/u;

/**
 * Whether the words before a verb are one speaker and nothing else: a
 * person or a body, read whole ("the mayor", "Tom Vale"), not a clause
 * ("reporters he", "the world lost a voice").
 */
function isWholeSpeaker(subject: string, speaker: SpeakerPhrase): boolean {
  const phrase = subject.trim();
  return SUBJECT_SHAPE.test(phrase) && !speaker.pronoun && (speaker.type === 'person' || speaker.type === 'organization') && speaker.text === phrase && phrase.split(/\s+/u).length <= MAX_OBJECT_WORDS;
}

/** A rule's answer with the reason it was given. */
export interface RelayAnswer<T> {
  answer: T;
  reason: string;
}

/**
 * The speaker of a participle cue whose subject is the object of a verb of
 * memory or perception ("recalled Tom Vale telling", "quoted the minister as
 * saying"), read from `head` (the text before the participle), or null.
 */
export function relayedObjectSpeaker(head: string, ws: readonly Word[], participle: number): RelayAnswer<{ speaker: SpeakerPhrase; verb: number }> | null {
  const end = head.replace(AS_BEFORE, '').trimEnd().length;
  for (let i = participle - 1; i >= 0 && participle - i <= MAX_OBJECT_WORDS + 1; i--) {
    const w = ws[i]!;
    if (!RELAY_VERB_SET.has(w.text)) continue;
    const object = head.slice(w.end, end);
    if (/[,;:()“”"]/u.test(object)) return null;
    const speaker = readSpeaker(object);
    if (!speaker || speaker.pronoun || (speaker.type !== 'person' && speaker.type !== 'organization')) return null;
    return { answer: { speaker, verb: i }, reason: `object of "${w.lower}" before the participle "${ws[participle]!.lower}"` };
  }
  return null;
}

/**
 * Where the clause that relays a verb's speech starts, when the verb's
 * subject (starting at `subjectAt`) follows another reporting verb ("Ann
 * Ross said [that] the mayor told her" → the offset of "Ann Ross"), or null
 * when the verb is not relayed.
 */
export function relayingClauseStart(ws: readonly Word[], subject: string, speaker: SpeakerPhrase, subjectOf: (verb: number) => string, text: string): RelayAnswer<number> | null {
  if (!isWholeSpeaker(subject, speaker)) return null;
  const subjectAt = text.lastIndexOf(subject.trim());
  let i = ws.findIndex((w) => w.start >= subjectAt) - 1;
  if (i < 0) return null;
  if (ws[i]!.lower === 'that') i--;
  if (i < 0 || ws[i]!.text !== ws[i]!.lower || !isReportingVerb(ws, i)) return null;
  const outer = subjectOf(i).trim();
  if (!outer) return null;
  const at = text.lastIndexOf(outer, ws[i]!.start);
  return at < 0 ? null : { answer: at, reason: `"${ws[i]!.lower}" relays the speech of its object clause` };
}

/**
 * The speaker of a participle cue relayed by a verb of memory or perception
 * (`relayedObjectSpeaker`), with where the relaying clause starts in `left`
 * (the subject of that verb, read by `subjectOf`), or null.
 */
export function relayedParticiple(left: string, ws: readonly Word[], participle: number, subjectOf: (verb: number) => string): RelayAnswer<{ speaker: SpeakerPhrase; relayedAt?: number }> | null {
  const found = relayedObjectSpeaker(left.slice(0, ws[participle]!.start), ws, participle);
  if (!found) return null;
  const verb = found.answer.verb;
  const relaying = subjectOf(verb).trim();
  const relayedAt = relaying ? left.lastIndexOf(relaying, ws[verb]!.start) : -1;
  return { answer: { speaker: found.answer.speaker, ...(relayedAt >= 0 ? { relayedAt } : {}) }, reason: found.reason };
}

/** Text ending with a preposition (the name after it is its object). */
const AFTER_PREPOSITION = /\b(?:at|of|for|to|from|with|in|on|by|and)\s+(?:the\s+)?$/iu;
/** A name of one to four capitalised words. */
const NAME = `\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}`;
/** A stretch of an appositive between commas. */
const APPOSITIVE_SPAN = `[^,;:()“”"]+`;
/** A name, then a relative clause set off by commas, right before a verb ("Ann Ross, who said Vale had lied, "). */
const NAME_THEN_RELATIVE = new RegExp(`(${NAME}),\\s+who\\s+${APPOSITIVE_SPAN},\\s*$`, 'u');
/**
 * A name opening the sentence (after at most one short lead-in: "Still, "),
 * then one or two appositives of any length set off by commas, right
 * before a verb ("Ann Ross, a former aide to the governor who left the
 * office in March after a row over the budget, ").
 */
const NAME_THEN_APPOSITIVES = new RegExp(`^\\s*(?:[^,;:()“”"]{1,30},\\s+)?(${NAME}),\\s+(?:(?:a|an|the|his|her|its|their)\\s|\\d{1,3},\\s+(?:a|an|the)\\s)${APPOSITIVE_SPAN},\\s*$`, 'u');

/**
 * The speaker of a verb whose subject is a name followed by a relative
 * clause set off by commas ("Ann Ross, who said Tom Vale had lied, added"),
 * read from the text before the verb, or null.
 */
export function speakerBeforeRelativeClause(beforeVerb: string): RelayAnswer<SpeakerPhrase> | null {
  const m = NAME_THEN_RELATIVE.exec(beforeVerb) ?? NAME_THEN_APPOSITIVES.exec(beforeVerb);
  // "Omar Haddad, an analyst at Farm Data, who …": a name after a preposition is inside an appositive, not the subject.
  if (!m || AFTER_PREPOSITION.test(beforeVerb.slice(0, m.index + m[0].indexOf(m[1]!)))) return null;
  const speaker = readSpeaker(m[1]!);
  if (!speaker || speaker.pronoun || speaker.type !== 'person') return null;
  return { answer: speaker, reason: 'the name before a relative clause or appositive set off by commas' };
}
