import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PipelineError } from '../lib/errors.ts';
import { isProcessAlive } from '../lib/process-alive.ts';

/** The lock file of a running fetch (starts with ".tmp-", so git ignores it and extract passes it over). */
export const LOCK_FILE = '.tmp-fetch.lock';
/** Temporary files that atomic writes leave behind when a process is killed mid-write. */
const STALE_TEMP = /^\.tmp-.+-[0-9a-f]{12}$/;

/**
 * Takes the raw folder's fetch lock, so that two fetch runs never write the
 * same manifest. A lock left by a killed run (its process is gone) is taken
 * over. Returns the function that releases it.
 */
export async function acquireRunLock(rawDir: string): Promise<() => Promise<void>> {
  await mkdir(rawDir, { recursive: true });
  const path = join(rawDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (owner > 0 && owner !== process.pid && isProcessAlive(owner)) {
        throw new PipelineError('fetch', `another fetch (process ${owner}) is writing this raw folder`, {
          file: path,
          hint: 'wait for it to finish, or remove the lock file if that process is not a fetch',
        });
      }
      await rm(path, { force: true });
    }
  }
  throw new PipelineError('fetch', 'cannot take the fetch lock', { file: path });
}

/**
 * Removes temporary files that an interrupted run's atomic writes left in the
 * raw folder (they never hold a finished snapshot: those are renamed into place).
 * Call only while holding the run lock.
 */
export async function removeStaleTemporaries(rawDir: string): Promise<number> {
  const entries = await readdir(rawDir, { recursive: true, withFileTypes: true });
  const stale = entries.filter((e) => e.isFile() && STALE_TEMP.test(e.name));
  await Promise.all(stale.map((e) => rm(join(e.parentPath, e.name), { force: true })));
  return stale.length;
}
