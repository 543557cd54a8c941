/**
 * The publish stage: the valid tables in, a versioned dataset out:
 * `<out>/<version>/` with every table as CSV and JSON, `datapackage.json` and
 * `CHANGELOG.md`, and `<out>/latest` pointing at it. Only validated tables
 * are published (validated.ts). The version is written in a temporary folder
 * and switched in atomically only when complete (switch-version.ts), so a
 * failed or interrupted build never touches the last good version.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceInfo } from '../extract/extract-stage.ts';
import { diskError, diskProblem, PipelineError } from '../lib/errors.ts';
import { fileDigest } from '../lib/json-array-file.ts';
import { TABLES, type TableName } from '../lib/schemas.ts';
import { VALIDATE_REPORT, type ValidateReport } from '../validate/validate-stage.ts';
import { CHANGELOG_FILE, changelog, previousVersion } from './changelog.ts';
import { type DatasetInfo, buildDataPackage, datasetInfo } from './datapackage.ts';
import { cleanLeftovers, switchVersion, workName, type SwitchHooks } from './switch-version.ts';
import { ReadyExchange } from './exchange.ts';
import { newestPublished, writeTableFiles } from './table-files.ts';
import { requireValidated } from './validated.ts';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { OutputReuse } from './reuse.ts';
import { type DatabaseMade, writeSlowOutputs } from './slow-outputs.ts';
import { ChangeCollector, clearPiecesStamp, piecesSince, writePiecesStamp } from './table-changes.ts';
import { sha256 } from '../lib/hash.ts';
import { timed } from '../lib/step-timer.ts';
import { SITE_DIR, copyStatic, siteShellFiles, writeSiteFiles } from '../site/site-build.ts';

export { LATEST } from './switch-version.ts';

/** Options of {@link runPublish}. */
export interface PublishOptions {
  /** Folder with the valid tables (`<build>/valid`). */
  inDir: string;
  /** Output folder (`out/`). */
  outRoot: string;
  /** Test hooks of the version switch (a pause to kill the process at). */
  hooks?: SwitchHooks;
  /** Overrides of `dataset.json` (an ad-hoc build's own name and version). */
  dataset?: Partial<DatasetInfo>;
  /** Where the published outputs are recorded for the next publish to reuse (reuse.ts); default `<inDir>/../published-outputs.json`. */
  reuseFile?: string;
  /** Where the rows' published pieces are kept between publishes (row-pieces.ts); default `<inDir>/../publish-pieces`. */
  piecesDir?: string;
  /** Write the workbook and the site's data in worker threads (default: when the tables are large enough, see slow-outputs.ts). */
  workers?: boolean;
}

/** Default name of the record of reusable outputs, in the build folder. */
const REUSE_FILE = 'published-outputs.json';
/** Default name of the folder of the rows' pieces, in the build folder. */
const PIECES_DIR = 'publish-pieces';

/** What was published. */
export interface PublishReport {
  version: string;
  dir: string;
  rows: Record<TableName, number>;
  /** How the database was made (slow-outputs.ts). */
  database: DatabaseMade;
}

async function readJson<T>(file: string): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    throw new PipelineError('publish', 'cannot read the validated table', { file, cause: error, hint: 'run the validate stage first (`make`)' });
  }
}

/**
 * The `created` date of the package, a pure function of the inputs:
 * SOURCE_DATE_EPOCH when set, else the newest snapshot date, else the newest
 * publication date, else none.
 */
async function createdDate(sources: SourceInfo[], inDir: string): Promise<string | null> {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  const newest = (values: Array<string | null>) => values.filter((v): v is string => !!v).sort().at(-1) ?? null;
  const fetched = newest(sources.map((s) => s.fetched_at));
  if (fetched) return new Date(fetched).toISOString();
  const published = await newestPublished(inDir);
  return published && !Number.isNaN(Date.parse(published)) ? new Date(published).toISOString() : null;
}

/** Creates the output folder; a file in its place is a clear error, not EEXIST. */
async function makeOutFolder(outRoot: string): Promise<void> {
  try {
    await mkdir(outRoot, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new PipelineError('publish', 'the output folder is a file, not a folder', { file: outRoot, hint: 'move that file away, or give another OUT=<folder>' });
    }
    if (diskProblem(error)) throw diskError('publish', outRoot, error, 'free some space or fix the permissions, then run `make` again');
    throw error;
  }
}

/** The SHA-256 of each validated table's JSON, in TABLES order: the input keys of the outputs made from them (reuse.ts). */
async function validatedDigests(inDir: string): Promise<string[]> {
  return Promise.all(TABLES.map(async (table) => (await fileDigest(join(inDir, `${table}.json`))).sha256));
}

/** Rows of each validated table, as the validate report counts them. */
async function validatedRows(inDir: string): Promise<Record<string, number>> {
  const report = await readJson<Partial<ValidateReport>>(join(inDir, VALIDATE_REPORT));
  return report.valid ?? {};
}

/** Runs the publish stage. */
export async function runPublish(options: PublishOptions): Promise<PublishReport> {
  await requireValidated(options.inDir);
  const info = { ...datasetInfo(), ...options.dataset };
  const sources = await readJson<SourceInfo[]>(join(options.inDir, 'sources.json'));
  const created = await createdDate(sources, options.inDir);

  await makeOutFolder(options.outRoot);
  await cleanLeftovers(options.outRoot);
  const tmp = workName(options.outRoot, info.version);
  // A version already there is exchanged with the new one at the end: the program that does it starts now (exchange.ts).
  const exchanger = !options.hooks?.exchange && (await stat(join(options.outRoot, info.version)).then(() => true, () => false)) ? new ReadyExchange() : null;
  const hooks: SwitchHooks = { ...options.hooks, ...(exchanger ? { exchange: exchanger.exchange } : {}) };
  try {
    await mkdir(tmp);
    const reuseFile = options.reuseFile ?? join(options.inDir, '..', REUSE_FILE);
    const reuse = await OutputReuse.open(reuseFile, join(options.outRoot, info.version));
    const keys = { code: await codeFingerprint(), tables: await validatedDigests(options.inDir) };
    const piecesDir = options.piecesDir ?? join(options.inDir, '..', PIECES_DIR);
    // The tables writer tells the database patch what changed since the last publish whose pieces are complete.
    const changes = new ChangeCollector(await piecesSince(piecesDir));
    await clearPiecesStamp(piecesDir);
    // Three writers at once, each streaming the validated tables: the JSON and CSV tables with the workbook here (table-files.ts),
    // the site's data (in a worker thread for large tables) and DuckDB (in its own thread), the last two reused when their tables did not change.
    const tableRows = await validatedRows(options.inDir);
    const totalRows = Object.values(tableRows).reduce((n, count) => n + count, 0);
    const slow = timed('publish: slow outputs', () => writeSlowOutputs(tmp, { info, created, rows: totalRows, tableRows, from: options.inDir }, keys, reuse, options.workers, changes.result));
    const pieces = { dir: piecesDir, fingerprintHash: sha256(keys.code) };
    const compare = previousVersion(options.outRoot, info.version) !== null;
    // The tables that did not change are taken from the version in place (table-reuse.ts).
    const tables = timed('publish: tables', () => writeTableFiles(options.inDir, tmp, { compare, workbook: { title: info.title, created }, pieces, changes, reuse: { reuse, tables: keys.tables } }));
    // Both settle before any error is thrown: the work folder is deleted on an error, which must not happen under a running writer.
    const [tablesDone, slowDone] = await Promise.allSettled([tables, slow]);
    if (tablesDone.status === 'rejected') throw tablesDone.reason;
    if (slowDone.status === 'rejected') throw slowDone.reason;
    const { files, rows, digests } = tablesDone.value;
    const { copies, site, database } = slowDone.value;
    const descriptor = buildDataPackage(info, [...files, ...copies], sources, created);
    await writeFile(join(tmp, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
    await writeFile(join(tmp, CHANGELOG_FILE), await timed('publish: changelog', () => changelog(options.outRoot, info.version, digests)));
    // Last, as its About view lists every file of the version with its size.
    const siteDir = join(tmp, SITE_DIR);
    await timed('publish: site shell', async () => {
      await writeSiteFiles(siteDir, await siteShellFiles(site, { dataDir: tmp, outDir: siteDir }));
      await copyStatic(siteDir);
    });
    // No record while the version moves: a kill in between leaves none, and the next publish builds every unit.
    await rm(reuseFile, { force: true });
    await timed('publish: switch', () => switchVersion(options.outRoot, info.version, tmp, hooks));
    await exchanger?.close();
    await reuse.save();
    await writePiecesStamp(piecesDir, keys.tables);
    return { version: info.version, dir: join(options.outRoot, info.version), rows, database };
  } catch (error) {
    await exchanger?.close();
    await rm(tmp, { recursive: true, force: true });
    if (error instanceof PipelineError) throw error;
    if (diskProblem(error)) throw diskError('publish', options.outRoot, error, 'the previous version is untouched: free some space (or fix the permissions) and run `make` again');
    throw new PipelineError('publish', 'could not write the new version; the previous one is untouched', {
      file: options.outRoot,
      cause: error,
    });
  }
}
