/**
 * The body of a worker thread that writes one part of a version while the
 * main thread drives the others: the workbook (exceljs is plain JavaScript
 * and the slowest writer) or the site's data files. Each streams the JSON
 * tables the publish stage has already written into the version folder.
 * Started by publish-workers.ts; never imported by the stages.
 */
import { join } from 'node:path';
import { writeWorkbookFile } from '../publish/workbook.ts';
import { SITE_DIR, type SiteData, writeSiteData } from '../site/site-build.ts';

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
export type SiteDataResult = SiteData;

/** Runs the workbook job: `<dir>/who-said-what.xlsx` streamed from the JSON tables in `dir`; returns the file's name. */
function workbookJob(job: WorkbookJob): Promise<string> {
  return writeWorkbookFile(job.dir, job.title, job.created);
}

/** Runs the site-data job: the site's data files streamed into `<dir>/site/`; returns what the shell needs. */
function siteDataJob(job: SiteDataJob): Promise<SiteDataResult> {
  return writeSiteData(job.dir, join(job.dir, SITE_DIR));
}

/** Runs a job (publish-workers.ts calls this in the worker); resolves with what goes back to the parent. */
export function runPublishJob(job: WorkbookJob | SiteDataJob): Promise<string | SiteDataResult> {
  return job.job === 'workbook' ? workbookJob(job) : siteDataJob(job);
}
