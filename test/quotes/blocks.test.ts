// Block quotations with made-up text (hand-built bodies with blockquote paragraphs and [Source] links).
import { describe, expect, it } from 'vitest';
import { buildBody, type ParagraphInput } from '../../pipeline/extract/body.ts';
import { extractQuotes } from '../../pipeline/extract/quotes/extract-quotes.ts';

const SOURCE = ' [Source]';

function withSource(text: string, block: number): ParagraphInput {
  const full = text + SOURCE;
  return { text: full, kind: 'blockquote', block, links: [{ href: 'https://example.org/a', anchor: '[Source]', start: full.length - 8, end: full.length }] };
}

describe('block quotations', () => {
  it('makes the whole excerpt one block quote credited to the publication named before it', () => {
    const body = buildBody([
      { text: 'The Daily Ledger described the scene at the bridge:', kind: 'p', block: null },
      { text: 'Crowds gathered at dawn. “We had no warning,” said Anna Berg, who lives nearby.', kind: 'blockquote', block: 0 },
      withSource('The council has not yet responded to questions.', 0),
      { text: 'The bridge remains closed.', kind: 'p', block: null },
    ], 'made-up');
    const quotes = extractQuotes(body);
    const block = quotes.find((q) => q.kind === 'block')!;
    expect(block.text).toBe('Crowds gathered at dawn. “We had no warning,” said Anna Berg, who lives nearby.\n\nThe council has not yet responded to questions.');
    expect(body.text.slice(block.start, block.end)).toBe(block.text);
    expect(block.speaker).toBe('Daily Ledger');
    expect(block.speaker_type).toBe('organization');
    expect(block.link).toBe(0);
    const inner = quotes.find((q) => q.text.startsWith('We had no warning'))!;
    expect(inner.parent).toBe(quotes.indexOf(block));
    expect(inner.speaker).toBe('Anna Berg');
  });

  it('credits the author named with the publication', () => {
    const body = buildBody([
      { text: 'Lena Ortiz from the Valley Times reported on the vote:', kind: 'p', block: null },
      withSource('The council voted seven to two to close the bridge for the winter.', 0),
    ], 'made-up');
    const block = extractQuotes(body).find((q) => q.kind === 'block')!;
    expect(block.speaker).toBe('Lena Ortiz');
    expect(block.speaker_type).toBe('person');
  });

  it('reads “From X:” before a block', () => {
    const body = buildBody([
      { text: 'From the Valley Times:', kind: 'p', block: null },
      withSource('The council voted seven to two to close the bridge for the winter.', 0),
    ], 'made-up');
    const block = extractQuotes(body).find((q) => q.kind === 'block')!;
    expect(block.speaker).toBe('Valley Times');
  });

  it('gives an unattributed quote filling a block to the block’s author', () => {
    const body = buildBody([
      { text: 'In a press release, Council Chair Omar Haddad called for an inquiry:', kind: 'p', block: null },
      { text: '“The collapse must be investigated by an independent panel.', kind: 'blockquote', block: 0 },
      withSource('“Families deserve to know what went wrong and who knew about it.', 0),
    ], 'made-up');
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => [q.kind, q.speaker, q.parent])).toEqual([
      ['block', 'Omar Haddad', null],
      ['direct', 'Omar Haddad', 0],
    ]);
    expect(quotes[1]!.text).toBe('The collapse must be investigated by an independent panel. Families deserve to know what went wrong and who knew about it.');
  });
});

describe('blocks that are not quotations', () => {
  it('skips a styled box nobody is credited for', () => {
    // made-up
    const body = buildBody([
      { text: 'Drinking water helps you feel full.', kind: 'p', block: null },
      { text: 'Summary Drinking more water can keep you feeling full.', kind: 'blockquote', block: 0 },
    ], 'made-up');
    expect(extractQuotes(body).filter((q) => q.kind === 'block')).toEqual([]);
  });

  it('credits an embedded post to the name on its credit line', () => {
    // made-up
    const body = buildBody([
      { text: 'The striker said goodbye online.', kind: 'p', block: null },
      { text: 'Thank you for everything, coach. See you soon my friend. pic.twitter.com/abc123', kind: 'blockquote', block: 0 },
      { text: '— Sam Lee (@samlee) May 1, 2019', kind: 'blockquote', block: 0 },
    ], 'made-up');
    const block = extractQuotes(body).find((q) => q.kind === 'block')!;
    expect(block.text).toBe('Thank you for everything, coach. See you soon my friend.');
    expect(block.speaker).toBe('Sam Lee');
  });
});
