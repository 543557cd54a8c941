/**
 * Shards: extracting a folder in N slices (as N machines would, sharing one
 * build folder) and merging them publishes the same files, byte for byte, as
 * one build of the whole folder. Real pages from the development benchmark
 * plus a made-up duplicate, so the merge also reports what a single build
 * reports.
 */
import { copyFile, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDatasets, extractShardCommand } from '../../pipeline/datasets.ts';
import { inShard, parseShard } from '../../pipeline/extract/shards.ts';
import { differingFiles } from '../helpers/published-files.ts';

const DEV_PAGES = '../shared/bench-dev/html';
const PAGE = `<!doctype html><html><head><title>Made-up page</title><link rel="canonical" href="https://example.org/same"></head>
<body><article><p>“The vote is on Monday,” the speaker of the assembly said in a statement to the press.</p></article></body></html>`;

describe('shards', () => {
  it('slices by path: every snapshot in exactly one shard', () => {
    const paths = Array.from({ length: 200 }, (_, i) => `dir/page-${i}.html`);
    for (const path of paths) expect([0, 1, 2].filter((index) => inShard(path, { index, count: 3 }))).toHaveLength(1);
    expect(() => parseShard('3/3')).toThrow('--shard needs i/N');
  });

  it('merged, publish the same files as a single build, byte for byte', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-shards-'));
    const raw = join(root, 'raw');
    await mkdir(raw);
    for (const name of (await readdir(DEV_PAGES)).sort().slice(0, 6)) await copyFile(join(DEV_PAGES, name), join(raw, name));
    await writeFile(join(raw, 'copy one.html'), PAGE);
    await writeFile(join(raw, 'copy two.html'), PAGE);

    const single = await buildDatasets({ rawDir: raw, outRoot: join(root, 'single'), buildDir: join(root, 'single-build'), threads: 0 });
    const shared = join(root, 'shared-build');
    await expect(buildDatasets({ rawDir: raw, outRoot: join(root, 'merged'), buildDir: shared, mergeShards: 3 })).rejects.toThrow('shard 0/3 has no results');
    for (const shard of ['0/3', '1/3', '2/3']) await extractShardCommand({ rawDir: raw, outRoot: '', buildDir: shared, threads: 0, shard });
    const merged = await buildDatasets({ rawDir: raw, outRoot: join(root, 'merged'), buildDir: shared, mergeShards: 3 });

    expect(merged.extract.problems).toEqual(single.extract.problems);
    expect(single.extract.problems.map((p) => p.reason)).toEqual([expect.stringContaining('same article URL as copy one.html')]);
    expect(await differingFiles(single.publish.dir, merged.publish.dir)).toEqual([]);
  });
});
