import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml, detectCharset } from '../lib/charset.ts';
import { PipelineError } from '../lib/errors.ts';
import type { ManifestEntry } from '../lib/manifest.ts';

const SNAPSHOT_FILE = /\.(html?|html\.gz)$/i;
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
  /** Path relative to the raw folder, with forward slashes. */
  relative: string;
}

/**
 * Lists every `*.html`, `*.htm` and `*.html.gz` under a folder, recursively,
 * sorted by relative path so that builds do not depend on directory order.
 * Hidden entries (names starting with ".") are passed over.
 */
export async function listSnapshots(rawDir: string): Promise<SnapshotFile[]> {
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
  return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
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

/** Decodes snapshot bytes with the manifest's charset when it has one, else the page's own declaration. */
export function decodeSnapshot(bytes: Buffer, entry: Pick<ManifestEntry, 'charset' | 'content_type'> | undefined): string {
  const charset = entry?.charset ?? detectCharset(bytes, entry?.content_type).charset;
  return decodeHtml(bytes, charset);
}
