/**
 * The compiled CLI's standalone validators (validate/validators.ts): the same
 * verdicts and messages as the validators ajv compiles, used only when made
 * from the schemas in place.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileValidators, lazyValidators, standaloneValidators, standaloneValidatorsCode } from '../../pipeline/validate/validators.ts';

const CACHE = fileURLToPath(new URL('../../node_modules/.cache/wsw-tests/', import.meta.url));

/** Made-up rows: valid ones, and one wrong in each way the schemas check (pattern, type, format, missing and extra fields). */
const COUNTRY = { country: 'CN', iso3: 'CHN', name: 'China', article_count: 1, mention_count: 2 };
const ROWS = [
  COUNTRY,
  { ...COUNTRY, country: 'china' },
  { ...COUNTRY, article_count: 'one' },
  { ...COUNTRY, extra: true },
  { country: 'DE' },
  { article_id: 'a1', url: 'not a url', title: 7 },
];

/** The module written where the compiled CLI keeps it, under the project's node_modules (it requires ajv's runtime from there). */
async function moduleFile(code: string): Promise<string> {
  await mkdir(CACHE, { recursive: true });
  const file = join(await mkdtemp(join(CACHE, 'validators-test-')), 'validators.cjs');
  await writeFile(file, code);
  return file;
}

describe('standalone validators', () => {
  it('give the verdicts and messages of the compiled ones, for every table', async () => {
    const standalone = standaloneValidators(await moduleFile(standaloneValidatorsCode()));
    expect(standalone).not.toBeNull();
    const compiled = compileValidators();
    for (const [table, validate] of Object.entries(compiled)) {
      for (const row of ROWS) {
        const other = standalone![table as keyof typeof compiled];
        expect(other(row), `${table} ${JSON.stringify(row)}`).toBe(validate(row));
        expect(other.errors ?? null).toEqual(validate.errors ?? null);
      }
    }
    expect(compiled.countries(ROWS[1])).toBe(false);
  });

  it('are not used when made from other schemas, nor when missing: the schemas are compiled instead', async () => {
    const stale = await moduleFile(standaloneValidatorsCode().replace(/schemasDigest = "[0-9a-f]+"/, 'schemasDigest = "0"'));
    expect(standaloneValidators(stale)).toBeNull();
    expect(standaloneValidators(join(tmpdir(), 'no-such-folder', 'validators.cjs'))).toBeNull();
    // Written where ajv's runtime cannot be found, the module cannot load: compiled instead too.
    const outside = join(await mkdtemp(join(tmpdir(), 'wsw-validators-')), 'validators.cjs');
    await writeFile(outside, standaloneValidatorsCode());
    expect(standaloneValidators(outside)).toBeNull();
    const validators = lazyValidators(stale);
    expect(validators('countries')(COUNTRY)).toBe(true);
    expect(validators('countries')(ROWS[1])).toBe(false);
  });
});
