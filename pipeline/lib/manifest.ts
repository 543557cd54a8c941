import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from './atomic-write.ts';
import { PipelineError } from './errors.ts';

/** Name of the manifest file inside a raw folder. */
export const MANIFEST_FILE = 'manifest.json';

/** What happened to a source URL (DESIGN.md, raw/). */
export type FetchOutcome = 'fetched' | 'not_modified' | 'skipped' | 'failed' | 'reconstructed';

/** One entry of `raw/manifest.json`: a source URL and its snapshot. */
export interface ManifestEntry {
  url: string;
  final_url: string | null;
  /** Snapshot file relative to the raw folder, null when there is none. */
  path: string | null;
  outcome: FetchOutcome;
  /** Why skipped or failed (e.g. "robots", "content-type", "too-large", "http-404"). */
  reason: string | null;
  http_status: number | null;
  /** ISO 8601 date-time of the fetch (or of the reconstruction). */
  fetched_at: string | null;
  content_type: string | null;
  charset: string | null;
  bytes: number | null;
  sha256: string | null;
  etag: string | null;
  last_modified: string | null;
  licence: string | null;
  note: string | null;
}

/** Reads `<rawDir>/manifest.json`; an absent file is an empty manifest. */
export async function readManifest(rawDir: string): Promise<ManifestEntry[]> {
  const file = join(rawDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new PipelineError('extract', 'cannot read the manifest', { file, cause: error });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error('the manifest is not a JSON array');
    return parsed as ManifestEntry[];
  } catch (error) {
    throw new PipelineError('extract', 'the manifest is not valid JSON', {
      file,
      cause: error,
      hint: 'restore it from git or rerun `make fetch`',
    });
  }
}

/** Writes the manifest atomically, entries sorted by URL so that the file is stable. */
export async function writeManifest(rawDir: string, entries: ManifestEntry[]): Promise<void> {
  const sorted = [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  await writeJsonAtomic(join(rawDir, MANIFEST_FILE), sorted);
}
