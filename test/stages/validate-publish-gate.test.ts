import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/lib/errors.ts';
import { TABLES } from '../../pipeline/lib/schemas.ts';
import { runPublish } from '../../pipeline/publish/publish-stage.ts';
import { runValidate } from '../../pipeline/validate/validate-stage.ts';

/** A made-up country row that satisfies the schema. */
const GOOD = { country: 'CN', iso3: 'CHN', name: 'China', article_count: 1, mention_count: 2 };

/** A build folder as the CLI lays it out: records/ from extract, valid/ from validate. */
async function buildWith(countries: unknown[], build?: string): Promise<string> {
  const dir = build ?? (await mkdtemp(join(tmpdir(), 'wsw-gate-')));
  const records = join(dir, 'records');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(records, { recursive: true });
  for (const t of TABLES) await writeFile(join(records, `${t}.json`), JSON.stringify(t === 'countries' ? countries : []));
  await writeFile(join(records, 'sources.json'), '[]');
  return dir;
}

describe('publish after validate', () => {
  it('refuses straight after a failed validate, and keeps the last good version', async () => {
    const build = await buildWith([GOOD]);
    const outRoot = join(build, 'out');
    const stages = { inDir: join(build, 'records'), outDir: join(build, 'valid') };
    await runValidate(stages);
    const good = await runPublish({ inDir: stages.outDir, outRoot });
    const before = await readFile(join(good.dir, 'countries.csv'), 'utf8');

    await buildWith([{ ...GOOD, name: 'Changed' }, { ...GOOD, country: 'nope' }], build);
    await expect(runValidate(stages)).rejects.toBeInstanceOf(PipelineError);
    const refused = await runPublish({ inDir: stages.outDir, outRoot }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PipelineError);
    expect((refused as Error).message).toMatch(/^\[publish\] .*validate-failures\.json: refusing to publish: the last validate run failed/);
    expect((refused as Error).message).toContain('ALLOW_INVALID=1');
    expect(await readFile(join(good.dir, 'countries.csv'), 'utf8')).toBe(before);
    expect(await readlink(join(outRoot, 'latest'))).toBe(good.version);

    // The CLI exits non-zero with that one line.
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'publish', '--build', build, '--out', outRoot], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli.stderr).toContain('refusing to publish');
  });

  it('refuses tables that were never validated', async () => {
    const build = await buildWith([GOOD]);
    await expect(runPublish({ inDir: join(build, 'records'), outRoot: join(build, 'out') })).rejects.toThrow(/not validated.*run the validate stage first/);
  });
});
