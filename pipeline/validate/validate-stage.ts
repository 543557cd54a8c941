/**
 * The validate stage: every record of every table is checked against its
 * JSON Schema (ajv, draft 2020-12) and the table's primary key is checked for
 * duplicates. Records that pass go to `<build>/valid/`; each one that fails
 * is reported with the file, the record and ajv's message. The stage fails
 * when any record fails, unless told to publish the valid rest.
 */
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { writeJsonAtomic } from '../lib/atomic-write.ts';
import { diskError, diskProblem, PipelineError } from '../lib/errors.ts';
import { JsonArrayError, JsonArrayWriter, readJsonArray, writeJsonArray } from '../lib/json-array-file.ts';
import { TABLES, type TableName, tableSchema } from '../lib/schemas.ts';
import { cascadeDrops, keyOf, type CascadeEntry } from './cascade.ts';
import { KeySet } from './key-set.ts';

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

/** The records of a table file, one at a time; a file that cannot be read is the stage's error. */
async function* tableRows(file: string): AsyncGenerator<unknown> {
  try {
    yield* readJsonArray(file);
  } catch (error) {
    if (error instanceof JsonArrayError) throw new PipelineError('validate', 'the table is not a JSON array', { file, cause: error });
    throw new PipelineError('validate', 'cannot read the table', { file, cause: error, hint: 'run the extract stage first (`make`)' });
  }
}

/**
 * Validates every table, streaming: each record is read, checked and (when
 * valid) written to `outDir` before the next is read, so no table is held
 * whole. Only the keys are kept (for duplicates and for what refers to a
 * dropped record), the primary keys as digests (key-set.ts). Throws a PipelineError naming the failures unless `allowInvalid`.
 */
export async function runValidate(options: ValidateOptions): Promise<ValidateReport> {
  const validators = compileValidators();
  const report: ValidateReport = { valid: {}, invalid: [], cascaded: [] };
  const dropped = new Map<TableName, Set<string>>();
  const drop = (table: TableName, record: unknown) => {
    const key = keyOf(table, record);
    if (key !== null) dropped.set(table, (dropped.get(table) ?? new Set<string>()).add(key));
  };
  const reportFile = join(options.outDir, VALIDATE_REPORT);
  // Absent while the folder is being rewritten, so publish never takes a half-written one.
  await guardDisk(() => rm(reportFile, { force: true }), options.outDir);
  for (const table of TABLES) {
    const file = join(options.inDir, `${table}.json`);
    const validate = validators[table];
    const key = tableSchema(table)['x-primary-key'];
    const keys = new KeySet();
    const out = await guardDisk(() => JsonArrayWriter.open(join(options.outDir, `${table}.json`)), options.outDir);
    try {
      let index = 0;
      for await (const row of tableRows(file)) {
        const at = index++;
        if (!validate(row)) {
          const message = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
          report.invalid.push({ file, index: at, record: row, message });
          drop(table, row);
          continue;
        }
        const id = JSON.stringify(key.map((k) => (row as Record<string, unknown>)[k]));
        if (!keys.add(id)) {
          // The first row with this key stays: what refers to the key still finds it.
          report.invalid.push({ file, index: at, record: row, message: `duplicate primary key (${key.join(', ')}) ${id}` });
          continue;
        }
        await out.write(row);
      }
      report.valid[table] = out.rows;
      await guardDisk(() => out.close(), options.outDir);
    } catch (error) {
      await out.abort();
      throw error;
    }
  }
  if (report.invalid.length > 0 && !options.allowInvalid) {
    // The report make depends on stays absent, so a later `make` cannot publish these tables.
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
  if (dropped.size > 0) report.cascaded = await cascadeOnDisk(options.outDir, dropped, report.valid);
  await guardDisk(async () => {
    await copyFile(join(options.inDir, 'sources.json'), join(options.outDir, 'sources.json'));
    await rm(join(options.outDir, VALIDATE_FAILURES), { force: true });
    await writeJsonAtomic(reportFile, report); // written last: its presence means the folder is complete
  }, options.outDir);
  return report;
}

/**
 * With --allow-invalid, after records were dropped: what refers to them goes
 * too (cascade.ts). This is the one place validate holds the valid tables
 * whole, and only when something was dropped; they are read back from
 * `outDir` and rewritten there.
 */
async function cascadeOnDisk(outDir: string, dropped: Map<TableName, Set<string>>, counts: Record<string, number>): Promise<CascadeEntry[]> {
  const tables = new Map<TableName, Record<string, unknown>[]>();
  for (const table of TABLES) {
    const rows: Record<string, unknown>[] = [];
    for await (const row of readJsonArray(join(outDir, `${table}.json`))) rows.push(row as Record<string, unknown>);
    tables.set(table, rows);
  }
  const cascaded = cascadeDrops(tables, dropped);
  for (const [table, rows] of tables) {
    counts[table] = rows.length;
    await guardDisk(() => writeJsonArray(join(outDir, `${table}.json`), rows), outDir);
  }
  return cascaded;
}

/** Runs a write; a full or read-only disk becomes the stage's one-line error. */
async function guardDisk<T>(write: () => Promise<T>, dir: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (diskProblem(error)) throw diskError('validate', dir, error, 'free some space (or fix the permissions) and run `make` again');
    throw error;
  }
}
