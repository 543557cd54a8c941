import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared folder beside the repository (as on every developer machine and CI). */
export const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const SCORE_PY = join(SHARED, 'eval', 'score.py');

if (!existsSync(SCORE_PY)) throw new Error(`${SCORE_PY} is missing: the tests need ../shared beside the repository`);

/** Figures printed by `score.py extract`. */
export interface ExtractScores {
  quotesF1: number;
  speakerAccuracy: number;
  peopleF1: number;
  organizationsF1: number;
  countriesF1: number;
  articlesFound: number;
  output: string;
}

function figure(output: string, pattern: RegExp, what: string): number {
  const m = pattern.exec(output);
  if (!m) throw new Error(`score.py printed no ${what}:\n${output}`);
  return Number(m[1]);
}

/** Runs `score.py extract` on a published dataset folder. */
export function scoreExtract(goldDir: string, dataDir: string): ExtractScores {
  const output = execFileSync('python3', [SCORE_PY, 'extract', '--gold', goldDir, '--data', dataDir], { encoding: 'utf8' });
  return {
    quotesF1: figure(output, /^quotes\s.*F1 ([\d.]+)/m, 'quotes F1'),
    speakerAccuracy: figure(output, /^speakers\s+accuracy ([\d.]+)/m, 'speaker accuracy'),
    peopleF1: figure(output, /^people\s.*F1 ([\d.]+)/m, 'people F1'),
    organizationsF1: figure(output, /^organizations\s.*F1 ([\d.]+)/m, 'organisations F1'),
    countriesF1: figure(output, /^countries\s.*F1 ([\d.]+)/m, 'countries F1'),
    articlesFound: figure(output, /gold, (\d+) found/, 'article count'),
    output,
  };
}

/** Runs `score.py content` and returns our F1. */
export function scoreContent(truthFile: string, dataDir: string): { f1: number; output: string } {
  const output = execFileSync('python3', [SCORE_PY, 'content', '--truth', truthFile, '--data', dataDir], { encoding: 'utf8' });
  return { f1: figure(output, /^content F1 ([\d.]+)/m, 'content F1'), output };
}
