/**
 * The example article (China Digital Times) scored against its gold
 * annotation, and its five [Source] links tied to the block quotations they
 * credit.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinkRow, QuoteRow } from '../../pipeline/extract/records.ts';
import { buildInTemp } from '../helpers/build.ts';
import { SHARED, type ExtractScores, scoreExtract } from '../helpers/score.ts';

interface GoldLink {
  anchor: string;
  sources_block: string;
  href: string | null;
}

let scores: ExtractScores;
let quotes: QuoteRow[];
let links: LinkRow[];
let gold: { links: GoldLink[] };

beforeAll(async () => {
  const built = await buildInTemp('raw', 'seed');
  scores = scoreExtract(join(SHARED, 'seed'), built.latest);
  quotes = JSON.parse(await readFile(join(built.latest, 'quotes.json'), 'utf8'));
  links = JSON.parse(await readFile(join(built.latest, 'links.json'), 'utf8'));
  gold = JSON.parse(await readFile(join(SHARED, 'seed', 'seed.gold.json'), 'utf8'));
});

describe('the example article', () => {
  it('is found by the scorer', () => {
    expect(scores.articlesFound).toBe(1);
  });

  it('meets the foundation floors for quotes, speakers and countries', () => {
    expect(scores.quotesF1, scores.output).toBeGreaterThanOrEqual(0.85);
    expect(scores.speakerAccuracy, scores.output).toBeGreaterThanOrEqual(0.85);
    expect(scores.countriesF1, scores.output).toBe(1);
  });

  it('has its five [Source] links, each tied to the block quotation it credits', () => {
    const sources = links.filter((l) => l.kind === 'source');
    expect(sources).toHaveLength(gold.links.length);
    gold.links.forEach((g, i) => {
      const link = sources[i]!;
      expect(link.anchor_text).toBe(g.anchor);
      if (g.href) expect(link.url).toBe(g.href);
      const block = quotes.find((q) => q.quote_id === link.quote_id);
      expect(block?.kind).toBe('block');
      expect(block?.link_id).toBe(link.link_id);
      expect(block?.text.startsWith(g.sources_block)).toBe(true);
    });
  });

  it('ties quotes inside a block to the block', () => {
    const blocks = new Map(quotes.filter((q) => q.kind === 'block').map((q) => [q.quote_id, q]));
    const inner = quotes.filter((q) => q.parent_quote_id !== null);
    expect(inner.length).toBeGreaterThan(0);
    for (const q of inner) {
      const parent = blocks.get(q.parent_quote_id!);
      expect(parent).toBeDefined();
      expect(q.char_start).toBeGreaterThanOrEqual(parent!.char_start);
      expect(q.char_end).toBeLessThanOrEqual(parent!.char_end);
    }
  });
});
