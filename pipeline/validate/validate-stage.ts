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
import { copyFileAtomic, writeJsonAtomic } from '../lib/atomic-write.ts';
import { diskError, diskProblem, PipelineError } from '../lib/errors.ts';
import { JsonArrayError, JsonArrayWriter, elementText, parseElement, readJsonArray, readJsonArrayTexts, writeJsonArray } from '../lib/json-array-file.ts';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { TABLES, type TableName, tableSchema } from '../lib/schemas.ts';
import { cascadeDrops, keyOf, type CascadeEntry } from './cascade.ts';
import { KeySet, digestWords } from './key-set.ts';
import { RowMemo, rowDigest, rowDigestOfBytes } from './row-memo.ts';
import { tableElements } from './writer-elements.ts';

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
  /** Where the rows found valid are remembered for the next build (row-memo.ts); default `<outDir>/../validated-rows.bin`. */
  memoFile?: string;
}

/** Default name of the memo of valid rows, beside the valid folder. */
const MEMO_FILE = 'validated-rows.bin';

/** An ajv instance that knows the schemas' keywords and formats. */
function schemaAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  ajv.addKeyword('x-csv');
  ajv.addKeyword('x-primary-key');
  ajv.addKeyword('x-foreign-keys');
  return ajv;
}

/** Creates the validator of each table from `schemas/`. */
export function compileValidators(): Record<TableName, ValidateFunction> {
  const ajv = schemaAjv();
  return Object.fromEntries(TABLES.map((t) => [t, ajv.compile(tableSchema(t))])) as Record<TableName, ValidateFunction>;
}

/** The validator of a table, compiled when first asked for (a rebuild whose rows of a table are all in the memo never compiles it). */
function lazyValidators(): (table: TableName) => ValidateFunction {
  let ajv: Ajv2020 | undefined;
  const compiled = new Map<TableName, ValidateFunction>();
  return (table) => {
    let validate = compiled.get(table);
    if (!validate) compiled.set(table, (validate = (ajv ??= schemaAjv()).compile(tableSchema(table))));
    return validate;
  };
}

/** The text of each record of a table file, one at a time; a file that cannot be read is the stage's error. */
async function* tableTexts(file: string): AsyncGenerator<string> {
  try {
    yield* readJsonArrayTexts(file);
  } catch (error) {
    if (error instanceof JsonArrayError) throw new PipelineError('validate', 'the table is not a JSON array', { file, cause: error });
    throw new PipelineError('validate', 'cannot read the table', { file, cause: error, hint: 'run the extract stage first (`make`)' });
  }
}

/** The records of a table file, as bytes when it is in the writer's layout (writer-elements.ts), else as text; a file that cannot be read is the stage's error. */
async function* elementsOf(file: string): AsyncGenerator<Buffer | string> {
  try {
    yield* tableElements(file);
  } catch (error) {
    if (error instanceof JsonArrayError) throw new PipelineError('validate', 'the table is not a JSON array', { file, cause: error });
    throw new PipelineError('validate', 'cannot read the table', { file, cause: error, hint: 'run the extract stage first (`make`)' });
  }
}

/** A record's text parsed; a record that is not JSON is the stage's error. */
function parseRecord(file: string, text: string): unknown {
  try {
    return parseElement(file, text);
  } catch (error) {
    throw new PipelineError('validate', 'the table is not a JSON array', { file, cause: error });
  }
}

/**
 * Validates every table, streaming: each record is read, checked and (when
 * valid) written to `outDir` before the next is read, so no table is held
 * whole. Only the keys are kept (for duplicates and for what refers to a
 * dropped record), the primary keys as digests (key-set.ts). Throws a PipelineError naming the failures unless `allowInvalid`.
 */
export async function runValidate(options: ValidateOptions): Promise<ValidateReport> {
  const validator = lazyValidators();
  const report: ValidateReport = { valid: {}, invalid: [], cascaded: [] };
  const dropped = new Map<TableName, Set<string>>();
  const drop = (table: TableName, record: unknown) => {
    const key = keyOf(table, record);
    if (key !== null) dropped.set(table, (dropped.get(table) ?? new Set<string>()).add(key));
  };
  const reportFile = join(options.outDir, VALIDATE_REPORT);
  const memoFile = options.memoFile ?? join(options.outDir, '..', MEMO_FILE);
  const fingerprint = await codeFingerprint();
  const memo = await RowMemo.load(memoFile, fingerprint);
  /** The rows of this build found valid (the memo saved for the next one). */
  const seen = new RowMemo();
  // Absent while the folder is being rewritten, so publish never takes a half-written one.
  await guardDisk(() => rm(reportFile, { force: true }), options.outDir);
  const check: TableCheck = { memo, seen, validator, report, drop };
  for (const table of TABLES) {
    const file = join(options.inDir, `${table}.json`);
    const target = join(options.outDir, `${table}.json`);
    const { dropped, verbatim, kept } = await checkTable(table, file, check);
    // Every record kept as the writer gives it (the usual case): the valid table is the extracted one, copied without reading it again.
    if (verbatim && dropped.size === 0) await guardDisk(() => copyFileAtomic(file, target), options.outDir);
    else await guardDisk(() => writeKept(table, file, target, dropped, seen), options.outDir);
    report.valid[table] = kept;
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
    await seen.save(memoFile, fingerprint);
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

/** What {@link checkTable} reads and adds to. */
interface TableCheck {
  /** The rows of the last build found valid, and those of this one. */
  memo: RowMemo;
  seen: RowMemo;
  validator: (table: TableName) => ValidateFunction;
  report: ValidateReport;
  drop: (table: TableName, record: unknown) => void;
}

/**
 * Checks every record of a table, streaming, against its schema (unless the
 * memo has it) and its primary key against those before it. Failures go to
 * the report; returns the indexes of the records dropped, how many are kept,
 * and whether each kept record's text is the one the writer gives it.
 */
async function checkTable(table: TableName, file: string, check: TableCheck): Promise<{ dropped: Set<number>; verbatim: boolean; kept: number }> {
  const { memo, seen, validator, report, drop } = check;
  const key = tableSchema(table)['x-primary-key'];
  const keys = new KeySet();
  const dropped = new Set<number>();
  let [index, verbatim] = [0, true];
  for await (const element of elementsOf(file)) {
    const at = index++;
    const digest = typeof element === 'string' ? rowDigest(table, element) : rowDigestOfBytes(table, element);
    const known = memo.get(digest);
    // Decoded only when the row must be checked (a remembered row is copied as it is).
    const text = known ? '' : typeof element === 'string' ? element : element.toString('utf8');
    const row = known ? undefined : parseRecord(file, text);
    if (!known) {
      const validate = validator(table);
      if (!validate(row)) {
        const message = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
        report.invalid.push({ file, index: at, record: row, message });
        drop(table, row);
        dropped.add(at);
        continue;
      }
    }
    const keyDigest = known ?? digestWords(primaryKey(key, row));
    if (!keys.addDigest(keyDigest)) {
      // The first row with this key stays: what refers to the key still finds it.
      const record = row ?? parseRecord(file, element.toString());
      report.invalid.push({ file, index: at, record, message: `duplicate primary key (${key.join(', ')}) ${primaryKey(key, record)}` });
      dropped.add(at);
      continue;
    }
    // A row is remembered only when its text is the one the writer gives, so a remembered row is written as read.
    if (known || elementText(row) === text) seen.set(digest, keyDigest);
    else verbatim = false;
  }
  return { dropped, verbatim, kept: index - dropped.size };
}

/** Writes the records of `file` not dropped to `target`, each as the writer gives it. */
async function writeKept(table: TableName, file: string, target: string, dropped: ReadonlySet<number>, seen: RowMemo): Promise<void> {
  const out = await JsonArrayWriter.open(target);
  try {
    let index = 0;
    for await (const text of tableTexts(file)) {
      if (dropped.has(index++)) continue;
      await out.writeText(seen.get(rowDigest(table, text)) ? text : elementText(parseRecord(file, text)));
    }
    await out.close();
  } catch (error) {
    await out.abort();
    throw error;
  }
}

/** A record's primary key as the key set takes it: the key columns' values as JSON. */
function primaryKey(columns: readonly string[], record: unknown): string {
  return JSON.stringify(columns.map((k) => (record as Record<string, unknown>)[k]));
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
