/**
 * Tables as JSON array files, read and written one element at a time, so that
 * no stage holds a whole table (or the whole text of one) in memory:
 *
 * - {@link JsonArrayWriter} writes exactly the bytes of
 *   `JSON.stringify(rows, null, 2) + '\n'` (the layout of every table file),
 *   atomically (a temporary file renamed into place on {@link JsonArrayWriter.close}),
 *   counting its bytes and SHA-256 on the way for the Data Package.
 * - {@link readJsonArray} yields the elements of any JSON array file. It only
 *   finds where each top-level element starts and ends (brackets and braces
 *   outside strings) and leaves the parsing to `JSON.parse`, which is native:
 *   a streaming tokenizer in JavaScript (stream-json, @streamparser/json)
 *   builds every value token by token and is several times slower on tables
 *   that are mostly long strings (article text).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';

/** Characters gathered before one write to the file (fewer, larger writes). */
const WRITE_BATCH = 1 << 16;

/** A file written in pieces under a temporary name, renamed into place when closed, its size and SHA-256 counted on the way. */
export class StreamedFile {
  private readonly hash = createHash('sha256');
  private pending = '';
  /** Bytes appended as bytes (and the text before them), in order, waiting with `pending` for the next write. */
  private chunks: Buffer[] = [];
  private chunkBytes = 0;
  private byteCount = 0;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly tmp: string,
    private readonly out: WriteStream,
  ) {}

  /** Opens a file for `path` (its folder is created); nothing is at `path` until {@link close}. */
  static async open(path: string): Promise<StreamedFile> {
    await mkdir(dirname(path), { recursive: true });
    const tmp = join(dirname(path), `.tmp-${basename(path)}-${randomBytes(6).toString('hex')}`);
    const out = createWriteStream(tmp);
    await once(out, 'open');
    return new StreamedFile(path, tmp, out);
  }

  /** Appends text (UTF-8), or bytes as they are (UTF-8 text already encoded: nothing is decoded); waits when the disk is behind. */
  async append(text: string | Buffer): Promise<void> {
    if (typeof text === 'string') this.pending += text;
    else {
      if (this.pending) this.chunks.push(Buffer.from(this.pending, 'utf8'));
      this.pending = '';
      this.chunks.push(text);
      this.chunkBytes += text.length;
    }
    if (this.pending.length + this.chunkBytes >= WRITE_BATCH) await this.flush();
  }

  /** Ends the file and renames it into place; returns its size in bytes and its SHA-256 (hex). */
  async close(): Promise<{ bytes: number; sha256: string }> {
    await this.flush();
    this.closed = true;
    this.out.end();
    await once(this.out, 'finish');
    await rename(this.tmp, this.path);
    return { bytes: this.byteCount, sha256: this.hash.digest('hex') };
  }

  /** Gives up: the temporary file is removed and `path` keeps what it held. */
  async abort(): Promise<void> {
    if (!this.closed) this.out.destroy();
    this.closed = true;
    await rm(this.tmp, { force: true });
  }

  private async flush(): Promise<void> {
    if (!this.pending && this.chunks.length === 0) return;
    const text = Buffer.from(this.pending, 'utf8');
    const chunk = this.chunks.length === 0 ? text : Buffer.concat([...this.chunks, text]);
    this.pending = '';
    this.chunks = [];
    this.chunkBytes = 0;
    this.hash.update(chunk);
    this.byteCount += chunk.length;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}

/** An element's text as {@link JsonArrayWriter} lays it out, without the two spaces before its first line. */
export function elementText(value: unknown): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
}

/** What opens the array before its first element, and what separates two elements, as bytes. */
const OPEN_BYTES = Buffer.from('[\n  ');
const SEPARATOR_BYTES = Buffer.from(',\n  ');

/** Writes a JSON array element by element; see the module comment for the layout. */
export class JsonArrayWriter {
  private count = 0;

  private constructor(private readonly file: StreamedFile) {}

  /** Opens a writer for `path` (its folder is created); nothing is at `path` until {@link close}. */
  static async open(path: string): Promise<JsonArrayWriter> {
    return new JsonArrayWriter(await StreamedFile.open(path));
  }

  /** Rows written so far. */
  get rows(): number {
    return this.count;
  }

  /** Appends one element. */
  async write(value: unknown): Promise<void> {
    await this.writeText(elementText(value));
  }

  /** Appends one element given as the text {@link elementText} makes of it (read back by {@link readJsonArrayTexts}), or as that text's UTF-8 bytes. */
  async writeText(element: string | Buffer): Promise<void> {
    if (typeof element === 'string') await this.file.append(`${this.count === 0 ? '[\n  ' : ',\n  '}${element}`);
    else {
      // As bytes: a separator as text would be encoded on its own before the element's bytes.
      await this.file.append(this.count === 0 ? OPEN_BYTES : SEPARATOR_BYTES);
      await this.file.append(element);
    }
    this.count += 1;
  }

  /** Appends `count` elements given as the UTF-8 bytes of their texts joined by the separator `,\n  ` (as the writer lays them out). */
  async writeJoined(elements: Buffer, count: number): Promise<void> {
    if (count === 0) return;
    await this.file.append(this.count === 0 ? OPEN_BYTES : SEPARATOR_BYTES);
    await this.file.append(elements);
    this.count += count;
  }

  /** Ends the array and renames the file into place; returns its size in bytes and its SHA-256 (hex). */
  async close(): Promise<{ bytes: number; sha256: string }> {
    await this.file.append(this.count === 0 ? '[]\n' : '\n]\n');
    return this.file.close();
  }

  /** Gives up: the temporary file is removed and the path keeps what it held. */
  abort(): Promise<void> {
    return this.file.abort();
  }
}

/** SHA-256 (hex) and size of a file on disk, read in chunks. */
export async function fileDigest(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Writes a whole array of rows with {@link JsonArrayWriter} (for callers that have it anyway). */
export async function writeJsonArray(path: string, rows: Iterable<unknown> | AsyncIterable<unknown>): Promise<{ bytes: number; sha256: string; rows: number }> {
  const writer = await JsonArrayWriter.open(path);
  try {
    for await (const row of rows) await writer.write(row);
    return { ...(await writer.close()), rows: writer.rows };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d; // ]
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const COMMA = 0x2c; // ,
const WHITESPACE = /^[ \t\r\n]*$/;

/** Where a string that opens at `open` (a `"`) closes, or -1 when the text ends first. */
function stringEnd(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return at;
  }
}

/** Thrown for a file that is not one JSON array. */
export class JsonArrayError extends Error {}

/**
 * Yields the elements of the JSON array in `path`, one at a time, in order.
 * Throws {@link JsonArrayError} (naming the file) when the file is not a JSON array.
 */
export async function* readJsonArray(path: string): AsyncGenerator<unknown> {
  for await (const element of readJsonArrayTexts(path)) yield parseElement(path, element);
}

/** An element's text ({@link readJsonArrayTexts}) parsed; throws {@link JsonArrayError} naming the file and where the element starts. */
export function parseElement(path: string, element: string): unknown {
  try {
    return JSON.parse(element) as unknown;
  } catch (error) {
    throw new JsonArrayError(`${path} is not a JSON array: ${(error as Error).message} in an element starting ${JSON.stringify(element.slice(0, 80))}`);
  }
}

/**
 * Yields the text of each element of the JSON array in `path`, unparsed, one
 * at a time, in order (a stage that can tell an element by its text, such as
 * validate's memo of rows already checked, skips `JSON.parse`). Throws
 * {@link JsonArrayError} when the file is not a JSON array (an element's own
 * syntax is checked only when it is parsed).
 */
export async function* readJsonArrayTexts(path: string): AsyncGenerator<string> {
  let text = '';
  /** Scan position, start of the element being read (-1: between elements), bracket depth inside the array. */
  let at = 0;
  let start = -1;
  let depth = 0;
  let opened = false;
  let ended = false;
  const fail = (why: string) => new JsonArrayError(`${path} is not a JSON array: ${why}`);
  const element = (end: number) => text.slice(start, end);
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    text = text.slice(start >= 0 ? start : at) + (chunk as string);
    at -= start >= 0 ? start : at;
    if (start >= 0) start = 0;
    while (at < text.length) {
      if (ended) {
        if (!WHITESPACE.test(text.slice(at))) throw fail('text after the closing bracket');
        at = text.length;
        break;
      }
      const c = text.charCodeAt(at);
      if (!opened) {
        if (c === OPEN_BRACKET) opened = true;
        else if (!WHITESPACE.test(text[at]!)) throw fail('it does not start with [');
        at += 1;
        continue;
      }
      if (c === QUOTE) {
        const end = stringEnd(text, at);
        if (end < 0) break; // the string goes on in the next chunk
        if (start < 0) start = at;
        at = end + 1;
        continue;
      }
      if (depth === 0) {
        // Between elements, or at the end of a scalar element.
        if (c === COMMA || c === CLOSE_BRACKET) {
          if (start >= 0) {
            yield element(at);
            start = -1;
          }
          if (c === CLOSE_BRACKET) ended = true;
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          start = at;
          depth = 1;
        } else if (start < 0 && !WHITESPACE.test(text[at]!)) start = at;
        at += 1;
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth -= 1;
        if (depth === 0) {
          yield element(at + 1);
          start = -1;
        }
      }
      at += 1;
    }
  }
  if (!opened) throw fail('the file is empty');
  if (!ended) throw fail('it ends before its closing bracket');
}
