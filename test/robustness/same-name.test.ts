import { describe, expect, it } from 'vitest';
import { sameNamePage } from './adversarial-pages.ts';
import { expectLinearGrowth } from './growth.ts';

describe('one person named thousands of times (made-up page)', () => {
  it('costs work linear in the number of mentions (each mention was checked against all the earlier ones)', () => {
    const { small, large } = expectLinearGrowth(sameNamePage, 3_000);
    expect(large.actors.map((a) => a.name)).toEqual(['Clara Hendricks']);
    expect(large.actor_mentions.length).toBe(2 * small.actor_mentions.length);
    expect(small.actor_mentions.length).toBe(6_000);
  });
});
