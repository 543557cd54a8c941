/**
 * The listing of a raw folder: every snapshot and the manifest, with its size
 * and sha256, written by the CLI to `<build>/listing.json`. It tells whether
 * the set of pages or their bytes changed since the last build without make
 * ever reading file names (a page may be called `weird name (1) 文章.html`).
 * Checksums are reused for files whose size and modification time are
 * unchanged since the previous listing, as git's index does, so a rebuild
 * with nothing changed reads no page.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from './lib/atomic-write.ts';
import { sha256 } from './lib/hash.ts';
import { MANIFEST_FILE } from './lib/manifest.ts';
import { listSnapshots } from './extract/snapshots.ts';

/** Name of the listing inside a build folder. */
export const LISTING_FILE = 'listing.json';

/** One file of the raw folder. */
export interface ListedFile {
  /** Path relative to the raw folder, forward slashes. */
  path: string;
  bytes: number;
  mtime_ms: number;
  sha256: string;
}

/** The raw folder as last seen. */
export interface Listing {
  /** Digest of the paths and checksums (not the times): equal digests, same inputs. */
  digest: string;
  files: ListedFile[];
}

async function previousListing(buildDir: string): Promise<Map<string, ListedFile>> {
  try {
    const old = JSON.parse(await readFile(join(buildDir, LISTING_FILE), 'utf8')) as Listing;
    return new Map(old.files.map((f) => [f.path, f]));
  } catch {
    // No listing yet (or an unreadable one): every file is hashed afresh.
    return new Map();
  }
}

/**
 * A file as listed: its checksum reused when its size and time are those of the previous listing, else hashed.
 * The stat is synchronous: 2,000 awaited stats, one after the other, took ~0.2 s of a one-page rebuild (issue 12).
 */
async function listed(path: string, relative: string, previous: Map<string, ListedFile>): Promise<ListedFile | null> {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    // No manifest (ENOENT), or a raw "folder" that is a single file (ENOTDIR).
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return null;
    throw error;
  }
  const old = previous.get(relative);
  if (old && old.bytes === info.size && old.mtime_ms === info.mtimeMs) return old;
  return { path: relative, bytes: info.size, mtime_ms: info.mtimeMs, sha256: sha256(await readFile(path)) };
}

/**
 * Lists the raw folder, writes `<build>/listing.json` and returns it, with the
 * number of snapshots whose checksum the previous listing did not have (new
 * or changed bytes: most likely pages to extract).
 */
export async function updateListing(rawDir: string, buildDir: string): Promise<Listing & { changed: number }> {
  const previous = await previousListing(buildDir);
  const snapshots = await listSnapshots(rawDir);
  const files: ListedFile[] = [];
  const manifest = await listed(join(rawDir, MANIFEST_FILE), MANIFEST_FILE, previous);
  if (manifest) files.push(manifest);
  for (const s of snapshots) {
    const file = await listed(s.path, s.relative, previous);
    if (file) files.push(file);
  }
  const digest = sha256(files.map((f) => `${f.path}\u0000${f.sha256}`).join('\n'));
  const listing = { digest, files };
  await writeJsonAtomic(join(buildDir, LISTING_FILE), listing);
  const changed = files.filter((f) => f.path !== MANIFEST_FILE && previous.get(f.path)?.sha256 !== f.sha256).length;
  return { ...listing, changed };
}
