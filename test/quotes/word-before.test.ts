/** wordBefore reads backwards what a trailing-anchored regex reads; invented text only. */
import { describe, expect, it } from 'vitest';
import { wordBefore } from '../../pipeline/extract/quotes/word-before.ts';

/** The regex wordBefore replaces. */
const REFERENCE = /([\p{L}]+)[\s"“”]*$/u;
const reference = (text: string, from: number, to: number): string | undefined => REFERENCE.exec(text.slice(from, to))?.[1];

describe('wordBefore', () => {
  it('finds the word before spaces and quotes', () => {
    expect(wordBefore('than “ Ann Ross', 0, 10)).toBe('Ann');
    expect(wordBefore('told " Ross', 0, 7)).toBe('told');
    expect(wordBefore('the mayor,  ', 0, 12)).toBeUndefined();
    expect(wordBefore('', 0, 0)).toBeUndefined();
  });

  it('stops at the window’s start, even inside a word or a surrogate pair', () => {
    expect(wordBefore('Borealis said', 3, 8)).toBe('ealis');
    const astral = 'x\u{1D49C}\u{1D4A2} y'; // two letters outside the BMP (mathematical script capitals)
    expect(wordBefore(astral, 0, 5)).toBe('x\u{1D49C}\u{1D4A2}');
    expect(wordBefore(astral, 2, 5)).toBe(reference(astral, 2, 5));
  });

  it('agrees with the regex on every window of mixed made-up text', () => {
    const text = 'Él dijo: “No.” Then  Ann\u00a0Ross, of 2 towns — and \u{1D49C}b "quoted" \u3000Zoë’s O’Neil (aide) x';
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) expect(wordBefore(text, from, to), `${from}-${to}`).toBe(reference(text, from, to));
    }
  });
});
