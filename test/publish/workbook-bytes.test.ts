/**
 * The workbook writer (XML text into a zip compressed in pieces) gives, for
 * the same made-up rows, parts whose text is byte for byte what exceljs'
 * streaming writer gave (exceljs-reference.ts); only the zip around them
 * differs (compressed in pieces, zip-pieces.ts), and it reads back CRCs checked,
 * whatever the characters: markup, control characters, emoji, CJK, cells
 * past Excel's limit, empty cells and sheets, columns of equal and of
 * differing widths, more rows than set the widths.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
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

/** Each part of a zip by name, its text inflated (CRCs checked). */
async function parts(zip: Buffer): Promise<Map<string, Buffer>> {
  const read = await JSZip.loadAsync(zip, { checkCRC32: true });
  const names = Object.keys(read.files).filter((n) => !read.files[n]!.dir).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await read.file(n)!.async('nodebuffer')] as const)));
}

describe('workbook bytes', () => {
  it('are, part by part, those exceljs wrote for the same rows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wsw-wb-bytes-'));
    const date = new Date('2021-03-04T05:06:07Z');
    const sheets = madeUpSheets();
    await writeReferenceWorkbook(join(dir, 'reference.xlsx'), 'A made-up title & <more>', date, sheets);
    await writeOurs(join(dir, 'ours.xlsx'), 'A made-up title & <more>', date, sheets);
    const [ours, reference] = await Promise.all([readFile(join(dir, 'ours.xlsx')), readFile(join(dir, 'reference.xlsx'))]);
    const [ourParts, referenceParts] = await Promise.all([parts(ours), parts(reference)]);
    expect([...ourParts.keys()]).toEqual([...referenceParts.keys()]);
    for (const [name, text] of referenceParts) expect(ourParts.get(name)!.toString('utf8'), name).toBe(text.toString('utf8'));
  });
});
