/**
 * Person names of an article and where they are mentioned: used to expand a
 * surname ("Vasquez said") to the fullest name the article gives
 * ("Helena Vasquez") and to find who a pronoun stands for.
 */
import { POSSESSIVE } from './speaker-phrase.ts';
import { NOT_NAME_WORDS, ORGANIZATION_WORDS, PARTY_MEMBER_NOUNS, TITLE_WORDS } from '../lexicon/speakers.ts';
import { NON_PERSON_LAST_WORDS } from '../lexicon/english.ts';
import { isNameWord } from '../actors/classify.ts';
import { countryOfWord, isUsState } from '../actors/country-words.ts';
import { wordBefore } from './word-before.ts';

/** A capitalised run of 1–4 words that can be a person's name. */
/** (The capital comes before the look-behind: the same matches, and V8 then looks for a capital first, twice as fast.) */
const NAME_RUN = /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})[\p{L}’'.-]*(?: +[\p{Lu}][\p{L}’'.-]*){0,5}/gu;
/** All-capital words ("SLS", "NASA") name things and bodies, not people. */
/** Titles that belong to a one-word name as written ("Prince Andrew", "Pope Francis"). */
const ROYAL_TITLES = new Set(['prince', 'princess', 'king', 'queen', 'pope', 'duke', 'duchess', 'sheikh', 'emperor', 'empress', 'sultan', 'emir', 'crown']);
const ACRONYM = /^[\p{Lu}\p{N}&.-]{2,}$/u;
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|JR|SR)$/u;
/** Where a sentence ends: a stop and spaces, or a line break. */
export const SENTENCE_BREAK = /[.!?:]["”’)]*\s+|\n+/gu;
const NEXT_WORD = /^\s*(?:\([^)]{0,30}\)\s*)?(,|\p{Ll}+)/u;
/** Words around a name that make it an object rather than a subject ("than Harlan", "to Xi", "Harlan of …"). */
const NOT_SUBJECT_BEFORE = new Set(['than', 'to', 'of', 'for', 'from', 'by', 'with', 'about', 'at', 'in', 'on', 'into',
  'like', 'against', 'between', 'among', 'over', 'under', 'after', 'before', 'through', 'toward', 'towards',
  'and', 'or', 'the', 'a', 'an', 'whom', 'via', 'per', 'during', 'without', 'upon', 'behind', 'beside']);
/** A conjunction opening the sentence before the name ("And Ross, for once, agreed"): the name is still the subject. */
const OPENING_CONJUNCTION = /^\s*["“]?(?:And|But|Or)\s+$/u;
/** A word with a period then spaces; a word of 3+ letters ending a sentence ("SLS. At") ends the run. */
const WORD_WITH_SPACE = /(\S+)\. +/gu;
/** Abbreviations that keep their period inside a name ("Mrs. Smith", "Sen. Ben Hartley"). */
const KEEP_DOTTED = new Set(['mrs', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'sgt', 'maj', 'adm', 'rev', 'prof', 'insp', 'supt', 'det', 'cmdr', 'hon', 'messrs']);
const ORG_SET = new Set(ORGANIZATION_WORDS);
/** Initials written with dots ("G.K.", "J."), which the name-word test does not take. */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;
/** A capitalised word and a connector right before a run ("Commission for ", "Rapporteur on "). */
const INSIDE_LONGER_NAME = /\p{Lu}[\p{L}'’.-]*\s+(?:of|for|on)\s+(?:the\s+)?$/u;
const SPACE = /\s/u;
/** The words {@link INSIDE_LONGER_NAME} can end on, before the spaces. */
const CONNECTOR_ENDS = ['of', 'for', 'on', 'the'];

/**
 * {@link INSIDE_LONGER_NAME} on the 40 characters before `start`, tried only
 * when they end with one of its last words and spaces: a quick look that
 * spares most runs the pattern, which is tried at each of the 40 places
 * (about 0.4% of extracting a page). Same answers: every match ends so.
 */
function insideLongerName(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && SPACE.test(text[k - 1]!)) k--;
  if (k === start || !CONNECTOR_ENDS.some((word) => text.endsWith(word, k))) return false;
  return INSIDE_LONGER_NAME.test(text.slice(Math.max(0, start - 40), start));
}
/** A place adjective ("Lowtown-area", "Lowland-based"). */
const PLACE_SUFFIX = /-(?:area|based|born)$/u;
const TITLE_SET = new Set(TITLE_WORDS);
const NOT_NAME_SET = new Set(NOT_NAME_WORDS);
const PARTY_SET = new Set(PARTY_MEMBER_NOUNS);

/** A party member's noun, singular or plural ("republican", "democrats"); lower-case in. */
export function isPartyWord(lower: string): boolean {
  return PARTY_SET.has(lower) || PARTY_SET.has(lower.replace(/s$/u, ''));
}

/** One mention of a person's name. */
export interface NameMention {
  /** The name without titles (e.g. "Arslan Nur", or "Vasquez"). */
  name: string;
  start: number;
  end: number;
  /**
   * The mention is likely the subject of a clause: not a possessive, not after
   * a preposition, and followed by a lower-case word or a comma ("As it turned
   * out, Vantress had …"; not "… than Mary-Beth Calloway has").
   */
  subject: boolean;
  /** Offset where the mention's sentence starts. */
  sentence: number;
  /** A title came right before the name ("Prince Andrew", "Mr. Wang"): a person even when one word. */
  titled: boolean;
  /** A title that is part of how a one-word name is written ("Prince" in "Prince Andrew"), or null. */
  royal: string | null;
}

/** Place words already looked up (the country and state lists are fixed; bounded, cleared when full). */
const PLACE_CACHE = new Map<string, boolean>();
const PLACE_CACHE_SIZE = 50_000;

/** Whether words name a country, a people or a US state ("Kentucky", "French", "New Hampshire"). */
export function isPlace(words: string): boolean {
  let found = PLACE_CACHE.get(words);
  if (found === undefined) {
    found = isUsState(words) || countryOfWord(words) !== null;
    if (PLACE_CACHE.size >= PLACE_CACHE_SIZE) PLACE_CACHE.clear();
    PLACE_CACHE.set(words, found);
  }
  return found;
}

/** How many words at `at` name a place or a people ("Kentucky", "New Hampshire", "Lowland-area", "French"): 0 when none. */
function placeWordsAt(parts: readonly string[], at: number): number {
  const w = parts[at]!;
  const next = parts[at + 1];
  if (next !== undefined && at + 2 < parts.length && isPlace(`${w} ${next}`)) return 2;
  return isPlace(w) || PLACE_SUFFIX.test(w) ? 1 : 0;
}

/**
 * Whether the words can be a person's name as the actors' recogniser reads
 * name words (`isNameWord`: capitalised, no organisation head, no
 * not-a-name word), initials ("G.K.") allowed, and no place or event word
 * ending it ("Salt Lake City", "Super Tuesday").
 */
function looksLikePersonName(name: readonly string[]): boolean {
  const last = name[name.length - 1]!.toLowerCase();
  if (NON_PERSON_LAST_WORDS.has(last)) return false;
  if (name.length <= 2 && isPlace(name.join(' '))) return false;
  return name.every((w) => isNameWord(w) || INITIALS.test(w) || ROMAN.test(w.toUpperCase()));
}

function clean(word: string): string {
  return word.replace(POSSESSIVE, '').replace(/[.,]+$/u, '');
}

/** What a capitalised run says by itself, wherever it stands (see {@link runShape}). */
interface RunShape {
  /** Characters dropped from the run's start (a sentence ending inside it). */
  shift: number;
  raw: string;
  rawParts: string[];
  parts: string[];
  lower: string[];
  /** Index of the name's first word in `parts`. */
  first: number;
  name: string[];
}

/** Run shapes already worked out: pages repeat their runs, and the resolver reads each page twice (bounded, cleared when full). */
const RUN_CACHE = new Map<string, RunShape | null>();
const RUN_CACHE_SIZE = 50_000;

/**
 * The part of reading a capitalised run that depends on its words only: where
 * the name starts (after titles, possessives, not-a-name and place words) and
 * whether the words can be a person's name; null when they cannot.
 */
function runShape(run: string): RunShape | null {
  const cached = RUN_CACHE.get(run);
  if (cached !== undefined) return cached;
  const shape = readRunShape(run);
  if (RUN_CACHE.size >= RUN_CACHE_SIZE) RUN_CACHE.clear();
  RUN_CACHE.set(run, shape);
  return shape;
}

function readRunShape(run: string): RunShape | null {
  let raw = run.trimEnd();
  // A word ending a sentence ("… China. Declan Farrelly") ends the run: keep what follows.
  let shift = 0;
  for (const w of raw.matchAll(WORD_WITH_SPACE)) {
    const bare = w[1]!.toLowerCase();
    if (w.index + w[0].length < raw.length && bare.length >= 3 && /\p{L}{3}$/u.test(bare) && !KEEP_DOTTED.has(bare)) shift = w.index + w[0].length;
  }
  raw = raw.slice(shift);
  const rawParts = raw.split(/ +/u).filter((w) => w.length > 0);
  const parts = rawParts.map(clean);
  const lower = parts.map((w) => w.toLowerCase().replace(/\.$/u, ''));
  if (lower.some((w) => ORG_SET.has(w))) return null;
  // The name starts after the last title or possessive ("NASA’s Administrator Jim Calder").
  let first = 0;
  rawParts.forEach((w, i) => { if (TITLE_SET.has(lower[i]!) || (POSSESSIVE.test(w) && i < rawParts.length - 1)) first = i + 1; });
  while (first < parts.length && NOT_NAME_SET.has(lower[first]!)) first++;
  // "Ohio Republican Ann Ross", "Democrat Tom Vale": place and party words before a name are not part of it.
  for (let before = -1; before !== first;) {
    before = first;
    while (first < parts.length - 1 && placeWordsAt(parts, first) > 0) first += placeWordsAt(parts, first);
    while (first < parts.length - 1 && isPartyWord(lower[first]!)) first++;
  }
  const name = parts.slice(first);
  if (name.length === 0 || name.length > 4 || !looksLikePersonName(name)) return null;
  if (name.some((w) => ACRONYM.test(w) && !ROMAN.test(w))) return null;
  return { shift, raw, rawParts, parts, lower, first, name };
}

/**
 * Whether a name at [start, end) reads as the subject of a clause: not a
 * possessive, not after a preposition, and followed by a lower-case word
 * or a comma ("As it turned out, Vantress had …"; not "… than Orlen has").
 */
export function readsAsSubject(text: string, sentence: number, start: number, end: number, possessive: boolean): boolean {
  const prevWord = wordBefore(text, Math.max(sentence, start - 30), start)?.toLowerCase();
  const nextWord = NEXT_WORD.exec(text.slice(end, end + 50));
  const opener = prevWord !== undefined && start - sentence <= 6 && OPENING_CONJUNCTION.test(text.slice(sentence, start));
  return !possessive && (prevWord === undefined || opener || !NOT_SUBJECT_BEFORE.has(prevWord)) && nextWord !== null && (nextWord[1] === ',' || !NOT_SUBJECT_BEFORE.has(nextWord[1]!));
}

/**
 * Finds person-like names in the text (capitalised runs without
 * organisation words, titles dropped). Single words are kept too: they are
 * surnames when a longer name ends with them.
 */
export function nameMentions(text: string): NameMention[] {
  const out: NameMention[] = [];
  const breaks = sentenceStarts(text);
  let bi = 0;
  // exec on the one global pattern, not matchAll: no iterator result and pattern copy per run (never re-entered).
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m !== null; m = NAME_RUN.exec(text)) {
    const shape = runShape(m[0]);
    if (shape === null) continue;
    const { shift, raw, rawParts, parts, lower, first, name } = shape;
    const offset = raw.indexOf(rawParts[first]!);
    const start = m.index + shift + offset;
    // "the Rapporteur on Contemporary Forms of …": a run after a capitalised word and a connector is the inside of a longer name.
    if (first === 0 && insideLongerName(text, start)) continue;
    while (bi + 1 < breaks.length && breaks[bi + 1]! <= start) bi++;
    const sentence = breaks[bi]!;
    const end = m.index + shift + raw.length;
    const subject = readsAsSubject(text, sentence, start, end, POSSESSIVE.test(rawParts[rawParts.length - 1]!));
    const titled = first > 0 && TITLE_SET.has(lower[first - 1]!);
    const royal = titled && name.length === 1 && ROYAL_TITLES.has(lower[first - 1]!) ? parts[first - 1]! : null;
    out.push({ name: name.join(' '), start, end, subject, sentence, titled, royal });
  }
  return out;
}

/** The texts whose sentence starts were found last, with them: the resolver and the body finder read the article's text and its masked copy several times each. */
const SENTENCE_STARTS: Array<{ text: string; starts: readonly number[] }> = [];
const SENTENCE_STARTS_KEPT = 2;

/** Sentence starts of a text (0 first), at the end of each {@link SENTENCE_BREAK}; found once per text (shared: do not change). */
export function sentenceStarts(text: string): readonly number[] {
  const known = SENTENCE_STARTS.find((s) => s.text === text);
  if (known) return known.starts;
  const starts = [0];
  for (const b of text.matchAll(SENTENCE_BREAK)) starts.push(b.index + b[0].length);
  if (SENTENCE_STARTS.unshift({ text, starts }) > SENTENCE_STARTS_KEPT) SENTENCE_STARTS.pop();
  return starts;
}

/** Maps each surname (and first name) to the fullest multi-word name ending (or starting) with it. */
export function fullestNames(mentions: readonly NameMention[]): Map<string, string> {
  const best = new Map<string, string>();
  const consider = (key: string, name: string): void => {
    const have = best.get(key);
    if (!have || name.split(' ').length > have.split(' ').length) best.set(key, name);
  };
  for (const m of mentions) {
    const parts = m.name.split(' ');
    if (parts.length < 2) continue;
    consider(parts[parts.length - 1]!, m.name);
    consider(m.name, m.name);
  }
  // A first name alone ("Dele", "Jose") stands for the first full name starting with it.
  const byFirst = new Map<string, string>();
  for (const m of mentions) {
    const parts = m.name.split(' ');
    if (parts.length > 1 && !byFirst.has(parts[0]!)) byFirst.set(parts[0]!, m.name);
  }
  for (const m of mentions) {
    const parts = m.name.split(' ');
    if (parts.length < 2 && !best.has(parts[0]!)) {
      if (m.titled) {
        best.set(parts[0]!, m.royal ? `${m.royal} ${m.name}` : m.name);
        continue;
      }
      const starting = byFirst.get(parts[0]!);
      if (starting) best.set(parts[0]!, starting);
    }
  }
  return best;
}

/** The fullest name for a speaker written as a surname or short form, or the name itself. */
export function expandName(name: string, fullest: ReadonlyMap<string, string>): string {
  const parts = name.split(/\s+/u);
  const last = parts[parts.length - 1]!;
  const full = fullest.get(name) ?? fullest.get(last);
  if (!full) return name;
  return full.split(' ').length > parts.length ? full : name;
}

/**
 * Pronouns after a name that tell its gender: subject, possessive and
 * reflexive. Not "him" and "her", which after a name are mostly its object
 * and so someone else ("Vale defended her"); without them PolNeAR train
 * speakers rose by 12 of 4,581 with the same weights.
 */
const GENDERED = /\b(he|his|himself|she|hers|herself)\b/iu;
const SENTENCE_TAIL = /^[^.!?]{0,160}/u;
const FEMININE = new Set(['she', 'hers', 'herself']);
const TITLE_GENDER = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess)\.?\s+$/u;
const FEMININE_TITLES = new Set(['Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'Queen', 'Princess']);

/** Gender of a person as the article's pronouns tell it: 'm', 'f', or absent when unclear. */
export type Gender = 'm' | 'f';

/**
 * Guesses each full name's gender from the first gendered pronoun after its
 * mentions (in the rest of the sentence, before the next person named) and
 * from titles (Mr., Ms.); majority vote per name. `mentions` in text order.
 */
export function inferGenders(text: string, mentions: readonly NameMention[], fullest: ReadonlyMap<string, string>): Map<string, Gender> {
  const votes = new Map<string, number>();
  mentions.forEach((m, i) => {
    const full = expandName(m.name, fullest);
    if (!full.includes(' ') && !fullest.has(full)) return;
    let vote = 0;
    const title = TITLE_GENDER.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (title) vote = FEMININE_TITLES.has(title[1]!) ? -2 : 2;
    else {
      // The pronoun must come before the next person named: "Ross met Ann Lee and thanked her" tells nothing of Ross.
      const next = mentions[i + 1];
      const stop = next && next.start > m.end ? next.start : text.length;
      const tail = SENTENCE_TAIL.exec(text.slice(m.end, stop))?.[0] ?? '';
      const p = GENDERED.exec(tail);
      if (p) vote = FEMININE.has(p[1]!.toLowerCase()) ? -1 : 1;
    }
    votes.set(full, (votes.get(full) ?? 0) + vote);
  });
  const out = new Map<string, Gender>();
  for (const [name, v] of votes) if (v !== 0) out.set(name, v > 0 ? 'm' : 'f');
  return out;
}
