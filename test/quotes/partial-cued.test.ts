// Short partial quotes whose speech cue sits away from them in the sentence: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('partial quotes with a speech cue elsewhere in the sentence', () => {
  it('keeps a fragment after "saying" that follows another clause, credited to the sentence subject', () => {
    const { quotes } = quotesOf('Councillor Mara Quist endorsed the harbour plan last week, saying it “will pay for itself” within a decade.');
    const q = find(quotes, 'will pay for itself');
    expect(q.kind).toBe('partial');
    expect(q.speaker).toBe('Mara Quist');
  });

  it('keeps a fragment after a verb of complaint that the attribution readers do not list', () => {
    const { quotes } = quotesOf('Senator Olek Brandt bemoaned a mood in which neighbours “barely speak anymore” after the vote.');
    expect(find(quotes, 'barely speak anymore').speaker).toBe('Olek Brandt');
  });

  it('keeps a fragment when the verb comes after a coordinated clause ("shook her head and said")', () => {
    const { quotes } = quotesOf('Asked about the merger, Dana Fell shook her head and said it was “not happening.”');
    expect(find(quotes, 'not happening').speaker).toBe('Dana Fell');
  });

  it('still drops a short quoted term in a sentence with no speech cue', () => {
    const { quotes } = quotesOf('The firm moved its “innovation hub” to a converted warehouse by the river.');
    expect(quotes).toEqual([]);
  });
});
