/**
 * The elements of a table file laid out by the JSON array writer
 * (lib/json-array-file.ts), as bytes: validate tells a row it has already
 * found valid by the digest of its text (row-memo.ts), which needs no
 * decoding, so a rebuild decodes only the rows of the pages that changed
 * (issue 12: decoding every row of a 2,000-page corpus cost more than
 * checking the new ones).
 *
 * In that layout an array of objects is `[\n  {…\n  },\n  {…\n  }\n]\n`:
 * every line inside an element is indented four spaces or more, and a JSON
 * string holds no raw line break, so `\n  }` closes an element and nothing
 * else. A file that does not begin as that layout is read by the general
 * reader instead ({@link readJsonArrayTexts}); one that begins as it and then
 * departs from it is not a table the writer wrote, and is the caller's error.
 */
import { createReadStream } from 'node:fs';
import { JsonArrayError, readJsonArrayTexts } from '../lib/json-array-file.ts';

/** How the writer opens a non-empty array of objects, separates two elements, ends an element, and closes the array. */
const OPEN = Buffer.from('[\n  {');
const EMPTY = Buffer.from('[]\n');
const SEPARATOR = Buffer.from(',\n  ');
/** A separator and the next element's opening brace. */
const NEXT = Buffer.from(',\n  {');
const ELEMENT_END = Buffer.from('\n  }');
const CLOSE = Buffer.from('\n]\n');
/** Bytes read at a time. */
const CHUNK = 1 << 20;

/**
 * Yields each element of the array in `path`: as its UTF-8 bytes when the
 * file is in the writer's layout, else as text from the general reader.
 * Throws {@link JsonArrayError} for a file in neither.
 */
export async function* tableElements(path: string): AsyncGenerator<Buffer | string> {
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let data: Buffer = Buffer.alloc(0);
  let ended = false;
  /** Reads until `data` holds at least `bytes` bytes, or the file ends; false when it ended first. */
  const fill = async (bytes: number): Promise<boolean> => {
    while (data.length < bytes && !ended) {
      const next = await chunks.next();
      if (next.done) ended = true;
      else data = data.length === 0 ? next.value : Buffer.concat([data, next.value]);
    }
    return data.length >= bytes;
  };
  try {
    await fill(OPEN.length);
    if (data.equals(EMPTY) && ended) return;
    if (!data.subarray(0, OPEN.length).equals(OPEN)) {
      stream.destroy();
      yield* readJsonArrayTexts(path);
      return;
    }
    const fail = (why: string) => new JsonArrayError(`${path} is not a JSON array as the writer lays it out: ${why}`);
    let at = OPEN.length - 1; // the element's opening brace
    for (;;) {
      let end = data.indexOf(ELEMENT_END, at);
      while (end < 0) {
        // Searched again from just before the bytes read next (the end may straddle the two reads).
        const from = Math.max(at, data.length - ELEMENT_END.length + 1);
        if (!(await fill(data.length + 1))) break;
        end = data.indexOf(ELEMENT_END, from);
      }
      if (end < 0) throw fail('an element is not closed');
      const after = end + ELEMENT_END.length;
      yield data.subarray(at, after);
      await fill(after + Math.max(NEXT.length, CLOSE.length));
      if (data.subarray(after, after + NEXT.length).equals(NEXT)) {
        // Drop what was read: only the rest of the file is held.
        data = data.subarray(after + SEPARATOR.length);
        at = 0;
        continue;
      }
      if (data.subarray(after).equals(CLOSE) && !(await fill(after + CLOSE.length + 1))) return;
      throw fail('an element is followed by something other than the next element or the end of the array');
    }
  } finally {
    stream.destroy();
  }
}
