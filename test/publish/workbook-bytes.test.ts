/**
 * The workbook writer (XML text into a zip) gives, for the same made-up
 * rows, the very bytes exceljs' streaming writer gave (exceljs-reference.ts),
 * whatever the characters: markup, control characters, emoji, CJK, cells
 * past Excel's limit, empty cells and sheets, columns of equal and of
 * differing widths, more rows than set the widths.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CELL, WIDTH_ROWS, WorkbookFile } from '../../pipeline/publish/workbook.ts';
import { type ReferenceSheet, writeReferenceWorkbook } from './exceljs-reference.ts';

/** Made-up cell texts that XML and zip handling could get wrong. */
const AWKWARD = [
  'plain words',
  '',
  'a & b < c > d "quoted" \'single\'',
  'tab\tline\nbreak\r\nend',
  'controls \u0001\u0008\u000b\u000c\u001f\u007f gone',
  '人权 观察 and an emoji 🇫🇷👍🏽',
  '=HYPERLINK("http://example.invalid","click")',
  'x'.repeat(MAX_CELL + 10),
  '  leading and trailing spaces  ',
];

function madeUpSheets(): ReferenceSheet[] {
  const wide: string[][] = Array.from({ length: WIDTH_ROWS + 40 }, (_, i) => [`id_${i}`, AWKWARD[i % AWKWARD.length]!, i > WIDTH_ROWS ? 'a much longer text that comes after the rows that set the widths' : 'short', 'same', 'same']);
  return [
    { name: 'codebook', header: ['table', 'field', 'note'], rows: AWKWARD.map((t, i) => [`t${i}`, t, 'note']) },
    { name: 'first', header: ['id', 'text', 'later', 'equal_a', 'equal_b'], rows: wide },
    { name: 'empty', header: ['only_header'], rows: [] },
    { name: 'many_columns', header: Array.from({ length: 30 }, (_, i) => `column_${i}`), rows: [Array.from({ length: 30 }, (_, i) => 'v'.repeat(i))] },
  ];
}

async function writeOurs(path: string, title: string, date: Date, sheets: ReferenceSheet[]): Promise<void> {
  const [codebook, ...rest] = sheets;
  const book = await WorkbookFile.openWith(path, title, date.toISOString(), codebook!.header, codebook!.rows);
  for (const { name, header, rows } of rest) {
    const sheet = book.sheet(name, header);
    for (const cells of rows) await sheet.add(cells);
    await sheet.end();
  }
  await book.close();
}

describe('workbook bytes', () => {
  it('are those exceljs wrote for the same rows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wsw-wb-bytes-'));
    const date = new Date('2021-03-04T05:06:07Z');
    const sheets = madeUpSheets();
    await writeReferenceWorkbook(join(dir, 'reference.xlsx'), 'A made-up title & <more>', date, sheets);
    await writeOurs(join(dir, 'ours.xlsx'), 'A made-up title & <more>', date, sheets);
    const [ours, reference] = await Promise.all([readFile(join(dir, 'ours.xlsx')), readFile(join(dir, 'reference.xlsx'))]);
    expect(ours.length).toBe(reference.length);
    expect(ours.equals(reference)).toBe(true);
  });
});
