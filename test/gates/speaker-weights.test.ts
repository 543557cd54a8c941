/**
 * The speaker chooser's committed weights are what `make train-speakers`
 * gives: retraining on PolNeAR train here must reproduce
 * pipeline/extract/quotes/speaker-model/weights.json byte for byte. A change
 * to the candidates, the features or the rules they start from fails this
 * test until the weights are retrained and committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatWeights, trainOnFolder } from '../../pipeline/extract/quotes/speaker-model/command.ts';
import { SHARED } from '../helpers/score.ts';

const WEIGHTS = join(import.meta.dirname, '..', '..', 'pipeline', 'extract', 'quotes', 'speaker-model', 'weights.json');

describe('speaker model weights', () => {
  it('are reproduced by retraining on PolNeAR train, and beat the rules there', () => {
    const { weights, examples, before, after } = trainOnFolder(join(SHARED, 'corpora', 'polnear', 'train'));
    expect(examples.length).toBeGreaterThan(4000);
    expect(formatWeights(weights)).toBe(readFileSync(WEIGHTS, 'utf8'));
    expect(after).toBeGreaterThan(before);
  }, 300_000);
});
