/**
 * Airlines named in a row: an airport page or a timetable lists the carriers
 * that serve it by their short names ("Terminal 2: Kestrel, Harbour, Skyvale
 * Air"), many of which are also words or places ("Condor", "Iberia"). In
 * one sentence or line that names three or more airlines of the OpenFlights
 * list (`../lexicon/airlines.ts`), one of them a name that is no English
 * word, place or given name, each of those names is an airline. Outside a
 * row, an airline's whole listed name of two or more words that is no place
 * ("Aer Lingus", not "Hong Kong") is one too.
 */
import type { Token } from './tokens.ts';
import type { Proposal } from './proposal.ts';
import { propose } from './proposal.ts';
import { airlineNameKind, opensAirlineName } from '../lexicon/airlines.ts';
import { dictionaryClass } from '../lexicon/dictionary.ts';
import { GIVEN_NAMES } from '../lexicon/given-names.ts';
import { isWorldRegion, looksLikePlace } from './places.ts';
import { countryOfWord, isUsState } from './country-words.ts';
import { isListedPlace } from '../lexicon/place-names.ts';

/** Airline names a row needs: three (two are often a code-share or a pair of words). */
const MIN_AIRLINES_IN_ROW = 3;
/** Longest run read as a name, in words (the list's longest names have four). */
const MAX_WORDS = 4;
/** A gap that ends a row: a full stop, question or exclamation mark, or a new line. */
const ROW_END = /[.!?]\s|\n/;
/** Words of one name are joined by a single space. */
const ONE_SPACE = /^ $/;
/** The reason the rule gives. */
export const AIRLINE_ROW = `airline: a name of the OpenFlights list in a row of ${MIN_AIRLINES_IN_ROW} or more airlines`;

/** The reason for an airline's whole listed name of two or more words, distinctive, outside a row ("Aer Lingus"). */
export const LISTED_AIRLINE = 'airline: the whole listed name (two or more words) of an active airline of the OpenFlights list';

interface Found { start: number; end: number; surface: string; distinctive: boolean; listed: boolean }

/**
 * True when an airline name says "airline" by itself: no single English
 * word ("Ryanair", not "Condor"), no place ("Iberia") and no given name.
 */
export function distinctiveAirline(name: string): boolean {
  const words = name.split(' ');
  if (words.length === 1 && dictionaryClass(name.toLowerCase()) !== 'none') return false;
  return !looksLikePlace(name) && !isListedPlace(name) && !GIVEN_NAMES.has(words[0]!.toLowerCase());
}

/**
 * True when a listed name of several words is not itself a place or led by
 * a given name: "Air Tarvonia" is an airline, though a place word opens it
 * ({@link distinctiveAirline} reads such words, as the person rules do).
 */
function wholeNameNoPlace(name: string): boolean {
  return countryOfWord(name) === null && !isUsState(name) && !isListedPlace(name) && !isWorldRegion(name) && !GIVEN_NAMES.has(name.split(' ')[0]!.toLowerCase());
}

/** The longest airline name the capitalised name of the token before it ("Navy" in "Royal Navy"). */
const joined = (tokens: readonly Token[], i: number): boolean => tokens[i]!.capitalised && ONE_SPACE.test(tokens[i]!.gapBefore) && (tokens[i - 1]?.capitalised ?? false);

/**
 * The airline named by the whole capitalised run that starts at token `i`
 * of a row, or null: a run that only begins with an airline's name is
 * something else ("Royal Navy", "Olympic Games").
 */
function airlineAt(tokens: readonly Token[], i: number, rowEnd: number, text: string): Found | null {
  if ((i > 0 && joined(tokens, i)) || !opensAirlineName(tokens[i]!.text)) return null;
  let last = i;
  while (last + 1 < rowEnd && joined(tokens, last + 1)) last++;
  if (last - i + 1 > MAX_WORDS) return null;
  const surface = text.slice(tokens[i]!.start, tokens[last]!.end);
  const kind = airlineNameKind(surface);
  return kind === null ? null : { start: tokens[i]!.start, end: tokens[last]!.end, surface, distinctive: distinctiveAirline(surface), listed: kind === 'listed' && last > i };
}

/**
 * Organisation proposals for the airlines of rows that list three or more of
 * them, one distinctive; spans already `taken` by an actor are left alone.
 */
export function airlinesInRows(tokens: readonly Token[], text: string, taken: (s: number, e: number) => boolean): Proposal[] {
  const out: Proposal[] = [];
  let rowStart = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && !ROW_END.test(tokens[k]!.gapBefore)) continue;
    const found: Found[] = [];
    for (let i = rowStart; i < k; i++) {
      if (!tokens[i]!.capitalised) continue;
      const airline = airlineAt(tokens, i, k, text);
      if (airline) found.push(airline);
    }
    const distinct = new Set(found.map((f) => f.surface.toLowerCase()));
    const row = distinct.size >= MIN_AIRLINES_IN_ROW && found.some((f) => f.distinctive);
    for (const f of found) {
      if (taken(f.start, f.end)) continue;
      if (row) out.push(propose('organization', f.surface, f.start, null, AIRLINE_ROW));
      else if (f.listed && wholeNameNoPlace(f.surface)) out.push(propose('organization', f.surface, f.start, null, LISTED_AIRLINE));
    }
    rowStart = k;
  }
  return out;
}
