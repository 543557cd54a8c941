/**
 * People cues of session 10 (issue 9): words around a name that only a
 * person's name takes, for names no list holds. Each rule returns its reason
 * or null; tests on invented sentences in test/actors/people-recall-s10.test.ts.
 */
import { GIVEN_NAMES } from '../lexicon/given-names.ts';
import { dictionaryClass } from '../lexicon/dictionary.ts';
import { HONORIFICS, ROLE_WORDS } from '../lexicon/english.ts';
import { NOBLE_RANKS } from '../lexicon/person-cues.ts';
import { countryOfWord, isCapital } from './country-words.ts';
import { looksLikePlace } from './places.ts';
import { writtenInLowerCase } from './tokens.ts';
import { PLAIN_WORD } from './name-context.ts';

const lower = (w: string): string => w.toLowerCase();
const isCountryOrCapital = (s: string): boolean => countryOfWord(s) !== null || isCapital(s);

/** The reason of a single name coordinated with the writer ("Tamsin and I"). */
export const WITH_THE_WRITER = 'with the writer: a single name coordinated with "I" or "me"';
/** After the name: more coordinated names, then "and I" / "and me" ("Tarrow and I", "Tarrow, Bex and me", "Tarrow and Bex and I"). */
const WRITER_AFTER = /^(?:,?\s+(?:and\s+)?\p{Lu}\p{Ll}+)*,?\s+and\s+(?:I|me|myself)(?![\p{L}\-])/u;
/** Before the name: "me and Tarrow", "I and Tarrow". */
const WRITER_BEFORE = /(?:^|[^\p{L}])(?:I|me)\s+and\s+$/u;
/** A capitalised owner right before the word ("Quorvex's Harbour"): the word ends a longer name. */
const OWNER_BEFORE = /\p{Lu}[\p{L}\-]*[’']s\s+$/u;

/**
 * A single capitalised word coordinated with the writer's "I" or "me"
 * ("Tarrow and I went", "me and Tarrow", "Tarrow, Bex and I"): only a person
 * (or a pet) goes somewhere with the writer. Not a place, a country or a word
 * the text also writes in lower case.
 */
export function coordinatedWithWriter(w: string, start: number, end: number, text: string): string | null {
  if (!WRITER_AFTER.test(text.slice(end, end + 60)) && !WRITER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return null;
  if (looksLikePlace(w) || isCountryOrCapital(w) || writtenInLowerCase(lower(w), text)) return null;
  // "Quorvex's Harbour and I": the end of a longer name; "Harbour and I": a common word unless a given name ("Rose and I").
  if (OWNER_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return null;
  if (dictionaryClass(lower(w)) === 'common' && !GIVEN_NAMES.has(lower(w))) return null;
  return WITH_THE_WRITER;
}

/** The reason of a person named with the place they are from ("Ysolde of Carrowmere"). */
export const OF_PLACE_NAME = 'designation: a given name, "of" and one place word';
/** A possessive ending written on the place word ("Carrowmere'", "Tarrowmere's"). */
const POSSESSIVE_END = /[’'](?:s)?$/u;
/** What may follow the place word: no further capitalised word (that would be a longer name) nor "of". */
const DESIGNATION_END = /^(?:[’']s?)?(?:\s+(?!of\b)\p{Ll}|[,.;:!?)”"’]|\s*\(|\s*$)/u;

/**
 * A given name of the public list, "of" and one capitalised word that is no
 * common English word ("Ysolde of Tarrowmere", made up): a person named the
 * old way, by the place they come from. Three words exactly; not a title
 * or a rank of nobility ("Earl of …"), not a place as the first word.
 */
export function givenNameOfPlace(words: readonly string[], end: number, text: string, isRole: (w: string) => boolean): string | null {
  const place = (words[2] ?? '').replace(POSSESSIVE_END, '');
  if (words.length !== 3 || words[1] !== 'of' || !PLAIN_WORD.test(words[0]!) || !PLAIN_WORD.test(place)) return null;
  const first = lower(words[0]!);
  if (!GIVEN_NAMES.has(first) || NOBLE_RANKS.has(first) || isRole(first) || ROLE_WORDS.has(first) || HONORIFICS.has(first) || looksLikePlace(words[0]!)) return null;
  if (dictionaryClass(lower(place)) === 'common' || !DESIGNATION_END.test(text.slice(end, end + 4))) return null;
  return OF_PLACE_NAME;
}

/** A numbered reference: " [7]", " [3, 12]", " [4–6]". */
const NUMBERED_REF = String.raw`\s*\[\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*\]`;
/** After the first of two authors or one with "et al.": "Ferrow & Lind [7]", "Ferrow and Lind [7]", "Ferrow et al. [7]". */
const FIRST_AUTHOR_NUMBERED = new RegExp(String.raw`^(?:,?\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]+)${NUMBERED_REF}`, 'u');
const NUMBERED_AFTER = new RegExp(`^${NUMBERED_REF}`);

/**
 * An author cited by number, the way many papers cite: "Ferrow & Lind [7]",
 * "Ferrow et al. [12]". A lone name before "[7]" is not enough (a page copied
 * from an encyclopedia numbers its notes after any word), so the name must be
 * one of two authors (`secondAuthor`: the caller saw "Ferrow and " before it)
 * or carry "et al.".
 */
export function numberedCitation(text: string, start: number, end: number, secondAuthor: boolean): boolean {
  // "Park and Ride [1]": a common English word is no surname here.
  if (text.slice(start, end).split(/[\s&]+/).some((w) => w !== '' && dictionaryClass(lower(w)) === 'common')) return false;
  const after = text.slice(end, end + 60);
  if (FIRST_AUTHOR_NUMBERED.test(after)) return true;
  return (secondAuthor || text.slice(start, end).includes('&')) && NUMBERED_AFTER.test(after);
}

/**
 * An ordinary English word opening a sentence before a name ("Together
 * Ferrow left", "Further Vale …"): a common word of the dictionary that is no
 * given name, title or honorific is not the name's first word.
 */
export function openingCommonWord(firstWord: string): string | null {
  const w = lower(firstWord);
  if (GIVEN_NAMES.has(w) || ROLE_WORDS.has(w) || HONORIFICS.has(w) || !PLAIN_WORD.test(firstWord)) return null;
  return dictionaryClass(w) === 'common' ? `opening word: '${firstWord}' is a common English word, not a name` : null;
}
