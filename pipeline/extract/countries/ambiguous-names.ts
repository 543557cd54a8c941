/**
 * Context rules for country names that are also something else:
 * - names shared with people ("Jordan Peterson", "Michael Jordan", "Chad
 *   Wolf"; see person-names.ts): a person-shaped occurrence is a person, and
 *   once the text uses the name for a person, its bare occurrences are the
 *   person too unless a country context says otherwise ("in Jordan").
 * - Chad counts as the country only with country context ("in Chad", "Chad's
 *   president", "Niger, Chad and Mali", or "Chadian"/"N'Djamena" in the text),
 *   because the given name is far more common in English news.
 * - Georgia the US state versus the country: see georgia-rule.ts.
 * - Turkey the bird or a brand: "Turkey dinner", "Thanksgiving Turkey", "Turkey Hill", or a sentence-initial "Turkey" in a
 *   text that writes "turkey" in lower case elsewhere.
 * - "US"/"UK" in an all-capitals passage (a shouted headline: "TRUMP TELLS US")
 *   are not short forms.
 */
import { GOVERNMENT_HEADS, GOVERNMENT_NOUNS } from './capital-words.ts';
import { COUNTRY_NOUNS, COUNTRY_PREPOSITIONS, TURKEY_BIRD_BEFORE, TURKEY_FOOD_WORDS } from './context-words.ts';
import { isNameWord, isSentenceStart, nextWord, possessiveLength, previousWord } from './context.ts';
import { georgiaIsCountry } from './georgia-rule.ts';
import { isNameLike, isPersonShaped } from './person-names.ts';
import type { SurfaceMatch } from './surface-matcher.ts';
import type { TextFacts } from './text-facts.ts';

/** The matches just before and after a match, for list contexts ("Niger, Chad and Mali"). */
export interface Neighbours {
  prev?: SurfaceMatch;
  next?: SurfaceMatch;
}

/**
 * How far around a short form to look for other upper-case words (a shouted
 * headline). 24 characters ≈ three or four words on each side: enough to see
 * that "TRUMP TELLS US TO WAIT" has no lower case, short enough that a normal
 * sentence nearby always brings lower-case letters in.
 */
const ALL_CAPS_WINDOW = 24;
const SHOUTED_SHORT_FORMS = new Set(['US', 'UK', 'USA']);
const UPPER_WORD = /[A-Z]{3}/;
const LOWER_LETTER = /[a-z]/;
const LIST_GAP = /^(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)$/;

/** True when the match is listed with another country name: "Niger, Chad and Mali". */
function isListedWithCountries(text: string, m: SurfaceMatch, neighbours: Neighbours): boolean {
  const { prev, next } = neighbours;
  if (prev && prev.entry.kind === 'country' && LIST_GAP.test(text.slice(prev.end, m.start))) return true;
  return next !== undefined && next.entry.kind === 'country' && LIST_GAP.test(text.slice(m.end, next.start));
}

/** True when the words around the match say "country": "in Chad", "Chad's president", "Niger, Chad and Mali". */
export function hasCountryContext(text: string, m: SurfaceMatch, neighbours: Neighbours): boolean {
  const prev = previousWord(text, m.start);
  if (prev && COUNTRY_PREPOSITIONS.has(prev.text.toLowerCase())) return true;
  const possessive = possessiveLength(text, m.end);
  const noun = nextWord(text, m.end + possessive)?.text.toLowerCase() ?? '';
  if (possessive > 0 && (COUNTRY_NOUNS.has(noun) || GOVERNMENT_NOUNS.has(noun))) return true;
  if (possessive === 0 && GOVERNMENT_HEADS.has(noun)) return true;
  return isListedWithCountries(text, m, neighbours);
}

function isShouted(text: string, m: SurfaceMatch): boolean {
  const window = text.slice(Math.max(0, m.start - ALL_CAPS_WINDOW), m.end + ALL_CAPS_WINDOW);
  return UPPER_WORD.test(window.replace(m.entry.surface, '')) && !LOWER_LETTER.test(window);
}

function isTurkeyTheBird(text: string, m: SurfaceMatch, facts: TextFacts): boolean {
  if (TURKEY_FOOD_WORDS.has(nextWord(text, m.end)?.text.toLowerCase() ?? '')) return true;
  if (TURKEY_BIRD_BEFORE.has(previousWord(text, m.start)?.text.toLowerCase() ?? '')) return true;
  // "Turkey Hill", "Turkey Point": the first word of another name
  if (isNameWord(nextWord(text, m.end)?.text ?? '')) return true;
  return facts.lowercaseTurkey && isSentenceStart(text, m.start);
}

/**
 * True when a country-name match stands for its country after the
 * ambiguity rules above (always true for unambiguous names).
 */
export function isCountryName(text: string, m: SurfaceMatch, facts: TextFacts, neighbours: Neighbours): boolean {
  const s = m.entry.surface;
  if (SHOUTED_SHORT_FORMS.has(s)) return !isShouted(text, m);
  if (s === 'Turkey') return !isTurkeyTheBird(text, m, facts);
  if (!isNameLike(s)) return true;
  if (isPersonShaped(text, m)) return false;
  if (s === 'Georgia') return georgiaIsCountry(text, m, facts.georgia, isListedWithCountries(text, m, neighbours));
  const context = hasCountryContext(text, m, neighbours);
  if (s === 'Chad') return context || (facts.chadCues && !facts.personNames.has(s));
  return context || !facts.personNames.has(s);
}
