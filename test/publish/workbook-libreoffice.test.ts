/**
 * LibreOffice (headless, Debian's libreoffice-calc; .ci/run installs it)
 * opens the workbook and saves every sheet as UTF-8 CSV: each sheet comes
 * back cell for cell as published, every non-ASCII cell intact, and a title
 * that looks like a formula is not evaluated. No skip when LibreOffice is
 * missing: the test fails and says what to install.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../pipeline/lib/schemas.ts';
import { CODEBOOK_SHEET, WORKBOOK_FILE } from '../../pipeline/publish/workbook.ts';
import { buildPublishFixture } from './built.ts';

/** LibreOffice's CSV filter: comma, double quote, UTF-8 (76), header kept, cells as shown, every sheet (-1). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
const NON_ASCII = /[^\x00-\x7f]/;

let dir: string;
let converted: string;

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

beforeAll(async () => {
  const soffice = execFileSync('sh', ['-c', 'command -v soffice || true'], { encoding: 'utf8' }).trim();
  if (!soffice) throw new Error('soffice not found: install LibreOffice (apt-get install -y --no-install-recommends libreoffice-calc; .ci/run does)');
  dir = (await buildPublishFixture()).latest;
  converted = await mkdtemp(join(tmpdir(), 'wsw-lo-'));
  const profile = pathToFileURL(join(converted, 'profile')).href;
  execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', CSV_FILTER, '--outdir', converted, join(dir, WORKBOOK_FILE)], {
    stdio: 'pipe',
    timeout: 240_000,
  });
}, 300_000);

describe('the workbook in LibreOffice', () => {
  it('comes back cell for cell, non-ASCII text intact, no formula evaluated', async () => {
    const stem = WORKBOOK_FILE.replace(/\.xlsx$/, '');
    let nonAscii = 0;
    for (const table of TABLES) {
      const published = parse(await readFile(join(dir, `${table}.csv`), 'utf8'));
      const roundTrip = parse(await readFile(join(converted, `${stem}-${table}.csv`), 'utf8'));
      expect(roundTrip, table).toEqual(published);
      nonAscii += published.flat().filter((c) => NON_ASCII.test(c)).length;
    }
    expect(nonAscii).toBeGreaterThan(20);
    const articles = await readFile(join(converted, `${stem}-articles.csv`), 'utf8');
    expect(articles).toContain('=HYPERLINK(""https://evil.example/"",""click"") Flags 🇫🇷🇨🇳 and 人权');
    const codebook = parse(await readFile(join(converted, `${stem}-${CODEBOOK_SHEET}.csv`), 'utf8'));
    expect(codebook.length).toBeGreaterThan(TABLES.length * 5);
  });
});
