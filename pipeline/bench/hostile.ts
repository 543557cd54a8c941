/**
 * Made-up hostile inputs, each at two sizes in the same run: the ratio of the
 * times says how the work grows (2.0 for linear when the size doubles). These
 * were duration assertions in the tests, which fail on a busy machine; here
 * they are figures.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bodyFromPlainText } from '../extract/body.ts';
import { extractCountries } from '../extract/countries/extract-countries.ts';
import { extractQuotes } from '../extract/quotes/extract-quotes.ts';
import type { ArticleBody } from '../extract/types.ts';

/** The example article's text (real CDT page text), for the countries case. */
const SEED_TEXT = '../shared/seed/000_6b73d86a5e1183e7.txt';

interface Case {
  label: string;
  /** The input at a given size. */
  input: (size: number) => ArticleBody;
  run: (body: ArticleBody) => unknown;
  size: number;
}

function unclosedMark(paragraphs: number): ArticleBody {
  const parts = ['Anna Berg said: “This never closes and goes on for a while.'];
  for (let i = 0; i < paragraphs; i++) parts.push(`Paragraph ${i} of the made-up article has no quotes at all in it.`);
  return bodyFromPlainText(parts.join('\n\n'));
}

function seedText(): string {
  try {
    return readFileSync(SEED_TEXT, 'utf8');
  } catch {
    // Without ../shared: invented sentences naming countries.
    return 'Officials in France and Canada met their counterparts from Kenya in Nairobi. '.repeat(100);
  }
}

const CASES: Case[] = [
  { label: 'quotes: unclosed mark, N paragraphs', input: unclosedMark, run: extractQuotes, size: 200 },
  {
    label: 'quotes: run-on paragraph, N mark groups',
    input: (n) => bodyFromPlainText(Array.from({ length: n }, () => '“a” ‘b’ "c" said Anna Berg ').join('')),
    run: extractQuotes,
    size: 1000,
  },
  { label: 'countries: example article ×N', input: (n) => bodyFromPlainText(seedText().repeat(n)), run: extractCountries, size: 5 },
];

/** Runs per size: the fastest is kept, the others absorbed the noise of a shared machine (GC, JIT, other processes). */
const RUNS = 3;

function msFor(c: Case, size: number): number {
  const body = c.input(size);
  c.run(body); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    c.run(body);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Prints each case at its size and at twice its size. */
export function hostileFigures(): void {
  for (const c of CASES) {
    const small = msFor(c, c.size);
    const large = msFor(c, c.size * 2);
    console.log(
      `  ${c.label.padEnd(42)} N=${String(c.size).padEnd(5)} ${small.toFixed(1).padStart(8)} ms   2N ${large.toFixed(1).padStart(8)} ms   growth ${(large / small).toFixed(2)}x (2.00 is linear)`,
    );
  }
}
