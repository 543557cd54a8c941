/**
 * The primary keys seen so far in a table, for finding duplicates while the
 * table streams past (validate-stage.ts). Each key is kept as its 128-bit MD5
 * digest in one flat open-addressing table (four 32-bit words a slot), not as
 * a string in a Set: 32 to 64 bytes a key (the table doubles when half full)
 * instead of well over 100 for a mention's key as JSON in a Set, and nothing
 * for the garbage collector to trace
 * (issue 12: memory flat as the corpus grows). Two distinct keys share a
 * digest with odds of about n²/2¹²⁹ (below 10⁻²⁵ at ten million keys), so a
 * digest seen twice is taken as the same key.
 */
import { hash } from 'node:crypto';

/** Words a slot: the four 32-bit words of an MD5 digest. */
const WORDS = 4;
/** Slots to start with (a power of two). */
const INITIAL_SLOTS = 1 << 12;

/** The MD5 digest of a string as four 32-bit words; the first is never 0 (an all-zero slot is empty; a 0 becomes 1, odds 2⁻³² of meeting one). */
export function digestWords(text: string): Uint32Array {
  return digestWordsOf(hash('md5', text, 'buffer'));
}

/** The words of an MD5 digest as {@link digestWords} gives them. */
export function digestWordsOf(digest: Buffer): Uint32Array {
  const words = new Uint32Array(4);
  for (let i = 0; i < 4; i++) words[i] = digest.readUInt32LE(i * 4);
  words[0] ||= 1;
  return words;
}

/** A set of keys (any strings) held as digests. */
export class KeySet {
  private table = new Uint32Array(INITIAL_SLOTS * WORDS);
  private used = 0;

  /** Keys in the set. */
  get size(): number {
    return this.used;
  }

  /** Bytes of the table (it doubles when half full). */
  get bytes(): number {
    return this.table.byteLength;
  }

  /** Adds a key; returns false when it was already there. */
  add(key: string): boolean {
    return this.addDigest(digestWords(key));
  }

  /** Adds a key given as its digest ({@link digestWords}); returns false when it was already there. */
  addDigest(words: Uint32Array): boolean {
    if (!this.insert(this.table, words[0]!, words[1]!, words[2]!, words[3]!)) return false;
    this.used += 1;
    if (this.used * 2 > this.table.length / WORDS) this.grow();
    return true;
  }

  /** Puts a digest in `table`; false when it is there already. */
  private insert(table: Uint32Array, d0: number, d1: number, d2: number, d3: number): boolean {
    const mask = table.length / WORDS - 1;
    for (let slot = d1 & mask; ; slot = (slot + 1) & mask) {
      const at = slot * WORDS;
      if (table[at] === 0) {
        table[at] = d0;
        table[at + 1] = d1;
        table[at + 2] = d2;
        table[at + 3] = d3;
        return true;
      }
      if (table[at] === d0 && table[at + 1] === d1 && table[at + 2] === d2 && table[at + 3] === d3) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    const table = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += WORDS) {
      if (old[at] !== 0) this.insert(table, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    }
    this.table = table;
  }
}
