import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../pipeline/extract/extract-stage.ts';
import { ManifestBook } from '../../pipeline/fetch/manifest-book.ts';
import { PipelineError } from '../../pipeline/lib/errors.ts';
import { TABLES } from '../../pipeline/lib/schemas.ts';
import { runPublish } from '../../pipeline/publish/publish-stage.ts';

const FULL_DISK = fileURLToPath(new URL('./support/full-disk.ts', import.meta.url));

/** A made-up news page with enough text to be read. */
const GOOD_PAGE = `<!doctype html><html lang="en"><head><title>Made-up council vote</title></head><body><article><h1>Made-up council vote</h1>
${'<p>The made-up town council voted on Tuesday to repair the old bridge before winter, the mayor told reporters after the meeting.</p>'.repeat(4)}
</article></body></html>`;

async function tempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `wsw-${label}-`));
}

/** The error a promise rejects with (fails the test if it resolves). */
async function errorOf(promise: Promise<unknown>): Promise<PipelineError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(PipelineError);
  expect((error as Error).message).not.toContain('\n');
  return error as PipelineError;
}

describe('clear one-line errors', () => {
  it('a manifest entry that is null, or whose path has the wrong type: names the stage, the file, the entry and what to do', async () => {
    for (const [entries, words] of [
      [[null], 'entry 0 is null, not an object'],
      [[{ url: 'https://example.org/a', path: 42, outcome: 'fetched' }], 'entry 0 has a "path" that is number'],
    ] as const) {
      const raw = await tempDir('manifest');
      await writeFile(join(raw, 'manifest.json'), JSON.stringify(entries));
      const extract = await errorOf(runExtract({ rawDir: raw, buildDir: join(raw, '.build') }));
      expect(extract.message.startsWith(`[extract] ${join(raw, 'manifest.json')}: cannot read the manifest: ${words}`), extract.message).toBe(true);
      expect(extract.message).toContain('fix or remove that entry');
      expect((await errorOf(ManifestBook.open(raw))).message).toMatch(/^\[fetch\] .*manifest\.json: cannot read the manifest: entry 0/);
    }
  });

  it('an OUT that is a regular file', async () => {
    const dir = await tempDir('out-file');
    for (const t of TABLES) await writeFile(join(dir, `${t}.json`), '[]');
    await writeFile(join(dir, 'sources.json'), '[]');
    await writeFile(join(dir, 'validate-report.json'), '{}');
    await writeFile(join(dir, 'out'), 'a file where the output folder should be');
    const error = await errorOf(runPublish({ inDir: dir, outRoot: join(dir, 'out') }));
    expect(error.message).toBe(`[publish] ${join(dir, 'out')}: the output folder is a file, not a folder (move that file away, or give another OUT=<folder>)`);
  });

  it('a full disk under the build folder (injected write failure, real CLI)', async () => {
    const raw = await tempDir('raw');
    await writeFile(join(raw, 'page.html'), GOOD_PAGE);
    const build = join(raw, '.build');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', FULL_DISK, 'pipeline/cli.ts', 'extract', '--raw', raw, '--build', build], {
      encoding: 'utf8',
      env: { ...process.env, WSW_FULL_DISK_UNDER: build },
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^\\[extract\\] ${build}/\\S+: cannot write: the disk is full \\(ENOSPC\\) \\(free some space`));
  });
});

describe('a full disk in the extract stage', () => {
  it('stops at the first page whose records cannot be written, with one line naming the cache folder, not a problem per page', async () => {
    const raw = await tempDir('raw-many');
    for (const n of [1, 2, 3, 4]) await writeFile(join(raw, `page-${n}.html`), GOOD_PAGE.replaceAll('Made-up council vote', `Made-up council vote ${n}`));
    const build = join(raw, '.build');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', FULL_DISK, 'pipeline/cli.ts', 'extract', '--raw', raw, '--build', build], {
      encoding: 'utf8',
      env: { ...process.env, WSW_FULL_DISK_UNDER: join(build, 'cache') },
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^\\[extract\\] ${build}/cache: cannot write: the disk is full \\(ENOSPC\\) \\(free some space`))]);
  });
});

describe('pages that cannot be read', () => {
  it('random bytes, an image, an empty file and a script-only page are reported as unreadable, not published; kept on request', async () => {
    const raw = await tempDir('unreadable');
    await writeFile(join(raw, 'good.html'), GOOD_PAGE);
    await writeFile(join(raw, 'random.html'), randomBytes(4000));
    await writeFile(join(raw, 'image.html'), Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(2000)]));
    await writeFile(join(raw, 'empty.html'), '');
    await writeFile(join(raw, 'script.html'), '<!doctype html><html><head><script>var made = "up";</script></head><body><script>document.title = made;</script></body></html>');

    const report = await runExtract({ rawDir: raw, buildDir: join(raw, '.build') });
    expect(report.articles).toBe(1);
    const unreadable = Object.fromEntries(report.problems.map((p) => [p.file.slice(raw.length + 1), p.reason]));
    expect(unreadable).toEqual({
      'empty.html': 'unreadable: the file is empty',
      'image.html': 'unreadable: the file is not a web page (an image, a PDF or an archive)',
      'random.html': expect.stringMatching(/^unreadable: the (file is binary data|page has no readable text)/),
      'script.html': 'unreadable: the page has no readable text (empty, script only, or no paragraphs)',
    });
    expect(report.problems.every((p) => p.hint.includes('--keep-unreadable'))).toBe(true);

    const kept = await runExtract({ rawDir: raw, buildDir: join(raw, '.build'), keepUnreadable: true });
    expect(kept.articles).toBe(5);
    expect(kept.problems).toEqual([]);
  });
});
