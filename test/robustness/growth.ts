/**
 * Growth check shared by the robustness tests (issue 14): extracts a made-up
 * page at two sizes in one run, counting work (see work-counter.ts), never
 * time. Doubling the input may at most multiply the work by
 * {@link MAX_DOUBLING_RATIO}: linear work doubles, quadratic quadruples.
 */
import { expect } from 'vitest';
import { extractArticle } from '../../pipeline/extract/article.ts';
import type { ArticleRecords } from '../../pipeline/extract/records.ts';
import { countWork } from './work-counter.ts';

/** Slack over the ideal 2.0 for fixed costs and rounding (the "about linear"). */
export const MAX_DOUBLING_RATIO = 2.5;

export interface Growth {
  small: ArticleRecords;
  large: ArticleRecords;
  ratio: number;
}

/** Extracts `page(size)` and `page(2 * size)`, asserts the work about doubles, and returns both results. */
export function expectLinearGrowth(page: (size: number) => string, size: number): Growth {
  const run = (n: number) => {
    const html = page(n);
    return { chars: html.length, ...countWork(() => extractArticle(html, { sourceFile: `made-up-${n}.html`, url: null })) };
  };
  const small = run(size);
  const large = run(2 * size);
  expect(large.chars / small.chars).toBeGreaterThan(1.6); // the page really grew
  expect(small.units).toBeGreaterThan(0);
  const ratio = large.units / small.units;
  expect(ratio, `work grew ${ratio.toFixed(2)}x when the page doubled (${small.units} → ${large.units} units)`).toBeLessThanOrEqual(MAX_DOUBLING_RATIO);
  return { small: small.result, large: large.result, ratio };
}
