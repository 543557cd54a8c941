import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManifestEntry } from '../../../pipeline/lib/manifest.ts';
import { runFetch, type FetchRunResult } from '../../../pipeline/fetch/fetch-run.ts';
import { DEFAULT_OPTIONS, type FetchOptions } from '../../../pipeline/fetch/options.ts';

/** A temporary raw folder for one test. */
export async function tempRaw(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'fetch-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Options for tests: small delays, short timeouts, the test server allowed. */
export function testOptions(rawDir: string, allowHosts: string[], overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    ...DEFAULT_OPTIONS,
    sourcesFile: join(rawDir, 'sources.txt'),
    rawDir,
    delayMs: 0,
    timeoutMs: 3000,
    retries: 3,
    retryBaseMs: 10,
    retryMaxMs: 50,
    allowHosts,
    ...overrides,
  };
}

/** What a test run recorded besides the result. */
export interface TestRun extends FetchRunResult {
  /** Every delay the run asked to sleep (backoff, Retry-After, per-host delay), in ms. */
  sleeps: number[];
  /** Progress output. */
  log: string;
  manifest: ManifestEntry[];
}

/**
 * Writes the URL list and runs the fetch stage with a sleep that only records
 * the delay (so tests assert on delays without waiting for them).
 */
export async function fetchUrls(urls: string[], options: FetchOptions): Promise<TestRun> {
  await writeFile(options.sourcesFile, `# made-up test list\n${urls.join('\n')}\n`);
  const sleeps: number[] = [];
  let log = '';
  const result = await runFetch(options, {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    progress: { write: (text: string) => (log += text) },
  });
  return { ...result, sleeps, log, manifest: await readManifestFile(options.rawDir) };
}

/** Reads the manifest straight from disk (must be valid JSON). */
export async function readManifestFile(rawDir: string): Promise<ManifestEntry[]> {
  try {
    return JSON.parse(await readFile(join(rawDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The manifest entry of a URL (fails the test if missing). */
export function entryOf(manifest: ManifestEntry[], url: string): ManifestEntry {
  const entry = manifest.find((e) => e.url === url);
  if (!entry) throw new Error(`no manifest entry for ${url}`);
  return entry;
}
