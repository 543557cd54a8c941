/**
 * Rebuilds reuse what did not change (publish/reuse.ts) and still publish
 * exactly what a clean build publishes: a folder of real pages plus a
 * made-up one is built, the made-up page is changed, the folder rebuilt in
 * place, and the version compared file by file with a clean build of the
 * changed folder (the DuckDB database by its data).
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AD_HOC_VERSION, datasetsCommand } from '../../pipeline/datasets.ts';
import { runPublish } from '../../pipeline/publish/publish-stage.ts';
import { differingFiles } from '../helpers/published-files.ts';

const DEV_PAGES = '../shared/bench-dev/html';
const WORKBOOK = 'who-said-what.xlsx';
const SITE_CHUNK = join('site', 'data', 'quotes-000.js');

/** A made-up page; `extra` is a paragraph added to its text. */
function page(extra: string, comment = ''): string {
  return `<!doctype html><html lang="en"><head><title>Budget vote</title><link rel="canonical" href="https://example.org/vote"></head>
<body><article><h1>Budget vote</h1><p>“The vote is on Monday,” the speaker of the assembly said in a statement to the press.</p>
<p>Members of the assembly debated the budget for three days before the session ended late on Friday evening.</p>${extra}</article>${comment}</body></html>`;
}

/** How the last {@link build} made its database (publish/slow-outputs.ts). */
let database: string | null = null;

async function build(raw: string, root: string, name: string): Promise<string> {
  const outcome = await datasetsCommand({ rawDir: raw, outRoot: join(root, `${name}-out`), buildDir: join(root, `${name}-build`), threads: 0 });
  database = outcome.upToDate ? null : outcome.publish.database;
  return join(root, `${name}-out`, AD_HOC_VERSION);
}

const inode = async (file: string): Promise<number> => (await stat(file)).ino;

/** The files of a record of published outputs (publish/reuse.ts) whose recorded identity is not the file's. */
async function staleIdentities(recordFile: string): Promise<string[]> {
  const record = JSON.parse(await readFile(recordFile, 'utf8')) as { versionDir: string; units: Record<string, { files: Record<string, [number, number, number]> }> };
  const stale: string[] = [];
  for (const unit of Object.values(record.units)) {
    for (const [path, [size, mtimeMs, ino]] of Object.entries(unit.files)) {
      const now = await stat(join(record.versionDir, path));
      if (now.size !== size || now.mtimeMs !== mtimeMs || now.ino !== ino) stale.push(path);
    }
  }
  return stale;
}

describe('publish reuses the outputs whose tables did not change', () => {
  it('after one page changed, publishes what a clean build publishes, reusing only what its change left alone', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-reuse-'));
    const raw = join(root, 'raw');
    await mkdir(raw);
    for (const name of (await readdir(DEV_PAGES)).sort().slice(0, 3)) await copyFile(join(DEV_PAGES, name), join(raw, name));
    await writeFile(join(raw, 'made-up.html'), page(''));
    const version = await build(raw, root, 'kept');
    const workbook = await inode(join(version, WORKBOOK));
    const chunk = await inode(join(version, SITE_CHUNK));
    const descriptor = await inode(join(version, 'datapackage.json'));
    const articleFiles = async () => {
      const dir = join(version, 'site', 'data', 'articles');
      return new Map(await Promise.all((await readdir(dir)).map(async (f) => [f, await inode(join(dir, f))] as const)));
    };
    const articlesBefore = await articleFiles();

    // A change that leaves every table as it was: the version in place is the one the same records gave, so it is left as it is.
    await writeFile(join(raw, 'made-up.html'), page('', '<!-- a comment -->'));
    await build(raw, root, 'kept');
    expect(await inode(join(version, WORKBOOK))).toBe(workbook);
    expect(await inode(join(version, SITE_CHUNK))).toBe(chunk);
    expect(await inode(join(version, 'datapackage.json'))).toBe(descriptor);
    expect(await differingFiles(version, await build(raw, root, 'clean-1'))).toEqual([]);

    // A change of the text: a new quote, so every table-made output is written again.
    await writeFile(join(raw, 'made-up.html'), page('<p>“We will not support it,” said the leader of the opposition on Saturday.</p>'));
    await build(raw, root, 'kept');
    // The last version's database, patched with the changed rows only (publish/duckdb-patch.ts), holds what a clean build's does.
    expect(database).toBe('patched');
    expect(await inode(join(version, WORKBOOK))).not.toBe(workbook);
    expect(await inode(join(version, SITE_CHUNK))).not.toBe(chunk);
    // The site's article files: the changed page's written again, every other one linked from the version it replaced (site/article-files.ts).
    const articlesAfter = await articleFiles();
    expect([...articlesAfter.keys()].sort()).toEqual([...articlesBefore.keys()].sort());
    const rewritten = [...articlesAfter].filter(([f, ino]) => articlesBefore.get(f) !== ino);
    expect(rewritten).toHaveLength(1);
    // The record of what was published gives each file its identity as now published, the linked ones included
    // (their identity is taken from the record before, not read again: publish/reuse.ts).
    expect(await staleIdentities(join(root, 'kept-build', 'published-outputs.json'))).toEqual([]);
    expect(await differingFiles(version, await build(raw, root, 'clean-2'))).toEqual([]);

    // Edits in a row, as someone fixing a page would make them: another text, then the first one back. Each in-place
    // rebuild takes the other pages' rows from their blocks as bytes and publishes what a clean build does.
    await writeFile(join(raw, 'made-up.html'), page('<p>“Ça ne passera pas,” a dit la présidente du groupe, Ann Ross, à la sortie.</p>'));
    await build(raw, root, 'kept');
    expect(database).toBe('patched');
    expect(await differingFiles(version, await build(raw, root, 'clean-3'))).toEqual([]);
    await writeFile(join(raw, 'made-up.html'), page(''));
    await build(raw, root, 'kept');
    expect(database).toBe('patched');
    expect(await differingFiles(version, await build(raw, root, 'clean-4'))).toEqual([]);
    // A page removed: its rows are deleted from the database (children before parents), and a page added back.
    await rm(join(raw, 'made-up.html'));
    await build(raw, root, 'kept');
    expect(database).toBe('patched');
    expect(await differingFiles(version, await build(raw, root, 'clean-5'))).toEqual([]);
    await writeFile(join(raw, 'made-up.html'), page('<p>“Ça ne passera pas,” a dit la présidente du groupe, Ann Ross, à la sortie.</p>'));
    await build(raw, root, 'kept');
    expect(database).toBe('patched');
    expect(await differingFiles(version, await build(raw, root, 'clean-6'))).toEqual([]);
    // The replaced versions were deleted by detached processes: polled (not timed) until they are gone, nothing else is left.
    const outRoot = join(root, 'kept-out');
    for (let i = 0; i < 600 && (await readdir(outRoot)).length > 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await readdir(outRoot)).sort()).toEqual([AD_HOC_VERSION, 'latest']);
  }, 400_000);

  it('writes an output again when its published file is no longer the one recorded (edited in place, or gone)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-reuse-'));
    const raw = join(root, 'raw');
    await mkdir(raw);
    await writeFile(join(raw, 'made-up.html'), page(''));
    const version = await build(raw, root, 'kept');
    await writeFile(join(version, WORKBOOK), 'not a workbook any more');
    await writeFile(join(raw, 'made-up.html'), page('', '<!-- a comment -->'));
    await build(raw, root, 'kept');
    const clean = await build(raw, root, 'clean');
    expect(await differingFiles(version, clean)).toEqual([]);

    // The same rows again, but a published file is gone: the version is published again, whole.
    await rm(join(version, SITE_CHUNK));
    await writeFile(join(raw, 'made-up.html'), page('', '<!-- another comment -->'));
    await build(raw, root, 'kept');
    expect(await differingFiles(version, clean)).toEqual([]);
  }, 180_000);
});

describe('publish with and without worker threads', () => {
  it('writes the same files whether the workbook and the site are written in workers or in this thread', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-workers-'));
    const raw = join(root, 'raw');
    await mkdir(raw);
    for (const name of (await readdir(DEV_PAGES)).sort().slice(3, 6)) await copyFile(join(DEV_PAGES, name), join(raw, name));
    const built = await build(raw, root, 'first');
    const inDir = join(root, 'first-build', 'valid');
    const dataset = { name: 'workers-test', version: AD_HOC_VERSION };
    const inWorkers = await runPublish({ inDir, outRoot: join(root, 'workers'), dataset, workers: true, reuseFile: join(root, 'a.json') });
    const here = await runPublish({ inDir, outRoot: join(root, 'here'), dataset, workers: false, reuseFile: join(root, 'b.json') });
    expect(built).toContain(AD_HOC_VERSION);
    expect(await differingFiles(inWorkers.dir, here.dir)).toEqual([]);
  }, 180_000);
});
