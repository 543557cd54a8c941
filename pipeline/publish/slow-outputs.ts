/**
 * The slow outputs of a version, written at once into its work folder: the
 * site's data files in a worker thread (for tables of some size), the DuckDB
 * database and Parquet files by DuckDB in its own threads. Both read the
 * validated tables, so they run while the publish stage writes the CSV and
 * JSON tables and the workbook (table-files.ts) from the same rows. Each is one unit
 * of reuse.ts: when the tables it is made from (and the code) did not change
 * since the last publish into the same folder, its published files are
 * linked instead of written again.
 */
import { dirname, join } from 'node:path';
import { TABLES } from '../lib/schemas.ts';
import type { SiteDataJob, SiteDataResult } from '../pool/publish-worker.ts';
import type { SiteData } from '../site/site-data.ts';
import type { FileIdentity } from './reuse.ts';
import { writeSiteDataInWorker } from '../pool/publish-workers.ts';
import type { ArticleReuse } from '../site/article-files.ts';
import { SITE_DIR } from '../site/site-build.ts';
import { type CopiesInput, type CopyWriters, writeCopies } from './copies.ts';
import type { PublishedFile } from './datapackage.ts';
import { DUCKDB_FILE, parquetFile, writeDuckDb } from './duckdb.ts';
import { type OutputReuse, unchangedSince, unitKey } from './reuse.ts';
import { patchDuckDb, writePatchParquet } from './duckdb-patch.ts';
import { copyFile, rm } from 'node:fs/promises';
import type { ChangeSet } from './table-changes.ts';
import { timed } from '../lib/step-timer.ts';

/** What the slow outputs give the rest of the publish stage. */
export interface SlowOutputs {
  /** The Parquet files (resources of the Data Package). */
  copies: PublishedFile[];
  /** What the site's shell needs of its data. */
  site: SiteData;
  /** How the database was made: loaded whole, patched from the last version's, or that very file reused. */
  database: DatabaseMade;
}

/** See {@link SlowOutputs.database}. */
export type DatabaseMade = 'built' | 'patched' | 'reused';

/** What the units' keys are made of. */
export interface InputKeys {
  /** Fingerprint of the code (lib/code-fingerprint.ts). */
  code: string;
  /** Checksum of each validated table's JSON (what the outputs are made from), in TABLES order. */
  tables: string[];
}

/**
 * Fewest rows (all tables together) for which the site's data are written
 * in a worker thread; smaller tables are written in this thread, where they
 * take less time than starting a worker. About 250 pages of the development
 * benchmark: the outputs of its 39 pages (about 1,500 rows) take a few
 * hundred milliseconds, as much as a worker's start-up (measured here).
 */
export const WORKER_ROWS = 10_000;

/** Fewest extracted articles for which the build starts the site's worker ahead (datasets.ts): {@link WORKER_ROWS} rows of pages like the development benchmark's, about 40 rows a page. */
export const WORKER_ARTICLES = WORKER_ROWS / 40;

/** What the record of the database says it was made from (the change set of the next publish must be relative to it). */
interface DuckDbMade {
  code: string;
  tables: string[];
}

/**
 * Makes the database by patching the last version's (duckdb-patch.ts) when
 * that is exactly the database of the tables the change set starts from,
 * under the same code, and its files are untouched; false when it cannot
 * (the caller then loads the database whole, so nothing is lost: a patch
 * that fails is undone and counts as not made).
 */
async function patched(work: string, input: { from: string; tableRows: Record<string, number> }, keys: InputKeys, reuse: OutputReuse, changes?: Promise<ChangeSet | null>): Promise<boolean> {
  const recorded = reuse.recorded('duckdb');
  const made = recorded?.extra as Partial<DuckDbMade> | null | undefined;
  if (!changes || !recorded || !made?.tables || made.code !== keys.code || !recorded.files[DUCKDB_FILE]) return false;
  // The patched database is checked against validate's row counts: without them, it is loaded whole.
  if (!TABLES.every((t) => typeof input.tableRows[t] === 'number')) return false;
  for (const [path, id] of Object.entries(recorded.files)) if (!(await unchangedSince(join(reuse.versionDir, path), id))) return false;
  // While the tables writer finds the change set: the last database copied into the work folder and DuckDB loaded
  // (a whole load, if it comes to that, removes the copy first).
  const copied = copyFile(join(reuse.versionDir, DUCKDB_FILE), join(work, DUCKDB_FILE));
  // The Parquet files too: a table whose JSON has the checksum the last database was made from keeps its file, the others are written from their JSON.
  const unchanged = new Set(TABLES.filter((table, i) => made.tables![i] === keys.tables[i]));
  const parquet = timed('publish: duckdb parquet', () => writePatchParquet(work, input.from, reuse.versionDir, unchanged));
  // Its error is seen where it is awaited (the patch's end, or the undo); until then it must not count as unhandled.
  parquet.catch(() => undefined);
  const undo = async (): Promise<false> => {
    // Nothing may still write into the work folder, and a whole load must not write through a Parquet file linked from the last version.
    await parquet.catch(() => undefined);
    await Promise.all([DUCKDB_FILE, `${DUCKDB_FILE}.wal`, ...TABLES.map(parquetFile)].map((f) => rm(join(work, f), { force: true })));
    return false;
  };
  // Not the Parquet files: the patch runs beside them (its own DuckDB instance) and awaits them only at its end, since in
  // a one-page rebuild both take about a second and the patch can start only once the tables writer found the change set.
  const [set] = await Promise.all([changes, copied.catch(() => undefined)]);
  if (!set || JSON.stringify(set.since) !== JSON.stringify(made.tables)) return undo();
  try {
    await timed('publish: duckdb patch', () => patchDuckDb(work, input.from, reuse.versionDir, set, input.tableRows, copied, parquet));
    return true;
  } catch (error) {
    // Not silent: the build goes on with a whole load (nothing lost), and the reason is printed for whoever reads the log.
    console.error(`publish: the database could not be patched from ${reuse.versionDir} (${error instanceof Error ? error.message : String(error)}); loading it whole instead`);
    return undo();
  }
}

/** Runs the site-data job in a worker thread, or in this thread (the same code: pool/publish-worker.ts). */
async function runSiteJob(inWorker: boolean, job: SiteDataJob): Promise<SiteDataResult> {
  if (inWorker) return writeSiteDataInWorker(job);
  const { runPublishJob } = await import('../pool/publish-worker.ts');
  return (await runPublishJob(job)) as SiteDataResult;
}

/**
 * The article files of the site in place, with their keys and identities as
 * the last publish recorded them, when it was made by the same code: the site
 * job links those whose key is unchanged (site/article-files.ts).
 */
function previousArticles(reuse: OutputReuse, code: string): ArticleReuse | undefined {
  const recorded = reuse.recorded('site-data');
  const extra = recorded?.extra as Partial<SiteDataResult> | undefined;
  if (!recorded || !extra?.articleKeys || extra.code !== code) return undefined;
  const files: ArticleReuse['files'] = {};
  for (const [path, key] of Object.entries(extra.articleKeys)) {
    const identity = recorded.files[join(SITE_DIR, path)];
    if (identity) files[path] = [key, ...identity];
  }
  return { dir: join(reuse.versionDir, SITE_DIR), files };
}

/**
 * Writes (or reuses) the database with the Parquet files and the site's data
 * files into `dir`, both at once, from the validated tables in `input.from`
 * (they hold the published rows, with their fields in another order, which
 * neither output depends on); `workers` forces a worker thread on or off
 * (default: on from {@link WORKER_ROWS} rows).
 */
export async function writeSlowOutputs(
  dir: string,
  input: CopiesInput & {
    /** Rows of all tables together. */
    rows: number;
    /** Rows of each table (the patched database is checked against them). */
    tableRows: Record<string, number>;
    /** The folder of validated tables. */
    from: string;
  },
  keys: InputKeys,
  reuse: OutputReuse,
  workers?: boolean,
  changes?: Promise<ChangeSet | null>,
): Promise<SlowOutputs> {
  const inWorker = workers ?? input.rows >= WORKER_ROWS;
  const duckdbKey = unitKey(keys.code, 'duckdb', ...keys.tables);
  const siteKey = unitKey(keys.code, 'site-data', ...keys.tables);
  let database: DatabaseMade = 'reused';
  const writers: CopyWriters = {
    duckdb: (work) =>
      timed('publish: duckdb', async () => {
        const reused = await reuse.reuse('duckdb', duckdbKey, work);
        if (!reused) database = (await patched(work, input, keys, reuse, changes)) ? 'patched' : 'built';
        if (database === 'built') await writeDuckDb(work, input.from);
        reuse.built('duckdb', duckdbKey, [DUCKDB_FILE, ...TABLES.map(parquetFile)], { code: keys.code, tables: keys.tables } satisfies DuckDbMade);
      }),
  };
  const site = (): Promise<SiteData> =>
    timed('publish: site data', async () => {
      const reused = await reuse.reuse('site-data', siteKey, dir);
      if (reused) return reused.extra as SiteData;
      // What the site made of each article is kept beside the validated tables, as the rows' published pieces are (site/article-cache.ts).
      const previous = previousArticles(reuse, keys.code);
      const articles = { code: keys.code, previous, cache: join(dirname(input.from), 'site-cache') };
      const { linked, ...result } = await runSiteJob(inWorker, { job: 'site-data', dir, from: input.from, articles });
      // The files linked from the version in place keep the identity recorded (and checked before linking): not read again.
      const known = new Map<string, FileIdentity>();
      for (const path of linked ?? []) {
        const was = previous?.files[path];
        if (was) known.set(join(SITE_DIR, path), [was[1], was[2], was[3]]);
      }
      reuse.built('site-data', siteKey, result.paths.map((p) => join(SITE_DIR, p)), result, known);
      return result;
    });
  // Both settle before any error is thrown: the caller deletes `dir` on an error, which must not happen under a running writer.
  const [copies, siteData] = await Promise.allSettled([writeCopies(dir, input, writers), site()]);
  if (copies.status === 'rejected') throw copies.reason;
  if (siteData.status === 'rejected') throw siteData.reason;
  return { copies: copies.value, site: siteData.value, database };
}
