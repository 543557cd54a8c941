/**
 * The article index (pipeline/extract/article-index.ts) carried through
 * validate (its article memo) and the tables writer (pieces kept per
 * article): a rebuild in place after articles changed, went or came gives
 * the bytes of a clean build and names the changed rows; a memo or pieces
 * file that is damaged, or an index that no longer describes its table, is
 * passed over with a message and every row is made as in a first build.
 * Rows are made up (country mentions of invented articles).
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE_INDEX_FILE, type IndexedArticle, indexedArticle, readArticleIndex, writeArticleIndex } from '../../pipeline/extract/article-index.ts';
import { codeFingerprint } from '../../pipeline/lib/code-fingerprint.ts';
import { elementText, writeJsonArray } from '../../pipeline/lib/json-array-file.ts';
import { TABLES } from '../../pipeline/lib/schemas.ts';
import { ChangeCollector } from '../../pipeline/publish/table-changes.ts';
import { writeTableFiles } from '../../pipeline/publish/table-files.ts';
import { WORKBOOK_FILE } from '../../pipeline/publish/workbook.ts';
import { ArticleMemo } from '../../pipeline/validate/article-memo.ts';
import { digestWords } from '../../pipeline/validate/key-set.ts';
import { runValidate } from '../../pipeline/validate/validate-stage.ts';
import { mention } from '../helpers/made-up-mentions.ts';

type Row = Record<string, unknown>;


/** Articles as lists of their country mentions (24 each: more rows in all than set the workbook's widths). */
const articles = (n: number): Row[][] => Array.from({ length: n }, (_, a) => Array.from({ length: 24 }, (_, i) => mention(a, i)));

/** A folder of tables as the extract stage writes it: country mentions grouped by article, every other table empty, and its article index. */
async function tables(dir: string, groups: Row[][]): Promise<IndexedArticle[]> {
  await mkdir(dir, { recursive: true });
  for (const t of TABLES) await writeJsonArray(join(dir, `${t}.json`), t === 'country_mentions' ? groups.flat() : []);
  await writeJsonArray(join(dir, 'sources.json'), []);
  const index = groups.map((rows, a) => indexedArticle(String(a), [['country_mentions', rows.map(elementText)]]));
  await writeArticleIndex(dir, index);
  return index;
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
}

const WORKBOOK = { title: 'Made-up tables', created: '2024-01-02T03:04:05.000Z' };

/** The mentions sheet of the workbook in `dir` as exceljs reads it, and the mentions CSV: cell for cell the same when the sheet's rows are numbered right. */
async function sheetAndCsv(dir: string): Promise<[string[][], string[][]]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, WORKBOOK_FILE));
  const sheet = book.getWorksheet('country_mentions')!;
  const cells: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => cells.push(Array.from({ length: sheet.columnCount }, (_, i) => String(row.getCell(i + 1).value ?? ''))));
  const csv = Papa.parse<string[]>(await readFile(join(dir, 'country_mentions.csv'), 'utf8'), { skipEmptyLines: true }).data;
  return [cells, csv];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the article index', () => {
  it('lets validate take a remembered article unchecked, and is copied beside the valid tables', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wsw-index-'));
    const groups = articles(3);
    // An article with a row that breaks the schema, and a memo that says (wrongly, on purpose) it was found valid: the stage trusts it.
    groups[1]![0] = { ...groups[1]![0], via: 'not a way' };
    const [index] = [await tables(join(dir, 'records'), groups)];
    const memo = new ArticleMemo();
    const keys = Buffer.concat(groups[1]!.map((r) => Buffer.from(digestWords(JSON.stringify([r.article_id, r.char_start, r.char_end, r.country])).buffer)));
    memo.set('country_mentions', index[1]!.digest, keys);
    await memo.save(join(dir, 'validated-articles.bin'), await codeFingerprint());
    const report = await runValidate({ inDir: join(dir, 'records'), outDir: join(dir, 'valid') });
    expect(report.invalid).toEqual([]);
    expect(await readArticleIndex(join(dir, 'valid'))).toEqual(await readArticleIndex(join(dir, 'records')));
    // Under other code the memo is not read, and the row fails.
    await memo.save(join(dir, 'validated-articles.bin'), 'other code');
    await expect(runValidate({ inDir: join(dir, 'records'), outDir: join(dir, 'valid') })).rejects.toThrow(/not a way|enum|allowed/);
  });

  it('checks every row, and says so, when the index does not describe the table or the memo is damaged', async () => {
    const [warm, cold] = [await mkdtemp(join(tmpdir(), 'wsw-index-')), await mkdtemp(join(tmpdir(), 'wsw-index-'))];
    const groups = articles(4);
    await tables(join(warm, 'records'), groups);
    await runValidate({ inDir: join(warm, 'records'), outDir: join(warm, 'valid') });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A row of the second article changed (longer) in the table but not in the index.
    const index = (await readArticleIndex(join(warm, 'records')))!;
    const edited = groups.map((rows, a) => (a === 1 ? rows.map((r, i) => (i === 2 ? { ...r, surface: 'Lowland twelve' } : r)) : rows));
    await tables(join(warm, 'records'), edited);
    await writeArticleIndex(join(warm, 'records'), index.articles);
    const again = await runValidate({ inDir: join(warm, 'records'), outDir: join(warm, 'valid') });
    expect(errors.mock.calls.flat().join('\n')).toMatch(/does not hold the rows its article index lists/);
    await tables(join(cold, 'records'), edited);
    await rm(join(cold, 'records', ARTICLE_INDEX_FILE));
    expect(again).toEqual(await runValidate({ inDir: join(cold, 'records'), outDir: join(cold, 'valid') }));
    expect((await readdir(join(warm, 'valid'))).includes(ARTICLE_INDEX_FILE)).toBe(false);
    // With the index right again the memo is filled; then it is cut short.
    await tables(join(warm, 'records'), edited);
    await runValidate({ inDir: join(warm, 'records'), outDir: join(warm, 'valid') });
    const memoFile = join(warm, 'validated-articles.bin');
    await writeFile(memoFile, (await readFile(memoFile)).subarray(0, 60));
    errors.mockClear();
    expect(await runValidate({ inDir: join(warm, 'records'), outDir: join(warm, 'valid') })).toEqual(again);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/memo of valid articles .* damaged/);
  });

  it('lets the tables writer copy unchanged articles: the bytes of a clean build, through edits and a damaged pieces file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-index-'));
    const pieces = { dir: join(root, 'pieces'), fingerprintHash: 'cd'.repeat(32) };
    let groups = articles(30);
    const edits: Array<(g: Row[][]) => Row[][]> = [
      (g) => g,
      // An article changed past the rows that set the widths (a row more), one removed, one added in the middle.
      (g) => g.map((rows, a) => (a === 25 ? [...rows, mention(25, 99, 'Upland & <co>')] : rows)).filter((_, a) => a !== 27).flatMap((rows, a) => (a === 10 ? [articles(31)[30]!, rows] : [rows])),
      // The first article changed (inside the rows that set the widths).
      (g) => g.map((rows, a) => (a === 0 ? rows.map((r, i) => (i === 0 ? { ...r, surface: 'A much longer name of a made-up place that widens its column' } : r)) : rows)),
      // Nothing changed, but the kept pieces of the mentions are damaged (cut short).
      (g) => g,
    ];
    for (const [step, edit] of edits.entries()) {
      groups = edit(groups);
      const inDir = join(root, `valid-${step}`);
      await tables(inDir, groups);
      if (step === 3) {
        const file = join(pieces.dir, 'country_mentions.articles');
        await writeFile(file, (await readFile(file)).subarray(0, 100));
      }
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const collector = new ChangeCollector(step === 0 ? null : ['previous']);
      const [kept, clean] = [join(root, `kept-${step}`), join(root, `clean-${step}`)];
      await Promise.all([mkdir(kept), mkdir(clean)]);
      // The changelog's comparison is on: the row ids and digests of copied articles are those of rows made afresh.
      const keptFiles = await writeTableFiles(inDir, kept, { compare: true, workbook: WORKBOOK, pieces, changes: collector });
      const cleanFiles = await writeTableFiles(inDir, clean, { compare: true, workbook: WORKBOOK });
      expect(await filesOf(kept)).toEqual(await filesOf(clean));
      // The workbook is among those files; its sheet, with articles copied, moved and made afresh, reads back as the CSV.
      const [cells, csv] = await sheetAndCsv(kept);
      expect(cells).toEqual(csv);
      expect(keptFiles.digests.country_mentions.rows).toEqual(cleanFiles.digests.country_mentions.rows);
      expect(keptFiles.digests.country_mentions.rows.size).toBe(groups.flat().length);
      expect((await readdir(pieces.dir)).filter((f) => f.startsWith('country_mentions'))).toEqual(['country_mentions.articles']);
      const set = await collector.result;
      if (step === 1) {
        const change = set!.tables.get('country_mentions')!;
        // Every row of the new and the changed article; every row of the changed and the removed one of the last publish.
        expect(change.changed.length).toBe(24 + 25);
        expect(change.removed.length).toBe(24 + 24);
        expect(new Set(change.changed.map((c) => JSON.parse(c.key)[0]))).toEqual(new Set([mention(30, 0).article_id, mention(25, 0).article_id]));
      }
      if (step === 3) {
        expect(set).toBeNull(); // the damaged table's last rows are unknown: no change set, the database is loaded whole
        expect(errors.mock.calls.flat().join('\n')).toMatch(/country_mentions\.articles are unusable/);
      }
      errors.mockRestore();
    }
  });
});
