import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/lib/errors.ts';
import { TABLES } from '../../pipeline/lib/schemas.ts';
import { runValidate } from '../../pipeline/validate/validate-stage.ts';

/** A made-up country row that satisfies the schema. */
const GOOD = { country: 'CN', iso3: 'CHN', name: 'China', article_count: 1, mention_count: 2 };

async function recordsWith(countries: unknown[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wsw-validate-'));
  for (const t of TABLES) await writeFile(join(dir, `${t}.json`), JSON.stringify(t === 'countries' ? countries : []));
  await writeFile(join(dir, 'sources.json'), '[]');
  return dir;
}

describe('validate stage', () => {
  it('passes valid records through', async () => {
    const dir = await recordsWith([GOOD]);
    const report = await runValidate({ inDir: dir, outDir: join(dir, 'valid') });
    expect(report.invalid).toEqual([]);
    expect(JSON.parse(await readFile(join(dir, 'valid', 'countries.json'), 'utf8'))).toEqual([GOOD]);
  });

  it('fails naming the file, the record and the schema message', async () => {
    const dir = await recordsWith([GOOD, { ...GOOD, country: 'china' }]);
    const error = await runValidate({ inDir: dir, outDir: join(dir, 'valid') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    const message = (error as Error).message;
    expect(message).toContain('countries.json record 1');
    expect(message).toContain('/country must match pattern');
    expect(message).toContain('"china"');
    expect(message).toContain('--allow-invalid');
  });

  it('publishes the valid rest when told to', async () => {
    const dir = await recordsWith([GOOD, { ...GOOD, country: 'DE', extra: true }]);
    const report = await runValidate({ inDir: dir, outDir: join(dir, 'valid'), allowInvalid: true });
    expect(report.invalid).toHaveLength(1);
    expect(report.invalid[0]!.message).toContain('additional properties');
    expect(JSON.parse(await readFile(join(dir, 'valid', 'countries.json'), 'utf8'))).toEqual([GOOD]);
  });

  it('rejects a duplicate primary key', async () => {
    const dir = await recordsWith([GOOD, GOOD]);
    const report = await runValidate({ inDir: dir, outDir: join(dir, 'valid'), allowInvalid: true });
    expect(report.invalid.map((r) => r.message)).toEqual(['duplicate primary key (country) ["CN"]']);
  });
});
