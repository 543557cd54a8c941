/**
 * Whole builds as make runs them (`datasets`: one process, the worker pool,
 * the listing check), each in a child process so that its CPU time and peak
 * memory are its own: cold on the development pages, cold on a synthetic
 * corpus of N copies with distinct URLs, then a rebuild with nothing changed
 * and one with one page changed.
 */
import { spawn } from 'node:child_process';
import { copyFile, link, mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { datasetsCommand } from '../datasets.ts';
import { listSnapshots, readSnapshotBytes } from '../extract/snapshots.ts';
import type { ManifestEntry } from '../lib/manifest.ts';
import { processPeakMiB, recordStagePeaks, stagePeaksMiB } from '../lib/step-timer.ts';
import { machineCpu, othersCores } from './machine-load.ts';
import { type SizedBuild, memoryGrowthLines } from './memory-growth.ts';

/** What one build cost, as measured inside its process (wall time is measured outside, start-up included). */
export interface BuildUsage {
  cpuMs: number;
  maxRssMiB: number;
  /** Each stage's own peak resident memory (listing, extract, validate, publish...), in MiB; empty where /proc cannot tell. */
  stagePeaksMiB: Record<string, number>;
  upToDate: boolean;
  articles: number | null;
}

/** Child side of {@link measureBuild}: runs the build, prints its usage as JSON on the last line of stdout. */
export async function runMeasuredBuild(rawDir: string, outRoot: string, buildDir: string): Promise<void> {
  recordStagePeaks();
  const result = await datasetsCommand({ rawDir, outRoot, buildDir });
  const usage = process.resourceUsage();
  const report: BuildUsage = {
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    // Not usage.maxRSS alone: recording the stages' peaks resets the kernel's high-water mark (lib/step-timer.ts).
    maxRssMiB: processPeakMiB(),
    stagePeaksMiB: stagePeaksMiB(),
    upToDate: result.upToDate,
    articles: result.upToDate ? null : result.extract.articles,
  };
  console.log(JSON.stringify(report));
}

/** A measured build, with the wall time seen from outside and what other processes took meanwhile. */
export interface MeasuredBuild extends BuildUsage {
  wallMs: number;
  /** Cores' worth of CPU other processes used during the build (null where the machine's CPU times cannot be read). */
  othersCores: number | null;
}

/**
 * Node flags of the measured child: this process's, less those a real build
 * (`make datasets`) runs without. `make bench` runs with --expose-gc for its
 * heap figures; a build never calls gc(), but the child is meant to be that build.
 */
export function childExecArgv(execArgv: readonly string[]): string[] {
  return execArgv.filter((flag) => flag !== '--expose-gc');
}

/** Runs one build in a child process; returns its usage and the wall time seen from outside. */
function measureBuild(rawDir: string, outRoot: string, buildDir: string): Promise<MeasuredBuild> {
  const args = [...childExecArgv(process.execArgv), process.argv[1]!, 'bench', '--measure-build', rawDir, '--out', outRoot, '--build', buildDir];
  const machine0 = machineCpu();
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) return reject(new Error(`the measured build exited with ${code}`));
      const usage = JSON.parse(last) as BuildUsage;
      resolve({ ...usage, wallMs, othersCores: othersCores(machine0, machineCpu(), usage.cpuMs, wallMs) });
    });
  });
}

/** Manifest fields a synthetic copy has no value for. */
const UNKNOWN_FIELDS = ['final_url', 'reason', 'http_status', 'fetched_at', 'content_type', 'charset', 'bytes', 'sha256', 'etag', 'last_modified', 'licence'] as const;
const SYNTHETIC_NOTE = 'synthetic copy made by make bench';

/** A raw folder of `pages` copies of the pages in `sourceDir` (hard links where possible), each with its own URL in a manifest. */
export async function syntheticCorpus(sourceDir: string, pages: number, dir: string): Promise<void> {
  const files = await listSnapshots(sourceDir);
  if (files.length === 0) throw new Error(`no snapshot in ${sourceDir}`);
  await mkdir(dir, { recursive: true });
  const manifest: ManifestEntry[] = [];
  for (let i = 0; i < pages; i++) {
    const source = files[i % files.length]!;
    const name = `${String(i).padStart(6, '0')}-${basename(source.relative)}`;
    await link(source.path, join(dir, name)).catch(() => copyFile(source.path, join(dir, name)));
    const unknown = Object.fromEntries(UNKNOWN_FIELDS.map((field) => [field, null]));
    manifest.push({ ...unknown, url: `https://synthetic.example/${i}/${source.relative}`, path: name, outcome: 'fetched', note: SYNTHETIC_NOTE } as ManifestEntry);
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

/** A made-up paragraph with a quote, added to a page's text so that its rows change. */
const ADDED_PARAGRAPH = '<p>“We will publish the full list next week,” said a spokesperson for the invented bench committee.</p>';

/**
 * Gives the first page of a folder new bytes, in a new file (the others may
 * be hard links to it): a comment appended (its tables stay the same), or
 * with `text`, a quoted paragraph after its last paragraph (its rows change).
 */
async function changeOnePage(dir: string, text = false): Promise<void> {
  const [first] = await listSnapshots(dir);
  if (!first) return;
  const old = (await readSnapshotBytes(first)).toString('utf8');
  const at = old.lastIndexOf('</p>');
  const html = Buffer.from(text && at >= 0 ? `${old.slice(0, at + 4)}${ADDED_PARAGRAPH}${old.slice(at + 4)}` : `${old}\n<!-- changed by make bench -->\n`);
  await unlink(first.path);
  await writeFile(first.path, first.path.endsWith('.gz') ? gzipSync(html) : html);
}

/** Yardsticks per page (one thread) measured in the same run, in ms. */
export interface PerPage {
  /** The parse floor's CPU time. */
  floor: number;
  jsdom: number;
}

/**
 * One build's line. CPU use is given in cores busy (1.32 of 2), as well as in
 * percent of all cores, so it never reads as `time`'s percent of one core; and
 * beside it the cores other processes took meanwhile, which is what a slow
 * wall time on a shared machine usually means.
 */
function row(label: string, pages: number, u: MeasuredBuild, per: PerPage): string {
  const cores = availableParallelism();
  const busy = u.cpuMs / u.wallMs;
  const cpuPerPage = u.cpuMs / pages;
  const others = u.othersCores === null ? '' : `, others ${u.othersCores.toFixed(2)}`;
  return [
    `  ${label.padEnd(34)}`,
    `${(u.wallMs / 1000).toFixed(1).padStart(7)} s`,
    `${((pages * 1000) / u.wallMs).toFixed(1).padStart(7)} pages/s`,
    `CPU ${(u.cpuMs / 1000).toFixed(1).padStart(6)} s (${busy.toFixed(2)} of ${cores} cores = ${((100 * busy) / cores).toFixed(0).padStart(3)}%${others})`,
    `peak ${u.maxRssMiB.toFixed(0).padStart(5)} MiB`,
    `wall/page ${(u.wallMs / pages).toFixed(1).padStart(6)} ms = ${(u.wallMs / pages / per.floor).toFixed(1).padStart(5)}x parse`,
    `CPU/page ${(cpuPerPage / per.floor).toFixed(1).padStart(5)}x parse, ${(cpuPerPage / per.jsdom).toFixed(2).padStart(5)}x Readability+jsdom`,
  ].join('  ');
}

/**
 * Prints the whole-build figures: the real pages cold, then synthetic corpora
 * of each size cold (peak memory at each, each stage's own, and their growth
 * per page between the smallest and the largest: memory-growth.ts), then
 * rebuilds of the largest with nothing changed and with one page changed. `per` holds the per-page yardsticks measured in the same run.
 */
export async function wholeBuildFigures(devDir: string, sizes: number[], per: PerPage): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'wsw-bench-'));
  try {
    const devPages = (await listSnapshots(devDir)).length;
    console.log(row(`cold, ${devPages} pages of ${basename(devDir)}`, devPages, await measureBuild(devDir, join(root, 'dev-out'), join(root, 'dev-build')), per));
    const sized: SizedBuild[] = [];
    const ordered = [...new Set(sizes.filter((n) => n > 0))].sort((a, b) => a - b);
    for (const [i, size] of ordered.entries()) {
      const raw = join(root, `synthetic-${size}`);
      await syntheticCorpus(devDir, size, raw);
      const [out, build] = [join(root, `out-${size}`), join(root, `build-${size}`)];
      const cold = await measureBuild(raw, out, build);
      console.log(row(`cold, ${size} synthetic pages`, size, cold, per));
      sized.push({ pages: size, wallMs: cold.wallMs, peakMiB: cold.maxRssMiB, stagePeaksMiB: cold.stagePeaksMiB });
      if (i < ordered.length - 1) {
        await Promise.all([raw, out, build].map((dir) => rm(dir, { recursive: true, force: true })));
        continue;
      }
      console.log(row('  rebuild, nothing changed', size, await measureBuild(raw, out, build), per));
      await changeOnePage(raw);
      console.log(row('  rebuild, one page changed (bytes)', size, await measureBuild(raw, out, build), per));
      await changeOnePage(raw, true);
      console.log(row('  rebuild, one page changed (text)', size, await measureBuild(raw, out, build), per));
    }
    for (const line of memoryGrowthLines(sized)) console.log(line);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
