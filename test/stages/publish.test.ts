import { mkdtemp, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/lib/errors.ts';
import { TABLES } from '../../pipeline/lib/schemas.ts';
import { datasetInfo } from '../../pipeline/publish/datapackage.ts';
import { runPublish } from '../../pipeline/publish/publish-stage.ts';

/** Made-up valid tables: one country, everything else empty. */
async function validTables(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wsw-publish-'));
  for (const t of TABLES) {
    const rows = t === 'countries' ? [{ country: 'CN', iso3: 'CHN', name: 'China', article_count: 1, mention_count: 1 }] : [];
    await writeFile(join(dir, `${t}.json`), JSON.stringify(rows));
  }
  await writeFile(join(dir, 'sources.json'), JSON.stringify([{ title: 'A page', path: 'https://example.org/a', fetched_at: '2024-01-02T03:04:05Z', licence: null }]));
  await writeFile(join(dir, 'validate-report.json'), '{"valid":{},"invalid":[]}'); // publish requires a passed validation
  return dir;
}

describe('publish stage', () => {
  it('writes the version folder, the changelog and latest', async () => {
    const inDir = await validTables();
    const outRoot = join(inDir, 'out');
    const report = await runPublish({ inDir, outRoot });
    const version = datasetInfo().version;
    expect(report.version).toBe(version);
    expect(await readlink(join(outRoot, 'latest'))).toBe(version);
    const files = (await readdir(join(outRoot, version))).sort();
    expect(files).toContain('datapackage.json');
    expect(files).toContain('CHANGELOG.md');
    expect(files.filter((f) => f.endsWith('.csv'))).toHaveLength(TABLES.length);
    expect(files.filter((f) => f.endsWith('.parquet'))).toHaveLength(TABLES.length);
    expect(files).toEqual(expect.arrayContaining(['LICENSE.md', 'who-said-what.xlsx', 'who-said-what.duckdb']));
    const changelog = await readFile(join(outRoot, version, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`- ${version}: first version: 0 articles`);
    const pkg = JSON.parse(await readFile(join(outRoot, version, 'datapackage.json'), 'utf8'));
    expect(pkg.created).toBe('2024-01-02T03:04:05.000Z');
    expect((await readdir(outRoot)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('says what changed since the previous version, row by row', async () => {
    const inDir = await validTables();
    const outRoot = join(inDir, 'out');
    await runPublish({ inDir, outRoot });
    const version = datasetInfo().version;
    const { rename } = await import('node:fs/promises');
    await rename(join(outRoot, version), join(outRoot, '0.0.1'));
    const before = [
      { country: 'CN', iso3: 'CHN', name: 'China', article_count: 1, mention_count: 2 },
      { country: 'FR', iso3: 'FRA', name: 'France', article_count: 1, mention_count: 1 },
    ];
    await writeFile(join(outRoot, '0.0.1', 'countries.json'), JSON.stringify(before));
    await writeFile(join(outRoot, '0.0.1', 'CHANGELOG.md'), '# Changelog\n\n- 0.0.1: first version: 2 countries.\n');
    await writeFile(join(inDir, 'countries.json'), JSON.stringify([
      { country: 'CN', iso3: 'CHN', name: 'China', article_count: 1, mention_count: 1 },
      { country: 'DE', iso3: 'DEU', name: 'Germany', article_count: 1, mention_count: 1 },
    ]));
    await runPublish({ inDir, outRoot });
    const changelog = await readFile(join(outRoot, version, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`- ${version}: since 0.0.1:`);
    expect(changelog).toContain('2 countries (+0)');
    expect(changelog).toContain('  - countries added (1): DE');
    expect(changelog).toContain('  - countries removed (1): FR');
    expect(changelog).toContain('  - countries changed (1): CN');
    expect(changelog.indexOf(`- ${version}: since`)).toBeLessThan(changelog.indexOf('- 0.0.1: first version: 2 countries.'));
  });

  it('does not count a row as changed when only the order of its fields differs', async () => {
    const inDir = await validTables();
    const outRoot = join(inDir, 'out');
    await runPublish({ inDir, outRoot });
    const version = datasetInfo().version;
    const { rename } = await import('node:fs/promises');
    await rename(join(outRoot, version), join(outRoot, '0.0.1'));
    const row = { country: 'CN', iso3: 'CHN', name: 'China', article_count: 1, mention_count: 2 };
    await writeFile(join(outRoot, '0.0.1', 'countries.json'), JSON.stringify([row]));
    const { mention_count, country, ...rest } = row;
    await writeFile(join(inDir, 'countries.json'), JSON.stringify([{ mention_count, ...rest, country }]));
    await runPublish({ inDir, outRoot });
    const changelog = await readFile(join(outRoot, version, 'CHANGELOG.md'), 'utf8');
    expect(changelog).not.toContain('countries changed');
    expect(changelog).toContain('1 countries (+0)');
  });

  it('leaves the last good version untouched when a build fails', async () => {
    const inDir = await validTables();
    const outRoot = join(inDir, 'out');
    await runPublish({ inDir, outRoot });
    const version = datasetInfo().version;
    const before = await readFile(join(outRoot, version, 'countries.csv'));
    await rm(join(inDir, 'links.json'));
    await expect(runPublish({ inDir, outRoot })).rejects.toBeInstanceOf(PipelineError);
    expect(await readFile(join(outRoot, version, 'countries.csv'))).toEqual(before);
    expect(await readlink(join(outRoot, 'latest'))).toBe(version);
  });
});
