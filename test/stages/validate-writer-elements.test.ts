/**
 * Validate reads a table in the writer's layout as the bytes of each row
 * (pipeline/validate/writer-elements.ts), so a remembered row is never
 * decoded: the rows must be exactly those the general reader finds, across
 * read boundaries and outside ASCII, and a file that only begins like the
 * layout must fail, not yield wrong rows. Rows are made up.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonArrayError, readJsonArrayTexts, writeJsonArray } from '../../pipeline/lib/json-array-file.ts';
import { rowDigest, rowDigestOfBytes } from '../../pipeline/validate/row-memo.ts';
import { tableElements } from '../../pipeline/validate/writer-elements.ts';

const all = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

async function file(content: string | unknown[]): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'wsw-elements-')), 'table.json');
  if (typeof content === 'string') await writeFile(path, content);
  else await writeJsonArray(path, content);
  return path;
}

/** Made-up rows, some long (past one read of 1 MiB), with text outside ASCII, nested values and the layout's own characters inside strings. */
const rows = Array.from({ length: 400 }, (_, i) => ({
  id: `row_${i}`,
  text: `Ann Ross a dit « ${'é—“x”\\n  }'.repeat(i % 50 === 0 ? 120_000 : 20)} » ${i}`,
  nested: { list: [i, { deep: '\n  },\n  {' }], none: null },
}));

describe('the rows of a table in the writer\'s layout, as bytes', () => {
  it('are the rows the general reader finds, byte for byte, across reads and outside ASCII, with the same digests', async () => {
    const path = await file(rows);
    const elements = await all(tableElements(path));
    const texts = await all(readJsonArrayTexts(path));
    expect(elements.every((e) => Buffer.isBuffer(e))).toBe(true);
    expect(elements.map((e) => e.toString())).toEqual(texts);
    expect(rowDigestOfBytes('quotes', elements[50] as Buffer)).toEqual(rowDigest('quotes', texts[50]!));
    expect(await all(tableElements(await file([])))).toEqual([]);
  });

  it('leaves a file in another layout to the general reader, and fails on one that only begins like the layout', async () => {
    const compact = await file(JSON.stringify(rows.slice(0, 3)));
    expect(await all(tableElements(compact))).toEqual(await all(readJsonArrayTexts(compact)));
    const whole = await readFile(await file(rows.slice(0, 3)), 'utf8');
    for (const broken of [whole.slice(0, -20), whole.replace('\n  },\n  {', '\n  }, \n  {'), `${whole}[]`]) {
      await expect(all(tableElements(await file(broken)))).rejects.toThrow(JsonArrayError);
    }
  });
});
