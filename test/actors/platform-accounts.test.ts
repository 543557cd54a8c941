// Made-up sentences: a platform is an organisation when an account or page on it is meant, or when it acts; not when only the medium is meant.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

const orgs = (text: string): string[] => names(actorsOf(text), 'organization');

describe('platforms as organisations (made-up)', () => {
  it('counts a page, channel or handle on a platform', () => {
    expect(orgs('She posted the photo on her Instagram page last week.')).toEqual(['Instagram']);
    expect(orgs('The YouTube channel of the ministry posted it.')).toEqual(['YouTube']);
    expect(orgs('According to the Twitter handle of the Senate, the vote passed.')).toContain('Twitter');
  });

  it('counts a platform that acts on posts', () => {
    expect(orgs('Weibo deleted the post on Monday.')).toEqual(['Weibo']);
  });

  it('does not count the platform as a medium', () => {
    expect(orgs('He expressed opposition in Twitter tirades all year.')).toEqual([]);
    expect(orgs('Readers can share the report on Weibo easily.')).toEqual([]);
    expect(orgs('He wrote on Twitter’s platform about it.')).toEqual([]);
  });
});
