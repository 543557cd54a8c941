/**
 * Tables are streamed, not held whole (issue 12), checked by what can be
 * counted, never by a clock or a memory figure: the JSON array writer gives
 * the bytes of JSON.stringify(rows, null, 2) and puts rows on disk before it
 * is closed; the reader yields the first rows of a file whose end is broken
 * before it reaches that end; a workbook sheet holds no more rows than it
 * needs for the column widths; the CSV lines joined are the whole-table CSV.
 * Rows are made up.
 */
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { JsonArrayError, JsonArrayWriter, readJsonArray, writeJsonArray } from '../../pipeline/lib/json-array-file.ts';
import { TABLES, type TableName } from '../../pipeline/lib/schemas.ts';
import { toCsv } from '../../pipeline/publish/csv.ts';
import { WIDTH_ROWS, WorkbookFile } from '../../pipeline/publish/workbook.ts';

const ROWS = [
  { id: 'a', text: 'Plain words, a comma and "quotes"', list: ['x', 'y'], n: 3, none: null },
  { id: 'b', text: 'Brackets ] } [ { and a backslash \\ inside', list: [], n: -1.5, none: null },
  { id: 'c', text: 'Line\nbreak, tab\t, emoji 🇫🇷 and 人权', nested: { deep: [{ k: 'v' }] }, n: 0, none: true },
];

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'wsw-stream-'));
}

async function readAll(file: string): Promise<unknown[]> {
  const rows: unknown[] = [];
  for await (const row of readJsonArray(file)) rows.push(row);
  return rows;
}

describe('JSON array files, row by row', () => {
  it('writes the bytes of JSON.stringify(rows, null, 2) and a newline, and reads the rows back', async () => {
    const dir = await tempDir();
    for (const rows of [ROWS, [], [ROWS[0]]]) {
      const file = join(dir, 'table.json');
      const written = await writeJsonArray(file, rows);
      const text = await readFile(file, 'utf8');
      expect(text).toBe(`${JSON.stringify(rows, null, 2)}\n`);
      expect(written.bytes).toBe(Buffer.byteLength(text));
      expect(await readAll(file)).toEqual(rows);
    }
  });

  it('reads any JSON array layout, scalars included', async () => {
    const dir = await tempDir();
    const file = join(dir, 'compact.json');
    const value = [1, 'a,]"', { x: [1, {}] }, null, [], '\\'];
    await writeFile(file, ` ${JSON.stringify(value)}\n`);
    expect(await readAll(file)).toEqual(value);
  });

  it('says which file is not a JSON array', async () => {
    const dir = await tempDir();
    for (const text of ['', '{"a": 1}', '[1, 2', '[1] 2']) {
      const file = join(dir, 'bad.json');
      await writeFile(file, text);
      const error = await readAll(file).catch((e: unknown) => e);
      expect(error, text).toBeInstanceOf(JsonArrayError);
      expect((error as Error).message).toContain(file);
    }
  });

  it('yields the first rows before it reaches the end of the file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'long.json');
    const row = { text: 'made-up words '.repeat(100) };
    const rows = 3000; // about 4 MB, several read chunks
    await writeFile(file, `[${Array.from({ length: rows }, () => JSON.stringify(row)).join(',')}, {"broken": `);
    let read = 0;
    const error = await (async () => {
      for await (const _ of readJsonArray(file)) read += 1;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JsonArrayError);
    expect(read).toBe(rows);
  });

  it('puts rows on disk before it is closed, and nothing at the path until then', async () => {
    const dir = await tempDir();
    const file = join(dir, 'table.json');
    const writer = await JsonArrayWriter.open(file);
    for (let i = 0; i < 2000; i++) await writer.write({ i, text: 'made-up words '.repeat(20) });
    const [tmp] = (await readdir(dir)).filter((f) => f.startsWith('.tmp-'));
    expect(tmp).toBeDefined();
    expect((await stat(join(dir, tmp!))).size).toBeGreaterThan(400_000);
    expect((await readdir(dir)).includes('table.json')).toBe(false);
    await writer.close();
    expect((await readAll(file)).length).toBe(2000);
  });
});

describe('CSV lines', () => {
  it('joined, are the CSV Papa writes for the whole table (an empty table keeps its empty line)', () => {
    const rows = [
      { a: 'x,y', b: ['p', 'q'], c: null },
      { a: ' leading space', b: [], c: 'say "hi"\nthere' },
    ];
    const whole = (data: typeof rows) =>
      `${Papa.unparse({ fields: ['a', 'b', 'c'], data: data.map((r) => [r.a, r.b.join('; '), r.c ?? '']) }, { newline: '\r\n', quotes: false })}\r\n`;
    expect(toCsv(rows, ['a', 'b', 'c'])).toBe(whole(rows));
    expect(toCsv([], ['a', 'b', 'c'])).toBe(whole([]));
  });
});

describe('workbook sheets', () => {
  it(`hold no more than the ${WIDTH_ROWS} rows that set the column widths, whatever the number of rows`, async () => {
    const dir = await tempDir();
    const examples = Object.fromEntries(TABLES.map((t) => [t, {}])) as Record<TableName, Record<string, string>>;
    const book = await WorkbookFile.open(join(dir, 'book.xlsx'), 'made up', null, examples);
    const sheet = book.sheet('rows', ['a', 'b']);
    let most = 0;
    for (let i = 0; i < 3 * WIDTH_ROWS; i++) {
      await sheet.add([`row ${i}`, 'made-up text']);
      most = Math.max(most, sheet.held);
    }
    await sheet.end();
    await book.close();
    expect(most).toBe(WIDTH_ROWS - 1);
    expect(sheet.held).toBe(0);
  });
});
