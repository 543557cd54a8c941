/**
 * The zip writer of pieces compressed apart (pipeline/publish/zip-pieces.ts):
 * pieces made one by one, some "kept" from an earlier run, give an entry that
 * node:zlib and jszip inflate to the text they were made of; the CRC
 * combined from the pieces' is the CRC of the whole; the same pieces give the
 * same bytes. Texts are made up.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEFLATE_END, ZipWriter, crc32Combine, deflatePiece } from '../../pipeline/publish/zip-pieces.ts';

/** Made-up texts of many sizes, some repetitive (long back references), some not, one empty. */
const texts = (): Buffer[] => [
  Buffer.from('<row r="2"><c r="A2" s="1" t="str"><v>Quorvex said so</v></c></row>'.repeat(300)),
  Buffer.alloc(0),
  Buffer.from(Array.from({ length: 70_000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 90))).join('')),
  Buffer.from('Dana Whitfield 人权 🇫🇷 & <more>\n'),
  Buffer.from('z'.repeat(200_000)),
];

async function writeZip(path: string, pieces: Buffer[]): Promise<void> {
  const zip = await ZipWriter.open(path, new Date('2022-05-06T07:08:10Z'));
  await zip.addFile('small.xml', '<?xml version="1.0"?><a/>');
  const entry = zip.begin('xl/worksheets/sheet1.xml');
  for (const p of pieces) await entry.write(deflatePiece(p));
  await entry.end();
  await zip.addFile('after.txt', 'the last entry');
  await zip.close();
}

describe('zip of deflate pieces', () => {
  it('combines CRC-32s as the CRC of the whole', () => {
    const parts = texts();
    let crc = 0;
    for (const p of parts) crc = crc32Combine(crc, crc32(p), p.length);
    expect(crc).toBe(crc32(Buffer.concat(parts)));
    expect(crc32Combine(crc32(parts[0]!), crc32(parts[2]!), parts[2]!.length)).toBe(crc32(Buffer.concat([parts[0]!, parts[2]!])));
    expect(crc32Combine(12345, 0, 0)).toBe(12345);
  });

  it('concatenates pieces into one deflate stream', () => {
    const parts = texts();
    const stream = Buffer.concat([...parts.map((p) => deflatePiece(p).data), DEFLATE_END]);
    expect(inflateRawSync(stream).equals(Buffer.concat(parts))).toBe(true);
  });

  it('writes a zip that jszip reads back, the same bytes for the same pieces', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wsw-zip-pieces-'));
    const parts = texts();
    await writeZip(join(dir, 'a.zip'), parts);
    await writeZip(join(dir, 'b.zip'), parts);
    const [a, b] = await Promise.all([readFile(join(dir, 'a.zip')), readFile(join(dir, 'b.zip'))]);
    expect(a.equals(b)).toBe(true);
    const zip = await JSZip.loadAsync(a, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['small.xml', 'xl/worksheets/sheet1.xml', 'after.txt']);
    expect((await zip.file('xl/worksheets/sheet1.xml')!.async('nodebuffer')).equals(Buffer.concat(parts))).toBe(true);
    expect(await zip.file('after.txt')!.async('string')).toBe('the last entry');
    expect(zip.file('small.xml')!.date.toISOString()).toBe('2022-05-06T07:08:10.000Z');
  });
});
