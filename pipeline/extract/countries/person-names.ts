/**
 * Names that countries, capitals and demonyms share with people (and, for
 * capitals, with teams and papers): "Michael Jordan", "Jordan Peterson",
 * "Chad Brennan", "Tom Holland", "Denzel Washington", "Paris Delgado", "Nina
 * French", "Washington Commanders". A person-shaped occurrence (a
 * capitalised name word glued before or after, ", who", "said Jordan.") is a
 * person; the text facts remember it so that the bare name is read as the
 * person in the rest of the text.
 */
import { GOVERNMENT_HEADS } from './capital-words.ts';
import { GIVEN_NAME_COUNTRIES, REPORTING_VERBS, SURNAME_COUNTRIES } from './context-words.ts';
import { DEMONYM_SURNAMES } from './demonym-words.ts';
import { isNameWord, nextWord, previousWord } from './context.ts';
import type { SurfaceMatch } from './surface-matcher.ts';

/** An appositive that only a person takes: ", who", ", whose", ", 25,". */
const PERSON_APPOSITIVE = /^,\s(?:who\b|whose\b|\d{1,3},)/;
/** What follows a speaker's name at the end of an attribution: "… said Jordan." / "… said Jordan, adding". */
const SPEAKER_END = /^(?:\.|,\s(?!and\b|or\b)[a-z])/;

/** True for country names that are also given names or surnames ("Jordan", "Holland"). */
export const isNameLike = (surface: string): boolean => GIVEN_NAME_COUNTRIES.has(surface) || SURNAME_COUNTRIES.has(surface);

/**
 * True when the name is part of a personal name: a given name followed by a
 * capitalised word ("Jordan Peterson", "Chad Brennan") or a surname after a
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

/**
 * A capital as part of another name: a person ("Denzel Washington", "Jack
 * London", "Paris Delgado") or a team, paper or event ("Washington Commanders",
 * "Washington Post", "Beijing Olympics"). A text that uses the capital so may
 * mean that name by the bare word ("Washington said it would review the
 * tape"), so the capital is not read as a government anywhere in that text;
 * such texts nearly always name the country itself when they mean it.
 */
export function isNamePartCapital(text: string, m: SurfaceMatch): boolean {
  if (isNameWord(previousWord(text, m.start)?.text ?? '')) return true;
  const next = nextWord(text, m.end)?.text ?? '';
  return isNameWord(next) && !GOVERNMENT_HEADS.has(next.toLowerCase());
}

/** A demonym used as a surname: "Owen French", "Bill English". */
export function isSurnameDemonym(text: string, m: SurfaceMatch): boolean {
  return DEMONYM_SURNAMES.has(m.entry.surface) && isNameWord(previousWord(text, m.start)?.text ?? '');
}

/**
 * True when a demonym that is also a surname names a person: "Owen French",
 * or, once the text has used it so (`personNames`), "French said".
 */
export function isPersonDemonym(text: string, m: SurfaceMatch, personNames: ReadonlySet<string>): boolean {
  if (!DEMONYM_SURNAMES.has(m.entry.surface)) return false;
  if (isSurnameDemonym(text, m)) return true;
  return personNames.has(m.entry.surface) && REPORTING_VERBS.has(nextWord(text, m.end)?.text.toLowerCase() ?? '');
}
