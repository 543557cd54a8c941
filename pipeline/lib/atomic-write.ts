import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/**
 * Writes a file so that readers see either the old or the new content, never
 * a partial one: the data goes to a temporary file beside the target, which is
 * then renamed into place.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await replaceAtomic(path, (tmp) => writeFile(tmp, data));
}

/** Copies a file the same way: to a temporary file beside the target, then renamed into place. */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  await replaceAtomic(to, (tmp) => copyFile(from, tmp));
}

/** A temporary name beside `path` (".tmp-" first: git and the extract stage pass such files over). */
export function tempPathBeside(path: string): string {
  return join(dirname(path), `.tmp-${basename(path)}-${randomBytes(6).toString('hex')}`);
}

/** Makes `path`'s folder, lets `write` fill a temporary file beside it, then renames that into place (removed on failure). */
async function replaceAtomic(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempPathBeside(path);
  try {
    await write(tmp);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Writes JSON (two-space indent, trailing newline) atomically. */
export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
