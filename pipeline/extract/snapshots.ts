import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PipelineError } from '../lib/errors.ts';

/** Pages, and web archives of pages (see warc.ts). */
const SNAPSHOT_FILE = /\.(html?|html\.gz|warc|warc\.gz)$/i;
const GZIP_FILE = /\.gz$/i;

/**
 * The most bytes a snapshot may have, as stored and after gunzip
 * (`maxSnapshotBytes`). Real article pages are well under 5 MB (the 39
 * development pages: 111 KiB on average); a gzip bomb is cut off here while it
 * is being decompressed, so memory stays bounded.
 */
export const DEFAULT_MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024;

/** A snapshot file found under the raw folder. */
export interface SnapshotFile {
  /** Absolute (or cwd-relative) path. */
  path: string;
  /** Path relative to the raw folder, with forward slashes (`<file>#<offset>` for a WARC record). */
  relative: string;
  /** Offset of the record when the snapshot is an HTML response inside a WARC file (`path`). */
  warcOffset?: number;
}

/** Orders snapshots by relative path, so that builds do not depend on directory order. */
export function byRelativePath(a: SnapshotFile, b: SnapshotFile): number {
  return a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0;
}

/** True when the raw "folder" is a single file (a WARC file, one page). */
export async function isSingleFile(rawDir: string): Promise<boolean> {
  return stat(rawDir).then((s) => s.isFile(), () => false);
}

/**
 * Lists every `*.html`, `*.htm`, `*.html.gz`, `*.warc` and `*.warc.gz` under
 * a folder, recursively, sorted by relative path. Hidden entries (names
 * starting with ".") are passed over. The folder may also be one such file.
 */
export async function listSnapshots(rawDir: string): Promise<SnapshotFile[]> {
  if (await isSingleFile(rawDir)) return SNAPSHOT_FILE.test(rawDir) ? [{ path: rawDir, relative: basename(rawDir) }] : [];
  let entries;
  try {
    entries = await readdir(rawDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw new PipelineError('extract', 'cannot read the raw folder', { file: rawDir, cause: error, hint: 'check the RAW path' });
  }
  const files: SnapshotFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !SNAPSHOT_FILE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = relative(rawDir, path).split(sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.'))) continue;
    files.push({ path, relative: rel });
  }
  return files.sort(byRelativePath);
}

/**
 * The bytes of a snapshot, gunzipped when the file is `.gz`. A snapshot larger
 * than `maxBytes` (on disk, or once gunzipped) is refused with the limit's
 * name; decompression stops as soon as the output passes the limit.
 */
export async function readSnapshotBytes(file: SnapshotFile, maxBytes = DEFAULT_MAX_SNAPSHOT_BYTES): Promise<Buffer> {
  const tooLarge = (what: string) =>
    new PipelineError('extract', `${what} more than the limit of ${maxBytes} bytes (maxSnapshotBytes); the page was not read`, {
      file: file.path,
      hint: 'check the file; raise --max-snapshot-bytes if the page is genuine',
    });
  // Loaded when a WARC record is read: a build of plain pages never loads warcio (issue 12: the CLI's start-up).
  if (file.warcOffset !== undefined) return (await import('./warc.ts')).readWarcPayload(file.path, file.warcOffset, maxBytes);
  const { size } = await stat(file.path);
  if (size > maxBytes) throw tooLarge(`the file holds ${size} bytes,`);
  const bytes = await readFile(file.path);
  if (!GZIP_FILE.test(file.path)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('gunzipped, it holds');
    throw new PipelineError('extract', 'the file is not valid gzip', { file: file.path, cause: error, hint: 'fetch the page again or remove the file' });
  }
}
