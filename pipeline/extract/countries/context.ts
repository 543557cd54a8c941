/**
 * Reads the words around a match (previous word, next word, hyphenated
 * suffix, possessive) for the context rules. Never looks past a paragraph
 * break; every call costs O(length of the words read).
 */
import { CAPITALISED_FUNCTION_WORDS, GIVEN_NAME_COUNTRIES, SURNAME_COUNTRIES } from './context-words.ts';
import { SURFACES, normaliseSurface } from './gazetteer.ts';
import { isWordChar } from './surface-matcher.ts';

/** A word next to a match. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;
/** Words with a final period that are abbreviations, not sentence ends: "U.S.", "Gov.", "Mr.", "B.". */
const ABBREVIATION = /^(?:\p{L}{1,3}\.|(?:\p{L}\.)+\p{L}?\.?)$/u;
/** Characters allowed inside a word read for context ("Gov.", "won't", "R-Ga."). */
const INNER = new Set(["'", '’', '.', '-']);

function wordEndingBefore(text: string, end: number): Word | null {
  let s = end;
  while (s > 0 && (isWordChar(text, s - 1) || (INNER.has(text[s - 1] ?? '') && isWordChar(text, s - 2)))) s--;
  return s < end ? { text: text.slice(s, end), start: s, end } : null;
}

function wordStartingAt(text: string, start: number): Word | null {
  let e = start;
  while (e < text.length && (isWordChar(text, e) || (INNER.has(text[e] ?? '') && isWordChar(text, e + 1)))) e++;
  // keep a final period only for abbreviations like "Gov." / "Ga."
  if (text[e] === '.' && e - start <= 3 && /^[A-Z]/.test(text[start] ?? '')) e++;
  return e > start ? { text: text.slice(start, e), start, end: e } : null;
}

/**
 * The word just before `start`, across spaces only (not across punctuation,
 * a sentence end or a paragraph break). A word ending in a period is kept
 * only when it is an abbreviation or initial ("U.S.", "Gov.", "B."), not a
 * sentence end ("Sunday.").
 */
export function previousWord(text: string, start: number): Word | null {
  let i = start;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (i === start) return null;
  const word = wordEndingBefore(text, i);
  if (word && word.text.endsWith('.') && !ABBREVIATION.test(word.text)) return null;
  return word;
}

/** The word just after `end`, across spaces only (null when punctuation or a paragraph break comes first). */
export function nextWord(text: string, end: number): Word | null {
  let i = end;
  while (i < text.length && text[i] === ' ') i++;
  if (i === end) return null;
  return wordStartingAt(text, i);
}

/** The word glued after a hyphen ("London-based" → "based"), or null. */
export function hyphenSuffix(text: string, end: number): Word | null {
  if (text[end] !== '-' || !isWordChar(text, end + 1)) return null;
  return wordStartingAt(text, end + 1);
}

/** The word glued before a hyphen ("Chinese-American" read from "American" → "Chinese"), or null. */
export function hyphenPrefix(text: string, start: number): Word | null {
  if (text[start - 1] !== '-' || !isWordChar(text, start - 2)) return null;
  return wordEndingBefore(text, start - 1);
}

/** Length of a possessive "'s" / "’s" / "'" right after `end`, or 0. */
export function possessiveLength(text: string, end: number): number {
  const m = POSSESSIVE.exec(text.slice(end, end + 3));
  return m ? m[0].length : 0;
}

/** The character just after `end` that is not a space, or "" at the end of the text. */
export function nextNonSpace(text: string, end: number): string {
  let i = end;
  while (i < text.length && text[i] === ' ') i++;
  return text[i] ?? '';
}

/** True when the word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

const POSSESSIVE_END = /['’]s?$/;

/**
 * True when a word could be part of a personal name: capitalised, not a
 * capitalised function word ("In", "The"), not a possessive ("Erdogan's"),
 * not itself a country surface ("U.S.", "Syria") unless that country name is
 * also a personal name ("Chad Jordan").
 */
export function isNameWord(word: string): boolean {
  if (!isCapitalised(word) || CAPITALISED_FUNCTION_WORDS.has(word) || POSSESSIVE_END.test(word)) return false;
  return GIVEN_NAME_COUNTRIES.has(word) || SURNAME_COUNTRIES.has(word) || !SURFACES.has(normaliseSurface(word));
}

/** True when `start` begins a sentence (text start, paragraph start, or after . ! ? and optional quote/space). */
export function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '“' || text[i] === '‘' || text[i] === "'" || text[i] === '(')) i--;
  if (i < 0) return true;
  const ch = text[i];
  return ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '—';
}
