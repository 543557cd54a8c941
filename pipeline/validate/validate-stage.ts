/**
 * The validate stage: every record of every table is checked against its
 * JSON Schema (ajv, draft 2020-12) and the table's primary key is checked for
 * duplicates. Records that pass go to `<build>/valid/`; each one that fails
 * is reported with the file, the record and ajv's message. The stage fails
 * when any record fails, unless told to publish the valid rest.
 */
import { copyFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { copyFileAtomic, writeJsonAtomic } from '../lib/atomic-write.ts';
import { diskError, diskProblem, PipelineError } from '../lib/errors.ts';
import { JsonArrayError, JsonArrayWriter, elementText, readJsonArray, readJsonArrayTexts, writeJsonArray } from '../lib/json-array-file.ts';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { TABLES, type TableName } from '../lib/schemas.ts';
import { cascadeDrops, keyOf, type CascadeEntry } from './cascade.ts';
import { RowMemo, rowDigest } from './row-memo.ts';
import { type TableCheck, checkTable, parseRecord } from './check-table.ts';
import { ArticleMemo } from './article-memo.ts';
import { lazyValidators } from './validators.ts';
import { ARTICLE_TABLES, type ArticleTableName, indexedFileBytes, readArticleIndex, removeArticleIndex, writeArticleIndex } from '../extract/article-index.ts';

export { compileValidators } from './validators.ts';

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
/** Name of the memo of valid articles, beside the memo of valid rows (article-memo.ts). */
const ARTICLE_MEMO_FILE = 'validated-articles.bin';

/** Size of a file in bytes (-1 when it cannot be read: the stage's error comes when it is read). */
const fileBytes = (file: string): Promise<number> => stat(file).then((s) => s.size, () => -1);

/** The text of each record of a table file, one at a time; a file that cannot be read is the stage's error. */
async function* tableTexts(file: string): AsyncGenerator<string> {
  try {
    yield* readJsonArrayTexts(file);
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
  const articleMemoFile = join(memoFile, '..', ARTICLE_MEMO_FILE);
  const index = await readArticleIndex(options.inDir);
  const articles = index ? await ArticleMemo.load(articleMemoFile, fingerprint) : new ArticleMemo();
  /** The articles of this build found valid (saved for the next one). */
  const nextArticles = new ArticleMemo();
  // The index is copied beside the valid tables only when they are the extracted ones, byte for byte.
  let indexHolds = index !== null;
  await guardDisk(() => removeArticleIndex(options.outDir), options.outDir);
  const check: TableCheck = { memo, seen, validator, articles };
  for (const table of TABLES) {
    const file = join(options.inDir, `${table}.json`);
    const target = join(options.outDir, `${table}.json`);
    const at = ARTICLE_TABLES.indexOf(table as ArticleTableName);
    const indexed = index && at >= 0 && (await fileBytes(file)) === indexedFileBytes(index, table as ArticleTableName) ? { index, table: table as ArticleTableName } : undefined;
    let checked = indexed ? await checkTable(table, file, check, indexed) : undefined;
    if (index && at >= 0 && (!checked || checked.mismatch)) {
      // Said, not silent: the rows are all checked as in a first build, so nothing is lost but time.
      console.error(`validate: ${file} does not hold the rows its article index lists; every row of it is checked`);
      indexHolds = false;
    }
    if (!checked || checked.mismatch) checked = await checkTable(table, file, check);
    const { dropped, verbatim, kept } = checked;
    report.invalid.push(...checked.invalid);
    for (const record of checked.drops) drop(table, record);
    for (const [digest, keys] of checked.remembered) nextArticles.set(table, digest, keys);
    // Every record kept as the writer gives it (the usual case): the valid table is the extracted one, copied without reading it again.
    if (verbatim && dropped.size === 0) await guardDisk(() => copyFileAtomic(file, target), options.outDir);
    else {
      indexHolds = false;
      await guardDisk(() => writeKept(table, file, target, dropped, seen), options.outDir);
    }
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
    if (indexHolds && index) await writeArticleIndex(options.outDir, index.articles);
    await writeJsonAtomic(reportFile, report); // written last: its presence means the folder is complete
    await seen.save(memoFile, fingerprint);
    await nextArticles.save(articleMemoFile, fingerprint);
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

/** Runs a write; a full or read-only disk becomes the stage's one-line error. */
async function guardDisk<T>(write: () => Promise<T>, dir: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (diskProblem(error)) throw diskError('validate', dir, error, 'free some space (or fix the permissions) and run `make` again');
    throw error;
  }
}
