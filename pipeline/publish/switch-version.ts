/**
 * Switching `<out>/<version>` and `<out>/latest` to a freshly written
 * version folder, so that readers never see a missing version or a dangling
 * `latest`, whatever moment the process is killed at:
 *
 * 1. a new version: one rename of the complete folder onto its name;
 * 2. a version that exists with the same bytes (same inputs; the DuckDB file
 *    only present, see {@link sameFiles}): nothing moves;
 * 3. a version that exists with other bytes: one atomic exchange of the two
 *    folders (exchange.ts), then the old copy is deleted (by a rebuild, in a
 *    detached process: {@link SwitchHooks.removeInBackground}). Only where the
 *    system cannot exchange folders does it fall back to two renames, whose
 *    leftover the next run puts back ({@link cleanLeftovers});
 * 4. `latest`: a new symlink renamed over the old one.
 *
 * Work folders are named `.tmp-…-<pid>-<hex>` (ignored by git and by the
 * extract stage). The next publish removes those of dead processes, and the
 * `<version>.old-<hex>` folders older code left.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { lstat, readdir, readFile, rename, rm, stat, symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DUCKDB_FILE } from './duckdb.ts';
import { exchangeFolders, type ExchangeResult } from './exchange.ts';
import { isProcessAlive } from '../lib/process-alive.ts';

/** The Data Package descriptor of a version (datapackage.ts writes it). */
const DESCRIPTOR = 'datapackage.json';
/** Name of the link to the newest version inside the output folder. */
export const LATEST = 'latest';
/** A work folder of this code: `.tmp-<what>-<pid>-<hex>`, or `.tmp-old-<version>-<pid>-<hex>` for a replaced version. */
const WORK_NAME = /^\.tmp-(?:(old)-)?(.+)-(\d+)-[0-9a-f]+$/;
/** Leftovers of older code without a process id: `.tmp-<version>-<hex>` and `<version>.old-<hex>`. */
const LEGACY_NAME = /^(?:\.tmp-.+|(.+)\.old-[0-9a-f]+)$/;

/** Moments a test may pause at (to kill the process there). */
export type SwitchStep = 'before-version' | 'between-renames' | 'before-latest' | 'done';

/** What a test may replace. */
export interface SwitchHooks {
  /** Awaited at each step. */
  pause?: (step: SwitchStep) => Promise<void>;
  /** The atomic exchange (default: exchange.ts, started now; the publish stage passes one started ahead). */
  exchange?: (a: string, b: string) => ExchangeResult | Promise<ExchangeResult>;
  /**
   * Delete the replaced version in a detached process instead of waiting for
   * it (a rebuild's last step; deleting a site of thousands of files takes
   * seconds). Its folder keeps its work name, so an interrupted deletion is
   * finished by the next publish ({@link cleanLeftovers}).
   */
  removeInBackground?: boolean;
}

/**
 * Deletes a replaced version folder (already under a work name, out of the
 * readers' way): in a detached `rm -rf` that outlives this process when
 * `background`, else here. A deletion that cannot start is left to the next
 * publish's {@link cleanLeftovers}: the folder is a work folder of a process
 * that will be gone.
 */
async function removeReplaced(folder: string, background: boolean | undefined): Promise<void> {
  if (!background) return rm(folder, { recursive: true, force: true });
  await new Promise<void>((resolve) => {
    const child = spawn('rm', ['-rf', '--', folder], { detached: true, stdio: 'ignore' });
    child.once('spawn', () => resolve());
    child.once('error', () => resolve());
    child.unref();
  });
}

/** A fresh work folder name inside `outRoot`. */
export function workName(outRoot: string, what: string, old = false): string {
  return join(outRoot, `.tmp-${old ? 'old-' : ''}${what}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

/**
 * Deals with what interrupted publishes left in `outRoot`: a replaced
 * version whose new copy never arrived is put back under its name; every
 * other work folder of a process that is gone is deleted. Those of a live
 * process (a concurrent publish) are left alone. Returns the names handled.
 */
export async function cleanLeftovers(outRoot: string): Promise<string[]> {
  const handled: string[] = [];
  for (const name of await readdir(outRoot).catch(() => [] as string[])) {
    const work = WORK_NAME.exec(name);
    const legacy = work ? null : LEGACY_NAME.exec(name);
    if (!work && !legacy) continue;
    if (work && isProcessAlive(Number(work[3]))) continue;
    const version = work?.[1] ? work[2] : legacy?.[1];
    const path = join(outRoot, name);
    if (version && !(await exists(join(outRoot, version)))) await rename(path, join(outRoot, version));
    // A replaced version's background deletion (removeReplaced) may still be running: what it removed first is no error.
    else await rm(path, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    handled.push(name);
  }
  return handled;
}

/**
 * True when two version folders hold the same files (the site's subfolder
 * included) with the same bytes. The DuckDB database is derived from the
 * JSON tables beside it, so it needs only to be present in both: DuckDB leaves
 * unused block bytes uncleared, and comparing its bytes would move a version
 * whose data did not change (duckdb-digest.ts compares the data in tests).
 */
async function sameFiles(a: string, b: string): Promise<boolean> {
  const list = async (dir: string) =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .sort();
  const [left, right] = await Promise.all([list(a), list(b)]);
  if (left.length !== right.length || left.some((name, i) => name !== right[i])) return false;
  // The descriptor first: it holds every table file's checksum, so two versions with other data differ there, before any table is read.
  const first = left.filter((name) => name === DESCRIPTOR);
  for (const name of [...first, ...left.filter((n) => n !== DESCRIPTOR)]) {
    if (name === DUCKDB_FILE) continue;
    // A file the publish reused is a hard link to the published one (publish/reuse.ts): the same file, nothing to read.
    const [sa, sb] = await Promise.all([stat(join(a, name)), stat(join(b, name))]).catch(() => [null, null]);
    if (sa && sb && sa.ino === sb.ino && sa.dev === sb.dev) continue;
    const [x, y] = await Promise.all([readFile(join(a, name)), readFile(join(b, name))]).catch(() => [null, null]);
    if (!x || !y || !x.equals(y)) return false;
  }
  return true;
}

/** Puts the complete folder `staged` in place as `<outRoot>/<version>` (see the module comment). */
async function placeVersion(outRoot: string, version: string, staged: string, hooks: SwitchHooks): Promise<void> {
  const target = join(outRoot, version);
  if (!(await exists(target))) {
    try {
      await rename(staged, target);
      return;
    } catch (error) {
      // A concurrent publish put the version there first: replace it below.
      if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  if (await sameFiles(staged, target)) {
    await removeReplaced(staged, hooks.removeInBackground);
    return;
  }
  const exchanged = await (hooks.exchange ?? exchangeFolders)(staged, target);
  if (exchanged.done) {
    await removeReplaced(staged, hooks.removeInBackground); // now holds the replaced version
    return;
  }
  // Fallback where folders cannot be exchanged: a kill between the renames leaves the old copy, which cleanLeftovers puts back.
  const old = workName(outRoot, version, true);
  await rename(target, old);
  await hooks.pause?.('between-renames');
  await rename(staged, target);
  await removeReplaced(old, hooks.removeInBackground);
}

/** Points `<outRoot>/latest` at a version: a relative symlink renamed over the old one. */
async function pointLatest(outRoot: string, version: string): Promise<void> {
  const tmp = workName(outRoot, LATEST);
  await symlink(version, tmp);
  await rename(tmp, join(outRoot, LATEST));
}

/**
 * Makes the complete folder `staged` (inside `outRoot`) the version
 * `version` and points `latest` at it; see the module comment for why no
 * kill can leave the version missing or `latest` dangling.
 */
export async function switchVersion(outRoot: string, version: string, staged: string, hooks: SwitchHooks = {}): Promise<void> {
  await hooks.pause?.('before-version');
  await placeVersion(outRoot, version, staged, hooks);
  await hooks.pause?.('before-latest');
  await pointLatest(outRoot, version);
  await hooks.pause?.('done');
}
