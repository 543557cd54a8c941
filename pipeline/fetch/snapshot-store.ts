import { readFile, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { sha256 } from '../lib/hash.ts';
import { PipelineError } from '../lib/errors.ts';
import type { FileWriter } from '../lib/manifest.ts';

/** Characters allowed in the host folder name. */
const SAFE_HOST = /^[a-z0-9][a-z0-9.-]*$/;
/** How many hex digits of the URL's SHA-256 name a snapshot (64 bits: no collision in any realistic list). */
const NAME_HEX_DIGITS = 16;

/**
 * The snapshot path of a URL, relative to the raw folder:
 * `<host>/<sha256(url) prefix>.html` (or `.html.gz` for a gzip body). The
 * host part keeps only `[a-z0-9.-]` and never starts with a dot; the port is
 * appended as `_<port>`; anything else becomes `host-<hash>`. No URL can name
 * a path outside the folder.
 */
export function snapshotPath(url: string, gzip = false): string {
  const parsed = new URL(url);
  const hostname = parsed.hostname.toLowerCase();
  const safeHost = SAFE_HOST.test(hostname) ? hostname : `host-${sha256(hostname).slice(0, 12)}`;
  const folder = parsed.port ? `${safeHost}_${parsed.port}` : safeHost;
  return `${folder}/${sha256(url).slice(0, NAME_HEX_DIGITS)}.html${gzip ? '.gz' : ''}`;
}

/** Resolves a manifest `path` inside the raw folder; throws if it would point outside. */
export function resolveInside(rawDir: string, path: string): string {
  const root = resolve(rawDir);
  const full = resolve(root, path);
  const rel = relative(root, full);
  if (rel === '' || isAbsolute(path) || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) {
    throw new PipelineError('fetch', `snapshot path "${path}" is outside the raw folder`, { file: join(rawDir, path) });
  }
  return full;
}

/** Reads a snapshot's bytes, or null when the file is missing. */
export async function readSnapshot(rawDir: string, path: string): Promise<Buffer | null> {
  try {
    return await readFile(resolveInside(rawDir, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Stores snapshot bytes exactly as given, atomically (temporary file then
 * rename). An identical file is left untouched so its date does not change
 * (make then sees nothing new).
 */
export async function writeSnapshot(rawDir: string, path: string, bytes: Uint8Array, write: FileWriter = writeFileAtomic): Promise<void> {
  const full = resolveInside(rawDir, path);
  const existing = await readSnapshot(rawDir, path);
  if (existing && existing.length === bytes.length && sha256(existing) === sha256(bytes)) return;
  await write(full, bytes);
}

/** Deletes a snapshot that a fresh one replaced under another name. */
export async function removeSnapshot(rawDir: string, path: string): Promise<void> {
  await rm(resolveInside(rawDir, path), { force: true });
}
