// Made-up article endings: credit lines and promotional tails name no actor.
import { describe, expect, it } from 'vitest';
import { actorsOf, quoteBy } from './helpers.ts';

describe('boilerplate in the body', () => {
  it('skips the promotional tail after a separator and copyright lines', () => {
    const actors = actorsOf('The Harbour Pilots Association met on Monday.\n\n___\n\nFollow AP’s full coverage of the strike.\n\n© 2019 Associated Press. All Rights Reserved.');
    expect(actors.map((a) => a.name)).toEqual(['Harbour Pilots Association']);
  });

  it('skips a source credit line', () => {
    const actors = actorsOf('The Harbour Pilots Association met on Monday.\n\nSOURCE: Al Jazeera News');
    expect(actors.map((a) => a.name)).toEqual(['Harbour Pilots Association']);
  });

  it('keeps a name particle that starts a name ("Al Jazeera")', () => {
    const actors = actorsOf('The report was first aired by Al Jazeera, which said it stood by it.');
    expect(actors.map((a) => a.name)).toEqual(['Al Jazeera']);
  });

  it('does not make a common noun speaker an actor', () => {
    const actors = actorsOf('Prosecutors said the guards slept. The prosecutors added more charges.', [quoteBy('Prosecutors', 'organization')]);
    expect(actors).toEqual([]);
  });
});

describe('bylines and agency credits in the body (made-up)', () => {
  it('skips reporting and contributor credits', () => {
    const actors = actorsOf('The Harbour Pilots Association met on Monday.\n\n(Reporting by Dana Kettering; Editing by Omar Castellan)\n\nContributing: Karen Whitfield');
    expect(actors.map((a) => a.name)).toEqual(['Harbour Pilots Association']);
  });

  it('skips a byline paragraph', () => {
    const actors = actorsOf('By Dana Kettering\n\nThe Harbour Pilots Association met on Monday.');
    expect(actors.map((a) => a.name)).toEqual(['Harbour Pilots Association']);
  });
});
