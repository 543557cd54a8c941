/**
 * A workbook that cannot be written (its folder is gone) fails with the
 * file system's error after a sheet of many rows (more than the zip
 * buffers), and nothing is left at its path.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbookFile } from '../../pipeline/publish/workbook.ts';

describe('workbook errors', () => {
  it('reject when the file cannot be written, whatever the size of the sheet', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'wsw-wb-err-')), 'no-such-folder', 'book.xlsx');
    const write = async () => {
      const book = await WorkbookFile.openWith(path, 'made up', null, ['a'], [['made-up row']]);
      try {
        const sheet = book.sheet('rows', ['id', 'text']);
        for (let i = 0; i < 20_000; i++) await sheet.add([`row ${i}`, 'made-up text that fills the zip faster than nothing drains it']);
        await sheet.end();
        await book.close();
      } finally {
        await book.abort();
      }
    };
    await expect(write()).rejects.toThrow(/ENOENT/);
    expect(existsSync(path)).toBe(false);
  });
});
