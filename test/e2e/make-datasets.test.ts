/**
 * `make datasets` as a user runs it on a folder of pages (made-up pages, one
 * with an awkward file name): it needs OUT=, never writes the committed out/,
 * names an ad-hoc build after its folder, and rebuilds exactly when the set
 * of pages or their bytes change, whatever was in OUT before.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const WEIRD = 'weird name (1) 文章.html';

function page(slug: string, title = `Page ${slug}`): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="https://example.org/${slug}"></head><body>
<article><h1>${title}</h1><p>“We will appeal the ruling,” the lawyer Anna Berg said on Tuesday in Canada.</p>
<p>The minister spoke to reporters for an hour and answered every question about the new budget and the vote.</p></article></body></html>`;
}

function make(...args: string[]) {
  const run = spawnSync('make', ['--no-print-directory', ...args], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

async function titles(out: string): Promise<string[]> {
  const rows = JSON.parse(await readFile(join(out, 'latest', 'articles.json'), 'utf8')) as Array<{ title: string }>;
  return rows.map((r) => r.title);
}

let root: string;
let raw: string;
let out: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'wsw-make-'));
  raw = join(root, 'My Pages');
  out = join(root, 'out');
  await mkdir(raw);
  await writeFile(join(raw, WEIRD), page('weird', 'An awkward file name'));
  await writeFile(join(raw, 'plain.html'), page('plain', 'A plain file name'));
});

describe('make datasets', () => {
  it('passes KEEP_UNREADABLE=1 on: a page with no readable text is published as an empty article', async () => {
    const folder = join(root, 'with-empty');
    await mkdir(folder);
    await writeFile(join(folder, 'plain.html'), page('plain', 'A plain file name'));
    await writeFile(join(folder, 'empty.html'), '');
    const target = join(root, 'out-keep');
    const reported = make('datasets', `RAW=${folder}`, `OUT=${target}`);
    expect(reported.status, reported.output).toBe(0);
    expect(reported.output).toContain('unreadable: the file is empty');
    expect(await titles(target)).toHaveLength(1);
    const kept = make('datasets', `RAW=${folder}`, `OUT=${target}`, 'KEEP_UNREADABLE=1');
    expect(kept.status, kept.output).toBe(0);
    expect(await titles(target)).toHaveLength(2);
  });

  it('needs OUT= and refuses the committed out/', async () => {
    const committed = await readFile('out/latest/datapackage.json');
    const noOut = make('datasets', `RAW=${raw}`);
    expect(noOut.status).not.toBe(0);
    expect(noOut.output).toContain('make datasets needs OUT=<folder>');
    const intoOut = make('datasets', `RAW=${raw}`, 'OUT=out');
    expect(intoOut.status).not.toBe(0);
    expect(intoOut.output).toContain('an ad-hoc build would overwrite the committed datasets');
    expect(await readFile('out/latest/datapackage.json')).toEqual(committed);
  });

  it('builds a folder whose file names have spaces, brackets and CJK, named after the folder, ad hoc', async () => {
    const run = make('datasets', `RAW=${raw}`, `OUT=${out}`);
    expect(run.status, run.output).toBe(0);
    expect((await titles(out)).sort()).toEqual(['A plain file name', 'An awkward file name']);
    const pkg = JSON.parse(await readFile(join(out, 'latest', 'datapackage.json'), 'utf8'));
    expect(pkg.name).toBe('adhoc-my-pages');
    expect(pkg.version).toBe('0.0.0-adhoc');
    expect(pkg.homepage).toBeUndefined();
    expect(`${pkg.title} ${pkg.description}`).not.toContain('China Digital Times');
  });

  it('does nothing when nothing changed, and rebuilds when a page changes, goes or comes', async () => {
    expect(make('datasets', `RAW=${raw}`, `OUT=${out}`).output).toContain('is up to date');

    await writeFile(join(raw, WEIRD), page('weird', 'The same file, new bytes'));
    expect(make('datasets', `RAW=${raw}`, `OUT=${out}`).status).toBe(0);
    expect((await titles(out)).sort()).toEqual(['A plain file name', 'The same file, new bytes']);

    await rm(join(raw, 'plain.html'));
    expect(make('datasets', `RAW=${raw}`, `OUT=${out}`).status).toBe(0);
    expect(await titles(out)).toEqual(['The same file, new bytes']);
  });

  it('rebuilds when other pages were built into the same OUT in between', async () => {
    const other = join(root, 'other');
    await mkdir(other);
    await writeFile(join(other, 'x.html'), page('x', 'Another folder'));
    expect(make('datasets', `RAW=${other}`, `OUT=${out}`).status).toBe(0);
    expect(await titles(out)).toEqual(['Another folder']);
    const back = make('datasets', `RAW=${raw}`, `OUT=${out}`);
    expect(back.output).not.toContain('up to date');
    expect(await titles(out)).toEqual(['The same file, new bytes']);
  });
});
