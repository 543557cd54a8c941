/**
 * The body of a worker thread that writes one part of a version while the
 * main thread drives the others: the workbook (exceljs is plain JavaScript
 * and the slowest writer) or the site's data files. Each reads the JSON
 * tables the publish stage has already written into the version folder.
 * Started by publish-workers.ts; never imported by the stages.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLES, type TableName } from '../lib/schemas.ts';
import { WORKBOOK_FILE, buildWorkbook } from '../publish/workbook.ts';
import { SITE_DIR, type SiteData, buildSiteData, writeSiteFiles } from '../site/site-build.ts';
import { readTables } from '../site/tables.ts';

/** The workbook of a version folder. */
export interface WorkbookJob {
  job: 'workbook';
  /** The version folder being written, holding `<table>.json` for every table. */
  dir: string;
  title: string;
  /** The version's `created` date (ISO), which dates the workbook. */
  created: string | null;
}

/** The site's data files of a version folder (into its `site/` subfolder). */
export interface SiteDataJob {
  job: 'site-data';
  dir: string;
}

/** What the site-data job sends back: what the site's shell needs, and the paths of the files written (relative to the site folder). */
export type SiteDataResult = Omit<SiteData, 'files'> & { paths: string[] };

/** Writes `<dir>/who-said-what.xlsx` from the JSON tables in `dir`; returns the file's name. */
export async function writeWorkbookFile(job: WorkbookJob): Promise<string> {
  const tables = {} as Record<TableName, Array<Record<string, unknown>>>;
  for (const t of TABLES) tables[t] = JSON.parse(await readFile(join(job.dir, `${t}.json`), 'utf8')) as Array<Record<string, unknown>>;
  await writeFile(join(job.dir, WORKBOOK_FILE), await buildWorkbook(tables, job.title, job.created));
  return WORKBOOK_FILE;
}

/** Writes the site's data files into `<dir>/site/`; returns what the shell needs. */
export async function writeSiteData(job: SiteDataJob): Promise<SiteDataResult> {
  const { files, ...rest } = buildSiteData(await readTables(job.dir));
  await writeSiteFiles(join(job.dir, SITE_DIR), files);
  return { ...rest, paths: [...files.keys()] };
}

/** Runs a job (publish-workers.ts calls this in the worker); resolves with what goes back to the parent. */
export function runPublishJob(job: WorkbookJob | SiteDataJob): Promise<string | SiteDataResult> {
  return job.job === 'workbook' ? writeWorkbookFile(job) : writeSiteData(job);
}
