import { spawn } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, readdir, readlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../pipeline/lib/schemas.ts';
import { datasetInfo } from '../../pipeline/publish/datapackage.ts';
import { runPublish } from '../../pipeline/publish/publish-stage.ts';
import { cleanLeftovers, type SwitchStep } from '../../pipeline/publish/switch-version.ts';
import { VALIDATE_REPORT } from '../../pipeline/validate/validate-stage.ts';

const CHILD = fileURLToPath(new URL('./support/publish-child.ts', import.meta.url));
const VERSION = datasetInfo().version;

/** Made-up validated tables: `name` is the one country's name, so two builds differ in bytes. */
async function validTables(root: string, name: string): Promise<string> {
  const dir = join(root, `valid-${name}`);
  await mkdir(dir, { recursive: true });
  for (const t of TABLES) {
    const rows = t === 'countries' ? [{ country: 'CN', iso3: 'CHN', name, article_count: 1, mention_count: 1 }] : [];
    await writeFile(join(dir, `${t}.json`), JSON.stringify(rows));
  }
  await writeFile(join(dir, 'sources.json'), '[]');
  await writeFile(join(dir, VALIDATE_REPORT), '{"valid":{},"invalid":[]}');
  return dir;
}

/** The country name the published version (through latest, and by its own name) holds; both must be readable. */
async function published(outRoot: string): Promise<string> {
  const viaLatest = await readFile(join(outRoot, 'latest', 'countries.json'), 'utf8');
  const direct = await readFile(join(outRoot, VERSION, 'countries.json'), 'utf8');
  expect(viaLatest).toBe(direct);
  expect(await readlink(join(outRoot, 'latest'))).toBe(VERSION);
  return (JSON.parse(direct) as Array<{ name: string }>)[0]!.name;
}

/** Starts a publish in a child process, waits until it pauses at `step`, and kills it with SIGKILL. */
async function killAt(inDir: string, outRoot: string, step: SwitchStep, mode = ''): Promise<void> {
  const marker = join(outRoot, '..', `marker-${step}`);
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, inDir, outRoot, step, marker, mode], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  for (let i = 0; i < 600; i++) {
    if (await access(marker).then(() => true, () => false)) break;
    if (child.exitCode !== null) throw new Error(`publish child exited early: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  await exited;
}

describe('publish: the version switch', () => {
  it('a kill at any step leaves the version and latest whole (old or new content, never missing or dangling)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-switch-'));
    const outRoot = join(root, 'out');
    await runPublish({ inDir: await validTables(root, 'Old'), outRoot });
    const next = await validTables(root, 'New');
    for (const step of ['before-version', 'before-latest'] as const) {
      await killAt(next, outRoot, step);
      expect(await published(outRoot), step).toBe(step === 'before-version' ? 'Old' : 'New');
      await runPublish({ inDir: await validTables(root, 'Old'), outRoot });
      expect(await published(outRoot)).toBe('Old');
    }
  });

  it('where folders cannot be exchanged, a kill between the two renames is repaired by the next run', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-switch-'));
    const outRoot = join(root, 'out');
    await runPublish({ inDir: await validTables(root, 'Old'), outRoot });
    await killAt(await validTables(root, 'New'), outRoot, 'between-renames', 'no-exchange');
    expect((await readdir(outRoot)).some((n) => n.startsWith('.tmp-old-'))).toBe(true);
    await cleanLeftovers(outRoot);
    expect(await published(outRoot)).toBe('Old');
    expect((await readdir(outRoot)).sort()).toEqual([VERSION, 'latest'].sort());
  });

  it('the next publish removes leftovers of interrupted ones, including older code\'s <version>.old-* folders, and git ignores them', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-switch-'));
    const outRoot = join(root, 'out');
    await runPublish({ inDir: await validTables(root, 'Old'), outRoot });
    await killAt(await validTables(root, 'New'), outRoot, 'before-version');
    await mkdir(join(outRoot, `${VERSION}.old-0a1b2c3d`));
    await mkdir(join(outRoot, `.tmp-${VERSION}-9f8e7d6c`));
    expect((await readdir(outRoot)).length).toBeGreaterThan(2);
    await runPublish({ inDir: await validTables(root, 'New'), outRoot });
    expect((await readdir(outRoot)).sort()).toEqual([VERSION, 'latest'].sort());
    expect(await published(outRoot)).toBe('New');
    const gitignore = await readFile(fileURLToPath(new URL('../../.gitignore', import.meta.url)), 'utf8');
    expect(gitignore.split('\n')).toEqual(expect.arrayContaining(['.tmp-*', '*.old-*']));
  });

  it('a rebuild deletes the replaced version in a detached process: the new one is in place at once, and the old one goes', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-switch-'));
    const outRoot = join(root, 'out');
    await runPublish({ inDir: await validTables(root, 'Old'), outRoot });
    await runPublish({ inDir: await validTables(root, 'New'), outRoot, hooks: { removeInBackground: true } });
    expect(await published(outRoot)).toBe('New');
    // Polled, not timed: the deletion runs on its own; the test only waits for its outcome.
    for (let i = 0; i < 600 && (await readdir(outRoot)).length > 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await readdir(outRoot)).sort()).toEqual([VERSION, 'latest'].sort());
  });

  it('republishing the same bytes moves nothing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-switch-'));
    const outRoot = join(root, 'out');
    const inDir = await validTables(root, 'Same');
    await runPublish({ inDir, outRoot });
    const steps: string[] = [];
    const exchanges: string[] = [];
    await runPublish({ inDir, outRoot, hooks: { pause: async (s) => void steps.push(s), exchange: (a) => (exchanges.push(a), { done: true }) } });
    expect(exchanges).toEqual([]);
    expect(await published(outRoot)).toBe('Same');
  });
});
