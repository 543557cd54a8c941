/**
 * The subject of a clause, read from the words before or after a verb: the
 * name before appositives or a relative clause ("Ann Ross, an aide who …,
 * said"), the subject of the main clause ("the report did not …"), the
 * phrase after a verb ("said Rep. Ann Ross (D-Ore.), …"). attribution.ts
 * asks these questions of the words around a quote.
 */
import { isPronoun, readSpeaker, type SpeakerPhrase } from './speaker-phrase.ts';
import { isReportingVerb, words, type Word } from './cue-words.ts';
import { FOREIGN_PREPOSITIONS } from '../lexicon/foreign-speech.ts';
import { isAbbreviationBefore } from './sentences.ts';
import { PARTY_MEMBER_NOUNS } from '../lexicon/speakers.ts';

/** Spaces and clause marks before a clause's first word. */
export const LEADING_JUNK = /^[\s,;]+/u;
const CLAUSE_STOP = new Set(['that', 'when', 'while', 'because', 'and', 'but', 'as', 'after', 'before', 'where', 'if', 'since', 'although', 'though', 'so', 'or', 'what', 'then', 'yet', 'whom', 'whose']);
/** A party member and the state or district they sit for, as newspapers tag a lawmaker ("Democrat of Maine", "Republican of New York"). */
const PARTY_MEMBER_TAG = `(?:${PARTY_MEMBER_NOUNS.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`).join('|')})\\s+of\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}$`;
/** An appositive after a name: "a spokesman for …", "the U.S. attorney …", a party-state tag "R-Neb." or "Republican of Ohio". */
export const APPOSITIVE = new RegExp(`^(?:(?:a|an|the|his|her|its|their)\\s|\\p{Ll}|\\p{Lu}[\\p{L}.-]*['’]s?\\s+(?:[\\p{L}-]+\\s+){0,3}\\p{Ll}|[A-Z]{1,2}-[\\p{L}.]+$|\\d{1,3}$|${PARTY_MEMBER_TAG})`, 'u');
const RELATIVE = new Set(['who', 'which']);
export const ADVERBS = new Set(['also', 'later', 'then', 'has', 'have', 'had', 'was', 'is', 'were', 'would', 'will', 'could',
  'previously', 'once', 'again', 'further', 'earlier', 'even', 'first', 'not', 'never', 'did', 'does', 'do', 'may',
  'might', 'must', 'should', 'can', 'just', 'recently', 'had', 'been', 'being', 'still', 'too', 'finally', 'often', 'quickly', 'simply',
  'however', 'meanwhile', 'though', 'instead', 'therefore', 'nevertheless', 'moreover', 'indeed']);
const POST_VERB_STOP = new RegExp(`[,;:()—–]|[.](?=\\s|$)|\\s(?:in|on|at|during|when|while|after|before|who|which|that|as|to|adding|about|of the|from the|via|with|${FOREIGN_PREPOSITIONS.join('|')})\\s`, 'gu');
const MAIN_VERB = new Set(['did', 'does', 'do', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);
export const SUBJECT_START_OK = /^(?:[\p{Lu}\p{N}]|(?:the|a|an|he|she|they|it|we|i|one|two|three|several|some|many|officials|police|prosecutors|authorities|critics|experts|researchers|protesters|demonstrators|residents|witnesses|analysts|lawyers|doctors|students|workers|officers|sources|people|supporters|activists|voters|fans|parents|families|investigators|scientists|economists|observers|neighbours|neighbors|relatives|survivors|victims|leaders|lawmakers|members)\b)/u;
/** The noun phrase a relative clause hangs on: an optional determiner and a capitalised run, or up to four words after a preposition. */
const ANTECEDENT = /(?:\b(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}\p{N}'’.-]*(?:\s+(?:of|for|on|and|the|in)\s+|\s+))*[\p{Lu}][\p{L}\p{N}'’.-]*$/u;
export const MAX_SUBJECT_WORDS = 14;
/** Only capitalised words ("Iraq and Syria", "Nathan Orvell"): an "and" before them joins names, it does not start a clause. */
const CAPITALISED_ONLY = /^(?:\s+[\p{Lu}][\p{L}'’.-]*)+$/u;
const PARTY_TAG = new RegExp(`^(?:[A-Z]{1,2}-[\\p{L}.]+|\\d{1,3}|${PARTY_MEMBER_TAG})$`, 'u');
/** A short noun phrase ending a text ("two highly critical reports"). */
const NOUN_PHRASE_END = /(?:\b(?:the|a|an|two|three|four|several|some|many|these|those|its|their|his|her)\s+|[\p{L}]+['’]s\s+)(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+$/u;
/** Verbs by which someone puts out a document ("released two reports that …"). */
const ISSUED_BY = /\b(?:released|published|issued|sent|wrote|filed|posted|signed)\s*$/u;
const NAME_END = /[\p{Lu}][\p{L}'’.-]*$/u;
/** What opens an aside right before its participle: a comma, and maybe a clause word (", when asked …,", ", asked …,"). */
const ASIDE_OPENING = /,\s*(?:(?:when|if|once|after|while|as)\s+)?$/u;
/** Masked quote text: another quote in the same stretch of text. */
export const MASK_RUN = 'xxx';

/** A clause word and a name filling a comma segment ("Or, as Tom Vale, a former …, put it"): the name opens the subject. */
const CLAUSE_WORD_THEN_NAME = /^(?:as|and|but|so|while|when|because|though|although|after|before|since|if)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})$/u;
/** A tag in brackets after a name ("Sen. Ann Ross (D-Ore.)"). */
const BRACKET_TAIL = /\s*\([^()]*\)$/u;
/** An appositive ending in a common noun ("the editor of the weekly paper", "whose latest company"): a name set after it names that noun. */
const ENDS_IN_COMMON_NOUN = /\p{Ll}[\p{L}-]*$/u;

/** Whether a comma segment is an appositive (not a clause word and a name, which opens the subject). */
function isAppositive(seg: string): boolean {
  const t = seg.trim();
  return APPOSITIVE.test(t) && !CLAUSE_WORD_THEN_NAME.test(t) && (PARTY_TAG.test(t) || t.split(/\s+/u).length >= 2);
}

/** A person's name filling a comma segment (a clause word before it and a bracketed tag after it dropped), or null. */
function personInSegment(seg: string): string | null {
  const t = seg.trim().replace(BRACKET_TAIL, '');
  const candidate = CLAUSE_WORD_THEN_NAME.exec(t)?.[1] ?? t;
  if (!NAME_END.test(candidate) || candidate.split(/\s+/u).length > 6) return null;
  const speaker = readSpeaker(candidate);
  return speaker && speaker.type === 'person' && !speaker.pronoun ? speaker.text : null;
}

/**
 * The name before a run of comma-separated appositives at the end of `text`
 * ("Karim Belhadj, a senior analyst at Corvane Analytics, the Texas-based firm" → "Karim Belhadj"), or null.
 * A name right after an appositive ending in a common noun names that noun
 * ("Ann Ross, the editor of the weekly paper, the Lowland Courier,"; "Mr. Vale,
 * whose company, Brightloom, sells lamps,"): the person before it is the subject.
 */
export function nameBeforeAppositives(text: string): string | null {
  const segments = text.split(/[,;:]/u);
  let s = segments.length - 1;
  if (s < 1) return null;
  while (s > 0 && isAppositive(segments[s]!)) s--;
  const named = s < segments.length - 1 ? personInSegment(segments[s]!) : null;
  if (s >= 2 && isAppositive(segments[s - 1]!) && ENDS_IN_COMMON_NOUN.test(segments[s - 1]!.trim())) {
    let t = s - 1;
    while (t > 0 && isAppositive(segments[t]!)) t--;
    const earlier = t < s - 1 ? personInSegment(segments[t]!) : null;
    if (earlier) return earlier;
  }
  return named;
}

/** A masked quote ("“xxxx,”"): the words of another quote, never a subject. */
const MASKED_QUOTE = new RegExp(`${MASK_RUN}`, 'u');

/**
 * The speaker of a verb whose subject is another quote ("“…,” said Ann Ross,
 * urging them to “…”"): the phrase after the verb, or null when the verb has
 * a subject of its own.
 */
export function speakerAfterQuoteVerb(text: string, ws: readonly Word[], v: number, subject: string): SpeakerPhrase | null {
  if (!MASKED_QUOTE.test(subject)) return null;
  const speaker = readSpeaker(phraseAfterVerb(text.slice(ws[v]!.end)));
  return speaker && !speaker.pronoun ? speaker : null;
}

/** The subject of a relative clause that has one ("in which he pledged" → "he"): a pronoun or a name right after the relative word. */
function relativeClauseSubject(between: string): string | null {
  const t = between.trim();
  if (t.length === 0) return null;
  const speaker = readSpeaker(t);
  if (!speaker) return null;
  if (speaker.pronoun) return t.split(/\s+/u).length === 1 ? t : null;
  return (speaker.type === 'person' || speaker.type === 'organization') && /^\p{Lu}/u.test(t) && speaker.text === t ? t : null;
}

/** An adverb between a subject and its verb ("also", "quickly"); a capitalised word ending in -ly is a name ("Ann Kelly", "Lowland Weekly"). */
export function isAdverb(w: Word): boolean {
  return ADVERBS.has(w.lower) || (w.lower.endsWith('ly') && w.text === w.lower);
}

/** Text between the end of the previous clause and the verb at words[v], adverbs skipped. */
export function subjectBefore(text: string, ws: readonly Word[], v: number): string {
  let end = v - 1;
  while (end >= 0 && isAdverb(ws[end]!)) end--;
  if (end < 0) return '';
  const endAt = ws[end]!.end;
  // "Tom Vale, the former governor, who has … while he has lagged, called": a comma before the verb closes the appositives after the subject.
  if (text.slice(endAt, ws[v]!.start).includes(',')) {
    const named = nameBeforeAppositives(text.slice(0, endAt));
    if (named) return named;
  }
  // Walk back to a clause boundary.
  let startAt = 0;
  let count = 0;
  for (let i = end; i >= 0; i--) {
    const w = ws[i]!;
    const gap = text.slice(i > 0 ? ws[i - 1]!.end : 0, w.start);
    // "a speech in which he pledged": a relative clause with a subject of its own.
    const ownSubject = RELATIVE.has(w.lower) || w.lower === 'whom' ? relativeClauseSubject(text.slice(w.end, endAt)) : null;
    if (ownSubject) return ownSubject;
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
    if (i < end && w.text === w.lower && isReportingVerb(ws, i)) {
      // "Tom Vale, when asked about the plan, responded": a participle set off by commas is an aside; the name before it speaks.
      const aside = ASIDE_OPENING.test(text.slice(0, w.start)) ? nameBeforeAppositives(text.slice(0, endAt)) : null;
      if (aside) return aside;
      startAt = w.end;
      break;
    }
    const joinsNames = (w.lower === 'and' || w.lower === 'or' || w.lower === '&') && CAPITALISED_ONLY.test(text.slice(w.end, endAt));
    if (CLAUSE_STOP.has(w.lower) && !joinsNames && (w.text === w.lower || i === 0 || /[.!?]\s*$/u.test(text.slice(0, w.start)))) {
      // "Tom Vale, pastor of a church and a Pike supporter, said": an "and" inside the appositives joins them; the name before them speaks.
      const named = w.lower === 'and' ? nameBeforeAppositives(text.slice(0, endAt)) : null;
      if (named) return named;
      startAt = w.end;
      break;
    }
    count++;
    if (count > MAX_SUBJECT_WORDS) { startAt = w.start; break; }
    const periodEnds = /^[.]\s/u.test(gap) && i > 0 && !isAbbreviationBefore(text, ws[i - 1]!.end + 1);
    if (/[;:!?()“”"]/u.test(gap) || periodEnds || gap.includes('—') || gap.includes('–') || gap.includes(' - ')) { startAt = w.start; break; }
    if (gap.includes(',')) {
      startAt = w.start;
      // Appositives ("Liu Minghao, a spokesman for …, said"; "Karim Belhadj, an analyst at Corvane Analytics, the … firm, told"): the name sits before them.
      const named = nameBeforeAppositives(text.slice(0, endAt));
      if (named) return named;
      break;
    }
  }
  return text.slice(startAt, endAt);
}

/** The words after a verb up to the end of the speaker's phrase ("Rep. Glen Harper (R-TX), ranking …" → "Rep. Glen Harper"). */
export function phraseAfterVerb(after: string): string {
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
export function relativeHead(text: string): SpeakerPhrase | null {
  const at = text.lastIndexOf(' who ');
  if (at < 0) return null;
  const phrase = NOUN_PHRASE_END.exec(text.slice(0, at));
  return phrase ? readSpeaker(phrase[0]) : null;
}

/** The subject of the nearest finite verb before words[v] ("the Commission, which …, issued a statement warning" → "the Commission"). */
export function finiteVerbSubject(text: string, ws: readonly Word[], v: number): SpeakerPhrase | null {
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

/** The subject of the last clause of `text` that has one ("After the hearing, Mia Vell issued a statement," → "Mia Vell"). */
export function lastClauseSubject(text: string): SpeakerPhrase | null {
  const segments = text.split(/[,;:]/u);
  for (let s = segments.length - 1; s >= 0; s--) {
    const found = mainClauseSubject(segments[s]!);
    if (found) return found;
  }
  return null;
}

/** "with" and a capitalised run right before a participle, an adverb allowed between ("…, with Sen. Ann Ross calling it", "with Ross recently calling it"). */
const WITH_NAME_END = /\bwith\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Ll}+ly)?\s*$/u;

/**
 * The subject of an absolute clause ("Critics piled in, with Sen. Ann Ross
 * calling it “…”"): the name after "with" right before the participle,
 * not the subject of the main clause. `head` is the text up to the participle.
 */
export function absoluteClauseSubject(head: string): SpeakerPhrase | null {
  const m = WITH_NAME_END.exec(head);
  if (!m) return null;
  const speaker = readSpeaker(m[1]!);
  return speaker && !speaker.pronoun && (speaker.type === 'person' || speaker.type === 'organization') ? speaker : null;
}
