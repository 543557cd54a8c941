/**
 * Every published CSV reads back, with a strict parser, to the same rows as
 * its JSON twin: UTF-8 without a byte order mark, one header, the same number
 * of cells in every row, null as an empty cell, lists joined with '; '.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLES, csvColumns } from '../../pipeline/lib/schemas.ts';
import { CSV_LIST_DELIMITER } from '../../pipeline/publish/csv.ts';
import { buildPublishFixture } from './built.ts';

let dir: string;
beforeAll(async () => {
  dir = (await buildPublishFixture()).latest;
});

/** A JSON value as its CSV cell reads back. */
function asCell(value: unknown): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(CSV_LIST_DELIMITER);
  return String(value);
}

describe('CSV copies', () => {
  it.each(TABLES)('%s.csv round-trips to %s.json', async (table) => {
    const bytes = await readFile(join(dir, `${table}.csv`));
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'no BOM').toBe(false);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(csvColumns(table));
    for (const r of rows) expect(r).toHaveLength(header!.length);
    const json = JSON.parse(await readFile(join(dir, `${table}.json`), 'utf8')) as Array<Record<string, unknown>>;
    expect(rows).toEqual(json.map((row) => header!.map((c) => asCell(row[c]))));
    // Lists split back into the same items (no item holds the delimiter).
    for (const row of json) {
      for (const v of Object.values(row)) if (Array.isArray(v)) for (const item of v) expect(String(item)).not.toContain(CSV_LIST_DELIMITER);
    }
  });
});
