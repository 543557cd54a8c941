// Made-up, machine-generated texts: the extractor never throws and its offsets always hold.
import { describe, expect, it } from 'vitest';
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { extractCountries } from '../../pipeline/extract/countries/extract-countries.ts';
import { seededRandom as random } from '../helpers/random.ts';

const PIECES = [
  'China', 'U.S.', 'US', 'us', 'Beijing', 'said', 'in', 'Washington', "'s", '’s', 'policy', 'Jordan', 'Chad', 'Georgia',
  'Turkey', 'turkey', 'Chinese', 'English', 'language', '-', ',', '.', '(', ')', 'and', 'Michael', 'North', 'Korea',
  'Congo', '🇨🇳', '🇺🇳', '\u{1F1E6}', 'Atlanta', 'ethnic', 'Uyghurs', 'Kazakhs', 'Inner Mongolia', 'Mongolian', '"', '“',
  'the', 'government', 'Moscow', 'Kyiv', 'between', 'Sino', 'American', 'Indian', 'tribe', 'É', '\u0301', '\n\n',
];

describe('robustness', () => {
  it('never throws and keeps offsets, surfaces and order consistent on random texts', () => {
    const next = random(42);
    for (let round = 0; round < 300; round++) {
      const words: string[] = [];
      const n = 1 + Math.floor(next() * 40);
      for (let i = 0; i < n; i++) words.push(PIECES[Math.floor(next() * PIECES.length)] as string);
      const body = bodyFromPlainText(words.join(next() < 0.5 ? ' ' : ''));
      const found = extractCountries(body);
      let last = -1;
      for (const m of found) {
        expect(body.text.slice(m.start, m.end)).toBe(m.surface);
        expect(m.country).toMatch(/^[A-Z]{2}$/);
        expect(m.start).toBeGreaterThanOrEqual(last);
        last = m.start;
      }
    }
  });
});
