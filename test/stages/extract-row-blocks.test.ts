/**
 * The per-article row blocks of the extract stage (pipeline/extract/row-blocks.ts):
 * a rebuild that writes the pages' rows from their blocks gives the records
 * tables of a cold build, byte for byte, and a damaged block is made again.
 */
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordsDir, runExtract } from '../../pipeline/extract/extract-stage.ts';
import { TABLES } from '../../pipeline/lib/schemas.ts';

const PAGES = ['cdt-block-quotes-with-source-links', 'byline-and-date-lines', 'claimreview-date'];

async function rawFolder(): Promise<string> {
  const raw = await mkdtemp(join(tmpdir(), 'wsw-blocks-'));
  for (const page of PAGES) await copyFile(join('test', 'pages', page, 'source.html'), join(raw, `${page}.html`));
  return raw;
}

/** Every records table's text after an extract into `build`. */
async function extracted(raw: string, build: string): Promise<string[]> {
  const report = await runExtract({ rawDir: raw, buildDir: build, threads: 0 });
  expect(report.problems).toEqual([]);
  return Promise.all([...TABLES, 'sources'].map((t) => readFile(join(recordsDir(build), `${t}.json`), 'utf8')));
}

const blocks = async (build: string) => (await readdir(join(build, 'cache'))).filter((f) => f.endsWith('.rows')).map((f) => join(build, 'cache', f));

describe('extract row blocks', () => {
  it('gives a rebuild from the blocks the tables of a cold build, and remakes a damaged block', async () => {
    const raw = await rawFolder();
    const build = join(raw, '.build');
    const cold = await extracted(raw, build);
    const made = await blocks(build);
    expect(made).toHaveLength(PAGES.length);
    expect(await extracted(raw, build)).toEqual(cold);
    // A block cut short is not a block: the page's rows come from its records again, and the block is rewritten.
    const text = await readFile(made[0]!, 'utf8');
    await writeFile(made[0]!, text.slice(0, -10));
    expect(await extracted(raw, build)).toEqual(cold);
    expect(await readFile(made[0]!, 'utf8')).toBe(text);
  });

  it('reads its rows as bytes (text outside ASCII included), and remakes a block of the older layout that counted UTF-16 units', async () => {
    const raw = await rawFolder();
    const build = join(raw, '.build');
    const cold = await extracted(raw, build);
    expect(cold.join('')).toMatch(/[^\x00-\x7f]/);
    const [first] = await blocks(build);
    const text = await readFile(first!, 'utf8');
    expect(text.startsWith('{"format":"utf8-bytes",')).toBe(true);
    // The older layout: no format, lengths in UTF-16 units. Read as bytes it would cut rows inside a character, so it is made again.
    await writeFile(first!, text.replace('{"format":"utf8-bytes",', '{'));
    expect(await extracted(raw, build)).toEqual(cold);
    expect(await readFile(first!, 'utf8')).toBe(text);
  });

  it('needs no cache file for a page that has a block', async () => {
    const raw = await rawFolder();
    const build = join(raw, '.build');
    const cold = await extracted(raw, build);
    for (const f of await readdir(join(build, 'cache'))) if (f.endsWith('.json')) await rm(join(build, 'cache', f));
    const report = await runExtract({ rawDir: raw, buildDir: build, threads: 0 });
    expect(report.cached).toBe(PAGES.length);
    expect(await extracted(raw, build)).toEqual(cold);
  });

  it('writes the rows of a block as they are in it (the rebuild reads no records)', async () => {
    const raw = await rawFolder();
    const build = join(raw, '.build');
    const cold = await extracted(raw, build);
    const marked = await Promise.all((await blocks(build)).map(async (f) => {
      const text = await readFile(f, 'utf8');
      // The same length, so the block still reads as whole.
      await writeFile(f, text.replace(/"body_sha256": "[0-9a-f]/, '"body_sha256": "X'));
      return text.includes('"body_sha256": "');
    }));
    expect(marked.filter(Boolean)).toHaveLength(PAGES.length);
    const again = await extracted(raw, build);
    expect(again[0]).toBe(cold[0]!.replaceAll(/"body_sha256": "[0-9a-f]/g, '"body_sha256": "X'));
  });
});
