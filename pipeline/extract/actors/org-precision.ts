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
