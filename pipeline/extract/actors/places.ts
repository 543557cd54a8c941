/**
 * Place-like names: they are neither people nor organisations
 * ("Southern District of New York", "San Ysidro", "California").
 */
import { NON_PERSON_FIRST_WORDS, NON_PERSON_LAST_WORDS } from '../lexicon/english.ts';
import { countryOfWord, isCapital, isUsState } from './country-words.ts';
import { WORLD_REGIONS } from '../lexicon/places.ts';
import { placePopulation } from '../lexicon/place-names.ts';

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

/**
 * Inhabitants from which a place of the GeoNames list reads as the place
 * rather than as a person's name when nothing else says which: tuned on GUM
 * train among 10,000, 50,000, 100,000 and 300,000 (see `namedAsPlace`).
 */
export const LARGE_PLACE_POPULATION = 100_000;

/**
 * A single capitalised word that names a large inhabited place of the
 * GeoNames list ("Cologne", "Preston"): the reason, or null. Many such words
 * are also given names or surnames ("Irving", "Gilbert"); the callers use it
 * only where the text gives no stronger evidence of a person.
 */
export function namedAsPlace(word: string): string | null {
  const population = placePopulation(word);
  return population !== null && population >= LARGE_PLACE_POPULATION ? `a GeoNames place of about ${population.toLocaleString('en')} inhabitants` : null;
}
