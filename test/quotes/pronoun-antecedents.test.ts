// Who "he"/"she" stands for: the subject of an earlier sentence, read through a sentence-opening conjunction. Every name and sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { readsAsSubject } from '../../pipeline/extract/quotes/names.ts';
import { find, quotesOf } from './helpers.ts';

const subjectAt = (text: string, name: string): boolean => {
  const start = text.lastIndexOf(name);
  return readsAsSubject(text, 0, start, start + name.length, false);
};

describe('a name after a sentence-opening conjunction', () => {
  it('is the subject of its sentence', () => {
    expect(subjectAt('And Oduya, for once, agreed with the board.', 'Oduya')).toBe(true);
    expect(subjectAt('But Lena Marsh said nothing more.', 'Lena Marsh')).toBe(true);
  });

  it('is no subject when "and" joins it to a name before it', () => {
    expect(subjectAt('Tom Vale and Oduya agreed with the board.', 'Oduya')).toBe(false);
  });

  it('is the antecedent of "he" in the next sentence', () => {
    const { quotes } = quotesOf(
      'Tom Vale, who chairs the transit board, spoke for an hour on Monday.',
      'Several residents wrote to Mark Oduya about the fares. And Oduya, for all his doubts about the budget, seems to agree with them. “We cannot wait another year for the bridge,” he said.',
    );
    expect(find(quotes, 'another year').speaker).toBe('Mark Oduya');
  });
});
