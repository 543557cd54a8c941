/**
 * Shards, for builds on more than one machine: `--shard i/N` extracts a
 * deterministic slice of the snapshots and saves their results; the merge
 * step reads the N saved slices and writes the tables exactly as one build
 * of the whole folder would (same order, same code), then validate and
 * publish run as usual. A snapshot belongs to the shard given by a hash of
 * its path, so it keeps its shard as the folder grows.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from '../lib/atomic-write.ts';
import { PipelineError } from '../lib/errors.ts';
import { sha256 } from '../lib/hash.ts';
import {
  type ExtractOptions,
  type ExtractReport,
  type PageResults,
  extractSnapshots,
  pageRecords,
  readRawInput,
  writeExtractOutput,
} from './extract-stage.ts';
import type { PreparedRecords } from './assemble.ts';

/** Slice `index` (0-based, as Kubernetes' JOB_COMPLETION_INDEX) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

const SHARD_SPEC = /^(\d+)\/(\d+)$/;

/** Reads `i/N` (0 ≤ i < N). */
export function parseShard(spec: string): Shard {
  const match = SHARD_SPEC.exec(spec.trim());
  const shard = match ? { index: Number(match[1]), count: Number(match[2]) } : null;
  if (!shard || shard.count < 1 || shard.index >= shard.count) {
    throw new PipelineError('cli', `--shard needs i/N with 0 ≤ i < N, not '${spec}'`, { hint: 'e.g. --shard 0/4 … --shard 3/4' });
  }
  return shard;
}

/** True when the snapshot at this path belongs to the shard. */
export function inShard(relative: string, shard: Shard): boolean {
  return Number.parseInt(sha256(relative).slice(0, 8), 16) % shard.count === shard.index;
}

/** The file where a shard saves its results, inside the build folder shared by the shards. */
export function shardFile(buildDir: string, shard: Shard): string {
  return join(buildDir, 'shards', `${shard.index}-of-${shard.count}.json`);
}

interface SavedShard {
  index: number;
  count: number;
  cached: number;
  results: Array<[string, PreparedRecords | { file: string; reason: string; hint: string }]>;
}

/** Extracts one shard's snapshots and saves their results; returns how many it extracted. */
export async function runExtractShard(options: ExtractOptions, shard: Shard): Promise<{ snapshots: number; file: string }> {
  const input = await readRawInput(options.rawDir);
  const chosen = input.snapshots.filter((s) => inShard(s.relative, shard));
  const { results, cached } = await extractSnapshots(options, input, chosen);
  // The shard's file carries its pages' records (the machine that merges may not have this one's cache).
  const saved: SavedShard = { ...shard, cached, results: [] };
  for (const [relative, result] of results) saved.results.push([relative, 'reason' in result ? result : await pageRecords(result)]);
  const file = shardFile(options.buildDir, shard);
  await writeJsonAtomic(file, saved);
  return { snapshots: chosen.length, file };
}

/** Merges the saved results of shards 0 … count-1 into the extract stage's tables. */
export async function runMergeShards(options: ExtractOptions, count: number): Promise<ExtractReport> {
  const input = await readRawInput(options.rawDir);
  const results: PageResults = new Map();
  let cached = 0;
  for (let index = 0; index < count; index++) {
    const file = shardFile(options.buildDir, { index, count });
    let saved: SavedShard;
    try {
      saved = JSON.parse(await readFile(file, 'utf8')) as SavedShard;
    } catch (error) {
      throw new PipelineError('extract', `shard ${index}/${count} has no results`, { file, cause: error, hint: `run the build with --shard ${index}/${count} first` });
    }
    cached += saved.cached;
    for (const [relative, result] of saved.results) results.set(relative, result);
  }
  return writeExtractOutput(options, input, results, cached);
}
