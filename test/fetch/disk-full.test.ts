import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../pipeline/lib/atomic-write.ts';
import { sha256 } from '../../pipeline/lib/hash.ts';
import type { FileWriter } from '../../pipeline/lib/manifest.ts';
import { runFetch } from '../../pipeline/fetch/fetch-run.ts';
import { html, startServer, type LocalServer } from './support/local-server.ts';
import { readManifestFile, tempRaw, testOptions } from './support/run.ts';

const PAGES = 12;
const page = (n: number) => `<!doctype html><title>made-up page ${n}</title><p>${'Made-up text. '.repeat(150)}</p>`;

/** An ENOSPC error as node:fs raises it. */
function enospc(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC', errno: -28, syscall: 'write', path });
}

/** A writer on a disk that fills up after `budget` bytes (or refuses the writes `refuse` picks); counts every call. */
function smallDisk(budget: number, refuse: (path: string) => boolean = () => false): FileWriter & { calls: number } {
  let used = 0;
  const writer = async (path: string, data: string | Uint8Array) => {
    writer.calls++;
    used += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    if (used > budget || refuse(path)) throw enospc(path);
    await writeFileAtomic(path, data);
  };
  writer.calls = 0;
  return writer;
}

/** Every file under the raw folder, relative, except the source list. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).filter((f) => f !== 'sources.txt').sort();
}

describe('a disk that fills up during a fetch', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  async function setUp() {
    const routes: Parameters<typeof startServer>[0] = {};
    for (let n = 0; n < PAGES; n++) routes[`/p${n}.html`] = html(page(n));
    server = await startServer(routes);
    raw = await tempRaw();
    const urls = Array.from({ length: PAGES }, (_, n) => `${server.origin}/p${n}.html`);
    const options = testOptions(raw.dir, [server.hostPort], { concurrency: 2 });
    await writeFile(options.sourcesFile, `${urls.join('\n')}\n`);
    return { urls, options };
  }

  it('stops at once without retries, names the disk, and leaves manifest and snapshots consistent; a rerun completes', async () => {
    const { urls, options } = await setUp();
    let log = '';
    const sleeps: number[] = [];
    const disk = smallDisk(4 * page(0).length + 3000);
    const run = await runFetch(options, { write: disk, progress: { write: (t: string) => (log += t) }, sleep: async (ms) => void sleeps.push(ms) });

    expect(run.exitCode).toBe(1);
    expect(run.stopped?.message).toMatch(/^\[fetch\] .+: cannot write: the disk is full \(ENOSPC\)/);
    expect(run.stopped?.message).toContain('free some space');
    expect(run.stopped?.message).not.toContain('\n');
    expect(log).not.toMatch(/retry/);
    expect(sleeps).toEqual([]);
    // Stopped at once: the pages after the failure were never asked for.
    expect(server.seen.filter((r) => r.path.startsWith('/p')).length).toBeLessThan(PAGES);

    const manifest = await readManifestFile(raw.dir);
    expect(manifest.length).toBeGreaterThan(0);
    expect(manifest.every((e) => e.outcome === 'fetched')).toBe(true);
    expect(run.outcomes.map((o) => o.url).sort()).toEqual(manifest.map((e) => e.url).sort());
    // Every file on disk is listed, with its checksum; nothing half-written is left.
    expect(await filesIn(raw.dir)).toEqual(['manifest.json', ...manifest.map((e) => e.path!)].sort());
    for (const e of manifest) expect(sha256(await readFile(join(raw.dir, e.path!)))).toBe(e.sha256);

    const rerun = await runFetch(options, { progress: { write: () => true }, sleep: async () => undefined });
    expect(rerun.stopped).toBeNull();
    expect((await readManifestFile(raw.dir)).map((e) => e.url).sort()).toEqual([...urls].sort());
  });

  it('removes the snapshot whose manifest entry could not be saved', async () => {
    const { options } = await setUp();
    const disk = smallDisk(Number.MAX_SAFE_INTEGER, (path) => path.endsWith('manifest.json'));
    const run = await runFetch({ ...options, concurrency: 1 }, { write: disk, progress: { write: () => true } });
    expect(run.stopped?.message).toContain('ENOSPC');
    expect(run.outcomes).toEqual([]);
    expect(await filesIn(raw.dir)).toEqual([]);
  });
});
