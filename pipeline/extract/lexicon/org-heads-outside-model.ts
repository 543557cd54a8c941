/**
 * Organisation head words that the name model does not read as a feature
 * (data only). They count like `ORG_HEADS` (english.ts) wherever a page's
 * profile is read (`profile.ts` `orgHeads`), but stay out of the list the
 * model is trained on: any word added to `ORG_HEADS` retrains the model, and
 * session 8 measured that one such retraining flipped a pinned invented case
 * ("Yesterday <one word> said …" read as a person) and moved hold-out 2
 * organisations 0.649 -> 0.639. Merge them into `ORG_HEADS` at a retraining
 * that settles that case by a rule.
 *
 * Kinds: research units ("… Lab"), music schools ("Conservatoire de …"),
 * church territories ("Diocese of …"), military units ("… Legion",
 * "… Battalion", "… Squadron"). Not "communion" ("Holy Communion" is a rite)
 * and not "municipality" (GUM types a municipality as a place; session 8: GUM dev −2).
 */
export const ORG_HEADS_OUTSIDE_MODEL: ReadonlySet<string> = new Set([
  'lab', 'conservatoire', 'conservatory', 'diocese', 'archdiocese', 'legion', 'battalion', 'squadron',
]);
