/**
 * Trains the name model (`make train-names`, `cli.ts train-names`) from a
 * folder of GUM pages with their gold lists: each page is read as the
 * pipeline reads it, its tokens are labelled by projecting the gold names
 * onto its text, and an averaged perceptron learns from the capitalised
 * tokens. Only the genres whose text licence allows it are read (see
 * README.md). The same folder gives the same weights, byte for byte.
 */
import { readFileSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../html/read-page.ts';
import { maskBoilerplate } from '../boilerplate.ts';
import { type Token, tokenize } from '../tokens.ts';
import { AveragedPerceptron, type WeightTable } from './perceptron.ts';
import { LABELS, type Label, documentFacts, tokenFeatures } from './features.ts';

/** GUM genres whose text is licensed CC BY or CC BY-SA (../shared/corpora/gum/README.md); the others (NC) are never read. */
export const TRAINING_GENRES: readonly string[] = ['academic', 'bio', 'court', 'voyage', 'news', 'interview'];
/** Passes over the data: the dev figures stopped rising after a few (README.md). */
export const EPOCHS = 6;
/** A feature is kept only when it is seen in this many training pages: no page's own words are learnt. */
export const MIN_PAGES = 3;

/** One training page: its tokens and a label for each capitalised token (null elsewhere). */
export interface LabelledPage {
  id: string;
  text: string;
  tokens: Token[];
  labels: Array<Label | null>;
}

interface GoldFile {
  id: string;
  genre: string;
  people: string[] | null;
  organizations: string[] | null;
}

const POSSESSIVE = /['’]s$/u;
const bare = (w: string): string => w.replace(POSSESSIVE, '').toLowerCase();

/** Token index runs where `name`'s words appear in order, case-insensitive, a final possessive ignored. */
function occurrences(tokens: Token[], name: string): number[] {
  const words = tokenize(name).map((t) => t.text.toLowerCase());
  const found: number[] = [];
  if (words.length === 0) return found;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, k) => bare(tokens[i + k]!.text) === w || tokens[i + k]!.text.toLowerCase() === w)) found.push(i);
  }
  return found;
}

/**
 * Labels the capitalised tokens of a page from its gold lists: every place a
 * listed name is written in full (longest first), then every capitalised
 * word that is the first or last word of a listed person's name written
 * alone ("Varga" after "Ilona Varga"). The rest is "O". This is a
 * projection, not an annotation: mentions GUM lists under another form are
 * missed, and a person's word used for something else is taken as a name.
 */
export function projectLabels(tokens: Token[], people: readonly string[], organisations: readonly string[]): Array<Label | null> {
  const labels: Array<Label | null> = tokens.map((t) => (t.capitalised ? 'O' : null));
  const set = new Array<boolean>(tokens.length).fill(false);
  const spans: Array<{ at: number; length: number; label: Label }> = [];
  for (const [names, label] of [[people, 'PER'], [organisations, 'ORG']] as const) {
    for (const name of names) {
      const length = tokenize(name).length;
      for (const at of occurrences(tokens, name)) spans.push({ at, length, label });
    }
  }
  spans.sort((a, b) => b.length - a.length || a.at - b.at);
  const mark = (at: number, length: number, label: Label): void => {
    if (set.slice(at, at + length).some(Boolean)) return;
    for (let k = at; k < at + length; k++) {
      set[k] = true;
      if (labels[k] !== null) labels[k] = label;
    }
  };
  for (const s of spans) mark(s.at, s.length, s.label);
  for (const name of people) {
    const words = tokenize(name).map((t) => t.text);
    if (words.length < 2) continue;
    for (const part of new Set([words[0]!, words[words.length - 1]!])) {
      if (part.length < 2 || part.endsWith('.')) continue;
      for (const at of occurrences(tokens, part)) if (tokens[at]!.capitalised) mark(at, 1, 'PER');
    }
  }
  return labels;
}

/** Reads the training pages of a GUM folder (licensed genres only), in file-name order. */
export function readTrainingPages(folder: string, genres: readonly string[] = TRAINING_GENRES): LabelledPage[] {
  const pages: LabelledPage[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(folder, file), 'utf8')) as GoldFile;
    if (!genres.includes(gold.genre)) continue;
    const html = readFileSync(join(folder, file.replace(/\.gold\.json$/, '.html')), 'utf8');
    const { body } = readPage(html, null);
    const text = maskBoilerplate(body);
    const tokens = tokenize(text);
    pages.push({ id: gold.id, text, tokens, labels: projectLabels(tokens, gold.people ?? [], gold.organizations ?? []) });
  }
  return pages;
}

/** Deterministic pseudo-random numbers (mulberry32) for the order of pages in each pass. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains on labelled pages; returns the averaged weights. */
export function trainWeights(pages: readonly LabelledPage[], epochs = EPOCHS, minPages = MIN_PAGES): WeightTable {
  const facts = pages.map((p) => documentFacts(p.tokens));
  // The features of each labelled token, once; then only those seen in at least `minPages` pages.
  const examples = pages.map((page, n) =>
    page.tokens.flatMap((t, i) => {
      const truth = page.labels[i];
      return t.capitalised && truth ? [{ features: tokenFeatures(page.tokens, i, facts[n]!), truth: LABELS.indexOf(truth) }] : [];
    }),
  );
  const pagesOf = new Map<string, number>();
  for (const page of examples) for (const f of new Set(page.flatMap((e) => e.features))) pagesOf.set(f, (pagesOf.get(f) ?? 0) + 1);
  for (const page of examples) for (const e of page) e.features = e.features.filter((f) => (pagesOf.get(f) ?? 0) >= minPages);
  const model = new AveragedPerceptron(LABELS.length);
  const next = random(9);
  const order = pages.map((_, n) => n);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(next() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const n of order) for (const e of examples[n]!) model.learn(e.features, e.truth);
  }
  return model.averaged();
}

/** The weights file: the labels, how it was trained, and the weights. */
export function weightsFile(weights: WeightTable, pages: readonly LabelledPage[]): string {
  const file = {
    _about: 'Name model weights (averaged perceptron), written by `make train-names`; see README.md in this folder. Do not edit by hand.',
    labels: LABELS,
    genres: TRAINING_GENRES,
    pages: pages.length,
    epochs: EPOCHS,
    minPages: MIN_PAGES,
    weights,
  };
  // One feature per line: readable diffs when the model is retrained.
  const lines = Object.entries(weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  const head = JSON.stringify({ ...file, weights: undefined }, null, 2).replace(/\n}$/, '');
  return `${head},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** `cli.ts train-names`: trains on `corpus` and writes the weights to `out` (temp file, then rename). */
export function trainNames(corpus: string, out: string): { pages: number; tokens: number; features: number } {
  const pages = readTrainingPages(corpus);
  if (pages.length === 0) throw new Error(`train-names: no page of the genres ${TRAINING_GENRES.join(', ')} in ${corpus} (expected <doc>.html beside <doc>.gold.json)`);
  const weights = trainWeights(pages);
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, weightsFile(weights, pages));
  renameSync(tmp, out);
  const tokens = pages.reduce((n, p) => n + p.labels.filter((l) => l !== null).length, 0);
  return { pages: pages.length, tokens, features: Object.keys(weights).length };
}
