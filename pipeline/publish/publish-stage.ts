/**
 * The publish stage: the valid tables in, a versioned dataset out:
 * `<out>/<version>/` with every table as CSV and JSON, `datapackage.json` and
 * `CHANGELOG.md`, and `<out>/latest` pointing at it. The version is written in
 * a temporary folder and swapped in by renames only when complete, so a failed
 * or interrupted build never touches the last good version.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceInfo } from '../extract/extract-stage.ts';
import { PipelineError } from '../lib/errors.ts';
import { TABLES, type TableName, columns, csvColumns } from '../lib/schemas.ts';
import { CHANGELOG_FILE, changelog } from './changelog.ts';
import { writeCopies } from './copies.ts';
import { toCsv } from './csv.ts';
import { type PublishedFile, buildDataPackage, datasetInfo } from './datapackage.ts';

/** Name of the link to the newest version inside the output folder. */
export const LATEST = 'latest';

/** Options of {@link runPublish}. */
export interface PublishOptions {
  /** Folder with the valid tables (`<build>/valid`). */
  inDir: string;
  /** Output folder (`out/`). */
  outRoot: string;
}

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

/** Swaps a complete temporary folder into place, then removes what it replaced. */
async function swapIn(tmp: string, target: string): Promise<void> {
  const old = `${target}.old-${randomBytes(4).toString('hex')}`;
  let moved = false;
  try {
    await rename(target, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(tmp, target);
  if (moved) await rm(old, { recursive: true, force: true });
}

/** Points `<out>/latest` at a version (a relative symlink, replaced atomically). */
async function pointLatest(outRoot: string, version: string): Promise<void> {
  const tmp = join(outRoot, `.tmp-latest-${randomBytes(4).toString('hex')}`);
  await symlink(version, tmp);
  await rename(tmp, join(outRoot, LATEST));
}

/** Runs the publish stage. */
export async function runPublish(options: PublishOptions): Promise<PublishReport> {
  const info = datasetInfo();
  const tables = {} as Record<TableName, Row[]>;
  for (const t of TABLES) tables[t] = await readJson<Row[]>(join(options.inDir, `${t}.json`));
  const sources = await readJson<SourceInfo[]>(join(options.inDir, 'sources.json'));

  const files: PublishedFile[] = TABLES.flatMap((t): PublishedFile[] => [
    { table: t, format: 'csv', path: `${t}.csv`, content: toCsv(tables[t], csvColumns(t)) },
    { table: t, format: 'json', path: `${t}.json`, content: toJson(tables[t], columns(t)) },
  ]);
  const rows = Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>;
  const created = createdDate(sources, tables.articles);

  await mkdir(options.outRoot, { recursive: true });
  const tmp = join(options.outRoot, `.tmp-${info.version}-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(tmp);
    for (const f of files) await writeFile(join(tmp, f.path), f.content);
    const copies = await writeCopies(tmp, { tables, info, created });
    const descriptor = buildDataPackage(info, [...files, ...copies], sources, created);
    await writeFile(join(tmp, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
    await writeFile(join(tmp, CHANGELOG_FILE), changelog(options.outRoot, info.version, tables));
    const dir = join(options.outRoot, info.version);
    await swapIn(tmp, dir);
    await pointLatest(options.outRoot, info.version);
    return { version: info.version, dir, rows };
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw new PipelineError('publish', 'could not write the new version; the previous one is untouched', {
      file: options.outRoot,
      cause: error,
    });
  }
}
