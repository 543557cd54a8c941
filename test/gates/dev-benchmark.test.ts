/**
 * The evaluation gate: the 39 real pages of ../shared/bench-dev are built by
 * the pipeline and scored with ../shared/eval/score.py; each figure must stay
 * at or above its pinned floor (test/gates/floors.json). Besides the
 * benchmark's gold (`dev`), the team's own annotations of the other dev pages
 * (`holdout`, `holdout2` in test/fixtures/) and the example article (`seed`)
 * are scored the same way. The 84 PolNeAR dev articles (political news with
 * hand-annotated attributions, never read by the team) are built and scored
 * too (`polnear-dev`): quotes and speakers on news nobody here tuned on; and
 * so are the 22 GUM dev documents (`gum-dev`, ../shared/corpora/gum/dev:
 * people, organisations, countries of 11 genres).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInTemp } from '../helpers/build.ts';
import { type ExtractScores, SHARED, scoreContent, scoreExtract } from '../helpers/score.ts';

type Figure = 'quotes_f1' | 'speaker_accuracy' | 'people_f1' | 'organizations_f1' | 'countries_f1';
type GoldSet = 'dev' | 'holdout' | 'holdout2' | 'seed' | 'polnear-dev' | 'gum-dev';

const FLOORS: Record<GoldSet, Partial<Record<Figure | 'content_f1', number>> & { articles?: number }> = JSON.parse(
  readFileSync(join(import.meta.dirname, 'floors.json'), 'utf8'),
);
const BENCH = join(SHARED, 'bench-dev');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const GOLD: Record<GoldSet, string> = {
  dev: join(BENCH, 'gold'),
  holdout: join(FIXTURES, 'holdout-gold'),
  holdout2: join(FIXTURES, 'holdout2-gold'),
  seed: join(SHARED, 'seed'),
  'polnear-dev': join(SHARED, 'corpora', 'polnear', 'dev'),
  // GUM dev (22 documents of 11 genres): built and scored only, never read or tuned on (tuning uses GUM train).
  'gum-dev': join(SHARED, 'corpora', 'gum', 'dev'),
};
const FIGURES: Record<Figure, keyof ExtractScores> = {
  quotes_f1: 'quotesF1',
  speaker_accuracy: 'speakerAccuracy',
  people_f1: 'peopleF1',
  organizations_f1: 'organizationsF1',
  countries_f1: 'countriesF1',
};

let content: { f1: number; output: string };
const scores = {} as Record<GoldSet, ExtractScores>;
let problems: unknown[];

beforeAll(async () => {
  const dev = await buildInTemp(join(BENCH, 'html'), 'dev');
  problems = dev.extract.problems;
  content = scoreContent(join(BENCH, 'ground-truth.json'), dev.latest);
  for (const set of ['dev', 'holdout', 'holdout2'] as const) scores[set] = scoreExtract(GOLD[set], dev.latest);
  const example = await buildInTemp('raw', 'gate-seed');
  scores.seed = scoreExtract(GOLD.seed, example.latest);
  // The PolNeAR and GUM dev folders hold the pages and their gold side by side; the build reads only the pages.
  const polnear = await buildInTemp(GOLD['polnear-dev'], 'polnear-dev');
  scores['polnear-dev'] = scoreExtract(GOLD['polnear-dev'], polnear.latest);
  const gum = await buildInTemp(GOLD['gum-dev'], 'gum-dev');
  scores['gum-dev'] = scoreExtract(GOLD['gum-dev'], gum.latest);
}, 900_000);

describe('dev benchmark (39 real pages) and the example article', () => {
  it('builds every page without a problem, and the scorer finds every gold article', () => {
    expect(problems).toEqual([]);
    for (const set of Object.keys(GOLD) as GoldSet[]) {
      expect(scores[set].articlesFound, set).toBe(FLOORS[set].articles);
    }
  });

  it('main text F1 stays above its floor', () => {
    expect(content.f1, content.output).toBeGreaterThanOrEqual(FLOORS.dev.content_f1!);
  });

  const cases = (Object.keys(GOLD) as GoldSet[]).flatMap((set) =>
    (Object.keys(FIGURES) as Figure[]).filter((f) => FLOORS[set][f] !== undefined).map((f) => [set, f] as const),
  );
  it.each(cases)('%s: %s stays above its floor', (set, figure) => {
    const measured = scores[set][FIGURES[figure]] as number;
    expect(measured, scores[set].output).toBeGreaterThanOrEqual(FLOORS[set][figure]!);
  });
});
