/**
 * The site's worker thread started ahead of its job (pool/publish-workers.ts: it loads while the build validates):
 * given the job later, it writes the very files the same job writes in this thread; one that no job took is ended.
 * The rows are made up (made-up.ts).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPublishJob } from '../../pipeline/pool/publish-worker.ts';
import { prestartSiteWorker, stopSiteWorker, writeSiteDataInWorker } from '../../pipeline/pool/publish-workers.ts';
import { differing } from './site-compare.ts';
import { syntheticTables, writeVersion } from './made-up.ts';

describe('the site worker started ahead', () => {
  it('writes what the same job writes in this thread', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-site-ahead-'));
    const tables = syntheticTables(400, 3);
    const from = await writeVersion(join(root, 'version'), tables);
    const articles = { code: 'made-up code' };
    prestartSiteWorker();
    const ahead = await writeSiteDataInWorker({ job: 'site-data', dir: join(root, 'ahead'), from, articles });
    const here = await runPublishJob({ job: 'site-data', dir: join(root, 'here'), from, articles });
    expect(ahead).toEqual(here);
    expect(ahead.quotes).toBe(400);
    expect(await differing(join(root, 'ahead', 'site'), join(root, 'here', 'site'))).toEqual([]);
    // Taken by that job: nothing is left to stop, and the next job starts a worker of its own.
    await stopSiteWorker();
    const next = await writeSiteDataInWorker({ job: 'site-data', dir: join(root, 'next'), from, articles });
    expect(next).toEqual(here);
  }, 120_000);

  it('is ended when no job takes it', async () => {
    prestartSiteWorker();
    await expect(stopSiteWorker()).resolves.toBeUndefined();
  });
});
