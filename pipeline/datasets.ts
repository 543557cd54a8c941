/**
 * The three build stages in a row: extract, validate, publish, in one process
 * (make calls the CLI's `datasets` command once per build, so start-up is paid
 * once). The command first lists the raw folder (see listing.ts) and does
 * nothing when the inputs, the code and the options are those of the version
 * it last published there and that version is still in place.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, realpath, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractOptions, ExtractReport } from './extract/extract-stage.ts';
import { writeJsonAtomic } from './lib/atomic-write.ts';
import { codeFingerprint, sha256OfFile } from './lib/code-fingerprint.ts';
import { PipelineError } from './lib/errors.ts';
import { sha256 } from './lib/hash.ts';
import { stage } from './lib/step-timer.ts';
import { type Listing, updateListing } from './listing.ts';
import type { DatasetInfo } from './publish/datapackage.ts';
import type { PublishReport } from './publish/publish-stage.ts';
import type { ValidateReport } from './validate/validate-stage.ts';

const PROJECT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The committed datasets: only a release build (`make`) writes there. */
const COMMITTED_OUT = join(PROJECT_DIR, 'out');
const STAMP_FILE = 'datasets-stamp.json';
/** Name of the link to the newest version inside an output folder (as publish-stage.ts makes it). */
const LATEST = 'latest';
/** The version of every ad-hoc build: a pre-release that says what it is. */
export const AD_HOC_VERSION = '0.0.0-adhoc';

/** The extract stage's own options that a build passes through (documented in `ExtractOptions`). */
type ExtractTuning = Pick<ExtractOptions, 'keepUnreadable' | 'threads' | 'pageBudgetMs' | 'maxSnapshotBytes' | 'pageLimits' | 'listedSha256' | 'extractor'>;

/** Options of {@link buildDatasets}. */
export interface BuildOptions extends ExtractTuning {
  rawDir: string;
  outRoot: string;
  /** Working folder for the stages' intermediate files; defaults to {@link defaultBuildDir}. */
  buildDir?: string;
  allowInvalid?: boolean;
  /** Name, version and description of the dataset instead of those of `pipeline/publish/dataset.json`. */
  dataset?: Partial<DatasetInfo>;
  /** Take the extracted pages from this many shards' saved results (see extract/shards.ts) instead of extracting. */
  mergeShards?: number;
}

/** The extract stage's options out of a build's options. */
function extractOptionsOf(options: BuildOptions, buildDir: string): ExtractOptions {
  const { rawDir, threads, pageBudgetMs, maxSnapshotBytes, keepUnreadable, pageLimits, listedSha256, extractor } = options;
  return { rawDir, buildDir, threads, pageBudgetMs, maxSnapshotBytes, keepUnreadable, pageLimits, listedSha256, extractor };
}

/** The folder of valid tables inside a build folder. */
export const validDir = (buildDir: string): string => join(buildDir, 'valid');

/** A build folder of its own for each raw folder: `build/<hash of the raw folder's absolute path>`. */
export function defaultBuildDir(rawDir: string): string {
  return join('build', createHash('sha256').update(resolve(rawDir)).digest('hex').slice(0, 12));
}

/** Record, in the build folder, of the extracted records the last publish was made from (see {@link publishedFrom}). */
const RECORDS_STAMP = 'records-stamp.json';
/** What the extract stage writes beside the tables that says how, not what, it extracted (its count of cached pages). */
const EXTRACT_REPORT_FILE = 'extract-report.json';

/** What {@link RECORDS_STAMP} holds. */
interface RecordsStamp {
  /** Hash of the records, the code and the publish options. */
  key: string;
  /** Identity of every file of the published version (a file edited, added or removed there changes it). */
  published: string;
  validate: ValidateReport;
  publish: PublishReport;
}

/**
 * The input key of validate and publish: the extracted records (tables and
 * sources, byte for byte), the code, the publish options, the output folder
 * and the versions already in it (the changelog compares with the previous one).
 */
async function recordsKey(records: string, options: BuildOptions): Promise<string> {
  const files = (await readdir(records)).filter((f) => f !== EXTRACT_REPORT_FILE).sort();
  // The tables grouped by article are named by the article index's digests when it describes them (issue 12: not read again).
  const { indexedTableParts } = await import('./extract/article-index.ts');
  const indexed = await indexedTableParts(records);
  const parts: string[] = [];
  for (const f of files) parts.push(`${f}\n${indexed.get(f) ?? sha256(await readFile(join(records, f)))}`);
  const versions = (await readdir(options.outRoot).catch(() => [] as string[])).sort();
  const publishOptions = { dataset: options.dataset ?? null, allowInvalid: !!options.allowInvalid, epoch: process.env.SOURCE_DATE_EPOCH ?? null };
  return sha256(JSON.stringify({ parts, code: await codeFingerprint(), out: resolve(options.outRoot), versions, publishOptions }));
}

/**
 * The identity (path, size, modification time, inode) of every file under a
 * published version folder, and where the output folder's `latest` points,
 * hashed; null when the folder is missing.
 */
async function versionIdentity(dir: string): Promise<string | null> {
  try {
    const latest = await realpath(join(dirname(dir), LATEST)).catch(() => null);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    const ids: Array<[string, number, number, number]> = [];
    for (const f of files) {
      const s = await stat(f);
      ids.push([relative(dir, f), s.size, s.mtimeMs, s.ino]);
    }
    return sha256(JSON.stringify({ latest, ids }));
  } catch {
    return null;
  }
}

/**
 * The reports of the last validate and publish when they were made from the
 * very records of `key` and their version is still in place untouched (a page
 * whose bytes changed but whose rows did not, for example): publishing again
 * would give the same files, so the version is left as it is.
 */
async function publishedFrom(buildDir: string, key: string): Promise<Pick<RecordsStamp, 'validate' | 'publish'> | null> {
  const stamp = (await readFile(join(buildDir, RECORDS_STAMP), 'utf8').then(JSON.parse, () => null)) as RecordsStamp | null;
  if (!stamp || stamp.key !== key) return null;
  return (await versionIdentity(stamp.publish.dir)) === stamp.published ? stamp : null;
}

/** Runs extract, validate and publish; validate and publish only when the extracted records differ from those of the version in place. */
export async function buildDatasets(options: BuildOptions): Promise<{
  extract: ExtractReport;
  validate: ValidateReport;
  publish: PublishReport;
}> {
  const buildDir = options.buildDir ?? defaultBuildDir(options.rawDir);
  // Loaded here, not at the top: an up-to-date build (datasetsCommand) never loads the extractors.
  const { recordsDir, runExtract } = await import('./extract/extract-stage.ts');
  const { runMergeShards } = await import('./extract/shards.ts');
  const extractOptions = extractOptionsOf(options, buildDir);
  const extract = await stage('extract', () => (options.mergeShards ? runMergeShards(extractOptions, options.mergeShards) : runExtract(extractOptions)));
  const key = await stage('records key', () => recordsKey(recordsDir(buildDir), options));
  const done = await publishedFrom(buildDir, key);
  if (done) return { extract, ...done };
  // No stamp while validate and publish run: a kill in between leaves none, and the next build runs them.
  await rm(join(buildDir, RECORDS_STAMP), { force: true });
  const { runValidate } = await import('./validate/validate-stage.ts');
  const { runPublish } = await import('./publish/publish-stage.ts');
  const { WORKER_ARTICLES } = await import('./publish/slow-outputs.ts');
  const { prestartSiteWorker, stopSiteWorker } = await import('./pool/publish-workers.ts');
  // The site's worker loads while validate runs (pool/publish-workers.ts).
  if (extract.articles >= WORKER_ARTICLES) prestartSiteWorker();
  let validate: ValidateReport;
  let publish: PublishReport;
  try {
    validate = await stage('validate', () => runValidate({ inDir: recordsDir(buildDir), outDir: validDir(buildDir), allowInvalid: options.allowInvalid }));
    // The replaced version is deleted by a detached process: the build does not wait for thousands of files to go.
    publish = await stage('publish', () => runPublish({ inDir: validDir(buildDir), outRoot: options.outRoot, dataset: options.dataset, hooks: { removeInBackground: true } }));
  } finally {
    await stopSiteWorker();
  }
  const published = await versionIdentity(publish.dir);
  if (published) await writeJsonAtomic(join(buildDir, RECORDS_STAMP), { key: await recordsKey(recordsDir(buildDir), options), published, validate, publish } satisfies RecordsStamp);
  return { extract, validate, publish };
}

/**
 * Name, version and description of an ad-hoc build: named after its own raw
 * folder, version {@link AD_HOC_VERSION}, no homepage; never the release's.
 */
export function adHocDataset(rawDir: string, pages: number): Partial<DatasetInfo> {
  const folder = basename(resolve(rawDir));
  const slug = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return {
    name: slug ? `adhoc-${slug}` : 'adhoc',
    title: `Who said what, ad-hoc build of the folder ${folder}`,
    description: `An ad-hoc build of the ${pages} snapshot(s) in the folder ${folder}, made with the who-said-what pipeline; not a release of its datasets.`,
    version: AD_HOC_VERSION,
    homepage: undefined,
  };
}

/** Options of {@link datasetsCommand}. */
export interface DatasetsCommandOptions extends BuildOptions {
  /** Publish the release (name and version from `pipeline/publish/dataset.json`) rather than an ad-hoc build. */
  release?: boolean;
}

/**
 * `datasets --shard i/N`: extracts one slice of the snapshots and saves its
 * results in the build folder (shared by the shards) for `--merge N`.
 */
export async function extractShardCommand(options: BuildOptions & { shard: string }): Promise<{ snapshots: number; file: string }> {
  const { parseShard, runExtractShard } = await import('./extract/shards.ts');
  const buildDir = options.buildDir ?? defaultBuildDir(options.rawDir);
  return runExtractShard(extractOptionsOf(options, buildDir), parseShard(options.shard));
}

/** An extractor whose worker is started (none with --threads 0); loaded here, so an up-to-date build never loads the pool. */
async function startedExtractor(options: BuildOptions & { buildDir: string }) {
  const { PageExtractor } = await import('./pool/page-extractor.ts');
  const extractor = new PageExtractor(extractOptionsOf(options, options.buildDir));
  extractor.start();
  return extractor;
}

/** What {@link datasetsCommand} did: nothing (up to date) or a build. */
export type DatasetsOutcome =
  | { upToDate: true; listing: Listing; latest: string }
  | ({ upToDate: false; listing: Listing } & Awaited<ReturnType<typeof buildDatasets>>);

/**
 * `datasets`: builds the raw folder into the output folder unless the last
 * build there is still current. Refuses to write an ad-hoc build into the
 * committed `out/`.
 */
export async function datasetsCommand(options: DatasetsCommandOptions): Promise<DatasetsOutcome> {
  if (!options.release && resolve(options.outRoot) === COMMITTED_OUT) {
    throw new PipelineError('cli', 'an ad-hoc build would overwrite the committed datasets', {
      file: options.outRoot,
      hint: 'give another output folder (make datasets RAW=<dir> OUT=<dir>); plain `make` builds the release from raw/',
    });
  }
  const buildDir = options.buildDir ?? defaultBuildDir(options.rawDir);
  const listing = await stage('listing', () => updateListing(options.rawDir, buildDir));
  // Pages with new bytes will most likely be extracted: a worker starts now and loads the extractors while this
  // thread hashes the code, loads the stages and looks the pages up (issue 12: it used to start at the first page
  // found uncached, ~1 s later in a profile of a one-page rebuild). It is closed by the extract stage once its pages
  // are done, and here in any case (an up-to-date build, a build that stopped before extracting).
  const extractor = listing.changed > 0 && !options.mergeShards ? await startedExtractor({ ...options, buildDir }) : undefined;
  try {
    return await buildUnlessCurrent(options, buildDir, listing, extractor);
  } finally {
    await extractor?.close();
  }
}

/** The rest of {@link datasetsCommand}, once the folder is listed: nothing when the last build is current, else a build. */
async function buildUnlessCurrent(options: DatasetsCommandOptions, buildDir: string, listing: Listing, extractor: ExtractOptions['extractor']): Promise<DatasetsOutcome> {
  const dataset = options.release ? undefined : adHocDataset(options.rawDir, listing.files.length);
  const inputs = sha256(
    JSON.stringify({
      listing: listing.digest,
      code: await codeFingerprint(),
      out: resolve(options.outRoot),
      dataset: dataset ?? null,
      allowInvalid: !!options.allowInvalid,
      keepUnreadable: !!options.keepUnreadable,
      limits: [options.pageBudgetMs ?? null, options.maxSnapshotBytes ?? null, options.pageLimits?.maxHtmlChars ?? null, options.pageLimits?.maxTextChars ?? null],
    }),
  );
  const stampFile = join(buildDir, STAMP_FILE);
  const latest = join(options.outRoot, LATEST, 'datapackage.json');
  const stamp = (await readFile(stampFile, 'utf8').then(JSON.parse, () => null)) as { inputs: string; datapackage: string } | null;
  // A merge depends on the shards' saved results too, which the listing does not cover: it always runs.
  if (!options.mergeShards && stamp && stamp.inputs === inputs && stamp.datapackage === (await sha256OfFile(latest))) {
    return { upToDate: true, listing, latest: join(options.outRoot, LATEST) };
  }
  const listedSha256 = new Map(listing.files.map((f) => [f.path, f.sha256]));
  const built = await buildDatasets({ ...options, buildDir, listedSha256, extractor, dataset: options.dataset ?? dataset });
  await writeJsonAtomic(stampFile, { inputs, datapackage: await sha256OfFile(latest) });
  return { upToDate: false, listing, ...built };
}
