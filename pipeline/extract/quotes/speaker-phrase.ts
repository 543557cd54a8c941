/**
 * Reads a speaker out of the words around a reporting verb: the name in
 * "World Uyghur Congress President Arslan Nur", the person in "Liu Minghao, a
 * spokesman for …", the organisation "Human Rights Watch", the document
 * "the report", a pronoun, or a title-only phrase kept as written ("the
 * Norwegian ambassador to Peru").
 */
import type { SpeakerType } from '../types.ts';
import { FOREIGN_PREPOSITIONS } from '../lexicon/foreign-speech.ts';
import {
  DOCUMENT_NOUNS, GROUP_PRONOUNS, NAME_CONNECTORS, NOT_NAME_WORDS, ORGANIZATION_WORDS, PERSON_NOUNS, PERSON_PRONOUNS, TITLE_WORDS,
} from '../lexicon/speakers.ts';

/** A speaker as read from the text, before pronouns and surnames are resolved. */
export interface SpeakerPhrase {
  text: string;
  type: SpeakerType;
  /** The phrase is a pronoun ("she") to resolve from context. */
  pronoun: boolean;
  /** Title or role read before the name ("foreign ministry spokesman" in "foreign ministry spokesman Wang Lichen"). */
  title?: string;
}

/** The words of a phrase before its name, when they hold a title word: the speaker's title as written. */
function titleBefore(phrase: string, toks: Token[], name: Token[]): string | undefined {
  const at = toks.indexOf(name[0]!);
  if (at <= 0 || !toks.slice(0, at).some((t) => TITLE_SET.has(t.lower))) return undefined;
  const title = phrase.slice(0, name[0]!.index).replace(TITLE_EDGE, '').replace(LEADING_DETERMINER, '');
  return title.length > 0 ? title : undefined;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu;
/** A possessive ending ("NASA’s", "Reyes'"). */
export const POSSESSIVE = /['’]s?$/u;
const CAPITALISED = /^\p{Lu}/u;
const TITLE_SET = new Set(TITLE_WORDS);
const ORG_SET = new Set(ORGANIZATION_WORDS);
const PERSON_SET = new Set(PERSON_NOUNS);
const DOC_SET = new Set(DOCUMENT_NOUNS);
const CONNECTOR_SET = new Set(NAME_CONNECTORS);
const NOT_NAME_SET = new Set(NOT_NAME_WORDS);
const PERSON_PRONOUN_SET = new Set(PERSON_PRONOUNS);
const GROUP_PRONOUN_SET = new Set(GROUP_PRONOUNS);
const PREPOSITIONS = new Set(['of', 'at', 'for', 'to', 'from', 'in', 'on', 'with', 'by', 'about', 'over', 'under', 'between', 'against', 'into', 'within', ...FOREIGN_PREPOSITIONS]);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'many', 'its', 'his', 'her', 'their']);
const REDUCED_RELATIVE = /\s+(?:published|based|quoted|cited|interviewed|reported|released|posted|written|issued|led|run|owned|funded|backed|named|known|located|headquartered)\s.*$/u;
/** A time phrase after the subject ("Ada Brisk on Friday", "the ministry last week"): not part of the speaker. */
const TIME_TAIL = /\s+(?:(?:on|last|this|early|late|on\s+the)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|today|yesterday|tonight)$/u;
const OF_COMMON_NOUN = /^((?:[Tt]he|[Aa]n?)\s+\p{Ll}+)\s+of\s+(?:the|a|an|this|that|his|her|its|their)\s+\p{Ll}[\p{Ll}\s-]*$/u;
/** "the Spaniard", "the Frenchman", "the Argentine": a nationality standing for someone already named. */
export const DEFINITE_DEMONYM = /^the\s+\p{Lu}\p{Ll}+(?:ard|ese|ian|ine|man|woman|ish|i)$/iu;
const VERB_FORM = /(?:ed|ing)$/u;
/** A quote's words as the quote finder masks them (sentences.ts MASK): a run of "x". */
const MASKED_WORD = /^x{3,}/u;
const CLAUSE_WORDS = new Set(['not', 'to', 'and', 'or', 'but', 'that', 'which', 'who', 'when', 'while', 'if', 'because', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'will', 'would']);
const LEADING_DETERMINER = /^(?:the|a|an)\s+/iu;
/** Spaces and clause marks around a title (its abbreviation period stays: "Sen."). */
const TITLE_EDGE = /^[\s,;:—–-]+|[\s,;:—–-]+$/gu;
const TRIM_EDGE = /^[\s,;:—–-]+|[\s,;:—–.-]+$/gu;

interface Token {
  text: string;
  lower: string;
  index: number;
}

function tokens(phrase: string): Token[] {
  const out: Token[] = [];
  for (const m of phrase.matchAll(TOKEN)) {
    const text = m[0].replace(/[.]+$/u, (dots) => (m[0].length <= 4 ? dots : ''));
    out.push({ text, lower: text.toLowerCase().replace(POSSESSIVE, '').replace(/\.$/u, ''), index: m.index });
  }
  return out;
}

function isCap(t: Token): boolean {
  return CAPITALISED.test(t.text);
}

/** Maximal capitalised runs (connectors allowed inside, not at the edges). */
function capitalisedRuns(toks: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i]!) || NOT_NAME_SET.has(toks[i]!.lower)) { i++; continue; }
    let j = i + 1;
    while (j < toks.length) {
      if (isCap(toks[j]!) && !NOT_NAME_SET.has(toks[j]!.lower)) { j++; continue; }
      let k = j;
      while (k < toks.length && CONNECTOR_SET.has(toks[k]!.lower) && !isCap(toks[k]!)) k++;
      if (k > j && k < toks.length && isCap(toks[k]!) && !NOT_NAME_SET.has(toks[k]!.lower)) { j = k; continue; }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

function hasOrgWord(toks: Token[]): boolean {
  return toks.some((t) => ORG_SET.has(t.lower));
}

/** Drops title words at the front of a run: "President Arslan Nur" → "Arslan Nur"; null when only titles remain. */
function nameAfterTitles(toks: Token[]): Token[] | null {
  let last = -1;
  toks.forEach((t, idx) => { if (TITLE_SET.has(t.lower)) last = idx; });
  const rest = toks.slice(last + 1);
  if (rest.length === 0 || !isCap(rest[0]!) || CONNECTOR_SET.has(rest[0]!.lower)) return null;
  if (hasOrgWord(rest)) return null;
  return rest;
}

/** People's names never take "the": "The Daily Ledger", "the Valley Times" are bodies. */
function theBefore(toks: Token[], at: number): boolean {
  return at > 0 && toks[at - 1]!.lower === 'the';
}

function join(phrase: string, toks: Token[]): string {
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  return phrase.slice(first.index, last.index + last.text.length).replace(POSSESSIVE, '');
}

/** A pronoun's contracted auxiliary ("he’d", "she's", "they’ll"). */
const CONTRACTION = /['’](?:d|s|ll|ve|re)$/u;

/**
 * A pronoun standing as the subject: alone, with its contracted auxiliary
 * ("he’d asked"), or after sentence adverbs ("Recently she", "Instead he").
 */
function pronounSubject(toks: Token[]): SpeakerPhrase | null {
  const last = toks[toks.length - 1]!;
  const word = last.text.replace(CONTRACTION, '');
  const lower = word.toLowerCase();
  if (!PERSON_PRONOUN_SET.has(lower) && !GROUP_PRONOUN_SET.has(lower)) return null;
  const adverbsOnly = toks.slice(0, -1).every((t) => t.lower.endsWith('ly') || NOT_NAME_SET.has(t.lower));
  if (!adverbsOnly || toks.length > 3) return null;
  return { text: word, type: PERSON_PRONOUN_SET.has(lower) ? 'person' : 'unknown', pronoun: true };
}

/** Auxiliaries that make a phrase a clause of its own ("her budget was behind the deficit"). */
const FINITE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would']);
const RELATIVE_WORDS = new Set(['who', 'which', 'that']);

/** A clause, not a subject: an auxiliary inside it, not opening a relative clause ("officials who were briefed" stays a subject). */
function isFiniteClause(toks: Token[]): boolean {
  return toks.some((t, i) => i > 0 && i < toks.length - 1 && FINITE_AUXILIARIES.has(t.lower) && !RELATIVE_WORDS.has(toks[i - 1]!.lower));
}

/** Words between a document noun and its author ("sent out by", "written by", "from"), then the author. */
const AUTHOR_AFTER_DOCUMENT = /^(?:\s+[\p{Ll}-]+){0,2}?\s+(by|from)\s+(.+)$/u;

/**
 * The author named beside a document ("a campaign letter mailed out by Ann
 * Ross", "a paper from the Lowland Institute"): a document speaks as a
 * document only when the article does not say who wrote it. "by" takes a
 * named person or body; "from" only a body or a full name, never a place.
 */
function documentAuthor(raw: string, noun: string): SpeakerPhrase | null {
  const at = raw.indexOf(noun);
  const m = at >= 0 ? AUTHOR_AFTER_DOCUMENT.exec(raw.slice(at + noun.length)) : null;
  if (!m) return null;
  const author = readSpeaker(m[2]!);
  if (!author || author.pronoun || !CAPITALISED.test(author.text)) return null;
  if (m[1] === 'by' ? author.type !== 'person' && author.type !== 'organization' : author.type !== 'organization' && !author.text.includes(' ')) return null;
  return author;
}

/**
 * Reads a speaker from the subject phrase of a reporting verb (the words
 * right before "said", or right after "said" in "said X, the …").
 * Returns null when the phrase holds no plausible speaker.
 */
export function readSpeaker(raw: string): SpeakerPhrase | null {
  // A reduced relative clause ("The authors of the research published in the journal …") is not part of the speaker.
  const phrase = raw.replace(TRIM_EDGE, '').replace(REDUCED_RELATIVE, '').replace(TIME_TAIL, '').replace(OF_COMMON_NOUN, '$1');
  const toks = tokens(phrase);
  if (toks.length === 0) return null;
  // Another quote's masked words ("“xxxx,”") are no speaker.
  if (toks.some((t) => MASKED_WORD.test(t.text))) return null;
  const pronoun = pronounSubject(toks);
  if (pronoun) return pronoun;
  if (isFiniteClause(toks)) return null;

  if (DEFINITE_DEMONYM.test(phrase)) return { text: phrase, type: 'person', pronoun: false };
  const runs = capitalisedRuns(toks);
  // 1. A name at the end of the phrase, not the object of a preposition: "foreign ministry spokesman Wang Lichen".
  const lastRun = runs[runs.length - 1];
  if (lastRun && lastRun[1] === toks.length) {
    let before = lastRun[0] - 1;
    while (before >= 0 && DETERMINERS.has(toks[before]!.lower)) before--;
    if (before < 0 || !PREPOSITIONS.has(toks[before]!.lower)) {
      const run = toks.slice(lastRun[0], lastRun[1]);
      const name = nameAfterTitles(run);
      if (name) return { text: join(phrase, name), type: theBefore(toks, lastRun[0]) && name.length === run.length ? 'organization' : 'person', pronoun: false, title: titleBefore(phrase, toks, name) };
      if (hasOrgWord(run)) return { text: join(phrase, run), type: 'organization', pronoun: false };
    }
  }
  // 2. A name opening the phrase: "Declan Farrelly from the South China Morning Post".
  const firstRun = runs[0];
  // A lone capitalised word opening a phrase that goes on in lower case is a common noun ("Detainees interviewed …").
  const commonNoun = firstRun !== undefined && firstRun[1] - firstRun[0] === 1 && (firstRun[0] === 0 || DETERMINERS.has(toks[firstRun[0] - 1]!.lower))
    && toks[firstRun[1]] !== undefined && !isCap(toks[firstRun[1]]!) && !PREPOSITIONS.has(toks[firstRun[1]]!.lower);
  const modifier = commonNoun || firstRun !== undefined && toks[firstRun[1]] !== undefined && TITLE_SET.has(toks[firstRun[1]]!.lower) && !isCap(toks[firstRun[1]]!);
  if (firstRun && firstRun[0] <= 1 && !modifier) {
    const run = toks.slice(firstRun[0], firstRun[1]);
    const name = nameAfterTitles(run);
    if (name && !DOC_SET.has(name[name.length - 1]!.lower)) {
      return { text: join(phrase, name), type: theBefore(toks, firstRun[0]) && name.length === run.length ? 'organization' : 'person', pronoun: false, title: titleBefore(phrase, toks, name) };
    }
    if (hasOrgWord(run)) return { text: join(phrase, run), type: 'organization', pronoun: false };
  }
  // 3. A document: "the report", "a letter signed by seven physicians", "court records".
  const docAt = toks.findIndex((t) => DOC_SET.has(t.lower));
  if (docAt >= 0 && docAt <= 3) {
    // "the club’s statement", "Amnesty’s report": the owner of the document speaks.
    const owner = docAt > 0 && POSSESSIVE.test(toks[docAt - 1]!.text) ? phrase.slice(0, toks[docAt - 1]!.index + toks[docAt - 1]!.text.length).replace(POSSESSIVE, '') : null;
    const ownerSpeaker = owner ? readSpeaker(owner) : null;
    if (ownerSpeaker && ownerSpeaker.type !== 'document') return ownerSpeaker;
  }
  if (docAt >= 0 && docAt <= 2) {
    const author = documentAuthor(raw.replace(TRIM_EDGE, ''), toks[docAt]!.text);
    if (author) return author;
    return { text: phrase.slice(0, toks[docAt]!.index + toks[docAt]!.text.length), type: 'document', pronoun: false };
  }
  // 4. A title or group kept as written: "the Norwegian ambassador to Peru", "Government officials".
  // A clause is not a speaker ("asked not to be identified").
  const lead = toks[0]!;
  if (!isCap(lead) && (VERB_FORM.test(lead.lower) || CLAUSE_WORDS.has(lead.lower))) return null;
  if (toks.length <= 12) {
    // The head noun (the last word before a preposition) decides: "Peruvian defense ministries", "a White House spokesman".
    const prep = toks.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.lower));
    const head = toks[(prep > 0 ? prep : toks.length) - 1]!;
    const type: SpeakerType = ORG_SET.has(head.lower) ? 'organization' : TITLE_SET.has(head.lower) || PERSON_SET.has(head.lower) ? 'person'
      : toks.some((t) => TITLE_SET.has(t.lower)) ? 'person' : hasOrgWord(toks) ? 'organization' : 'unknown';
    return { text: phrase, type, pronoun: false };
  }
  return null;
}

/** Whether a phrase looks like a speaker's subject at all (a name, pronoun, or noun phrase, not a clause). */
export function isPronoun(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_PRONOUN_SET.has(w) || GROUP_PRONOUN_SET.has(w);
}
