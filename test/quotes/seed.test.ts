// The CDT example article, on a HAND-BUILT body made from the seed text (see fixtures/seed-body.ts).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../pipeline/extract/quotes/extract-quotes.ts';
import { SEED_BLOCKS, seedBody } from './fixtures/seed-body.ts';
import { readFileSync } from 'node:fs';

/** The team's gold for the example article: speakers are read from it, never spelt out here. */
interface GoldQuote { text: string; speaker: string | null; speaker_type: string | null; kind: string }
const GOLD: { quotes: GoldQuote[] } = JSON.parse(
  readFileSync(new URL('../../../shared/seed/seed.gold.json', import.meta.url), 'utf8'),
);

/** The gold quote of the given kind whose text holds `needle` (exactly one). */
function goldQuote(needle: string, block: boolean): GoldQuote {
  const hit = GOLD.quotes.filter((q) => (q.kind === 'block') === block && q.text.includes(needle));
  expect(hit, `gold quote holding ${needle}`).toHaveLength(1);
  return hit[0]!;
}

/** Same speaker as the gold: equal once a leading article is dropped, or the gold name extended by more words. */
function expectGoldSpeaker(predicted: string | null, gold: string | null): void {
  const bare = (s: string | null) => (s ?? '').replace(/^the\s+/i, '');
  const p = bare(predicted);
  const g = bare(gold);
  expect(g.length, 'gold speaker').toBeGreaterThan(0);
  expect(p === g || p.startsWith(`${g} `), `${p} vs ${g}`).toBe(true);
}

const body = seedBody();
const quotes = extractQuotes(body);
const blocks = quotes.filter((q) => q.kind === 'block');

function quote(needle: string) {
  const hit = quotes.filter((q) => q.kind !== 'block' && q.text.includes(needle));
  expect(hit, needle).toHaveLength(1);
  return hit[0]!;
}

describe('CDT example article (hand-built body)', () => {
  it('finds the five block quotations with their credit links', () => {
    expect(blocks).toHaveLength(5);
    blocks.forEach((b, i) => {
      expect(b.text.startsWith(SEED_BLOCKS[i]![0])).toBe(true);
      expect(b.text.endsWith('[Source]')).toBe(false);
      expect(body.text.slice(b.start, b.end)).toBe(b.text);
      expect(b.link).toBe(i);
      expect(body.links[b.link!]!.anchor).toBe('[Source]');
    });
    expect(blocks[0]!.text).toContain('\n\nDetainees interviewed');
  });

  it('credits each block to the publication or author named before it', () => {
    const gold = blocks.map((b, i) => goldQuote(SEED_BLOCKS[i]![0], true));
    blocks.forEach((b, i) => expectGoldSpeaker(b.speaker, gold[i]!.speaker));
    expect(blocks.map((b) => b.speaker_type)).toEqual(gold.map((g) => g.speaker_type));
  });

  it('ties the quotes inside a block to it', () => {
    const parentOf = (needle: string) => quotes[quote(needle).parent!];
    expect(parentOf('[t]he extent of arbitrary')).toBe(blocks[0]);
    expect(parentOf('game-changer')).toBe(blocks[1]);
    expect(parentOf('moral obligation')).toBe(blocks[2]);
    expect(parentOf('pure farce')).toBe(blocks[3]);
    expect(parentOf('no need for')).toBe(blocks[4]);
    expect(quote('tremendous pressure').parent).toBeNull();
  });

  it('attributes the key quotes', () => {
    expectGoldSpeaker(quote('long-awaited recognition').speaker, goldQuote('long-awaited recognition', false).speaker);
    expectGoldSpeaker(quote('extremely important').speaker, goldQuote('extremely important', false).speaker);
    expect(quote('extremely important').text).toContain('community, Accountability starts now.');
    expectGoldSpeaker(quote('game-changer').speaker, goldQuote('game-changer', false).speaker);
    expectGoldSpeaker(quote('waited far too long').speaker, goldQuote('waited far too long', false).speaker);
    expectGoldSpeaker(quote('no more excuses').speaker, goldQuote('no more excuses', false).speaker);
    expectGoldSpeaker(quote('moral obligation').speaker, goldQuote('moral obligation', false).speaker);
    expectGoldSpeaker(quote('tremendous pressure').speaker, goldQuote('tremendous pressure', false).speaker);
    expectGoldSpeaker(quote('concerned').speaker, goldQuote('concerned', false).speaker);
    expectGoldSpeaker(quote('requires urgent action').speaker, goldQuote('requires urgent action', false).speaker);
    expectGoldSpeaker(quote('raised in every official contact').speaker, goldQuote('raised in every official contact', false).speaker);
    expectGoldSpeaker(quote('very substantial').speaker, goldQuote('very substantial', false).speaker);
    expectGoldSpeaker(quote('pure farce').speaker, goldQuote('pure farce', false).speaker);
    expectGoldSpeaker(quote('politicised document').speaker, goldQuote('politicised document', false).speaker);
    expectGoldSpeaker(quote('presumption of guilt').speaker, goldQuote('presumption of guilt', false).speaker);
    expectGoldSpeaker(quote('wholly illegal').speaker, goldQuote('wholly illegal', false).speaker);
    expectGoldSpeaker(quote('sunk to [becoming]').speaker, goldQuote('sunk to [becoming]', false).speaker);
    expectGoldSpeaker(quote('no need for').speaker, goldQuote('no need for', false).speaker);
    expectGoldSpeaker(quote('reasonable to conclude').speaker, goldQuote('reasonable to conclude', false).speaker);
    expect(quote('[t]he extent').speaker_type).toBe('document');
  });

  it('leaves out scare quotes, the book title and nested terms', () => {
    const texts = quotes.map((q) => q.text);
    for (const term of ['vocational training centres', 'tiger chair', 'failed']) {
      expect(texts.some((t) => t === term || t.startsWith(term))).toBe(false);
    }
    // The book title, which begins with its author's name.
    const inline = quotes.filter((q) => q.kind !== 'block').map((q) => q.text);
    expect(inline.some((t) => t.includes('Excerpts on Respecting'))).toBe(false);
  });

  it('points every quote back into the text', () => {
    for (const q of quotes) {
      const slice = body.text.slice(q.start, q.end);
      if (q.kind === 'block' || !q.text.includes('\n')) expect(slice.startsWith(q.text.slice(0, 12))).toBe(true);
      expect(slice.endsWith(q.text.slice(-12))).toBe(true);
    }
  });
});
