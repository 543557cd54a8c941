// The CDT example article, on a HAND-BUILT body made from the seed text (see fixtures/seed-body.ts).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../pipeline/extract/quotes/extract-quotes.ts';
import { SEED_BLOCKS, seedBody } from './fixtures/seed-body.ts';

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
    expect(blocks.map((b) => b.speaker)).toEqual([
      'Human Rights Watch',
      'joint statement by 63 Uyghur organizations around the world',
      'Agnès Callamard',
      'Finbarr Bermingham',
      'Mark Cogan',
    ]);
    expect(blocks.map((b) => b.speaker_type)).toEqual(['organization', 'document', 'person', 'person', 'person']);
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
    expect(quote('long-awaited recognition').speaker).toBe('Rayhan Asat');
    expect(quote('extremely important').speaker).toBe('Dolkun Isa');
    expect(quote('extremely important').text).toContain('community, Accountability starts now.');
    expect(quote('game-changer').speaker).toBe('Omer Kanat');
    expect(quote('waited far too long').speaker).toBe('Rushan Abbas');
    expect(quote('no more excuses').speaker).toBe('Elfidar Iltebir');
    expect(quote('moral obligation').speaker).toBe('Agnès Callamard');
    expect(quote('tremendous pressure').speaker).toBe('Michelle Bachelet');
    expect(quote('concerned').speaker).toBe('Antonio Guterres');
    expect(quote('requires urgent action').speaker).toBe('Josep Borrell');
    expect(quote('raised in every official contact').speaker).toBe('Reinhard Bütikofer');
    expect(quote('very substantial').speaker).toBe('the German ambassador to China');
    expect(quote('pure farce').speaker).toBe('Liu Yuyin');
    expect(quote('politicised document').speaker).toBe('Liu Yuyin');
    expect(quote('presumption of guilt').speaker).toBe('Liu Yuyin');
    expect(quote('wholly illegal').speaker).toBe('Wang Wenbin');
    expect(quote('sunk to [becoming]').speaker).toBe('Wang Wenbin');
    expect(quote('no need for').speaker).toBe('Xi Jinping');
    expect(quote('reasonable to conclude').speaker).toBe('UN Special Rapporteur on Contemporary Forms of Slavery');
    expect(quote('[t]he extent').speaker_type).toBe('document');
  });

  it('leaves out scare quotes, the book title and nested terms', () => {
    const texts = quotes.map((q) => q.text);
    for (const term of ['vocational training centres', 'tiger chair', 'failed', 'Xi Jinping’s Excerpts on Respecting']) {
      expect(texts.some((t) => t === term || t.startsWith(term))).toBe(false);
    }
  });

  it('points every quote back into the text', () => {
    for (const q of quotes) {
      const slice = body.text.slice(q.start, q.end);
      if (q.kind === 'block' || !q.text.includes('\n')) expect(slice.startsWith(q.text.slice(0, 12))).toBe(true);
      expect(slice.endsWith(q.text.slice(-12))).toBe(true);
    }
  });
});
