/**
 * The publish stage: the valid tables in, a versioned dataset out:
 * `<out>/<version>/` with every table as CSV and JSON, `datapackage.json` and
 * `CHANGELOG.md`, and `<out>/latest` pointing at it. Only validated tables
 * are published (validated.ts). The version is written in a temporary folder
 * and switched in atomically only when complete (switch-version.ts), so a
 * failed or interrupted build never touches the last good version.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { SourceInfo } from '../extract/extract-stage.ts';
import { diskError, diskProblem, PipelineError } from '../lib/errors.ts';
import { TABLES, type TableName, columns, csvColumns } from '../lib/schemas.ts';
import { CHANGELOG_FILE, changelog } from './changelog.ts';
import { toCsv } from './csv.ts';
import { type DatasetInfo, type PublishedFile, buildDataPackage, datasetInfo } from './datapackage.ts';
import { cleanLeftovers, switchVersion, workName, type SwitchHooks } from './switch-version.ts';
import { requireValidated } from './validated.ts';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { sha256 } from '../lib/hash.ts';
import { OutputReuse } from './reuse.ts';
import { writeSlowOutputs } from './slow-outputs.ts';
import { SITE_DIR, copyStatic, siteShellFiles, writeSiteFiles } from '../site/site-build.ts';
import type { Tables } from '../site/tables.ts';

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
  /** Write the workbook and the site's data in worker threads (default: when the tables are large enough, see slow-outputs.ts). */
  workers?: boolean;
}

/** Default name of the record of reusable outputs, in the build folder. */
const REUSE_FILE = 'published-outputs.json';

/** What was published. */
export interface PublishReport {
  version: string;
  dir: string;
  rows: Record<TableName, number>;
}

type Row = Record<string, unknown>;

async function readJson<T>(file: string): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    throw new PipelineError('publish', 'cannot read the validated table', { file, cause: error, hint: 'run the validate stage first (`make`)' });
  }
}

/** JSON as published: two-space indent, fields in schema order, trailing newline. */
function toJson(rows: Row[], names: string[]): string {
  return `${JSON.stringify(rows.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null]))), null, 2)}\n`;
}

/**
 * The `created` date of the package, a pure function of the inputs:
 * SOURCE_DATE_EPOCH when set, else the newest snapshot date, else the newest
 * publication date, else none.
 */
function createdDate(sources: SourceInfo[], articles: Row[]): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  const newest = (values: Array<string | null>) => values.filter((v): v is string => !!v).sort().at(-1) ?? null;
  const fetched = newest(sources.map((s) => s.fetched_at));
  if (fetched) return new Date(fetched).toISOString();
  const published = newest(articles.map((a) => a.published as string | null));
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

/** Runs the publish stage. */
export async function runPublish(options: PublishOptions): Promise<PublishReport> {
  await requireValidated(options.inDir);
  const info = { ...datasetInfo(), ...options.dataset };
  const tables = {} as Record<TableName, Row[]>;
  for (const t of TABLES) tables[t] = await readJson<Row[]>(join(options.inDir, `${t}.json`));
  const sources = await readJson<SourceInfo[]>(join(options.inDir, 'sources.json'));

  const json = TABLES.map((t): PublishedFile => ({ table: t, format: 'json', path: `${t}.json`, content: toJson(tables[t], columns(t)) }));
  const rows = Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>;
  const created = createdDate(sources, tables.articles);

  await makeOutFolder(options.outRoot);
  await cleanLeftovers(options.outRoot);
  const tmp = workName(options.outRoot, info.version);
  try {
    await mkdir(tmp);
    for (const f of json) await writeFile(join(tmp, f.path), f.content);
    const reuseFile = options.reuseFile ?? join(options.inDir, '..', REUSE_FILE);
    const reuse = await OutputReuse.open(reuseFile, join(options.outRoot, info.version));
    const keys = { code: await codeFingerprint(), tables: json.map((f) => sha256(f.content)) };
    // The slow outputs start from the JSON tables; the CSV files are written meanwhile.
    const slow = writeSlowOutputs(tmp, { tables, info, created }, keys, reuse, options.workers);
    const writeCsv = async (): Promise<PublishedFile[]> => {
      const csv: PublishedFile[] = [];
      for (const t of TABLES) {
        await setImmediate(); // a turn of the event loop first, so the slow outputs' workers start before this thread is busy
        csv.push({ table: t, format: 'csv', path: `${t}.csv`, content: toCsv(tables[t], csvColumns(t)) });
        await writeFile(join(tmp, `${t}.csv`), csv.at(-1)!.content);
      }
      return csv;
    };
    // Both settle before any error is thrown: the work folder is deleted on an error, never under a running writer.
    const [outputs, csvFiles] = await Promise.allSettled([slow, writeCsv()]);
    if (outputs.status === 'rejected') throw outputs.reason;
    if (csvFiles.status === 'rejected') throw csvFiles.reason;
    const { copies, site } = outputs.value;
    const files = TABLES.flatMap((t, i) => [csvFiles.value[i]!, json[i]!]);
    const descriptor = buildDataPackage(info, [...files, ...copies], sources, created);
    await writeFile(join(tmp, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
    await writeFile(join(tmp, CHANGELOG_FILE), changelog(options.outRoot, info.version, tables));
    // Last, as its About view lists every file of the version with its size.
    const siteDir = join(tmp, SITE_DIR);
    await writeSiteFiles(siteDir, await siteShellFiles(site, tables as unknown as Tables, { dataDir: tmp, outDir: siteDir }));
    await copyStatic(siteDir);
    // No record while the version moves: a kill in between leaves none, and the next publish builds every unit.
    await rm(reuseFile, { force: true });
    await switchVersion(options.outRoot, info.version, tmp, options.hooks);
    await reuse.save();
    return { version: info.version, dir: join(options.outRoot, info.version), rows };
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    if (diskProblem(error)) throw diskError('publish', options.outRoot, error, 'the previous version is untouched: free some space (or fix the permissions) and run `make` again');
    throw new PipelineError('publish', 'could not write the new version; the previous one is untouched', {
      file: options.outRoot,
      cause: error,
    });
  }
}
