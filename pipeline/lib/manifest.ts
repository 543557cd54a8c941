import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { withoutCredentials } from './credentials.ts';
import { PipelineError, type Stage } from './errors.ts';

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

/** Fields of an entry that must be a string or null when present (DESIGN.md, raw/). */
const STRING_OR_NULL_FIELDS = ['final_url', 'path', 'reason', 'fetched_at', 'content_type', 'charset', 'sha256', 'etag', 'last_modified', 'licence', 'note'] as const;
/** Fields of an entry that must be a number or null when present. */
const NUMBER_OR_NULL_FIELDS = ['http_status', 'bytes'] as const;

/** Why an entry cannot be used, or null when it can. */
function entryProblem(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return `is ${entry === null ? 'null' : Array.isArray(entry) ? 'an array' : typeof entry}, not an object`;
  const record = entry as Record<string, unknown>;
  if (typeof record['url'] !== 'string' || record['url'] === '') return 'has no "url" string';
  for (const field of STRING_OR_NULL_FIELDS) {
    const value = record[field];
    if (value !== undefined && value !== null && typeof value !== 'string') return `has a "${field}" that is ${typeof value}, not a string or null`;
  }
  for (const field of NUMBER_OR_NULL_FIELDS) {
    const value = record[field];
    if (value !== undefined && value !== null && typeof value !== 'number') return `has a "${field}" that is ${typeof value}, not a number or null`;
  }
  return null;
}

/**
 * Reads `<rawDir>/manifest.json`; an absent file is an empty manifest. Every
 * entry is checked (an object with a `url`, fields of the right types), so a
 * hand-edited manifest gives one clear error naming the entry instead of a
 * JavaScript error deep in a stage. Credentials in `url` and `final_url`
 * (`user:password@`) are removed, so they never reach a dataset.
 */
export async function readManifest(rawDir: string, stage: Stage = 'extract'): Promise<ManifestEntry[]> {
  const file = join(rawDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new PipelineError(stage, 'cannot read the manifest', { file, cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error('the manifest is not a JSON array');
  } catch (error) {
    throw new PipelineError(stage, 'cannot read the manifest: it is not valid JSON', {
      file,
      cause: error,
      hint: 'restore it from git or rerun `make fetch`',
    });
  }
  const entries = parsed as unknown[];
  entries.forEach((entry, index) => {
    const problem = entryProblem(entry);
    if (problem) {
      throw new PipelineError(stage, `cannot read the manifest: entry ${index} ${problem}`, {
        file,
        hint: 'fix or remove that entry (each entry is an object as described in DESIGN.md), or restore the manifest from git',
      });
    }
  });
  return (entries as ManifestEntry[]).map((entry) => ({
    ...entry,
    url: withoutCredentials(entry.url),
    final_url: entry.final_url ? withoutCredentials(entry.final_url) : (entry.final_url ?? null),
  }));
}

/** Writes a whole file atomically (injectable so tests can make the disk fail). */
export type FileWriter = (path: string, data: string | Uint8Array) => Promise<void>;

/** Writes the manifest atomically, entries sorted by URL so that the file is stable. */
export async function writeManifest(rawDir: string, entries: ManifestEntry[], write: FileWriter = writeFileAtomic): Promise<void> {
  const sorted = [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  await write(join(rawDir, MANIFEST_FILE), `${JSON.stringify(sorted, null, 2)}\n`);
}
