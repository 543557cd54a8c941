// Made-up sentences: names with an organisation head word that name a place one visits, an event or a dataset.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('visited places are not organisations (made-up)', () => {
  it('does not take a museum, a science centre or a scenic reserve one visits', () => {
    const actors = actorsOf('We spent a day at the Harlow Museum of Glass, then walked to the Tern Bay Science Center and the Pellow Scenic Reserve.');
    expect(names(actors, 'organization')).toEqual([]);
  });

  it('keeps a museum that acts ("the museum said")', () => {
    const actors = actorsOf('The Harlow Museum of Glass said it would return the vase.');
    expect(names(actors, 'organization')).toEqual(['Harlow Museum of Glass']);
  });

  it('keeps a research centre and a reserve bank', () => {
    const actors = actorsOf('She was a fellow at the Center for Coastal Policy before joining the Reserve Bank of Tarvonia.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Center for Coastal Policy', 'Reserve Bank of Tarvonia']));
  });
});

describe('datasets are not organisations (made-up)', () => {
  it('does not take a survey, but keeps a body named for a study', () => {
    const actors = actorsOf('The 2019 Household Water Use Survey was run by the Institute for Advanced Study.');
    expect(names(actors, 'organization')).toEqual(['Institute for Advanced Study']);
  });
});
