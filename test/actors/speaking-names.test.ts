// Made-up sentences: a single name no list holds, right before a reporting verb, read as a person's by the name model.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('a single name before a reporting verb (made-up)', () => {
  it('takes a single surname inside a sentence before "said" as a person', () => {
    const actors = actorsOf('The hearing ran late into the evening, and when Varkonyi said the vote would wait, the room emptied.');
    expect(names(actors, 'person')).toEqual(['Varkonyi']);
  });

  it('does not take a word after an article, a place or a country as a speaking person', () => {
    const actors = actorsOf('Later the Regent said nothing more. By then Paris said little, and France said less.');
    expect(names(actors, 'person')).toEqual([]);
  });
});
