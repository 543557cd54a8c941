/**
 * A hash of the code and data a published version depends on: every file of
 * `pipeline/` and `schemas/`, and the evaluation floors the site's About view
 * shows. A change to any of them rebuilds every output (datasets.ts,
 * publish/reuse.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './hash.ts';

const PROJECT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The code and data a published version depends on. */
const CODE_DIRS = ['pipeline', 'schemas'];
/** Single files a published version depends on: the site's About view shows the evaluation floors. */
const CODE_FILES = ['test/gates/floors.json'];

/** SHA-256 of a file, or null when it cannot be read. */
export async function sha256OfFile(path: string): Promise<string | null> {
  try {
    return sha256(await readFile(path));
  } catch {
    return null;
  }
}

let memo: Promise<string> | undefined;

/** Hash of every file of the code and data the datasets depend on (computed once per process). */
export function codeFingerprint(): Promise<string> {
  memo ??= (async () => {
    const parts: string[] = [];
    for (const dir of CODE_DIRS) {
      const entries = await readdir(join(PROJECT_DIR, dir), { recursive: true, withFileTypes: true });
      const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
      for (const f of files) parts.push(`${relative(PROJECT_DIR, f)}\n${sha256(await readFile(f))}`);
    }
    for (const f of CODE_FILES) parts.push(`${f}\n${(await sha256OfFile(join(PROJECT_DIR, f))) ?? 'missing'}`);
    return sha256(parts.join('\n'));
  })();
  return memo;
}
