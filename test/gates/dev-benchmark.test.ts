/**
 * The evaluation gate: the 39 real pages of ../shared/bench-dev are built by
 * the pipeline and scored with ../shared/eval/score.py; each figure must stay
 * at or above its pinned floor (test/gates/floors.json). Besides the
 * benchmark's gold, the team's own annotation of ten further pages
 * (test/fixtures/holdout-gold) checks that accuracy holds beyond the pages
 * the extractors were tuned on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInTemp } from '../helpers/build.ts';
import { type ExtractScores, SHARED, scoreContent, scoreExtract } from '../helpers/score.ts';

const FLOORS = JSON.parse(readFileSync(join(import.meta.dirname, 'floors.json'), 'utf8'));
const BENCH = join(SHARED, 'bench-dev');

let content: { f1: number; output: string };
let dev: ExtractScores;
let seed: ExtractScores;
let holdout: ExtractScores;
let problems: unknown[];

beforeAll(async () => {
  const built = await buildInTemp(join(BENCH, 'html'), 'dev');
  problems = built.extract.problems;
  content = scoreContent(join(BENCH, 'ground-truth.json'), built.latest);
  dev = scoreExtract(join(BENCH, 'gold'), built.latest);
  holdout = scoreExtract(join(import.meta.dirname, '..', 'fixtures', 'holdout-gold'), built.latest);
  const example = await buildInTemp('raw', 'gate-seed');
  seed = scoreExtract(join(SHARED, 'seed'), example.latest);
}, 300_000);

describe('dev benchmark (39 real pages)', () => {
  it('builds every page without a problem', () => {
    expect(problems).toEqual([]);
    expect(dev.articlesFound).toBe(18);
    expect(holdout.articlesFound).toBe(10);
  });

  it('main text F1 stays above its floor', () => {
    expect(content.f1, content.output).toBeGreaterThanOrEqual(FLOORS.dev.content_f1);
  });

  it.each([
    ['quotes_f1', 'quotesF1'],
    ['speaker_accuracy', 'speakerAccuracy'],
    ['people_f1', 'peopleF1'],
    ['organizations_f1', 'organizationsF1'],
    ['countries_f1', 'countriesF1'],
  ] as const)('%s stays above its floor on the dev gold, the held-out pages and the example article', (floor, figure) => {
    expect(dev[figure], dev.output).toBeGreaterThanOrEqual(FLOORS.dev[floor]);
    if (floor in FLOORS.holdout) expect(holdout[figure], holdout.output).toBeGreaterThanOrEqual(FLOORS.holdout[floor]);
    if (floor in FLOORS.seed) expect(seed[figure], seed.output).toBeGreaterThanOrEqual(FLOORS.seed[floor]);
  });
});
