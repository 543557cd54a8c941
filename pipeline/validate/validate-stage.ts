/**
 * The validate stage: every record of every table is checked against its
 * JSON Schema (ajv, draft 2020-12) and the table's primary key is checked for
 * duplicates. Records that pass go to `<build>/valid/`; each one that fails
 * is reported with the file, the record and ajv's message. The stage fails
 * when any record fails, unless told to publish the valid rest.
 */
import { copyFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { writeJsonAtomic } from '../lib/atomic-write.ts';
import { diskError, diskProblem, PipelineError } from '../lib/errors.ts';
import { TABLES, type TableName, tableSchema } from '../lib/schemas.ts';
import { cascadeDrops, keyOf, type CascadeEntry } from './cascade.ts';

/** Written last on success; make depends on it. */
export const VALIDATE_REPORT = 'validate-report.json';
/** Written instead when records fail. */
export const VALIDATE_FAILURES = 'validate-failures.json';

/** One record that failed. */
export interface InvalidRecord {
  file: string;
  index: number;
  record: unknown;
  message: string;
}

/** What the validate stage found. */
export interface ValidateReport {
  valid: Record<string, number>;
  invalid: InvalidRecord[];
  /** With --allow-invalid: rows dropped, and references cleared, because they referred to a dropped record. */
  cascaded: CascadeEntry[];
}

/** Options of {@link runValidate}. */
export interface ValidateOptions {
  /** Folder with the extracted tables (`<build>/records`). */
  inDir: string;
  /** Folder for the valid tables (`<build>/valid`). */
  outDir: string;
  /** Publish the valid records even when some fail. */
  allowInvalid?: boolean;
}

/** Creates the validator of each table from `schemas/`. */
export function compileValidators(): Record<TableName, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  ajv.addKeyword('x-csv');
  ajv.addKeyword('x-primary-key');
  ajv.addKeyword('x-foreign-keys');
  return Object.fromEntries(TABLES.map((t) => [t, ajv.compile(tableSchema(t))])) as Record<TableName, ValidateFunction>;
}

async function readTable(file: string): Promise<unknown[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new PipelineError('validate', 'cannot read the table', { file, cause: error, hint: 'run the extract stage first (`make`)' });
  }
  if (!Array.isArray(parsed)) throw new PipelineError('validate', 'the table is not a JSON array', { file });
  return parsed;
}

/** Validates every table; throws a PipelineError naming the failures unless `allowInvalid`. */
export async function runValidate(options: ValidateOptions): Promise<ValidateReport> {
  const validators = compileValidators();
  const report: ValidateReport = { valid: {}, invalid: [], cascaded: [] };
  const validTables = new Map<TableName, Record<string, unknown>[]>();
  const dropped = new Map<TableName, Set<string>>();
  const drop = (table: TableName, record: unknown) => {
    const key = keyOf(table, record);
    if (key !== null) dropped.set(table, (dropped.get(table) ?? new Set<string>()).add(key));
  };
  for (const table of TABLES) {
    const file = join(options.inDir, `${table}.json`);
    const rows = await readTable(file);
    const validate = validators[table];
    const key = tableSchema(table)['x-primary-key'];
    const keys = new Set<string>();
    const valid: Record<string, unknown>[] = [];
    rows.forEach((row, index) => {
      if (!validate(row)) {
        const message = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
        report.invalid.push({ file, index, record: row, message });
        drop(table, row);
        return;
      }
      const id = JSON.stringify(key.map((k) => (row as Record<string, unknown>)[k]));
      if (keys.has(id)) {
        // The first row with this key stays: what refers to the key still finds it.
        report.invalid.push({ file, index, record: row, message: `duplicate primary key (${key.join(', ')}) ${id}` });
        return;
      }
      keys.add(id);
      valid.push(row as Record<string, unknown>);
    });
    validTables.set(table, valid);
  }
  report.cascaded = cascadeDrops(validTables, dropped);
  for (const [table, rows] of validTables) report.valid[table] = rows.length;
  const reportFile = join(options.outDir, VALIDATE_REPORT);
  if (report.invalid.length > 0 && !options.allowInvalid) {
    // The report make depends on is removed, so a later `make` cannot publish stale tables.
    await rm(reportFile, { force: true });
    await writeJsonAtomic(join(options.outDir, VALIDATE_FAILURES), report);
    const first = report.invalid
      .slice(0, 5)
      .map((r) => `  ${r.file} record ${r.index}: ${r.message}\n    ${JSON.stringify(r.record).slice(0, 300)}`)
      .join('\n');
    throw new PipelineError('validate', `${report.invalid.length} invalid record(s):\n${first}`, {
      file: join(options.outDir, VALIDATE_FAILURES),
      hint: 'fix the extractor, or publish the valid rest with --allow-invalid (ALLOW_INVALID=1 with make)',
    });
  }
  try {
    await rm(reportFile, { force: true }); // absent while the folder is being rewritten, so publish never takes a half-written one
    for (const [table, rows] of validTables) await writeJsonAtomic(join(options.outDir, `${table}.json`), rows);
    await copyFile(join(options.inDir, 'sources.json'), join(options.outDir, 'sources.json'));
    await rm(join(options.outDir, VALIDATE_FAILURES), { force: true });
    await writeJsonAtomic(reportFile, report); // written last: its presence means the folder is complete
  } catch (error) {
    if (diskProblem(error)) throw diskError('validate', options.outDir, error, 'free some space (or fix the permissions) and run `make` again');
    throw error;
  }
  return report;
}
