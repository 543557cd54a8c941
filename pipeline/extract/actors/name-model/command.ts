/**
 * `cli.ts train-names --corpus DIR --out FILE` (what `make train-names`
 * runs): trains the name model on a GUM folder and writes its weights.
 */
import { type CommandHelp, EXIT_USAGE, parseCommandOptions } from '../../../lib/cli-help.ts';
import { TRAINING_GENRES, trainNames } from './train.ts';

const HELP: CommandHelp = {
  usage: 'usage: tsx pipeline/cli.ts train-names --corpus DIR --out FILE',
  summary: `Trains the name model (averaged perceptron over token features) on the GUM pages of DIR whose genre's text licence is CC BY or CC BY-SA (${TRAINING_GENRES.join(', ')}), with labels projected from their gold lists, and writes the weights as JSON to FILE. Deterministic: the same pages give the same file.`,
  options: [
    { name: 'corpus', value: 'DIR', text: 'folder of <doc>.html and <doc>.gold.json (GUM train)' },
    { name: 'out', value: 'FILE', text: 'weights file to write (pipeline/extract/actors/name-model/weights.json)' },
  ],
};

/** Runs the command; returns the exit status. */
export function trainNamesCommand(argv: string[]): number {
  const parsed = parseCommandOptions('train-names', argv, HELP);
  if (parsed.exit !== undefined) return parsed.exit;
  const corpus = parsed.values.corpus;
  const out = parsed.values.out;
  if (typeof corpus !== 'string' || typeof out !== 'string') {
    console.error(`train-names: --corpus and --out are both needed\n${HELP.usage}`);
    return EXIT_USAGE;
  }
  const { pages, tokens, features } = trainNames(corpus, out);
  console.error(`train-names: ${pages} pages, ${tokens} capitalised tokens, ${features} features written to ${out}`);
  return 0;
}
