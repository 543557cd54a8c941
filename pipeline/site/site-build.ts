/**
 * The site generator: a published version folder in, a static site out
 * (`out/<version>/site/` when publish calls it). The site works from file://
 * with no server and no network: its data ship as JavaScript files that
 * assign to a global (a browser will not fetch() local JSON), the quotes in
 * chunks loaded page by page, with a search index and filter columns built
 * here. The same tables give the same bytes. The site is written to a
 * temporary folder and renamed into place when complete.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PipelineError } from '../lib/errors.ts';
import { aboutHtml, FLOORS_FILE } from './about.ts';
import type { ArticleFilesOptions } from './article-files.ts';
import { TablesOutOfOrder, articleSources, heldArticleGroups } from './article-stream.ts';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { dataFile, SITE_DATA_FOLDERS, type SiteData, writeSiteDataFrom } from './site-data.ts';
import { CLIENT_SCRIPTS, shellHtml } from './shell.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The folder of the built MiniSearch library copied into every site (no CDN); found when first needed (a publish worker never needs it). */
const minisearchDir = (): string => packageRoot(fileURLToPath(import.meta.resolve('minisearch')), 'minisearch');
/** The folder of an installed package, from the path of any of its files. */
function packageRoot(file: string, name: string): string {
  const marker = `${sep}node_modules${sep}${name}${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) throw new PipelineError('publish', `cannot find the ${name} package to copy into the site`, { file, hint: 'run npm ci' });
  return file.slice(0, at + marker.length - 1);
}

/** Name of the site folder inside a version folder. */
export const SITE_DIR = 'site';

/** Options of {@link buildSite}. */
export interface SiteOptions {
  /** The published version folder (`out/<version>`). */
  dataDir: string;
  /** Where the site goes (replaced when complete). */
  outDir: string;
  /** Accuracy floors shown when the version has no metrics file (default: the evaluation gate's). */
  floorsFile?: string;
}

/** What was built. */
export interface SiteReport {
  dir: string;
  /** The page to open in a browser. */
  index: string;
  quotes: number;
  articles: number;
  files: number;
}

export { dataFile, type SiteData } from './site-data.ts';

export { articleFile } from './article-files.ts';

/**
 * Writes the site's data files of a version's tables (everything but
 * `index.html` and `data/meta.js`) into `siteDir` (site-data.ts). Reads the
 * tables article by article; tables not grouped by article in the order of
 * the articles are read again, held whole.
 */
export async function writeSiteData(dataDir: string, siteDir: string, articles?: ArticleFilesOptions): Promise<SiteData> {
  const code = articles?.code ?? (await codeFingerprint());
  const options = { ...articles, code };
  try {
    return await writeSiteDataFrom(articleSources(dataDir), dataDir, siteDir, options);
  } catch (error) {
    if (!(error instanceof TablesOutOfOrder)) throw error;
    // Written (or linked) from wrong groups: deleted first, so no write goes through a link into the version in place.
    for (const folder of SITE_DATA_FOLDERS) await rm(join(siteDir, folder), { recursive: true, force: true });
    return writeSiteDataFrom(heldArticleGroups(dataDir), dataDir, siteDir, options);
  }
}

/**
 * The site's shell, written once the rest of the version folder is complete:
 * `index.html` (whose About view lists every file of the folder with its
 * size, the changelog and the Data Package's facts) and `data/meta.js`.
 */
export async function siteShellFiles(data: Pick<SiteData, 'meta' | 'chartsHtml' | 'rows'>, options: SiteOptions): Promise<Map<string, string>> {
  const about = await aboutHtml(options.dataDir, options.outDir, data.rows, options.floorsFile ?? FLOORS_FILE);
  return new Map([
    ['index.html', shellHtml({ title: about.title, version: about.version, chartsHtml: data.chartsHtml, aboutHtml: about.html })],
    ['data/meta.js', dataFile('meta', { version: about.version, title: about.title, ...data.meta })],
  ]);
}

/** Writes files (path relative to `dir` → content), making their folders. */
export async function writeSiteFiles(dir: string, files: Map<string, string>): Promise<void> {
  const made = new Set<string>();
  for (const [path, content] of files) {
    const folder = dirname(join(dir, path));
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(join(dir, path), content);
  }
}

/** Copies the static parts: style sheet, client scripts, the vendored library and its licence. */
export async function copyStatic(tmp: string): Promise<number> {
  await mkdir(join(tmp, 'js'), { recursive: true });
  await mkdir(join(tmp, 'vendor'), { recursive: true });
  await copyFile(join(HERE, 'assets', 'site.css'), join(tmp, 'site.css'));
  for (const s of CLIENT_SCRIPTS) await copyFile(join(HERE, 'client', s), join(tmp, 'js', s));
  const minisearch = minisearchDir();
  await copyFile(join(minisearch, 'dist', 'umd', 'index.js'), join(tmp, 'vendor', 'minisearch.js'));
  await copyFile(join(minisearch, 'LICENSE.txt'), join(tmp, 'vendor', 'minisearch-LICENSE.txt'));
  return CLIENT_SCRIPTS.length + 3;
}

/** Builds the site of a version folder. */
export async function buildSite(options: SiteOptions): Promise<SiteReport> {
  const parent = dirname(options.outDir);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.tmp-${basename(options.outDir)}-${randomBytes(4).toString('hex')}`);
  try {
    const data = await writeSiteData(options.dataDir, tmp);
    const shell = await siteShellFiles(data, options);
    await writeSiteFiles(tmp, shell);
    const copied = await copyStatic(tmp);
    await rm(options.outDir, { recursive: true, force: true });
    await rename(tmp, options.outDir);
    const { quotes, articles } = data;
    return { dir: options.outDir, index: join(options.outDir, 'index.html'), quotes, articles, files: data.paths.length + shell.size + copied };
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    if (error instanceof PipelineError) throw error;
    throw new PipelineError('publish', 'could not build the site', { file: options.outDir, cause: error });
  }
}

/** Builds the site of a version folder into its `site/` subfolder (what publish calls before swapping the version in). */
export async function writeVersionSite(versionDir: string): Promise<SiteReport> {
  return buildSite({ dataDir: versionDir, outDir: join(versionDir, SITE_DIR) });
}

/** The page to open for the site of a version folder (what the CLI prints after publishing). */
export function siteIndex(versionDir: string): string {
  return resolve(versionDir, SITE_DIR, 'index.html');
}
