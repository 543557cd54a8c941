/**
 * What validate remembers between builds (issue 12: one changed page rebuilt
 * in seconds): every row it found valid, as the MD5 digest of its table and
 * its text as the extract stage wrote it, with the digest of its primary key.
 * A rebuild that meets a row it has already found valid, under the same code
 * and schemas, takes the row's text as it is, with no `JSON.parse` and no
 * schema check, and adds the remembered key digest to the table's key set
 * (key-set.ts), so duplicates are still found across the whole table. Only
 * the rows of changed articles are checked again. The memo keeps the rows of
 * the last build only, so it does not grow with the builds.
 *
 * Held in one flat open-addressing table (eight 32-bit words a slot: the
 * row's digest, then its key's), like key-set.ts, and saved as those words.
 * The odds that a changed row shares a digest with a remembered one are
 * about n²/2¹²⁹, as for the key set.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { sha256 } from '../lib/hash.ts';
import { createHash } from 'node:crypto';
import { digestWords, digestWordsOf } from './key-set.ts';

/** Words a slot: the row's digest (4), its key's digest (4). */
const WORDS = 8;
/** Slots to start with (a power of two). */
const INITIAL_SLOTS = 1 << 12;
/** Bytes of the header of a saved memo: the SHA-256 of what it was made under. */
const HEADER_BYTES = 32;

/** The digest of a row: its table and its text. */
export function rowDigest(table: string, text: string): Uint32Array {
  return digestWords(`${table}\u0000${text}`);
}

/** {@link rowDigest} of a row given as the UTF-8 bytes of its text (the same digest, with nothing decoded). */
export function rowDigestOfBytes(table: string, bytes: Buffer): Uint32Array {
  return digestWordsOf(createHash('md5').update(`${table}\u0000`, 'utf8').update(bytes).digest());
}

/** Rows known to be valid, each with its primary key's digest. */
export class RowMemo {
  private table: Uint32Array;
  private used = 0;

  /** `expected`: rows it will hold, so that it is made large enough at once (default: it grows as rows come). */
  constructor(expected = 0) {
    let slots = INITIAL_SLOTS;
    while (slots < expected * 2 + 2) slots *= 2;
    this.table = new Uint32Array(slots * WORDS);
  }

  /** Rows remembered. */
  get size(): number {
    return this.used;
  }

  /** The key digest of a remembered row, or undefined. */
  get(row: Uint32Array): Uint32Array | undefined {
    const at = this.find(this.table, row);
    return this.table[at] === 0 ? undefined : this.table.slice(at + 4, at + 8);
  }

  /** Remembers a valid row and its key digest. */
  set(row: Uint32Array, key: Uint32Array): void {
    const at = this.find(this.table, row);
    if (this.table[at] === 0) this.used += 1;
    this.table.set(row, at);
    this.table.set(key, at + 4);
    if (this.used * 2 > this.table.length / WORDS) this.grow();
  }

  /**
   * Reads a memo saved under `fingerprint` (the code and schemas); an empty
   * memo when the file is absent, unreadable or made under other code (every
   * row is then checked, as in a first build).
   */
  static async load(file: string, fingerprint: string): Promise<RowMemo> {
    const memo = new RowMemo();
    const bytes = await readFile(file).catch(() => null);
    if (!bytes || bytes.length < HEADER_BYTES || (bytes.length - HEADER_BYTES) % (WORDS * 4) !== 0) return memo;
    if (bytes.subarray(0, HEADER_BYTES).toString('hex') !== sha256(fingerprint)) return memo;
    const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + HEADER_BYTES, bytes.byteOffset + bytes.length));
    for (let at = 0; at < words.length; at += WORDS) memo.set(words.subarray(at, at + 4), words.subarray(at + 4, at + 8));
    return memo;
  }

  /** Saves the memo (temporary file, then renamed) under `fingerprint`. */
  async save(file: string, fingerprint: string): Promise<void> {
    const rows = new Uint32Array(this.used * WORDS);
    let n = 0;
    for (let at = 0; at < this.table.length; at += WORDS) {
      if (this.table[at] !== 0) rows.set(this.table.subarray(at, at + WORDS), (n++) * WORDS);
    }
    await writeFileAtomic(file, Buffer.concat([Buffer.from(sha256(fingerprint), 'hex'), Buffer.from(rows.buffer)]));
  }

  /** The index of the slot holding `row`, or of the empty slot where it would go. */
  private find(table: Uint32Array, row: Uint32Array): number {
    const mask = table.length / WORDS - 1;
    for (let slot = row[1]! & mask; ; slot = (slot + 1) & mask) {
      const at = slot * WORDS;
      if (table[at] === 0) return at;
      if (table[at] === row[0] && table[at + 1] === row[1] && table[at + 2] === row[2] && table[at + 3] === row[3]) return at;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += WORDS) {
      if (old[at] !== 0) this.table.set(old.subarray(at, at + WORDS), this.find(this.table, old.subarray(at, at + 4)));
    }
  }
}
