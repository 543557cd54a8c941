// Made-up sentences: legislative chambers named bare, and sector bodies of a region.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('chambers and sector bodies (made-up)', () => {
  it('takes "the House" in a US article as the US House, not "House" at a sentence start', () => {
    const actors = actorsOf('Lawmakers in Washington expect the House to vote on Friday. House prices in Ohio rose.');
    expect(names(actors, 'organization')).toEqual(['US House']);
  });

  it('takes a region with a singular sector body, not the generic plural', () => {
    expect(names(actorsOf('Qinghai health commission reported two new cases on Monday.'), 'organization')).toEqual(['Qinghai health commission']);
    expect(names(actorsOf('Ohio health authorities reported two new cases on Monday.'), 'organization')).toEqual([]);
  });
});
