/**
 * Finds who a quote is attributed to and by which cue, from the words of its
 * sentence: after the quote (“…,” X said / “…,” said X, the … / “…” — X),
 * before it (X said: “…” / X told Reuters that “…” / X: “…” / In the words
 * of X: “…”), or anywhere in it (according to X).
 */
import { readSpeaker, type SpeakerPhrase } from './speaker-phrase.ts';
import { isParticipleCue, isReportingVerb, words } from './cue-words.ts';
import { FOREIGN_AUXILIARIES } from '../lexicon/foreign-speech.ts';
import { INTRO_PHRASES, SOURCE_FIRST_PHRASES } from '../lexicon/speech.ts';
import { TITLE_ABBREVIATIONS } from '../lexicon/english.ts';
import { nameAfterDescription } from './appositive-names.ts';
import { relayedParticiple, relayingClauseStart, speakerBeforeRelativeClause } from './relayed-speech.ts';
import { absoluteClauseSubject, APPOSITIVE, isAdverb, finiteVerbSubject, lastClauseSubject, LEADING_JUNK, mainClauseSubject, MASK_RUN, nameBeforeAppositives, MAX_SUBJECT_WORDS, phraseAfterVerb, relativeHead, speakerAfterQuoteVerb, subjectBefore, SUBJECT_START_OK } from './clause-subject.ts';

/** Kept here for the modules that read a main clause's subject through attribution.ts. */
export { mainClauseSubject };

/** An attribution found next to a quote. */
export interface Attribution {
  speaker: SpeakerPhrase;
  cue: string;
  /** Where the attribution sits relative to the quote. */
  side: 'left' | 'right';
  /** Length (in characters of the right context) the attribution clause covers; 0 for left attributions. */
  rightLength: number;
  /** For left attributions: offset of the reporting verb in the left context (a pronoun before it can only refer back from there). */
  verbAt?: number;
  /** For relayed speech ("Ann Ross said the mayor told her"): where the relaying clause starts; a description is resolved only to names before it. */
  relayedAt?: number;
  /** The attribution closes the sentence after a clause of the writer's, so it does not split a quote in two. */
  closing?: boolean;
}

/** Abbreviated titles as a regex alternation, capitalised ("Mr|Sen|…"). */
const TITLE_DOT = [...TITLE_ABBREVIATIONS].map((t) => `${t[0]!.toUpperCase()}${t.slice(1)}`).join('|');
/**
 * A speaker phrase after a cue: up to a clause mark; a period ends it only
 * after a word of two letters or more that is no abbreviated title
 * ("Thomas R. Hadley", "J.R. Vale", "Mr. Vale").
 */
const PHRASE_AFTER_CUE = `((?:[^,;:.()“”"]|(?<=(?:^|[\\s.])\\p{Lu}|(?:^|\\s)(?:${TITLE_DOT}))\\.)+)`;
const ACCORDING_TO = new RegExp(`\\b(${SOURCE_FIRST_PHRASES.join('|')})\\s+${PHRASE_AFTER_CUE}`, 'iu');
const WORDS_OF = new RegExp(`\\b(${INTRO_PHRASES.join('|')})\\s+([^,;:“”"]+)`, 'iu');
const DASH_START = /^\s*[—–]\s*([^,;:.()\n]+)/u;
const COLON_END = /([^,;.!?()“”"]*?)\s*:\s*$/u;
const DASH_THEN_VERB = /^[\s,;]*[—–-]\s*(?=\p{Ll})/u;
const AUXILIARY_SET = new Set(FOREIGN_AUXILIARIES);
const MAX_RIGHT_VERB_WORDS = 30;
/** Longest lower-case-led subject with a name at its end ("former White House staff speechwriter Ann Ross wrote"). */
const MAX_TITLED_SUBJECT_WORDS = 8;
/** What may follow an attribution that closes a sentence: nothing, or an appositive ("…, an analyst at …"). */
const CLOSES_SENTENCE = /^\s*(?:[.!?]?\s*$|,\s[^]*$)/u;

/** Function words by which the writer's sentence goes on after a quote ("“…” for Ross", "“…” that Pike can win"). */
const WRITERS_CONTINUATION = /^(?:for|that|to|in|on|at|about|of|with|from|as|because|if|when|and|but|or|since|after|before|than|while|by|into|over|against)\s/u;

/** The writer's sentence goes on after a quote, then a comma and the verb: the speaker follows the verb. */
function writersWordsThenVerb(text: string, before: string): boolean {
  return WRITERS_CONTINUATION.test(text) && /,\s*$/u.test(before);
}

/** The attribution in the text right after a quote, if the sentence goes on with one. */
export function attributionAfter(right: string, quoteOpensSentence = true): Attribution | null {
  const dash = DASH_START.exec(right);
  if (dash && quoteOpensSentence && /^\p{Lu}/u.test(dash[1]!.trim()) && right.slice(dash[0].length).trim().length <= 1) {
    const speaker = readSpeaker(dash[1]!);
    if (speaker) return { speaker, cue: '—', side: 'right', rightLength: dash[0].length };
  }
  // «…», – заявил министр: a dash before a verb-first attribution.
  const lead = (DASH_THEN_VERB.exec(right) ?? LEADING_JUNK.exec(right))?.[0].length ?? 0;
  const text = right.slice(lead);
  if (!SUBJECT_START_OK.test(text) && !/^\p{Ll}+(?!\p{L})/u.test(text)) return null;
  const ws = words(text);
  for (let v = 0; v < Math.min(ws.length, MAX_RIGHT_VERB_WORDS); v++) {
    if (!isReportingVerb(ws, v)) continue;
    // « … », a déclaré X: an auxiliary before the verb is part of it.
    if (v === 1 && AUXILIARY_SET.has(ws[0]!.lower)) v = 0;
    if (v === 0) {
      // "said X, the …"
      const verb = AUXILIARY_SET.has(ws[0]!.lower) && ws[1] && isReportingVerb(ws, 1) ? ws[1] : ws[0]!;
      const after = text.slice(verb.end);
      const named = nameAfterDescription(after);
      if (named) return { speaker: named.speaker, cue: verb.lower, side: 'right', rightLength: lead + verb.end + named.length };
      const phrase = phraseAfterVerb(after);
      const speaker = readSpeaker(phrase);
      if (!speaker) return null;
      return { speaker, cue: verb.lower, side: 'right', rightLength: lead + verb.end + phrase.length };
    }
    // "X said" / "X, a …, said": the subject is the first comma segment.
    const before = text.slice(0, ws[v]!.start);
    // "“…” for Ross, said Vale": words of the writer's sentence, then a comma and the verb; the speaker follows the verb (attributionClosingSentence).
    if (writersWordsThenVerb(text, before)) return null;
    const firstSegment = before.split(/[,;]/u)[0]!;
    let end = v - 1;
    while (end > 0 && isAdverb(ws[end]!)) end--;
    const named = nameAfterDescription(before);
    if (named) return { speaker: named.speaker, cue: ws[v]!.lower, side: 'right', rightLength: lead + ws[v]!.end };
    const subject = before.includes(',') ? firstSegment : text.slice(0, ws[end]!.end);
    if (words(subject).length > MAX_SUBJECT_WORDS) return null;
    const speaker = readSpeaker(subject);
    if (!speaker) return null;
    // A lower-case start is a title before a name ("company CEO Andy Corwin said"), not the writer's sentence going on.
    if (!SUBJECT_START_OK.test(text) && !(speaker.type === 'person' && /^\p{Lu}/u.test(speaker.text) && words(subject).length <= MAX_TITLED_SUBJECT_WORDS)) return null;
    return { speaker, cue: ws[v]!.lower, side: 'right', rightLength: lead + ws[v]!.end };
  }
  return null;
}

/** The attribution in the text of the sentence before a quote. */
export function attributionBefore(left: string, right: string): Attribution | null {
  const wordsOf = WORDS_OF.exec(left);
  if (wordsOf) {
    const speaker = readSpeaker(wordsOf[2]!);
    if (speaker) return { speaker, cue: wordsOf[1]!.toLowerCase(), side: 'left', rightLength: 0 };
  }
  const ws = words(left);
  for (let v = ws.length - 1; v >= 0; v--) {
    if (isParticipleCue(ws[v]!)) {
      // "Calling the report “…”, the ambassador stated" / "X said …, adding “…”".
      const head = left.slice(0, ws[v]!.start);
      const absolute = absoluteClauseSubject(head);
      if (absolute) return { speaker: absolute, cue: ws[v]!.lower, side: 'left', rightLength: 0, verbAt: ws[v]!.start };
      const relayed = relayedParticiple(left, ws, v, (i) => subjectBefore(left, ws, i))?.answer;
      if (relayed) return { ...relayed, cue: ws[v]!.lower, side: 'left', rightLength: 0, verbAt: ws[v]!.start };
      const main = attributionAfter(right) ?? attributionBefore(head, '');
      if (main) return main;
      const subject = mainClauseSubject(right) ?? finiteVerbSubject(head, ws, v) ?? lastClauseSubject(head);
      if (subject) return { speaker: subject, cue: ws[v]!.lower, side: 'right', rightLength: 0 };
      continue;
    }
    if (!isReportingVerb(ws, v)) continue;
    const subject = subjectBefore(left, ws, v);
    // "a Syrian refugee who feared …, said": when the words before the verb are a clause, the noun the clause hangs on.
    const speaker = speakerBeforeRelativeClause(left.slice(0, ws[v]!.start))?.answer ?? readSpeaker(subject) ?? speakerAfterQuoteVerb(left, ws, v, subject) ?? relativeHead(left.slice(0, ws[v]!.start));
    const relay = speaker ? relayingClauseStart(ws, subject, speaker, (i) => subjectBefore(left, ws, i), left.slice(0, ws[v]!.start)) : null;
    if (speaker) return { speaker, cue: ws[v]!.lower, side: 'left', rightLength: 0, verbAt: ws[v]!.start, ...(relay ? { relayedAt: relay.answer } : {}) };
    const main = attributionAfter(right);
    if (main) return main;
  }
  const colon = COLON_END.exec(left);
  if (colon && colon[1]!.trim().length > 0) {
    // "Anna Berg, the head of the agency: “…”" / "Tom Vale, Republican of Ohio, gave it a try: “…”": the name before the appositives.
    const beforeAppositives = nameBeforeAppositives(left.replace(/\s*:\s*$/u, ''));
    const person = beforeAppositives ? readSpeaker(beforeAppositives) : null;
    if (person && /^\p{Lu}/u.test(person.text)) return { speaker: person, cue: ':', side: 'left', rightLength: 0 };
    const segments = left.replace(/\s*:\s*$/u, '').split(',');
    if (segments.length >= 2 && APPOSITIVE.test(segments[segments.length - 1]!.trim())) {
      const named = readSpeaker(segments[segments.length - 2]!);
      if (named && named.type === 'person' && /^\p{Lu}/u.test(named.text)) return { speaker: named, cue: ':', side: 'left', rightLength: 0 };
    }
    const speaker = readSpeaker(colon[1]!);
    if (speaker && speaker.type !== 'unknown') return { speaker, cue: ':', side: 'left', rightLength: 0 };
    // "… in a way few expect: “…,” Ann Ross wrote.": an attribution after the quote names the speaker; the clause before the colon does not.
    const after = attributionAfter(right);
    if (after) return after;
    // "By the time Buckley learned …, she was only half-surprised: “…”".
    const subject = lastClauseSubject(colon[1]!);
    if (subject && (subject.pronoun || subject.type === 'person')) return { speaker: subject, cue: ':', side: 'left', rightLength: 0 };
  }
  return null;
}

/**
 * An attribution closing the sentence after a clause of the writer's
 * (“…” if she loses by less, said Ann Ross, an analyst. / “…” and on trade, Ross said.):
 * the clause after the last comma, when it is a whole attribution.
 */
export function attributionClosingSentence(right: string): Attribution | null {
  if (right.includes(MASK_RUN)) return null;
  for (let at = right.indexOf(','); at >= 0; at = right.indexOf(',', at + 1)) {
    const rest = right.slice(at + 1);
    const found = attributionAfter(rest, false);
    if (found && CLOSES_SENTENCE.test(rest.slice(found.rightLength))) return { ...found, rightLength: at + 1 + found.rightLength, closing: true };
  }
  return null;
}

/** "according to X" anywhere in the sentence. */
export function attributionAccordingTo(sentence: string): Attribution | null {
  const m = ACCORDING_TO.exec(sentence);
  if (!m) return null;
  const speaker = readSpeaker(m[2]!);
  return speaker ? { speaker, cue: m[1]!.toLowerCase(), side: 'left', rightLength: 0 } : null;
}
