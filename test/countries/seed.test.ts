// The example article (real CDT page text): its countries must match the gold set exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { extractCountries } from '../../pipeline/extract/countries/extract-countries.ts';
import { codes, mentions } from './helpers.ts';
import { countWork } from '../robustness/work-counter.ts';

const SEED = new URL('../../../shared/seed/', import.meta.url);

function seedBody(): string {
  const lines = readFileSync(new URL('000_6b73d86a5e1183e7.txt', SEED), 'utf8').split('\n');
  const stop = lines.findIndex((l) => l.startsWith('Subscribe to CDT'));
  return lines.slice(1, stop).join('\n'); // skip the title line
}

describe('seed article', () => {
  it('finds exactly the gold countries', () => {
    const gold = JSON.parse(readFileSync(new URL('seed.gold.json', SEED), 'utf8')) as { countries: string[] };
    expect(codes(seedBody())).toEqual([...gold.countries].sort());
  });

  it('does not read Washington (a lawyer in Washington) as a country', () => {
    const us = mentions(seedBody()).filter((m) => m.country === 'US');
    expect(us.map((m) => m.surface)).not.toContain('Washington');
  });

  it('runs in linear time: twice the text, at most 2.5 times the work (counted, not timed)', () => {
    const work = (copies: number): number => countWork(() => extractCountries(bodyFromPlainText(seedBody().repeat(copies)))).units;
    expect(work(10) / work(5)).toBeLessThanOrEqual(2.5);
  });

  it('finds every mention again in a text repeated five times (no state carried between mentions; speed is benchmarked, not timed here)', () => {
    const once = extractCountries(bodyFromPlainText(seedBody())).length;
    const body = bodyFromPlainText(Array(5).fill(seedBody()).join('\n\n'));
    expect(extractCountries(body).length).toBe(once * 5);
  });
});
