/**
 * Session 10 (issue 9): names that an appositive seems to call a body but
 * that the text describes as a place. The rule returns its reason (kept for
 * the tests and `cli.ts explain`) or null.
 */

/**
 * " is the capital of", ", the state capital of", " was a center of":
 * a place's description, although "capital" and "center" are also head words
 * of bodies ("Quorvex Capital", "Harbour Center").
 */
const PLACE_PREDICATE_AFTER = /^(?:\s+(?:is|was|became|remains)|,)\s+(?:now\s+)?(?:the|a|an)\s+(?:(?:state|provincial|regional|national|federal|former|old|new|largest|biggest|main|major|important)\s+)?(?:capital\s+(?:city\s+)?of\b|(?:center|centre|hub|seat)\s+of\s+(?!\p{Lu}))/u; // no i flag: with it \p{Lu} would match any letter

/**
 * The reason the name ending at `end` is a place by the words after it
 * ("Quellby is the capital of Vantmark", "Quellby was a center of the
 * wool trade"), or null. "A center of" (hub, seat) counts only before a
 * lower-case word, so "Harbour Institute, a center of Quellby University"
 * (made up) stays a body.
 */
export function placePredicate(text: string, end: number): string | null {
  return PLACE_PREDICATE_AFTER.test(text.slice(end, end + 70)) ? "place: 'is the capital of' or 'was a center of' after it" : null;
}

/** A name in capitals only, an abbreviation ("ZKTW", "N.K.V."). */
const ABBREVIATION = /^[\p{Lu}\d.&]{2,}$/u;

/**
 * The reason a quote speaker that the quote reader typed as an organisation
 * only by its shape ("the Vantlings said", a plural after "the"; a name
 * alone) is left to the context rules, or null when its own words say it is
 * a body: an abbreviation, a head word (`isHead`), or a listed name
 * (`listed`). Without such words the speaker is often a people, a family or
 * a legal case ("In Orsk v. Tarn, the court held …"), and "Quorvex said"
 * is still made a body by the reporting verb after it (context-orgs.ts).
 */
export function unsupportedSpeakerOrganisation(speaker: string, isHead: (word: string) => boolean, listed: (name: string) => boolean): string | null {
  const words = speaker.split(/\s+/);
  if (words.some((w) => ABBREVIATION.test(w) || isHead(w.toLowerCase())) || listed(speaker)) return null;
  return 'not a body: a quote speaker typed as an organisation by its shape only';
}

/**
 * The reason a name run is cut at "and" because a country follows it ("the
 * Quorvex Council and United States have criticised …": a body and a
 * country, not one body), or null. `countryOf` reads a country name.
 */
export function countryAfterAnd(right: readonly string[], countryOf: (name: string) => string | null): string | null {
  return right.length > 0 && countryOf(right.join(' ')) !== null ? "split: a country after 'and'" : null;
}
