/**
 * A table that did not change since the last publish is taken whole from the
 * version that publish wrote (publish/table-reuse.ts): its JSON and CSV are
 * the published files (same inode), its sheet the published workbook's
 * bytes; a table that changed is written; and the files are, byte for byte,
 * those of a clean build. A workbook changed in place since it was published
 * is not copied from. Rows are made up (country mentions of invented articles).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedArticle, writeArticleIndex } from '../../pipeline/extract/article-index.ts';
import { elementText, writeJsonArray } from '../../pipeline/lib/json-array-file.ts';
import { TABLES } from '../../pipeline/lib/schemas.ts';
import { OutputReuse } from '../../pipeline/publish/reuse.ts';
import { ChangeCollector } from '../../pipeline/publish/table-changes.ts';
import { writeTableFiles } from '../../pipeline/publish/table-files.ts';
import { WORKBOOK_FILE } from '../../pipeline/publish/workbook.ts';
import { mention } from '../helpers/made-up-mentions.ts';

type Row = Record<string, unknown>;


/** Validated tables: country mentions grouped by article (with the article index), every other table empty. */
async function tables(dir: string, groups: Row[][]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  for (const t of TABLES) await writeJsonArray(join(dir, `${t}.json`), t === 'country_mentions' ? groups.flat() : []);
  await writeArticleIndex(dir, groups.map((rows, a) => indexedArticle(String(a), [['country_mentions', rows.map(elementText)]])));
  return Promise.all(TABLES.map(async (t) => createHash('sha256').update(await readFile(join(dir, `${t}.json`))).digest('hex')));
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
}

const WORKBOOK = { title: 'Made-up tables', created: '2024-01-02T03:04:05.000Z' };
const inode = async (file: string): Promise<number> => (await stat(file)).ino;

describe('tables taken whole from the last publish', () => {
  it('links the unchanged tables, copies their sheets, writes the changed ones: the bytes of a clean build', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-table-reuse-'));
    const [version, record] = [join(root, 'version'), join(root, 'published-outputs.json')];
    const pieces = { dir: join(root, 'pieces'), fingerprintHash: 'ef'.repeat(32) };
    let groups = Array.from({ length: 30 }, (_, a) => Array.from({ length: 24 }, (_, i) => mention(a, i)));
    const steps: Array<{ edit: (g: Row[][]) => Row[][]; before?: () => Promise<void>; linked: boolean }> = [
      { edit: (g) => g, linked: false },
      // Nothing changed: every table is taken.
      { edit: (g) => g, linked: true },
      // An article gained a row: the mentions are written, the empty tables still taken.
      { edit: (g) => g.map((rows, a) => (a === 3 ? [...rows, mention(3, 77, 'Upland & <co>')] : rows)), linked: false },
      // Nothing changed, but the published workbook was rewritten in place: no sheet is copied from it, every table is written.
      { edit: (g) => g, before: async () => writeFile(join(version, WORKBOOK_FILE), await readFile(join(version, WORKBOOK_FILE))), linked: false },
    ];
    for (const [step, { edit, before, linked }] of steps.entries()) {
      groups = edit(groups);
      const inDir = join(root, `valid-${step}`);
      const digests = await tables(inDir, groups);
      await before?.();
      const reuse = await OutputReuse.open(record, version);
      const [work, clean] = [join(root, `work-${step}`), join(root, `clean-${step}`)];
      await Promise.all([mkdir(work), mkdir(clean)]);
      const collector = new ChangeCollector(step === 0 ? null : ['previous']);
      const written = await writeTableFiles(inDir, work, { compare: false, workbook: WORKBOOK, pieces, changes: collector, reuse: { reuse, tables: digests } });
      const cleanWritten = await writeTableFiles(inDir, clean, { compare: false, workbook: WORKBOOK });
      expect(await filesOf(work)).toEqual(await filesOf(clean));
      expect(written.files).toEqual(cleanWritten.files);
      expect(written.rows).toEqual(cleanWritten.rows);
      if (step > 0) {
        const taken = (await inode(join(work, 'countries.json'))) === (await inode(join(version, 'countries.json')));
        const mentionsTaken = (await inode(join(work, 'country_mentions.csv'))) === (await inode(join(version, 'country_mentions.csv')));
        expect([taken, mentionsTaken]).toEqual([step !== 3, linked]);
        // The change set is complete, and names only the rows of the article that changed.
        const set = (await collector.result)!;
        expect(set.tables.get('country_mentions')!.changed.length + set.tables.get('country_mentions')!.removed.length).toBe(step === 2 ? 49 : 0);
      }
      // The version is switched in, and its outputs recorded, as the publish stage does.
      await rm(version, { recursive: true, force: true });
      await rename(work, version);
      await reuse.save();
    }
  });
});
