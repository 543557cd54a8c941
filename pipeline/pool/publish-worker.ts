/**
 * The body of a worker thread that writes the site's data files of a version
 * while the main thread drives DuckDB, streaming the JSON tables the publish
 * stage has already written into the version folder. Started by
 * publish-workers.ts; never imported by the stages.
 */
import { join } from 'node:path';
import type { ArticleFilesOptions } from '../site/article-files.ts';
import { SITE_DIR, type SiteData, writeSiteData } from '../site/site-build.ts';

/** The site's data files of a version folder (into its `site/` subfolder). */
export interface SiteDataJob {
  job: 'site-data';
  dir: string;
  /** The folder of JSON tables to read (default `dir`): the validated tables, so the job need not wait for the published ones. */
  from?: string;
  /** The code's fingerprint and the article files of the version in place, to reuse (site/article-files.ts). */
  articles?: ArticleFilesOptions;
}

/**
 * What the site-data job sends back: what the site's shell needs, and the paths of the files written (relative to the
 * site folder); `linked` lists those linked from the version in place (site/article-files.ts).
 */
export type SiteDataResult = SiteData & { linked?: string[] };

/** Runs the site-data job: the site's data files streamed into `<dir>/site/`; returns what the shell needs. */
async function siteDataJob(job: SiteDataJob): Promise<SiteDataResult> {
  const previous = job.articles?.previous;
  const linked: string[] = [];
  const articles = job.articles && previous ? { ...job.articles, previous: { ...previous, linked } } : job.articles;
  const data = await writeSiteData(job.from ?? job.dir, join(job.dir, SITE_DIR), articles);
  return previous ? { ...data, linked } : data;
}

/** Runs a job (publish-workers.ts calls this in the worker); resolves with what goes back to the parent. */
export function runPublishJob(job: SiteDataJob): Promise<SiteDataResult> {
  return siteDataJob(job);
}
