/**
 * Context rules for country names that are also something else:
 * - Jordan, Chad, Georgia, Holland, Israel … as personal names ("Michael
 *   Jordan", "Jordan Peterson", "Chad Smith", "Tom Holland"): a person-shaped
 *   occurrence (a capitalised name word glued before or after) is a person,
 *   and once the text uses the name for a person, its bare occurrences are the
 *   person too unless a country context says otherwise.
 * - Chad counts as the country only with country context ("in Chad", "Chad's
 *   president", "Niger, Chad and Mali", or "Chadian"/"N'Djamena" in the text),
 *   because the given name is far more common in English news.
 * - Georgia the US state versus the country: a local cue decides ("Atlanta,
 *   Georgia", "Georgia voters", "Georgia's governor" → state; "Georgia's
 *   president" → country); otherwise the text decides: state cues (other US
 *   states, Atlanta, Gov.) against country cues (Tbilisi, Georgian, Caucasus);
 *   with no cue at all, the state when the text also names the United States,
 *   else the country.
 * - Turkey the bird: "Turkey dinner", or a sentence-initial "Turkey" in a
 *   text that writes "turkey" in lower case elsewhere.
 * - "US"/"UK" in an all-capitals passage (a shouted headline: "TRUMP TELLS US")
 *   are not short forms.
 */
import {
  COUNTRY_NOUNS,
  COUNTRY_PREPOSITIONS,
  DEMONYM_SURNAMES,
  GIVEN_NAME_CAPITALS,
  GEORGIA_COUNTRY_CUES,
  GEORGIA_STATE_BEFORE,
  GEORGIA_STATE_NEXT,
  GEORGIA_STATE_TEXT_CUES,
  GOVERNMENT_HEADS,
  GIVEN_NAME_COUNTRIES,
  GOVERNMENT_NOUNS,
  NATIVE_AMERICAN_CUES,
  REPORTING_VERBS,
  SURNAME_COUNTRIES,
  TURKEY_FOOD_WORDS,
  US_STATES,
} from './context-words.ts';
import { isNameWord, isSentenceStart, nextWord, possessiveLength, previousWord } from './context.ts';
import type { SurfaceMatch } from './surface-matcher.ts';

/** Facts about the whole text that the per-mention rules need. */
export interface TextFacts {
  /** Name-like countries, capitals and demonyms ("Jordan", "Washington", "French") that the text uses at least once for a person. */
  personNames: Set<string>;
  /** How "Georgia" reads when no local cue decides. */
  georgiaDefault: 'state' | 'country';
  /** The text is about the US state more than the country (also silences "Georgians"). */
  georgiaStateText: boolean;
  /** The text writes "turkey" in lower case (the bird) somewhere. */
  lowercaseTurkey: boolean;
  /** The text has "Chadian" or "N'Djamena". */
  chadCues: boolean;
  /** "Indian" means Native American here: Native American cues and no "India" in the text. */
  indianIsNative: boolean;
}

const WORDS = /[\p{L}][\p{L}'’.-]*/gu;
/** An appositive that only a person takes: ", who", ", whose", ", 25,". */
const PERSON_APPOSITIVE = /^,\s(?:who\b|whose\b|\d{1,3},)/;
/** What follows a speaker's name at the end of an attribution: "… said Jordan." / "… said Jordan, adding". */
const SPEAKER_END = /^(?:\.|,\s(?!and\b|or\b)[a-z])/;
const TRAILING_PERIOD = /\.+$/;
const LOWERCASE_TURKEY = /\bturkeys?\b/;
const CHAD_CUES = /\b(?:Chadian|N['’]Djamena)/;
const ALL_CAPS_WINDOW = 24;
const SHOUTED_SHORT_FORMS = new Set(['US', 'UK', 'USA']);
const LIST_GAP = /^(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)$/;
/** Local cues that make "Georgia" the country whatever the text says. */
const GEORGIA_COUNTRY_LOCAL = new Set(['president', 'parliament', 'prime', 'breakaway', 'capital', 'embassy', 'army']);

/**
 * True when the name is part of a personal name: a given name followed by a
 * capitalised word ("Jordan Peterson", "Chad Wolf") or a surname after a
 * capitalised given name ("Michael Jordan", "Tom Holland").
 */
export function isPersonShaped(text: string, m: SurfaceMatch): boolean {
  const s = m.entry.surface;
  const next = GIVEN_NAME_COUNTRIES.has(s) ? nextWord(text, m.end) : null;
  if (next && isNameWord(next.text)) return true;
  const prev = SURNAME_COUNTRIES.has(s) ? previousWord(text, m.start) : null;
  if (prev !== null && isNameWord(prev.text)) return true;
  // "Jordan, who …", "Jordan, 25, …", "… said Jordan."
  if (PERSON_APPOSITIVE.test(text.slice(m.end, m.end + 12))) return true;
  const before = previousWord(text, m.start)?.text.toLowerCase() ?? '';
  return REPORTING_VERBS.has(before) && SPEAKER_END.test(text.slice(m.end, m.end + 8));
}

/** A capital as part of a personal name: "Denzel Washington", "Jack London", "Paris Hilton". */
function isPersonCapital(text: string, m: SurfaceMatch): boolean {
  if (isNameWord(previousWord(text, m.start)?.text ?? '')) return true;
  return GIVEN_NAME_CAPITALS.has(m.entry.surface) && isNameWord(nextWord(text, m.end)?.text ?? '');
}

/**
 * True when a demonym that is also a surname names a person: "David French",
 * or, once the text has used it so, "French said" / "Mr. French".
 */
export function isPersonDemonym(text: string, m: SurfaceMatch, facts: TextFacts): boolean {
  const s = m.entry.surface;
  if (!DEMONYM_SURNAMES.has(s)) return false;
  if (isNameWord(previousWord(text, m.start)?.text ?? '')) return true;
  return facts.personNames.has(s) && REPORTING_VERBS.has(nextWord(text, m.end)?.text.toLowerCase() ?? '');
}

const isNameLike = (surface: string): boolean => GIVEN_NAME_COUNTRIES.has(surface) || SURNAME_COUNTRIES.has(surface);

/** Collects {@link TextFacts} from the text and its surface matches (one pass over the matches). */
export function collectTextFacts(text: string, matches: readonly SurfaceMatch[]): TextFacts {
  const personNames = new Set<string>();
  let hasGeorgia = false;
  let namesUS = false;
  let georgian = 0;
  let namesIndia = false;
  let hasIndian = false;
  for (const m of matches) {
    if (m.entry.surface.startsWith('Indian')) hasIndian = true;
    const s = m.entry.surface;
    if (isNameLike(s) && isPersonShaped(text, m)) personNames.add(s);
    if (m.entry.kind === 'capital' && isPersonCapital(text, m)) personNames.add(s);
    if (DEMONYM_SURNAMES.has(s) && isNameWord(previousWord(text, m.start)?.text ?? '')) personNames.add(s);
    if (m.entry.country === 'IN' && m.entry.via !== 'demonym') namesIndia = true;
    if (s === 'Georgia') hasGeorgia = true;
    if (m.entry.country === 'US' && m.entry.kind === 'country') namesUS = true;
    if (m.entry.country === 'GE' && m.entry.via === 'demonym') georgian++;
  }
  let georgiaDefault: TextFacts['georgiaDefault'] = 'country';
  let georgiaStateText = false;
  if (hasGeorgia || georgian > 0) {
    const { state, country } = georgiaCues(text);
    georgiaStateText = state > country;
    georgiaDefault = state > country + georgian || (state === 0 && country + georgian === 0 && namesUS) ? 'state' : 'country';
  }
  return {
    personNames,
    georgiaDefault,
    georgiaStateText,
    lowercaseTurkey: LOWERCASE_TURKEY.test(text),
    chadCues: CHAD_CUES.test(text),
    indianIsNative: hasIndian && !namesIndia && hasNativeAmericanCue(text),
  };
}

/** Distinct US-state cues (other states, Georgia's cities) and Caucasus cues in the text. */
function georgiaCues(text: string): { state: number; country: number } {
  let state = 0;
  let country = 0;
  const seen = new Set<string>();
  for (const [raw] of text.matchAll(WORDS)) {
    // "Ga." keeps its period; "Atlanta." at a sentence end loses it
    const w = GEORGIA_STATE_TEXT_CUES.has(raw) ? raw : raw.replace(TRAILING_PERIOD, '');
    if (seen.has(w)) continue;
    seen.add(w);
    if (US_STATES.has(w) || GEORGIA_STATE_TEXT_CUES.has(w)) state++;
    if (GEORGIA_COUNTRY_CUES.has(w)) country++;
  }
  return { state, country };
}

function hasNativeAmericanCue(text: string): boolean {
  if (text.includes('Native American')) return true;
  for (const [w] of text.matchAll(WORDS)) if (NATIVE_AMERICAN_CUES.has(w.replace(TRAILING_PERIOD, ''))) return true;
  return false;
}

type Neighbours = { prev?: SurfaceMatch; next?: SurfaceMatch };

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

function georgiaIsCountry(text: string, m: SurfaceMatch, facts: TextFacts, neighbours: Neighbours): boolean {
  const possessive = possessiveLength(text, m.end);
  const next = (nextWord(text, m.end + possessive)?.text ?? '').toLowerCase();
  if (possessive > 0 && GEORGIA_COUNTRY_LOCAL.has(next)) return true;
  if (GEORGIA_STATE_NEXT.has(next)) return false;
  const prev = previousWord(text, m.start);
  if (prev && GEORGIA_STATE_BEFORE.has(prev.text)) return false;
  // "Atlanta, Georgia" / "Tbilisi, Georgia": a place name and a comma just before
  const beforeComma = text[m.start - 2] === ',' ? previousWord(text, m.start - 2) : null;
  if (beforeComma && GEORGIA_STATE_BEFORE.has(beforeComma.text)) return false;
  if (beforeComma && GEORGIA_COUNTRY_CUES.has(beforeComma.text)) return true;
  // "Ukraine, Georgia and Moldova": listed with other countries
  if (isListedWithCountries(text, m, neighbours)) return true;
  return facts.georgiaDefault === 'country';
}

function isShouted(text: string, m: SurfaceMatch): boolean {
  const window = text.slice(Math.max(0, m.start - ALL_CAPS_WINDOW), m.end + ALL_CAPS_WINDOW);
  return /[A-Z]{3}/.test(window.replace(m.entry.surface, '')) && !/[a-z]/.test(window);
}

/**
 * True when a country-name match stands for its country after the
 * ambiguity rules above (always true for unambiguous names).
 */
export function isCountryName(
  text: string,
  m: SurfaceMatch,
  facts: TextFacts,
  neighbours: Neighbours,
): boolean {
  const s = m.entry.surface;
  if (SHOUTED_SHORT_FORMS.has(s)) return !isShouted(text, m);
  if (s === 'Turkey') {
    const next = nextWord(text, m.end)?.text.toLowerCase() ?? '';
    if (TURKEY_FOOD_WORDS.has(next)) return false;
    return !(facts.lowercaseTurkey && isSentenceStart(text, m.start));
  }
  if (!isNameLike(s)) return true;
  if (isPersonShaped(text, m)) return false;
  if (s === 'Georgia') return georgiaIsCountry(text, m, facts, neighbours);
  const context = hasCountryContext(text, m, neighbours);
  if (s === 'Chad') return context || (facts.chadCues && !facts.personNames.has(s));
  return context || !facts.personNames.has(s);
}
