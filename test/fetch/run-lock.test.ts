import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runFetch } from '../../pipeline/fetch/fetch-run.ts';
import { DEFAULT_OPTIONS } from '../../pipeline/fetch/options.ts';
import { acquireRunLock, LOCK_FILE, removeStaleTemporaries } from '../../pipeline/fetch/run-lock.ts';
import { tempRaw } from './support/run.ts';

describe('run lock and leftovers of a killed run', () => {
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => raw?.cleanup());

  it('refuses a second run on the same folder while the first holds the lock, and releases it', async () => {
    raw = await tempRaw();
    const release = await acquireRunLock(raw.dir);
    // A lock owned by a live process other than us (the test's parent process stands in for another fetch).
    await release();
    await writeFile(join(raw.dir, LOCK_FILE), String(process.ppid));
    await expect(acquireRunLock(raw.dir)).rejects.toThrow(/another fetch/);
  });

  it('takes over the lock of a process that is gone', async () => {
    raw = await tempRaw();
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid!;
    await new Promise((resolve) => child.on('exit', resolve));
    await writeFile(join(raw.dir, LOCK_FILE), String(pid));
    const release = await acquireRunLock(raw.dir);
    await release();
    expect(await readdir(raw.dir)).toEqual([]);
  });

  it('removes temporary files of interrupted atomic writes, nothing else', async () => {
    raw = await tempRaw();
    await mkdir(join(raw.dir, 'example.org'));
    await writeFile(join(raw.dir, 'example.org', '.tmp-0123456789abcdef.html-a1b2c3d4e5f6'), 'partial');
    await writeFile(join(raw.dir, '.tmp-manifest.json-00aa11bb22cc'), '[');
    await writeFile(join(raw.dir, 'example.org', '0123456789abcdef.html'), 'kept');
    expect(await removeStaleTemporaries(raw.dir)).toBe(2);
    expect(await readdir(join(raw.dir, 'example.org'))).toEqual(['0123456789abcdef.html']);
    expect(await readdir(raw.dir)).toEqual(['example.org']);
  });
});

describe('a damaged manifest', () => {
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => raw?.cleanup());

  it('stops the run before any request, naming the fetch stage and the file, and keeps the file', async () => {
    raw = await tempRaw();
    await writeFile(join(raw.dir, 'manifest.json'), '[{"url": ');
    await writeFile(join(raw.dir, 'sources.txt'), 'http://127.0.0.1:9/a.html\n');
    await expect(runFetch({ ...DEFAULT_OPTIONS, rawDir: raw.dir, sourcesFile: join(raw.dir, 'sources.txt') }, { progress: { write: () => 0 } })).rejects.toThrow(
      /^\[fetch\].*manifest\.json.*cannot read the manifest/,
    );
    expect(await readFile(join(raw.dir, 'manifest.json'), 'utf8')).toBe('[{"url": ');
    expect(await readdir(raw.dir)).not.toContain(LOCK_FILE);
  });
});
