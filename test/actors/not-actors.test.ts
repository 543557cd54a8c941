// Made-up sentences: works, products, franchises and academic fields are not actors.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('not actors (made-up)', () => {
  it('skips a name right after a work noun or right before a franchise or product noun', () => {
    const actors = actorsOf('She starred in the film Harbour Lights in 1998. The Star Quest franchise grew, and the Zentro One console sold well. Dara Quinlan directed it.');
    expect(actors.map((a) => a.name)).toEqual(['Dara Quinlan']);
  });

  it('does not take an academic field as a person', () => {
    expect(actorsOf('Her work drew on Cognitive Grammar and Clinical Psychology, as Mara Tellen noted.').map((a) => a.name)).toEqual(['Mara Tellen']);
  });

  it('does not read a bare local alias of the registry inside a longer name', () => {
    const text = 'The senator from Ohio toured Harwick House in Texas on Monday, then met voters in Dallas.';
    expect(names(actorsOf(text), 'organization')).toEqual([]);
  });
});
