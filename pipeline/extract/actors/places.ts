/**
 * Place-like names: they are neither people nor organisations
 * ("Southern District of New York", "San Ysidro", "California").
 */
import { NON_PERSON_FIRST_WORDS, NON_PERSON_LAST_WORDS } from '../lexicon/english.ts';
import { countryOfWord, isCapital, isUsState } from './country-words.ts';
import { WORLD_REGIONS } from '../lexicon/places.ts';

const WORD_SPLIT = /\s+/;

/** True when the name is a country, a capital, a US state, a world region, or has place words ("Bay Area", "San …"). */
export function looksLikePlace(name: string): boolean {
  if (countryOfWord(name) !== null || isCapital(name) || isUsState(name) || isWorldRegion(name)) return true;
  const words = name.toLowerCase().split(WORD_SPLIT);
  return NON_PERSON_FIRST_WORDS.has(words[0]!) || words.some((w) => NON_PERSON_LAST_WORDS.has(w));
}

/** True when the name is a continent or a world region ("Europe", "North America"). */
export function isWorldRegion(name: string): boolean {
  return WORLD_REGIONS.has(name.toLowerCase());
}
