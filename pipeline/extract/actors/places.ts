/**
 * Place-like names: they are neither people nor organisations
 * ("Southern District of New York", "San Ysidro", "California").
 */
import { NON_PERSON_FIRST_WORDS, NON_PERSON_LAST_WORDS } from '../lexicon/english.ts';
import { EVENT_ADJECTIVES, EVENT_WORDS, FACILITY_WORDS, THING_LAST_WORDS, WORK_NOUNS } from '../lexicon/things.ts';
import { censusSurnameRank } from '../lexicon/surnames.ts';
import { countryOfWord, isCapital, isUsState } from './country-words.ts';
import { WORLD_REGIONS } from '../lexicon/places.ts';
import { placePopulation } from '../lexicon/place-names.ts';
import { dictionaryClass } from '../lexicon/dictionary.ts';

const INITIAL = /^\p{Lu}\.$/u;
/** Dictionary classes of an ordinary English first word (`../lexicon/dictionary.ts`). */
const ORDINARY_CLASSES: ReadonlySet<string> = new Set(['common', 'large']);

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
 * rather than as a person's name when nothing else says which (see
 * `namedAsPlace`). Measured at 100,000 and 50,000: 50,000 gave one false
 * person fewer on bench-dev and two on GUM train (one true fewer there),
 * GUM dev unchanged.
 */
export const LARGE_PLACE_POPULATION = 50_000;

const POPULATION_FORMAT = new Intl.NumberFormat('en');
/** Populations already written: the GeoNames table holds a fixed set of them, so this stays bounded by its size. */
const POPULATION_TEXTS = new Map<number, string>();
/**
 * A population written as in a reason ("12,345"): what `toLocaleString('en')`
 * gives, from one formatter made once and remembered per number (each
 * toLocaleString call set up a formatter: about 0.5% of extracting a page, in
 * a --cpu-prof of the bench-dev pages; formatting alone still cost 0.3%).
 */
export function populationText(population: number): string {
  let text = POPULATION_TEXTS.get(population);
  if (text === undefined) {
    text = POPULATION_FORMAT.format(population);
    POPULATION_TEXTS.set(population, text);
  }
  return text;
}

/**
 * A single capitalised word that names a large inhabited place of the
 * GeoNames list ("Rotterdam", "Preston"): the reason, or null. Many such words
 * are also given names or surnames ("Clifton", "Selby"); the callers use it
 * only where the text gives no stronger evidence of a person.
 */
export function namedAsPlace(word: string): string | null {
  const population = placePopulation(word);
  return population !== null && population >= LARGE_PLACE_POPULATION ? `a GeoNames place of about ${populationText(population)} inhabitants` : null;
}

/**
 * A capitalised name of several words that reads as a place: the whole name
 * is a GeoNames place ("Port Avery", made up), or its last word is a
 * country, a US state or a large place while its first word is an English
 * word of a small or large dictionary or an initial ("Upper Rotterdam", "S.
 * Rotterdam"), and no given name. With any first word but a given name, GUM
 * train and hold-out 2 lost two people each whose given name no list holds.
 * The reason, or null.
 */
export function placeShapedName(words: readonly string[], isGivenName: (w: string) => boolean): string | null {
  if (words.length < 2 || isGivenName(words[0]!)) return null;
  const whole = placePopulation(words.join(' '));
  if (whole !== null) return `the whole name is a GeoNames place of about ${populationText(whole)} inhabitants`;
  // Only after an ordinary English word or an initial ("Upper", "S."): a first word in no dictionary may be a given name no list holds.
  const first = words[0]!.toLowerCase();
  if (!INITIAL.test(words[0]!) && !ORDINARY_CLASSES.has(dictionaryClass(first))) return null;
  const last = words[words.length - 1]!;
  if (countryOfWord(last) !== null || isUsState(last)) return `its last word '${last}' is a country or a US state`;
  const place = namedAsPlace(last);
  return place === null ? null : `its last word '${last}' is ${place}`;
}

/**
 * Census rank up to which a thing's last word is also read as a surname and
 * stops nothing ("Hill", "Cross", "Plant" are frequent US surnames): the 10,000
 * most frequent (the band `surnameBand` calls top10k), so that a thing word
 * no family commonly bears still counts.
 */
export const THING_WORD_SURNAME_RANK = 10_000;

/**
 * A capitalised name of two or more words whose last word names a kind of
 * thing, not a person, even after a given name ("Nora Vale Statue", "Ida Brand
 * Farm", "the Oskar Lund Medal", made up): a monument, an estate, an award, an
 * event, a work, a vehicle or a breed (`THING_LAST_WORDS`), a place or a
 * product (`NON_PERSON_LAST_WORDS`), a facility
 * (`FACILITY_WORDS`), a work (`WORK_NOUNS`) or an event (`EVENT_WORDS`, not
 * the adjectives "open", "grand" …). A last word that is one of the frequent
 * census surnames stops nothing; of a hyphenated last word, its first part
 * is read ("Prize-winner"). The reason, or null.
 */
export function thingShapedName(words: readonly string[]): string | null {
  if (words.length < 2) return null;
  // "the Ostrander Prize-winner": of a hyphenated last word, its first part.
  const last = words[words.length - 1]!.toLowerCase().split('-')[0]!;
  const rank = censusSurnameRank(last);
  if (rank !== null && rank <= THING_WORD_SURNAME_RANK) return null;
  if (THING_LAST_WORDS.has(last)) return `its last word '${last}' names a kind of thing`;
  if (NON_PERSON_LAST_WORDS.has(last)) return `its last word '${last}' names a place, a facility or a product`;
  if (FACILITY_WORDS.has(last)) return `its last word '${last}' names a facility`;
  if (WORK_NOUNS.has(last)) return `its last word '${last}' names a kind of work`;
  if (EVENT_WORDS.has(last) && !EVENT_ADJECTIVES.has(last)) return `its last word '${last}' names an event`;
  return null;
}
