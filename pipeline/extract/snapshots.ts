import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml, detectCharset } from '../lib/charset.ts';
import { PipelineError } from '../lib/errors.ts';
import type { ManifestEntry } from '../lib/manifest.ts';

const SNAPSHOT_FILE = /\.(html?|html\.gz)$/i;
const GZIP_FILE = /\.gz$/i;

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

/** The bytes of a snapshot, gunzipped when the file is `.gz`. */
export async function readSnapshotBytes(file: SnapshotFile): Promise<Buffer> {
  const bytes = await readFile(file.path);
  if (!GZIP_FILE.test(file.path)) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new PipelineError('extract', 'the file is not valid gzip', { file: file.path, cause: error, hint: 'fetch the page again or remove the file' });
  }
}

/** Decodes snapshot bytes with the manifest's charset when it has one, else the page's own declaration. */
export function decodeSnapshot(bytes: Buffer, entry: ManifestEntry | undefined): string {
  const charset = entry?.charset ?? detectCharset(bytes, entry?.content_type).charset;
  return decodeHtml(bytes, charset);
}
