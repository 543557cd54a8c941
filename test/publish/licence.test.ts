/**
 * Licences and citation: the code's MIT licence, the data licence beside each
 * version (agreeing with datapackage.json), and a citation file naming the
 * current version.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { datasetInfo } from '../../pipeline/publish/datapackage.ts';
import { licenceText } from '../../pipeline/publish/licence-file.ts';

describe('licences and citation', () => {
  it('the code is MIT, as package.json says', async () => {
    expect(await readFile('LICENSE', 'utf8')).toMatch(/^MIT License/);
    expect(JSON.parse(await readFile('package.json', 'utf8')).license).toBe('MIT');
  });

  it("each version's licence names the data licence and the countries table's ODbL", () => {
    const info = datasetInfo();
    const text = licenceText(info);
    for (const l of info.licenses) expect(text).toContain(l.name);
    expect(text).toContain('ODbL-1.0');
    expect(text).toContain(`${info.name} ${info.version}`);
  });

  it('CITATION.cff names the current version and both licences', async () => {
    const cff = await readFile('CITATION.cff', 'utf8');
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toContain(`version: ${datasetInfo().version}`);
    expect(cff).toMatch(/- ODC-By-1\.0/);
    expect(cff).toMatch(/- MIT/);
  });
});
