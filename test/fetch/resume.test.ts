import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { startServer, type LocalServer } from './support/local-server.ts';
import { fetchUrls, readManifestFile, tempRaw, testOptions } from './support/run.ts';

const CHILD = fileURLToPath(new URL('./support/fetch-child.ts', import.meta.url));
const PAGES = 8;
/** How long the made-up server takes over each page body (sent in two halves). */
const PAGE_MS = 250;

function page(n: number): string {
  return `<!doctype html><title>made-up page ${n}</title><p>${'Some text. '.repeat(200)}</p>`;
}

describe('resumability', () => {
  let server: LocalServer;
  let raw: Awaited<ReturnType<typeof tempRaw>>;
  afterEach(async () => {
    await server?.close();
    await raw?.cleanup();
  });

  it('a run killed with SIGKILL leaves a valid manifest and intact snapshots; a rerun completes', async () => {
    const routes: Parameters<typeof startServer>[0] = {};
    // The second half of the pages hangs until the child is killed, so the kill always lands mid-run.
    let held = true;
    for (let n = 0; n < PAGES; n++) {
      routes[`/p${n}.html`] = (req, res) => {
        if (held && n >= PAGES / 2) return;
        const body = Buffer.from(page(n));
        if (req.headers['if-none-match'] === `"p${n}"`) {
          res.writeHead(304, { etag: `"p${n}"` });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length), etag: `"p${n}"` });
        res.write(body.subarray(0, body.length >> 1));
        setTimeout(() => res.end(body.subarray(body.length >> 1)), PAGE_MS).unref();
      };
    }
    server = await startServer(routes);
    raw = await tempRaw();
    const urls = Array.from({ length: PAGES }, (_, n) => `${server.origin}/p${n}.html`);
    const sources = join(raw.dir, 'sources.txt');
    await writeFile(sources, `${urls.join('\n')}\n`);

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, '--sources', sources, '--raw', raw.dir, '--delay', '0', '--concurrency', '2', '--allow-hosts', server.hostPort],
      { cwd: process.cwd(), stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill as soon as some pages are recorded (generous deadline for a loaded machine).
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await readManifestFile(raw.dir).catch(() => [])).length < 2) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    held = false;

    const afterKill = JSON.parse(await readFile(join(raw.dir, 'manifest.json'), 'utf8')) as Awaited<ReturnType<typeof readManifestFile>>;
    expect(afterKill.length).toBeGreaterThanOrEqual(2);
    expect(afterKill.length).toBeLessThan(PAGES);
    for (const entry of afterKill) {
      expect(entry.outcome).toBe('fetched');
      const bytes = await readFile(join(raw.dir, entry.path!));
      expect(sha256(bytes)).toBe(entry.sha256);
      expect(bytes.toString('utf8')).toBe(page(Number(/p(\d+)\.html$/.exec(entry.url)![1])));
    }

    const rerun = await fetchUrls(urls, testOptions(raw.dir, [server.hostPort], { concurrency: 4 }));
    expect(rerun.exitCode).toBe(0);
    expect(rerun.manifest).toHaveLength(PAGES);
    expect(rerun.counts.not_modified).toBeGreaterThanOrEqual(afterKill.length);
    expect(rerun.counts.fetched + rerun.counts.not_modified).toBe(PAGES);
    for (const entry of rerun.manifest) {
      expect(sha256(await readFile(join(raw.dir, entry.path!)))).toBe(entry.sha256);
    }
    // The killed run's lock and half-written temporary files are gone.
    expect((await readdir(raw.dir, { recursive: true })).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});
