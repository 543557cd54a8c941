/**
 * Country words for actors: a country's name, short form or demonym
 * ("China", "U.S.", "Chinese", "German") → ISO 3166-1 alpha-2, read from the
 * countries extractor's gazetteer (world-countries plus our reviewed
 * aliases), compared case-insensitively; and every capital of
 * world-countries, to tell that a capitalised word is a place, not an actor.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { SURFACES } from '../countries/gazetteer.ts';
import { normaliseName } from './normalise.ts';
import { US_STATE_NAMES } from '../lexicon/places.ts';

const require = createRequire(import.meta.url);
const countries: Countries = require('world-countries');

const COUNTRY_BY_WORD = new Map<string, string>();
for (const entry of SURFACES.values()) {
  if (entry.kind !== 'country' || !entry.country) continue;
  const key = normaliseName(entry.surface);
  if (key !== '' && !COUNTRY_BY_WORD.has(key)) COUNTRY_BY_WORD.set(key, entry.country);
}

/** US states: naming one sets an article in the United States (for bare names such as "Senate"). */
const US_STATES: ReadonlySet<string> = new Set(US_STATE_NAMES.map((n) => n.toLowerCase()));

/**
 * Countries an article is set in, by the names, short forms, demonyms and
 * capitals its capitalised words (and pairs of words) form; a US state
 * counts for the United States.
 */
export function countriesNamed(words: string[]): Set<string> {
  const found = new Set<string>();
  words.forEach((w, i) => {
    const code = countryNamedBy(w);
    if (code) found.add(code);
    const next = words[i + 1];
    if (next === undefined) return;
    // The pair's answer is kept by its two words, so no "w next" string is built for a pair seen before.
    let after = PAIR_CODES.get(w);
    if (after === undefined) PAIR_CODES.set(w, (after = new Map()));
    let pair = after.get(next);
    if (pair === undefined) {
      if (++pairsKept > PAIRS_MAX) {
        PAIR_CODES.clear();
        pairsKept = 0;
      }
      after.set(next, (pair = countryNamedBy(`${w} ${next}`) ?? null));
    }
    if (pair) found.add(pair);
  });
  return found;
}

/** The country a word or pair of words names (country, capital, US state), if any. */
function countryNamedBy(words: string): string | undefined {
  const key = normaliseName(words);
  return COUNTRY_BY_WORD.get(key) ?? COUNTRY_BY_CAPITAL.get(key) ?? (US_STATES.has(key) ? 'US' : undefined);
}

/** What pairs of capitalised words name, by first word then second (bounded: cleared whole past {@link PAIRS_MAX} pairs, so memory stays flat). */
const PAIR_CODES = new Map<string, Map<string, string | null>>();
const PAIRS_MAX = 50_000;
let pairsKept = 0;

/** True when the words name a US state ("California"). */
export function isUsState(words: string): boolean {
  return US_STATES.has(normaliseName(words));
}

/** Capitals, used to tell that a capitalised single word is a place, not an actor. */
const COUNTRY_BY_CAPITAL = new Map(countries.flatMap((c) => c.capital.map((cap): [string, string] => [normaliseName(cap), c.cca2])));

/**
 * The alpha-2 code of a country name, short form or demonym ("Chinese" → "CN",
 * "U.S." → "US"), or null.
 */
export function countryOfWord(word: string): string | null {
  return COUNTRY_BY_WORD.get(normaliseName(word)) ?? null;
}

/** True when the words name a capital city ("Beijing", "Paris"). */
export function isCapital(word: string): boolean {
  return COUNTRY_BY_CAPITAL.has(normaliseName(word));
}

/** The English demonym of a country ("SY" → "Syrian"), or null. */
export function demonymOf(code: string): string | null {
  return countries.find((c) => c.cca2 === code)?.demonyms?.eng?.m ?? null;
}

/** The alpha-2 code of the country whose capital this is ("Beijing" → "CN"), or null. */
export function countryOfCapital(word: string): string | null {
  return COUNTRY_BY_CAPITAL.get(normaliseName(word)) ?? null;
}
