// Made-up sentences: linking quote speakers to actors.
import { describe, expect, it } from 'vitest';
import { findSpeakerActor } from '../../pipeline/extract/actors/speaker-link.ts';
import { actorsOf, quoteBy } from './helpers.ts';

const TEXT = 'Karen Whitfield, a lawyer, spoke first. Human Rights Watch said the report was thorough. '
  + 'Foreign ministry spokesman Zhou Minghao said it was false. The Norwegian ambassador to Peru said little.';

describe('findSpeakerActor', () => {
  const actors = actorsOf(TEXT);
  const nameOf = (speaker: string): string | null => findSpeakerActor(speaker, actors)?.name ?? null;

  it('links by full name, surname and honorific', () => {
    expect(nameOf('Karen Whitfield')).toBe('Karen Whitfield');
    expect(nameOf('Whitfield')).toBe('Karen Whitfield');
    expect(nameOf('Ms. Whitfield')).toBe('Karen Whitfield');
    expect(nameOf('Zhou')).toBe('Zhou Minghao');
  });

  it('links a plural form to the actor', () => {
    const actors = actorsOf('The Peruvian defense ministry denied it.');
    expect(findSpeakerActor('Peruvian defense ministries', actors)?.name).toBe('Peruvian defense ministry');
  });

  it('links by registry abbreviation', () => {
    expect(nameOf('HRW')).toBe('Human Rights Watch');
  });

  it('returns null for documents and unnamed titles', () => {
    expect(nameOf('the report')).toBeNull();
    expect(nameOf('Norwegian ambassador to Peru')).toBeNull();
    expect(nameOf('')).toBeNull();
  });

  it('makes a named speaker an actor even when the recogniser missed it', () => {
    const withQuotes = actorsOf('"We will appeal," wrote Quillon Tarrow in a post.', [quoteBy('Quillon Tarrow')]);
    expect(withQuotes.map((a) => a.name)).toContain('Quillon Tarrow');
    expect(findSpeakerActor('Quillon Tarrow', withQuotes)?.type).toBe('person');
  });

  it('makes a capitalised pair with no other evidence a person when it is a speaker', () => {
    const text = 'The song belongs to Quillon Lindqvane in the film. "Home," she sings.';
    expect(actorsOf(text).map((a) => a.name)).toEqual([]);
    expect(actorsOf(text, [quoteBy('Quillon Lindqvane')]).map((a) => a.name)).toEqual(['Quillon Lindqvane']);
  });
});
