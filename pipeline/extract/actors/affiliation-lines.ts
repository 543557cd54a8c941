/**
 * Abbreviations in an affiliation line: a paper or a report names where its
 * authors work as a comma row from the unit to the country ("Signal Lab,
 * QRVN, Tarvonia"). An all-capital abbreviation between an organisation of
 * the article and a place is the body the unit belongs to.
 */
import type { UnknownSpan } from './roles.ts';
import { countryOfWord, isCapital, isUsState } from './country-words.ts';
import { isListedPlace } from '../lexicon/place-names.ts';

/** A comma, then spaces, ending the text before the abbreviation. */
const COMMA_BEFORE = /,[ \t]*$/;
/** A comma and a capitalised name of one to three words after the abbreviation ("…, Tarvonia", "…, New Quellby"). */
const PLACE_AFTER = /^[ \t]*,[ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*){0,2})/u;
/** The reason the rule gives. */
export const AFFILIATION_LINE = "affiliation line: an abbreviation between an organisation and a place ('Lab, QRVN, Tarvonia')";

const isPlace = (name: string): boolean => countryOfWord(name) !== null || isCapital(name) || isUsState(name) || isListedPlace(name);

/**
 * The reason an abbreviation is an organisation of an affiliation line, or
 * null: right after "<organisation>, " and right before ", <country or
 * place>". `orgEndsAt` says whether an organisation's mention ends at an offset.
 */
export function affiliationLineAbbreviation(u: UnknownSpan, text: string, orgEndsAt: (i: number) => boolean): string | null {
  if (!u.acronym) return null;
  const comma = COMMA_BEFORE.exec(text.slice(Math.max(0, u.start - 4), u.start));
  if (!comma || !orgEndsAt(u.start - comma[0].length)) return null;
  const place = PLACE_AFTER.exec(text.slice(u.end, u.end + 40));
  return place && isPlace(place[1]!) ? AFFILIATION_LINE : null;
}
