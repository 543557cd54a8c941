/**
 * A compact read-only table from words to small numbers, for the large
 * public word lists the extractor reads in every worker (about 100,000
 * words each). A `Map<string, number>` of that size costs 5-8 MiB of heap
 * per thread (a string object and a hash entry per word); here the words are
 * one sorted string with a separator, their starts a `Uint32Array` and their
 * values a typed array, about a fifth of that, looked up by binary search
 * without allocating.
 */

/** This module's source: an input of every stored table (`word-table-cache.ts`), since it decides what a built table holds. */
export const SORTED_WORDS_URL = import.meta.url;

/** Separates the words in the joined string; no listed word contains it. */
const SEPARATOR = '\n';

/** The typed arrays a table stores its values in. */
export type ValueArray = Uint8Array | Uint16Array | Uint32Array;

/** An immutable word → number table, built once by {@link sortedWords}. */
export interface SortedWords {
  /** How many words the table holds. */
  readonly size: number;
  /** The value of a word, or undefined when the table does not hold it. */
  get(word: string): number | undefined;
}

/**
 * Builds a {@link SortedWords} from entries, the first value of a repeated
 * word winning (as with `if (!map.has(w)) map.set(w, v)`). `makeValues`
 * picks the typed array wide enough for the values.
 */
export function sortedWords(entries: Iterable<readonly [string, number]>, makeValues: (n: number) => ValueArray): SortedWords {
  const first = new Map<string, number>();
  for (const [word, value] of entries) {
    if (word.includes(SEPARATOR)) throw new Error(`sortedWords: the word ${JSON.stringify(word)} holds the separator`);
    if (!first.has(word)) first.set(word, value);
  }
  const words = [...first.keys()].sort();
  const starts = new Uint32Array(words.length + 1);
  const values = makeValues(words.length);
  let at = 0;
  words.forEach((word, i) => {
    starts[i] = at;
    values[i] = first.get(word)!;
    at += word.length + SEPARATOR.length;
  });
  starts[words.length] = at;
  const joined = words.join(SEPARATOR) + SEPARATOR;
  return new SortedTable(joined, starts, values);
}

/** What a table is made of: its words joined, each word's start in `joined` (and the end of the last), and their values. */
export interface SortedWordsParts {
  joined: string;
  starts: Uint32Array;
  values: ValueArray;
}

/** The parts of a table built by {@link sortedWords} (to store it), shared, not copied. */
export function sortedWordsParts(table: SortedWords): SortedWordsParts {
  if (!(table instanceof SortedTable)) throw new Error('sortedWordsParts: not a table built by sortedWords');
  return table.parts();
}

/**
 * A table again from its stored parts ({@link sortedWordsParts}). The parts
 * are checked for shape (the starts rise, end at the joined string's length,
 * and each word ends with the separator), not re-sorted: they come from a
 * table that was built sorted.
 */
export function sortedWordsFromParts(parts: SortedWordsParts): SortedWords {
  const { joined, starts, values } = parts;
  const n = starts.length - 1;
  const fits = n >= 0 && values.length === n && starts[0] === 0 && (n === 0 || starts[n] === joined.length);
  if (!fits) throw new Error('sortedWordsFromParts: the starts do not fit the joined words');
  for (let i = 0; i < n; i++) {
    if (starts[i + 1]! <= starts[i]! || joined.charCodeAt(starts[i + 1]! - 1) !== SEPARATOR.charCodeAt(0)) {
      throw new Error(`sortedWordsFromParts: word ${i} does not end with the separator`);
    }
  }
  return new SortedTable(joined, starts, values);
}

class SortedTable implements SortedWords {
  constructor(
    private readonly joined: string,
    private readonly starts: Uint32Array,
    private readonly values: ValueArray,
  ) {}

  get size(): number {
    return this.starts.length - 1;
  }

  parts(): SortedWordsParts {
    return { joined: this.joined, starts: this.starts, values: this.values };
  }

  get(word: string): number | undefined {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compareAt(mid, word);
      if (order === 0) return this.values[mid];
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The order of the table's i-th word against `word`, by UTF-16 code units (the order of `Array.prototype.sort`). */
  private compareAt(i: number, word: string): number {
    const start = this.starts[i]!;
    const length = this.starts[i + 1]! - start - SEPARATOR.length;
    const shared = Math.min(length, word.length);
    for (let k = 0; k < shared; k++) {
      const diff = this.joined.charCodeAt(start + k) - word.charCodeAt(k);
      if (diff !== 0) return diff;
    }
    return length - word.length;
  }
}
