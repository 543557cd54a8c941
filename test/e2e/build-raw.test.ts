/**
 * End to end: the committed snapshots in raw/ build into a dataset whose every
 * table is present in CSV and JSON, valid, described by a correct Data
 * Package, identical from one build to the next, and identical to the
 * committed out/.
 */
import { readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { TABLES } from '../../pipeline/lib/schemas.ts';
import { compileValidators } from '../../pipeline/validate/validate-stage.ts';
import { buildInTemp } from '../helpers/build.ts';
import { filesUnder, sameFile } from '../helpers/published-files.ts';

type Built = Awaited<ReturnType<typeof buildInTemp>>;

let first: Built;
let second: Built;

beforeAll(async () => {
  first = await buildInTemp('raw', 'e2e-a', { previousVersionsFrom: 'out' });
  second = await buildInTemp('raw', 'e2e-b', { previousVersionsFrom: 'out' });
});

describe('building raw/', () => {
  it('reads every snapshot without a problem', () => {
    expect(first.extract.problems).toEqual([]);
    expect(first.extract.articles).toBeGreaterThan(0);
  });

  it('publishes every table as CSV and JSON with the same number of rows', async () => {
    for (const table of TABLES) {
      const json = JSON.parse(await readFile(join(first.latest, `${table}.json`), 'utf8')) as unknown[];
      const csv = Papa.parse(await readFile(join(first.latest, `${table}.csv`), 'utf8'), { header: true, skipEmptyLines: true });
      expect(csv.errors, table).toEqual([]);
      expect(csv.data.length, table).toBe(json.length);
    }
  });

  it('publishes only records valid against schemas/', async () => {
    const validators = compileValidators();
    for (const table of TABLES) {
      const rows = JSON.parse(await readFile(join(first.latest, `${table}.json`), 'utf8')) as unknown[];
      for (const row of rows) expect(validators[table](row), `${table}: ${JSON.stringify(validators[table].errors)}`).toBe(true);
    }
  });

  it('describes every file in datapackage.json with its true size and sha256', async () => {
    const pkg = JSON.parse(await readFile(join(first.latest, 'datapackage.json'), 'utf8'));
    expect(pkg.resources).toHaveLength(TABLES.length * 3);
    for (const r of pkg.resources) {
      const bytes = await readFile(join(first.latest, r.path));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${sha256(bytes)}`);
      expect(r.schema.fields.length).toBeGreaterThan(0);
    }
    expect(pkg.licenses.length).toBeGreaterThan(0);
    const countries = pkg.resources.filter((r: { path: string }) => r.path.startsWith('countries.'));
    for (const r of countries) expect(r.licenses.map((l: { name: string }) => l.name)).toEqual(['ODbL-1.0']);
    expect(pkg.sources.some((s: { path: string }) => s.path.includes('chinadigitaltimes.net'))).toBe(true);
  });

  it('points latest at the version and gives byte-identical files on a second build', async () => {
    expect(await readlink(first.latest)).toBe(first.publish.version);
    for (const name of await filesUnder(first.latest)) expect(await sameFile(name, first.latest, second.latest), name).toBe(true);
  });

  it('reproduces the committed out/ byte for byte', async () => {
    const committed = join('out', first.publish.version);
    const names = await filesUnder(first.latest);
    expect(await filesUnder(committed)).toEqual(names);
    const differing: string[] = [];
    for (const name of names) {
      if (!(await sameFile(name, committed, first.latest))) differing.push(name);
    }
    expect(differing, `out/${first.publish.version}/ differs from a fresh build of raw/: run \`make\` and commit out/`).toEqual([]);
  });
});
