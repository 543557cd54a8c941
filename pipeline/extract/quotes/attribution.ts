/**
 * Finds who a quote is attributed to and by which cue, from the words of its
 * sentence: after the quote (“…,” X said / “…,” said X, the … / “…” — X),
 * before it (X said: “…” / X told Reuters that “…” / X: “…” / In the words
 * of X: “…”), or anywhere in it (according to X).
 */
import { isPronoun, readSpeaker, type SpeakerPhrase } from './speaker-phrase.ts';
import { isParticipleCue, isReportingVerb, words, type Word } from './cue-words.ts';
import { FOREIGN_AUXILIARIES, FOREIGN_PREPOSITIONS } from '../lexicon/foreign-speech.ts';
import { INTRO_PHRASES, SOURCE_FIRST_PHRASES } from '../lexicon/speech.ts';
import { isAbbreviationBefore } from './sentences.ts';
import { relayedParticiple, relayingClauseStart, speakerBeforeRelativeClause } from './relayed-speech.ts';

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

/** A speaker phrase after a cue: up to a clause mark; a period only ends it after a word of two letters or more ("Thomas R. Hadley"). */
const PHRASE_AFTER_CUE = `((?:[^,;:.()“”"]|(?<=(?:^|\\s)\\p{Lu})\\.)+)`;
const ACCORDING_TO = new RegExp(`\\b(${SOURCE_FIRST_PHRASES.join('|')})\\s+${PHRASE_AFTER_CUE}`, 'iu');
const WORDS_OF = new RegExp(`\\b(${INTRO_PHRASES.join('|')})\\s+([^,;:“”"]+)`, 'iu');
const DASH_START = /^\s*[—–]\s*([^,;:.()\n]+)/u;
const COLON_END = /([^,;.!?()“”"]*?)\s*:\s*$/u;
const LEADING_JUNK = /^[\s,;]+/u;
const DASH_THEN_VERB = /^[\s,;]*[—–-]\s*(?=\p{Ll})/u;
const AUXILIARY_SET = new Set(FOREIGN_AUXILIARIES);
const CLAUSE_STOP = new Set(['that', 'when', 'while', 'because', 'and', 'but', 'as', 'after', 'before', 'where', 'if', 'since', 'although', 'though', 'so', 'or', 'what', 'then', 'yet', 'whom', 'whose']);
/** An appositive after a name: "a spokesman for …", "the U.S. attorney …", a party-state tag "R-Neb.". */
const APPOSITIVE = /^(?:(?:a|an|the|his|her|its|their)\s|\p{Ll}|\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}|[A-Z]{1,2}-[\p{L}.]+$|\d{1,3}$)/u;
const RELATIVE = new Set(['who', 'which']);
const ADVERBS = new Set(['also', 'later', 'then', 'has', 'have', 'had', 'was', 'is', 'were', 'would', 'will', 'could',
  'previously', 'once', 'again', 'further', 'earlier', 'even', 'first', 'not', 'never', 'did', 'does', 'do', 'may',
  'might', 'must', 'should', 'can', 'just', 'recently', 'had', 'been', 'being', 'still', 'too', 'finally', 'often', 'quickly', 'simply']);
const POST_VERB_STOP = new RegExp(`[,;:()—–]|[.](?=\\s|$)|\\s(?:in|on|at|during|when|while|after|before|who|which|that|as|to|adding|about|of the|from the|via|with|${FOREIGN_PREPOSITIONS.join('|')})\\s`, 'gu');
const MAIN_VERB = new Set(['did', 'does', 'do', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);
const SUBJECT_START_OK = /^(?:[\p{Lu}\p{N}]|(?:the|a|an|he|she|they|it|we|i|one|two|three|several|some|many|officials|police|prosecutors|authorities|critics|experts|researchers|protesters|demonstrators|residents|witnesses|analysts|lawyers|doctors|students|workers|officers|sources|people|supporters|activists|voters|fans|parents|families|investigators|scientists|economists|observers|neighbours|neighbors|relatives|survivors|victims|leaders|lawmakers|members)\b)/u;
const MAX_RIGHT_VERB_WORDS = 30;
/** Longest lower-case-led subject with a name at its end ("former White House staff speechwriter Ann Ross wrote"). */
const MAX_TITLED_SUBJECT_WORDS = 8;
/** The noun phrase a relative clause hangs on: an optional determiner and a capitalised run, or up to four words after a preposition. */
const ANTECEDENT = /(?:\b(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}\p{N}'’.-]*(?:\s+(?:of|for|on|and|the|in)\s+|\s+))*[\p{Lu}][\p{L}\p{N}'’.-]*$/u;
const MAX_SUBJECT_WORDS = 14;
/** Only capitalised words ("Iraq and Syria", "Nathan Orvell"): an "and" before them joins names, it does not start a clause. */
const CAPITALISED_ONLY = /^(?:\s+[\p{Lu}][\p{L}'’.-]*)+$/u;
const PARTY_TAG = /^(?:[A-Z]{1,2}-[\p{L}.]+|\d{1,3})$/u;
/** A short noun phrase ending a text ("two highly critical reports"). */
const NOUN_PHRASE_END = /(?:\b(?:the|a|an|two|three|four|several|some|many|these|those|its|their|his|her)\s+|[\p{L}]+['’]s\s+)(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+$/u;
/** Verbs by which someone puts out a document ("released two reports that …"). */
const ISSUED_BY = /\b(?:released|published|issued|sent|wrote|filed|posted|signed)\s*$/u;
const NAME_END = /[\p{Lu}][\p{L}'’.-]*$/u;
/** What may follow an attribution that closes a sentence: nothing, or an appositive ("…, an analyst at …"). */
const CLOSES_SENTENCE = /^\s*(?:[.!?]?\s*$|,\s[^]*$)/u;
/** Masked quote text: another quote in the same stretch of text. */
const MASK_RUN = 'xxx';

/**
 * The name before a run of comma-separated appositives at the end of `text`
 * ("Karim Belhadj, a senior analyst at Stratfor, the Texas-based firm" → "Karim Belhadj"), or null.
 */
function nameBeforeAppositives(text: string): string | null {
  const segments = text.split(/[,;:]/u);
  let s = segments.length - 1;
  const appositive = (seg: string): boolean => APPOSITIVE.test(seg.trim()) && (PARTY_TAG.test(seg.trim()) || seg.trim().split(/\s+/u).length >= 2);
  if (s < 1 || !appositive(segments[s]!)) return null;
  while (s > 0 && appositive(segments[s]!)) s--;
  const candidate = segments[s]!.trim();
  if (!NAME_END.test(candidate) || candidate.split(/\s+/u).length > 6) return null;
  const speaker = readSpeaker(candidate);
  return speaker && speaker.type === 'person' && !speaker.pronoun ? speaker.text : null;
}

/** A masked quote ("“xxxx,”"): the words of another quote, never a subject. */
const MASKED_QUOTE = new RegExp(`${MASK_RUN}`, 'u');

/**
 * The speaker of a verb whose subject is another quote ("“…,” said Ann Ross,
 * urging them to “…”"): the phrase after the verb, or null when the verb has
 * a subject of its own.
 */
function speakerAfterQuoteVerb(text: string, ws: readonly Word[], v: number, subject: string): SpeakerPhrase | null {
  if (!MASKED_QUOTE.test(subject)) return null;
  const speaker = readSpeaker(phraseAfterVerb(text.slice(ws[v]!.end)));
  return speaker && !speaker.pronoun ? speaker : null;
}

/** Text between the end of the previous clause and the verb at words[v], adverbs skipped. */
function subjectBefore(text: string, ws: readonly Word[], v: number): string {
  let end = v - 1;
  while (end >= 0 && (ADVERBS.has(ws[end]!.lower) || ws[end]!.lower.endsWith('ly'))) end--;
  if (end < 0) return '';
  const endAt = ws[end]!.end;
  // Walk back to a clause boundary.
  let startAt = 0;
  let count = 0;
  for (let i = end; i >= 0; i--) {
    const w = ws[i]!;
    const gap = text.slice(i > 0 ? ws[i - 1]!.end : 0, w.start);
    if (RELATIVE.has(w.lower) || (w.lower === 'that' && i === end)) {
      // "X, who …, said" / "the UN Special Rapporteur on …, who found": the subject is what the clause hangs on.
      const before = text.slice(0, w.start).replace(/[\s,]+$/u, '');
      const named = nameBeforeAppositives(before);
      if (named) return named;
      const antecedent = ANTECEDENT.exec(before);
      if (antecedent) return antecedent[0];
      const phrase = NOUN_PHRASE_END.exec(before);
      if (phrase) {
        // "X released two reports that depicted “…”": the reports speak for whoever issued them.
        const head = before.slice(0, phrase.index);
        const issued = ISSUED_BY.exec(head);
        if (issued) {
          const hws = words(head);
          const issuer = readSpeaker(subjectBefore(head, hws, hws.length - 1));
          if (issuer && (issuer.type === 'organization' || issuer.type === 'person')) return issuer.text;
        }
        return phrase[0];
      }
      const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
      return before.slice(comma + 1);
    }
    // "She said she found …": another reporting verb ends the subject of this one.
    if (i < end && w.text === w.lower && isReportingVerb(ws, i)) { startAt = w.end; break; }
    const joinsNames = (w.lower === 'and' || w.lower === 'or' || w.lower === '&') && CAPITALISED_ONLY.test(text.slice(w.end, endAt));
    if (CLAUSE_STOP.has(w.lower) && !joinsNames && (w.text === w.lower || i === 0 || /[.!?]\s*$/u.test(text.slice(0, w.start)))) { startAt = w.end; break; }
    count++;
    if (count > MAX_SUBJECT_WORDS) { startAt = w.start; break; }
    const periodEnds = /^[.]\s/u.test(gap) && i > 0 && !isAbbreviationBefore(text, ws[i - 1]!.end + 1);
    if (/[;:!?()“”"]/u.test(gap) || periodEnds || gap.includes('—') || gap.includes('–') || gap.includes(' - ')) { startAt = w.start; break; }
    if (gap.includes(',')) {
      startAt = w.start;
      // Appositives ("Liu Minghao, a spokesman for …, said"; "Karim Belhadj, an analyst at Stratfor, the … firm, told"): the name sits before them.
      const named = nameBeforeAppositives(text.slice(0, endAt));
      if (named) return named;
      break;
    }
  }
  return text.slice(startAt, endAt);
}

/** The words after a verb up to the end of the speaker's phrase ("Rep. Glen Harper (R-TX), ranking …" → "Rep. Glen Harper"). */
function phraseAfterVerb(after: string): string {
  POST_VERB_STOP.lastIndex = 0;
  for (let m = POST_VERB_STOP.exec(after); m !== null; m = POST_VERB_STOP.exec(after)) {
    if (m[0] === '.' && isAbbreviationBefore(after, m.index + 1)) continue;
    return after.slice(0, m.index);
  }
  return after;
}

/** The subject of the main clause at the start of `text` ("the report did not …" → "the report"). */
export function mainClauseSubject(text: string): SpeakerPhrase | null {
  const clean = text.replace(LEADING_JUNK, '');
  if (!SUBJECT_START_OK.test(clean)) return null;
  const ws = words(clean);
  // "She apologizes to …": a pronoun opening the clause is its subject.
  if (ws.length > 1 && isPronoun(ws[0]!.text)) return readSpeaker(ws[0]!.text);
  for (let i = 1; i < Math.min(ws.length, MAX_SUBJECT_WORDS); i++) {
    const w = ws[i]!;
    if (MAIN_VERB.has(w.lower) || isReportingVerb(ws, i) || (w.text === w.lower && w.lower.endsWith('ed'))) {
      return readSpeaker(clean.slice(0, ws[i - 1]!.end));
    }
    if (/[,;:]/u.test(clean.slice(ws[i - 1]!.end, w.start))) return null;
  }
  return null;
}

/** The noun phrase before the last "who" in `text` ("…, a Syrian refugee who …" → "a Syrian refugee"). */
function relativeHead(text: string): SpeakerPhrase | null {
  const at = text.lastIndexOf(' who ');
  if (at < 0) return null;
  const phrase = NOUN_PHRASE_END.exec(text.slice(0, at));
  return phrase ? readSpeaker(phrase[0]) : null;
}

/** The subject of the nearest finite verb before words[v] ("the Commission, which …, issued a statement warning" → "the Commission"). */
function finiteVerbSubject(text: string, ws: readonly Word[], v: number): SpeakerPhrase | null {
  for (let i = v - 1; i > 0; i--) {
    const w = ws[i]!;
    if (w.text !== w.lower) continue;
    if (MAIN_VERB.has(w.lower) || w.lower.endsWith('ed') || isReportingVerb(ws, i)) {
      const before = subjectBefore(text, ws, i);
      const subject = readSpeaker(before) ?? speakerAfterQuoteVerb(text, ws, i, before);
      return subject && subject.type !== 'unknown' ? subject : null;
    }
  }
  return null;
}

/** The subject of the last clause of `text` that has one ("After the hearing, Hawk Sawyer issued a statement," → "Hawk Sawyer"). */
function lastClauseSubject(text: string): SpeakerPhrase | null {
  const segments = text.split(/[,;:]/u);
  for (let s = segments.length - 1; s >= 0; s--) {
    const found = mainClauseSubject(segments[s]!);
    if (found) return found;
  }
  return null;
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
      const phrase = phraseAfterVerb(after);
      const speaker = readSpeaker(phrase);
      if (!speaker) return null;
      return { speaker, cue: verb.lower, side: 'right', rightLength: lead + verb.end + phrase.length };
    }
    // "X said" / "X, a …, said": the subject is the first comma segment.
    const before = text.slice(0, ws[v]!.start);
    const firstSegment = before.split(/[,;]/u)[0]!;
    let end = v - 1;
    while (end > 0 && (ADVERBS.has(ws[end]!.lower) || ws[end]!.lower.endsWith('ly'))) end--;
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
    // "Anna Berg, the head of the agency: “…”": the name before the appositive.
    const segments = left.replace(/\s*:\s*$/u, '').split(',');
    if (segments.length >= 2 && APPOSITIVE.test(segments[segments.length - 1]!.trim())) {
      const named = readSpeaker(segments[segments.length - 2]!);
      if (named && named.type === 'person' && /^\p{Lu}/u.test(named.text)) return { speaker: named, cue: ':', side: 'left', rightLength: 0 };
    }
    const speaker = readSpeaker(colon[1]!);
    if (speaker && speaker.type !== 'unknown') return { speaker, cue: ':', side: 'left', rightLength: 0 };
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
