/**
 * The published datapackage.json passes the official Tabular Data Package
 * profile (v1, vendored in pipeline/publish/profiles/), declares `required`
 * only where every row has a value, declares foreign keys that hold, and
 * types dates.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPublishFixture } from './built.ts';

interface Field { name: string; type: string; constraints?: { required?: boolean } }
interface Resource {
  name: string;
  path: string;
  format: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> };
}

const PROFILE = 'pipeline/publish/profiles/tabular-data-package.json';
let dir: string;
let pkg: { resources: Resource[] } & Record<string, unknown>;

async function csvRows(path: string): Promise<Array<Record<string, string>>> {
  const parsed = Papa.parse<Record<string, string>>(await readFile(join(dir, path), 'utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors, path).toEqual([]);
  return parsed.data;
}

beforeAll(async () => {
  dir = (await buildPublishFixture()).latest;
  pkg = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8'));
});

describe('datapackage.json', () => {
  it('passes the official Tabular Data Package profile', async () => {
    const ajv = new Ajv04.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(PROFILE, 'utf8')));
    expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('the profile rejects a v2-only list field (the test can fail)', async () => {
    const ajv = new Ajv04.default({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(PROFILE, 'utf8')));
    const broken = structuredClone(pkg);
    broken.resources[0]!.schema.fields[0]!.type = 'list';
    expect(validate(broken)).toBe(false);
  });

  it('marks a CSV field required only where no cell is empty, and some are', async () => {
    let required = 0;
    for (const r of pkg.resources.filter((x) => x.format === 'csv')) {
      const rows = await csvRows(r.path);
      for (const f of r.schema.fields.filter((x) => x.constraints?.required)) {
        required += 1;
        expect(rows.filter((row) => row[f.name] === '').length, `${r.path} ${f.name}`).toBe(0);
      }
    }
    expect(required).toBeGreaterThan(20);
  });

  it('declares foreign keys, and every key value exists in the table it names', async () => {
    const byName = new Map(pkg.resources.map((r) => [r.name, r]));
    const quotes = byName.get('quotes-csv')!;
    expect(quotes.schema.foreignKeys?.map((k) => k.fields[0])).toEqual(['article_id', 'actor_id', 'parent_quote_id', 'link_id']);
    let checked = 0;
    for (const r of pkg.resources.filter((x) => x.format === 'csv')) {
      const rows = await csvRows(r.path);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = fk.reference.resource === '' ? r : byName.get(fk.reference.resource)!;
        expect(target.format).toBe('csv');
        const keys = new Set((await csvRows(target.path)).map((row) => row[fk.reference.fields[0]!]));
        for (const row of rows) {
          const value = row[fk.fields[0]!]!;
          if (value === '') continue;
          checked += 1;
          expect(keys.has(value), `${r.name}.${fk.fields[0]} = ${value}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('types dates and has no list type', () => {
    const articles = pkg.resources.find((r) => r.name === 'articles-csv')!;
    const type = (n: string) => articles.schema.fields.find((f) => f.name === n)?.type;
    expect([type('published'), type('published_at'), type('fetched_at')]).toEqual(['date', 'datetime', 'datetime']);
    const types = pkg.resources.flatMap((r) => r.schema.fields.map((f) => f.type));
    expect(types).not.toContain('list');
    expect(pkg.resources.find((r) => r.name === 'actors-json')!.schema.fields.find((f) => f.name === 'aliases')!.type).toBe('array');
  });
});
