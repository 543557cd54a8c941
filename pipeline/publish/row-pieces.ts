/**
 * The published pieces of every row, kept in the build folder from one
 * publish to the next (issue 12: one changed article rebuilt in time
 * proportional to the change). A row's pieces are what the publish stage
 * writes for it: its JSON element (fields in schema order), its CSV line,
 * its sheet row XML (with a NUL byte where the row number goes: the XML
 * writer drops NUL from cell text, so a NUL in the piece is always the
 * number), its changelog id and digest, and its primary key as JSON (the
 * database patch deletes by it). All are pure functions of the validated
 * row's text and of the code, so they are filed under the MD5 digest of that
 * text (validate's row digest, row-memo.ts), in one file per table made
 * under one code fingerprint. `width` holds the length of each cell (a byte
 * each: the sheet's column widths are made of them). The last piece, `zip`,
 * is empty in a row's record; an article's record (article-pieces.ts) holds there its sheet rows
 * compressed and the row number they start at, which is checked before use.
 *
 * A rebuild reads each validated row as bytes, digests it and, when the last
 * publish wrote that row, copies its pieces instead of parsing the row and
 * serialising it three times. Rows keep their order between builds, so the
 * old file is read forward through a window of {@link WINDOW} bytes; only the
 * index (digest → place, 28 bytes a row) is held in memory.
 *
 * File: a 32-byte header (SHA-256 of the fingerprint), the records, the index
 * (digest, offset, length per record), then a trailer (index offset, count,
 * {@link MAGIC}). It is written under a temporary name and renamed whole, so
 * a file is complete or absent; an unreadable one counts as absent (every row
 * is then made afresh, as in a first build).
 */
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tempPathBeside } from '../lib/atomic-write.ts';
import { BatchedWrites } from '../lib/batched-writes.ts';
import { RowMemo } from '../validate/row-memo.ts';

/** The pieces of one row, as UTF-8 bytes, in the order they are stored. */
export const PIECE_NAMES = ['json', 'csv', 'sheet', 'id', 'hash', 'key', 'width', 'zip'] as const;
export type RowPieces = Record<(typeof PIECE_NAMES)[number], Buffer>;

/** Bytes of a record before its pieces: the row digest, then each piece's length. */
const RECORD_HEAD = 16 + 4 * PIECE_NAMES.length;
const HEADER_BYTES = 32;
/** Bytes of an index entry: digest, offset (u64), record length (u32). */
const INDEX_ENTRY = 28;
const TRAILER = 16;
/** Marks a complete pieces file (ASCII "WSWP"). */
const MAGIC = 0x50575357;
/** Bytes of the old file read at a time (rows are met in file order, so most reads are inside the window). */
const WINDOW = 1 << 20;

/** A record's bytes: the digest, the lengths, the pieces. */
export function encodeRecord(digest: Uint32Array, pieces: RowPieces): Buffer {
  const head = Buffer.alloc(RECORD_HEAD);
  Buffer.from(digest.buffer, digest.byteOffset, 16).copy(head, 0);
  PIECE_NAMES.forEach((name, i) => head.writeUInt32LE(pieces[name].length, 16 + 4 * i));
  return Buffer.concat([head, ...PIECE_NAMES.map((name) => pieces[name])]);
}

/** The pieces of a record (views into its bytes, nothing copied). */
export function decodeRecord(record: Buffer): RowPieces {
  const pieces = {} as RowPieces;
  let at = RECORD_HEAD;
  PIECE_NAMES.forEach((name, i) => {
    const length = record.readUInt32LE(16 + 4 * i);
    pieces[name] = record.subarray(at, (at += length));
  });
  return pieces;
}

/** The value words of the index: offset (low, high), record length, and a non-zero mark (in one array the index copies from). */
const PLACE = new Uint32Array(4);
const place = (offset: number, length: number): Uint32Array => {
  PLACE.set([offset >>> 0, Math.floor(offset / 2 ** 32), length, 1]);
  return PLACE;
};

/** The pieces file of the last publish, read by row digest. */
export class PieceFile {
  private window: Buffer = Buffer.alloc(0);
  private windowAt = 0;
  /** Offsets of the records handed out (to tell the rows of the last publish that this one no longer has). */
  private readonly taken = new Set<number>();

  private constructor(
    private readonly file: FileHandle | null,
    private readonly index: RowMemo,
    private readonly offsets: number[],
    /** Where the records end (the index begins), and the bytes of the records the index lists. */
    readonly recordsEnd = HEADER_BYTES,
    readonly liveBytes = 0,
  ) {}

  /**
   * Whether this publish's records may be appended to this file rather than
   * all written to a new one: records no row takes any more stay in the file,
   * until they are as many bytes as the live ones (then the file is written
   * anew, so it never grows past twice what it holds).
   */
  get extendable(): boolean {
    return this.file !== null && this.recordsEnd - HEADER_BYTES <= 2 * this.liveBytes;
  }

  /** Whether the file was there (complete, of this code), even with no record. */
  get found(): boolean {
    return this.file !== null;
  }

  /** An empty file: every row is made afresh. */
  static empty(): PieceFile {
    return new PieceFile(null, new RowMemo(), []);
  }

  /** Opens the pieces file at `path` made under `fingerprintHash` (hex SHA-256); empty when it is absent, incomplete or of other code. */
  static async open(path: string, fingerprintHash: string): Promise<PieceFile> {
    const file = await open(path, 'r').catch(() => null);
    if (!file) return PieceFile.empty();
    try {
      const { size } = await file.stat();
      if (size < HEADER_BYTES + TRAILER) throw new Error('cut short');
      const head = await readAt(file, 0, HEADER_BYTES);
      const trailer = await readAt(file, size - TRAILER, TRAILER);
      const indexAt = trailer.readUInt32LE(0) + trailer.readUInt32LE(4) * 2 ** 32;
      const count = trailer.readUInt32LE(8);
      // Made under other code: of no use, as expected after a code change.
      if (head.toString('hex') !== fingerprintHash) throw new Error('other code');
      if (trailer.readUInt32LE(12) !== MAGIC || indexAt + count * INDEX_ENTRY + TRAILER !== size) throw new Error('cut short or damaged');
      const entries = await readAt(file, indexAt, count * INDEX_ENTRY);
      // One view of the index's words (the buffer is its own allocation, so aligned), not a copy per entry.
      const words = new Uint32Array(entries.buffer, entries.byteOffset, entries.length / 4);
      const index = new RowMemo(count);
      const offsets: number[] = [];
      let live = 0;
      for (let at = 0; at < words.length; at += INDEX_ENTRY / 4) {
        const offset = words[at + 4]! + words[at + 5]! * 2 ** 32;
        offsets.push(offset);
        live += words[at + 6]!;
        index.set(words.subarray(at, at + 4), place(offset, words[at + 6]!));
      }
      return new PieceFile(file, index, offsets, indexAt, live);
    } catch (error) {
      await file.close();
      // Not silent when the file was damaged: its rows are made afresh (nothing lost), and whoever reads the log learns why it took longer.
      if ((error as Error).message !== 'other code') console.error(`publish: the kept pieces in ${path} are unusable (${(error as Error).message}); their rows are made afresh`);
      return PieceFile.empty();
    }
  }

  /** The record of the row with this digest and its offset in the file, or null when the last publish did not write it. */
  async record(digest: Uint32Array): Promise<{ record: Buffer; offset: number } | null> {
    const found = this.file ? this.index.get(digest) : undefined;
    if (!found) return null;
    const offset = found[0]! + found[1]! * 2 ** 32;
    const length = found[2]!;
    this.taken.add(offset);
    if (offset < this.windowAt || offset + length > this.windowAt + this.window.length) {
      this.window = await readAt(this.file!, offset, Math.max(WINDOW, length));
      this.windowAt = offset;
    }
    return { record: this.window.subarray(offset - this.windowAt, offset - this.windowAt + length), offset };
  }

  /** The records of the last publish no row of this one took (rows removed or changed), read back in file order. */
  async *untaken(): AsyncGenerator<RowPieces> {
    for (const offset of this.offsets) {
      if (this.taken.has(offset)) continue;
      const head = await readAt(this.file!, offset, RECORD_HEAD);
      let length = RECORD_HEAD;
      for (let i = 0; i < PIECE_NAMES.length; i++) length += head.readUInt32LE(16 + 4 * i);
      yield decodeRecord(await readAt(this.file!, offset, length));
    }
  }

  /** How many records no row took so far. */
  get untakenCount(): number {
    return this.offsets.length - this.taken.size;
  }

  async close(): Promise<void> {
    await this.file?.close();
  }
}

/** `length` bytes of `file` from `offset` (fewer at the end of the file). */
async function readAt(file: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, offset);
  return buffer.subarray(0, bytesRead);
}

/**
 * Writes the pieces file of this publish, row by row: either a new file under
 * a temporary name, renamed into place by {@link commit}, or, when the last
 * one is {@link PieceFile.extendable}, the same file with this publish's new
 * records appended and a new index (a row kept from the last publish is only
 * listed in it). The old index and trailer are cut off before anything is
 * appended, so a file left by an interrupted publish is incomplete, and read
 * as absent.
 */
export class PieceFileWriter {
  /** Where the next record goes. */
  private offset: number;
  private readonly batches: BatchedWrites;
  /** The index entries so far, one after the other (grown by doubling). */
  private index = Buffer.alloc(INDEX_ENTRY * 1024);
  private entries = 0;

  private constructor(
    readonly path: string,
    private readonly tmp: string | null,
    private readonly out: FileHandle,
    start: number,
  ) {
    this.offset = start;
    this.batches = new BatchedWrites(out, start);
  }

  static async open(path: string, fingerprintHash: string, old: PieceFile): Promise<PieceFileWriter> {
    await mkdir(dirname(path), { recursive: true });
    if (old.extendable) {
      const out = await open(path, 'r+');
      await out.truncate(old.recordsEnd);
      return new PieceFileWriter(path, null, out, old.recordsEnd);
    }
    const tmp = tempPathBeside(path);
    const out = await open(tmp, 'w');
    await out.write(Buffer.from(fingerprintHash, 'hex'), 0, HEADER_BYTES, 0);
    return new PieceFileWriter(path, tmp, out, HEADER_BYTES);
  }

  /** Adds one row's record ({@link encodeRecord}, or as read from the old file, with its offset there). */
  async add(record: Buffer, keptAt: number | null): Promise<void> {
    if ((this.entries + 1) * INDEX_ENTRY > this.index.length) {
      const grown = Buffer.alloc(this.index.length * 2);
      this.index.copy(grown);
      this.index = grown;
    }
    const entry = this.entries++ * INDEX_ENTRY;
    record.copy(this.index, entry, 0, 16);
    const at = this.tmp === null && keptAt !== null ? keptAt : this.offset;
    this.index.writeUInt32LE(at >>> 0, entry + 16);
    this.index.writeUInt32LE(Math.floor(at / 2 ** 32), entry + 20);
    this.index.writeUInt32LE(record.length, entry + 24);
    if (at !== this.offset) return;
    this.offset += record.length;
    await this.put(record);
  }

  /** Writes the index and the trailer and puts the file in place. */
  async commit(): Promise<void> {
    const trailer = Buffer.alloc(TRAILER);
    trailer.writeUInt32LE(this.offset >>> 0, 0);
    trailer.writeUInt32LE(Math.floor(this.offset / 2 ** 32), 4);
    trailer.writeUInt32LE(this.entries, 8);
    trailer.writeUInt32LE(MAGIC, 12);
    await this.put(this.index.subarray(0, this.entries * INDEX_ENTRY));
    await this.put(trailer);
    await this.batches.flush();
    await this.out.close();
    if (this.tmp) await rename(this.tmp, this.path);
  }

  /** Gives up: a new file is removed (the old one stays); an extended one stays incomplete (read as absent). */
  async abort(): Promise<void> {
    await this.out.close().catch(() => undefined);
    if (this.tmp) await rm(this.tmp, { force: true });
  }

  private async put(bytes: Buffer): Promise<void> {
    // Not copied: a record read from the old file is a view of a window buffer that is replaced, never overwritten.
    this.batches.gather(bytes);
    await this.batches.flushIfFull();
  }
}
