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

describe('cues of saying aloud and of asserting', () => {
  it('keeps a short quote that a crowd is chanting', () => {
    const { quotes } = quotesOf('Outside the hall, hundreds of farmers stood chanting “fair milk prices” until dusk.');
    expect(quotes.map((q) => q.text)).toEqual(['fair milk prices']);
  });

  it('keeps a short quote after "asserted that" or "interjected"', () => {
    const { quotes } = quotesOf(
      'Councillor Ivo Marsh asserted that the levy was “plainly unfair.”',
      'The chair interjected, “Not today.”',
    );
    expect(quotes.map((q) => q.text)).toEqual(['plainly unfair.', 'Not today.']);
  });

  it('reads a capitalised "Said" that opens the sentence as a cue', () => {
    const { quotes } = quotesOf('Said the harbour master, “No ships.”');
    expect(quotes.map((q) => q.text)).toEqual(['No ships.']);
  });
});

describe('short quotes a colon or their speaker introduces', () => {
  it('keeps a short sentence of speech after a clause ending in a colon', () => {
    const { quotes } = quotesOf('Asked whether she would stand again, Ada Brisk shot back: “Ask me in May.”');
    expect(quotes.map((q) => q.text)).toEqual(['Ask me in May.']);
  });

  it('keeps a one-word answer in capitals when its speaker follows it', () => {
    const { quotes } = quotesOf('Asked which city should host the final, the coach gave a one-word answer.', '“Lisbon,” he said.');
    expect(quotes.map((q) => q.text)).toEqual(['Lisbon,']);
  });
});

describe('exclamations in capitals', () => {
  it('keeps a chanted exclamation in Title Case as a quote', () => {
    const { quotes } = quotesOf('As the mayor walked in, the crowd chanted “Save Our Pier!” for a full minute.');
    expect(quotes.map((q) => q.text)).toEqual(['Save Our Pier!']);
  });
});
