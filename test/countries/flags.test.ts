// Made-up sentences: flag emoji.
import { describe, expect, it } from 'vitest';
import { codes, described } from './helpers.ts';

describe('flag emoji', () => {
  it('reads a regional-indicator pair as its country', () => {
    expect(described('Solidarity 🇨🇳 forever')).toEqual(['CN:🇨🇳:flag']);
    expect(codes('🇺🇸🇬🇧')).toEqual(['GB', 'US']);
  });

  it('does not count the UN or EU flags', () => {
    expect(codes('A statement 🇺🇳 and 🇪🇺 flags.')).toEqual([]);
  });

  it('reads the flags of England, Scotland and Wales as GB', () => {
    expect(codes('Go 🏴󠁧󠁢󠁳󠁣󠁴󠁿!')).toEqual(['GB']);
  });
});
