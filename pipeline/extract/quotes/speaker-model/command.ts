/**
 * `train-speakers`: fits the speaker model on an annotated folder (PolNeAR
 * train) and writes its weights; `--check` compares them with a weights file
 * instead of writing. `make train-speakers` runs it on PolNeAR train.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type CommandHelp, parseCommandOptions } from '../../../lib/cli-help.ts';
import { PipelineError } from '../../../lib/errors.ts';
import { corpusExamples, type ChoiceExample } from './corpus.ts';
import type { SpeakerWeights } from './chooser.ts';
import { choiceAccuracy, trainWeights } from './train.ts';

const HELP: CommandHelp = {
  usage: 'usage: tsx pipeline/cli.ts train-speakers --corpus DIR --weights FILE [--limit N] [--check]',
  summary: 'Fits the speaker chooser on the annotated pages of DIR (<name>.html beside <name>.gold.json) and writes its weights to FILE.',
  options: [
    { name: 'corpus', value: 'DIR', text: 'folder of annotated pages (PolNeAR train)' },
    { name: 'weights', value: 'FILE', text: 'weights file to write (or, with --check, to compare with)' },
    { name: 'limit', value: 'N', text: 'train on the first N pages only (in name order)' },
    { name: 'check', text: 'do not write: exit 1 when retraining does not give the weights in FILE' },
  ],
};

/** Serialises weights as committed: sorted keys, one per line. */
export function formatWeights(w: SpeakerWeights): string {
  const keys = Object.keys(w.weights).sort();
  const lines = keys.map((k) => `    ${JSON.stringify(k)}: ${w.weights[k]}`);
  return `{\n  "version": ${w.version},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** Trains on a folder: the weights and the figures on its examples. */
export function trainOnFolder(corpus: string, limit?: number): { weights: SpeakerWeights; examples: ChoiceExample[]; before: number; after: number } {
  const examples = corpusExamples(corpus, { version: 1, weights: {} }, limit);
  const weights = trainWeights(examples);
  const before = examples.filter((e) => e.extractedCorrect).length / Math.max(1, examples.length);
  return { weights, examples, before, after: choiceAccuracy(examples, weights) };
}

/** Runs the command; returns the exit code. */
export function trainSpeakersCommand(argv: string[]): number {
  const parsed = parseCommandOptions('train-speakers', argv, HELP);
  if (parsed.exit !== undefined) return parsed.exit;
  const corpus = parsed.values.corpus;
  const file = parsed.values.weights;
  if (typeof corpus !== 'string' || typeof file !== 'string') throw new PipelineError('cli', `train-speakers needs --corpus DIR and --weights FILE\n${HELP.usage}`);
  const limit = typeof parsed.values.limit === 'string' ? Number(parsed.values.limit) : undefined;
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new PipelineError('cli', `--limit needs a whole number above 0, not '${String(parsed.values.limit)}'`);
  const { weights, examples, before, after } = trainOnFolder(corpus, limit);
  console.error(`train-speakers: ${examples.length} quotes with a gold speaker; rules ${before.toFixed(3)}, chooser ${after.toFixed(3)} on the same quotes; ${Object.keys(weights.weights).length} weights`);
  const text = formatWeights(weights);
  if (parsed.values.check) {
    const same = readFileSync(file, 'utf8') === text;
    console.error(same ? `train-speakers: retraining gives ${file}` : `train-speakers: retraining does not give ${file}: run make train-speakers and commit it`);
    return same ? 0 : 1;
  }
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  return 0;
}
