/**
 * The tables written from the rows' pieces of the last publish
 * (publish/row-pieces.ts) are the bytes written from scratch, through edits
 * in a row: a row changed, one removed, one added, more rows than set the
 * workbook's widths; the change set names exactly the rows that differ; the
 * codebook's examples skip rows without parsing them and still find a value
 * that only a late row has. Rows are made up.
 */
import { mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonArray } from '../../pipeline/lib/json-array-file.ts';
import { TABLES, type TableName } from '../../pipeline/lib/schemas.ts';
import { examplesOf } from '../../pipeline/publish/codebook.ts';
import { ChangeCollector } from '../../pipeline/publish/table-changes.ts';
import { writeTableFiles } from '../../pipeline/publish/table-files.ts';
import { WIDTH_ROWS, collectExamples } from '../../pipeline/publish/workbook.ts';

type Row = Record<string, unknown>;

/** A made-up country mention; fields in an order other than the schema's, as the validated tables have them. */
function mention(i: number, surface = `Lowland ${i}`): Row {
  return { surface, country: i % 3 === 0 ? 'FR' : 'DE', article_id: `a${String(i % 40).padStart(3, '0')}`, char_start: i * 10, char_end: i * 10 + 7, via: i === 1700 ? 'demonym' : 'name' };
}

/** Validated tables: every table empty but country mentions. */
async function validated(dir: string, mentions: Row[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const table of TABLES) await writeJsonArray(join(dir, `${table}.json`), table === 'country_mentions' ? mentions : []);
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
}

const WORKBOOK = { title: 'Made-up tables', created: '2024-01-02T03:04:05.000Z' };

describe('tables from the rows’ pieces', () => {
  it('gives the bytes a build from scratch gives, and names the rows that changed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-pieces-'));
    const pieces = { dir: join(root, 'pieces'), fingerprintHash: 'ab'.repeat(32) };
    let rows = Array.from({ length: WIDTH_ROWS * 3 + 10 }, (_, i) => mention(i));
    const edits: Array<(r: Row[]) => Row[]> = [
      (r) => r,
      // A row past the widths changed (same key), one removed, one added in the middle.
      (r) => r.map((row, i) => (i === WIDTH_ROWS + 20 ? { ...row, surface: 'Highland & <co>' } : row)).filter((_, i) => i !== 900).flatMap((row, i) => (i === 1000 ? [mention(5000), row] : [row])),
      // The first row changed (inside the rows that set the widths), and another text back.
      (r) => r.map((row, i) => (i === 0 ? { ...row, surface: 'A much longer name of a made-up country that widens its column' } : i === WIDTH_ROWS + 20 ? mention(i) : row)),
    ];
    for (const [step, edit] of edits.entries()) {
      rows = edit(rows);
      const inDir = join(root, `valid-${step}`);
      await validated(inDir, rows);
      const collector = new ChangeCollector(step === 0 ? null : ['previous']);
      const [kept, clean] = [join(root, `kept-${step}`), join(root, `clean-${step}`)];
      await Promise.all([mkdir(kept), mkdir(clean)]);
      await writeTableFiles(inDir, kept, { compare: false, workbook: WORKBOOK, pieces, changes: collector });
      await writeTableFiles(inDir, clean, { compare: false, workbook: WORKBOOK });
      expect(await filesOf(kept)).toEqual(await filesOf(clean));
      const set = await collector.result;
      if (step === 0) {
        expect(set).toBeNull();
        continue;
      }
      const change = set!.tables.get('country_mentions' as TableName)!;
      const keys = (r: Row) => JSON.stringify([r.article_id, r.char_start, r.char_end, r.country]);
      if (step === 1) {
        expect(change.changed.map((c) => c.key).sort()).toEqual([keys(rows[WIDTH_ROWS + 20]!), keys(mention(5000))].sort());
        expect(change.removed.sort()).toEqual([keys(mention(WIDTH_ROWS + 20)), keys(mention(900))].sort());
      } else {
        expect(change.changed).toHaveLength(2);
        expect(change.removed).toHaveLength(2);
      }
      for (const table of TABLES.filter((t) => t !== 'country_mentions')) expect(set!.tables.get(table)).toEqual({ changed: [], removed: [] });
    }
  });

  it('takes the codebook’s examples from the rows that may give one, the same as reading every row', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-examples-'));
    // "via" is "name" in every row but one far down, "demonym": the reader must reach it.
    const rows = Array.from({ length: 2000 }, (_, i) => ({ ...mention(i), via: i === 1700 ? 'demonym' : null }));
    await validated(root, rows);
    const examples = await collectExamples(root);
    expect(examples.country_mentions).toEqual(examplesOf('country_mentions', rows));
    expect(examples.country_mentions.via).toBe('demonym');
  });
});
