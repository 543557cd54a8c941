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
import { articleRelations } from './article-data.ts';
import { type ArticleFilesOptions, writeArticleFiles } from './article-files.ts';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { buildCharts, chartCsv, chartsHtml } from './charts.ts';
import { CHUNK_SIZE, buildQuoteIndex } from './quote-index.ts';
import { SEARCH_FIELDS, searchShards } from './search-index.ts';
import { CLIENT_SCRIPTS, shellHtml } from './shell.ts';
import { buildSpeakers } from './speakers.ts';
import { type ArticleRow, readTables, siteRow } from './tables.ts';

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

/** A data file: assigns a value to `WSW_DATA[name]` when the browser runs it. */
export function dataFile(name: string, value: unknown): string {
  return `(self.WSW_DATA = self.WSW_DATA || {})[${JSON.stringify(name)}] = ${JSON.stringify(value)};\n`;
}

export { articleFile } from './article-files.ts';

/**
 * What the site's data files (quote chunks, search shards, facets, speakers,
 * articles, chart CSVs) give the shell, which is written once the rest of the
 * version folder exists.
 */
export interface SiteData {
  /** The data files written, relative to the site folder. */
  paths: string[];
  /** `data/meta.js` without the version and title (which come from datapackage.json). */
  meta: Record<string, unknown>;
  chartsHtml: string;
  quotes: number;
  articles: number;
  /** Rows of each table, in table order (the About view shows them). */
  rows: Record<string, number>;
  /** The code the article files were made with, and the key of each (article-files.ts), for the next publish to reuse them. */
  code: string;
  articleKeys: Record<string, string>;
}

/**
 * Writes the site's data files of a version's tables (everything but
 * `index.html` and `data/meta.js`) into `siteDir`, each as soon as it is
 * made. The articles (their text is most of a corpus) are read once, one
 * at a time: each one's file is written (or linked) and the rest of its row
 * kept without its text; the other tables are held for the quotes list, its
 * facets and its search index, whose shards are built one at a time.
 */
export async function writeSiteData(dataDir: string, siteDir: string, articles?: ArticleFilesOptions): Promise<SiteData> {
  const tables = await readTables(dataDir, { withoutText: true, skip: 'articles' });
  const paths: string[] = [];
  const made = new Set<string>();
  /** Writes a file, or with null content notes one already placed (a linked article file, whose folder exists); `list` records its path. */
  const write = async (path: string, content: string | null, list = paths) => {
    const folder = dirname(join(siteDir, path));
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    if (content !== null) await writeFile(join(siteDir, path), content);
    list.push(path);
  };
  const put = (path: string, content: string | null) => write(path, content);
  // The article files first, from the one read of the articles' table that also gives the index its article rows (without their text).
  // The folder first: a linked article file needs it.
  await mkdir(join(siteDir, 'data', 'articles'), { recursive: true });
  made.add(join(siteDir, 'data', 'articles'));
  const code = articles?.code ?? (await codeFingerprint());
  const shared = new Map<string, string>();
  const articlePaths: string[] = [];
  const onRow = (row: ArticleRow) => tables.articles.push({ ...(siteRow('articles', row as unknown as Record<string, unknown>, shared) as unknown as ArticleRow), text: '' });
  const articleKeys = await writeArticleFiles(dataDir, siteDir, articleRelations(tables), (path, content) => write(path, content, articlePaths), dataFile, { ...articles, code, onRow });
  const index = buildQuoteIndex(tables);
  const charts = buildCharts(tables, index);
  const chunks = Math.ceil(index.rows.length / CHUNK_SIZE);
  await put('data/facets.js', dataFile('facets', index.facets));
  for (let c = 0; c < chunks; c += 1) {
    const name = `quotes-${String(c).padStart(3, '0')}`;
    await put(`data/${name}.js`, dataFile(name, index.rows.slice(c * CHUNK_SIZE, (c + 1) * CHUNK_SIZE)));
  }
  // Taken right before they are written: the shards' documents wait in temporary files until then (search-index.ts).
  const shards = searchShards(index);
  for (const [shard, json] of shards) await put(`data/search-${shard}.js`, dataFile(`search-${shard}`, json));
  const meta = {
    quotes: index.rows.length,
    articles: tables.articles.length,
    chunks,
    chunkSize: CHUNK_SIZE,
    searchFields: SEARCH_FIELDS,
    searchShards: shards.names,
    countryNames: Object.fromEntries(index.facets.countries),
  };
  await put('data/speakers.js', dataFile('speakers', buildSpeakers(tables, index)));
  // Listed where they always were: after the speakers, before the charts.
  paths.push(...articlePaths);
  for (const c of charts) await put(`charts/${c.id}.csv`, chartCsv(c));
  const rows = Object.fromEntries(Object.entries(tables).map(([table, list]) => [table, (list as unknown[]).length]));
  return { paths, meta, chartsHtml: chartsHtml(charts), quotes: index.rows.length, articles: tables.articles.length, rows, code, articleKeys };
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
