/**
 * A zip file whose entries may be written as pieces compressed apart (issue
 * 12: one changed article rebuilt in time proportional to the change). Each
 * piece is raw deflate ended with a full flush ({@link deflatePiece}): its
 * bits end on a byte boundary and it refers to nothing before it, so pieces
 * made at different times, one after the other, are one valid deflate stream
 * once an empty final block ({@link DEFLATE_END}) closes it. A piece carries
 * the CRC-32 and length of its text, so the entry's CRC is combined from the
 * pieces' ({@link crc32Combine}) without the text: a piece kept from the last
 * build is copied as bytes, never inflated or compressed again.
 *
 * No zip library takes raw deflate bytes for an entry (archiver and jszip
 * compress what they are given; yazl and zip-stream the same), so the
 * container is written here: local headers whose CRC and sizes are filled
 * in when the entry ends, then the central directory. Entries are deflated
 * (method 8), dated with one fixed date in UTC, no extra fields: the same
 * pieces give the same bytes. An entry or a file past 4 GiB (zip64) is
 * refused with an error rather than written wrong.
 */
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { tempPathBeside } from '../lib/atomic-write.ts';
import { BatchedWrites } from '../lib/batched-writes.ts';

/** Text compressed apart: its raw deflate bytes (ending with a full flush), and its CRC-32 and length. */
export interface DeflatedPiece {
  data: Buffer;
  crc: number;
  length: number;
}

/** An empty final block (fixed Huffman, end of block at once): what ends a stream of {@link deflatePiece}s. */
export const DEFLATE_END = Buffer.from([0x03, 0x00]);

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** Version needed to extract (2.0: deflate), and the method's number. */
const VERSION = 20;
const DEFLATE = 8;
const ZIP32_LIMIT = 0xffffffff;

/** `text` as a piece: raw deflate at zlib's default level, ended with a full flush, so it starts no later piece's dictionary. */
export function deflatePiece(text: Buffer): DeflatedPiece {
  return { data: deflateRawSync(text, { finishFlush: constants.Z_FULL_FLUSH }), crc: crc32(text), length: text.length };
}

const POLY = 0xedb88320;

/** The product of two polynomials modulo the CRC-32 polynomial (bit-reflected, as zlib's multmodp). */
function multModP(a: number, b: number): number {
  let p = 0;
  for (let m = 0x80000000; m !== 0; m >>>= 1) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^n) modulo the polynomial, n = 0..31 (zlib's x2n_table). */
const X2N: number[] = [];
for (let n = 0, p = 0x40000000; n < 32; n++) {
  X2N.push(p);
  p = multModP(p, p);
}

/** x^(8·bytes) modulo the polynomial: what shifting a CRC past `bytes` zero bytes multiplies it by. */
function shiftOf(bytes: number): number {
  let p = 0x80000000;
  // Bits of the length, lowest first; k = 3 turns bytes into bits.
  for (let n = bytes, k = 3; n > 0; n = Math.floor(n / 2), k++) if (n % 2) p = multModP(X2N[k & 31]!, p);
  return p;
}

/**
 * The CRC-32 of two texts one after the other, from the CRC of the first
 * (`crc1`), the CRC of the second (`crc2`) and the second's length (zlib's
 * crc32_combine).
 */
export function crc32Combine(crc1: number, crc2: number, length2: number): number {
  if (length2 === 0) return crc1 >>> 0;
  return (multModP(shiftOf(length2), crc1) ^ crc2) >>> 0;
}

/** A date's MS-DOS time and date words, read in UTC (so the bytes do not depend on the machine's time zone). */
function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

/** An entry written: what its central directory record repeats. */
interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  length: number;
}

/**
 * Where an ended entry's pieces are in the zip file: `at` the byte its
 * deflate data starts at, `piece` their bytes' count, CRC-32 and text length
 * without the final block ({@link DEFLATE_END}): read back from the file, they
 * are one piece that gives the entry again (table-reuse.ts copies a sheet so).
 */
export interface EntryPlace {
  at: number;
  compressed: number;
  crc: number;
  length: number;
}

/** The entry being written, piece by piece. */
export interface OpenEntry {
  /** Adds a piece (made by {@link deflatePiece}, now or by an earlier build). */
  write(piece: DeflatedPiece): Promise<void>;
  /** Ends the entry's deflate stream and fills in its header; resolves with where its pieces are. */
  end(): Promise<EntryPlace>;
}

/** A zip file written to a temporary name beside `path`, renamed into place by {@link close}. */
export class ZipWriter {
  private readonly entries: Entry[] = [];
  /** Bytes written or gathered so far: where the next one goes. */
  private offset = 0;
  private readonly out: BatchedWrites;
  private entryOpen = false;
  private readonly when: { time: number; day: number };

  private constructor(
    private readonly file: FileHandle,
    private readonly tmp: string,
    readonly path: string,
    date: Date,
  ) {
    this.when = dosDateTime(date);
    this.out = new BatchedWrites(file, 0);
  }

  /** Opens a zip to be written at `path`; every entry is dated `date`. */
  static async open(path: string, date: Date): Promise<ZipWriter> {
    const tmp = tempPathBeside(path);
    return new ZipWriter(await open(tmp, 'w'), tmp, path, date);
  }

  /** Adds an entry holding `text`, compressed whole. */
  async addFile(name: string, text: string | Buffer): Promise<void> {
    const entry = this.begin(name);
    const bytes = typeof text === 'string' ? Buffer.from(text) : text;
    await entry.write({ data: deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH }), crc: crc32(bytes), length: bytes.length });
    await entry.end();
  }

  /** Starts an entry written piece by piece; end it before starting another. */
  begin(name: string): OpenEntry {
    if (this.entryOpen) throw new Error(`zip entry ${name} started before the last one ended`);
    this.entryOpen = true;
    const entry: Entry = { name: Buffer.from(name), offset: this.offset, crc: 0, compressed: 0, length: 0 };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    // CRC and sizes are zero until the entry ends, then written in place.
    this.commonFields(header, 4, entry);
    this.put(header);
    this.put(entry.name);
    const write = async (piece: DeflatedPiece) => {
      entry.crc = crc32Combine(entry.crc, piece.crc, piece.length);
      entry.compressed += piece.data.length;
      entry.length += piece.length;
      this.put(piece.data);
      await this.out.flushIfFull();
    };
    const end = async (): Promise<EntryPlace> => {
      const place = { at: entry.offset + header.length + entry.name.length, compressed: entry.compressed, crc: entry.crc, length: entry.length };
      await write({ data: DEFLATE_END, crc: 0, length: 0 });
      if (entry.compressed > ZIP32_LIMIT || entry.length > ZIP32_LIMIT || this.offset > ZIP32_LIMIT) throw new Error(`zip entry ${name} passes 4 GiB (zip64 is not written)`);
      await this.out.flush();
      const sizes = Buffer.alloc(12);
      sizes.writeUInt32LE(entry.crc, 0);
      sizes.writeUInt32LE(entry.compressed, 4);
      sizes.writeUInt32LE(entry.length, 8);
      await this.file.write(sizes, 0, 12, entry.offset + 14);
      this.entries.push(entry);
      this.entryOpen = false;
      return place;
    };
    return { write, end };
  }

  /** Writes the central directory and puts the file in place. */
  async close(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(CENTRAL_HEADER, 0);
      record.writeUInt16LE(VERSION, 4);
      this.commonFields(record, 6, e);
      // Extra field, comment, disk number, internal and external attributes: none (30..41).
      record.writeUInt32LE(e.offset, 42);
      this.put(record);
      this.put(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_DIRECTORY, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.put(end);
    if (this.offset > ZIP32_LIMIT) throw new Error('the zip passes 4 GiB (zip64 is not written)');
    await this.out.flush();
    await this.file.close();
    await rename(this.tmp, this.path);
  }

  /** Gives up: the temporary file is removed. */
  async abort(): Promise<void> {
    await this.file.close().catch(() => undefined);
    await rm(this.tmp, { force: true });
  }

  /** The fields a local header (at 4) and a central record (at 6) share: version needed, flags, method, date, CRC, sizes, name length. */
  private commonFields(into: Buffer, at: number, entry: Entry): void {
    into.writeUInt16LE(VERSION, at);
    into.writeUInt16LE(0, at + 2);
    into.writeUInt16LE(DEFLATE, at + 4);
    into.writeUInt16LE(this.when.time, at + 6);
    into.writeUInt16LE(this.when.day, at + 8);
    into.writeUInt32LE(entry.crc, at + 10);
    into.writeUInt32LE(entry.compressed, at + 14);
    into.writeUInt32LE(entry.length, at + 18);
    into.writeUInt16LE(entry.name.length, at + 22);
  }

  private put(bytes: Buffer): void {
    this.out.gather(bytes);
    this.offset += bytes.length;
  }
}
