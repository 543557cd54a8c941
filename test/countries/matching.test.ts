// Made-up sentences: longest match, word boundaries, case sensitivity, offsets.
import { describe, expect, it } from 'vitest';
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { extractCountries } from '../../pipeline/extract/countries/extract-countries.ts';
import { codes, described, mentions } from './helpers.ts';

describe('matching', () => {
  it('prefers the longest surface', () => {
    expect(described('South Korea and New Zealand.')).toEqual(['KR:South Korea:name', 'NZ:New Zealand:name']);
    expect(codes('The Democratic Republic of the Congo.')).toEqual(['CD']);
    expect(codes('Papua New Guinea and Equatorial Guinea and Guinea-Bissau.')).toEqual(['GQ', 'GW', 'PG']);
    expect(codes('South Sudan and Sudan.')).toEqual(['SD', 'SS']);
  });

  it('respects word boundaries', () => {
    expect(codes('A woman from Romania.')).toEqual(['RO']);
    expect(codes('The woman spoke; Omanis listened.')).toEqual(['OM']);
    expect(codes('Niger and Nigeria are neighbours.')).toEqual(['NE', 'NG']);
    expect(codes('Nigerian and Nigerien troops.')).toEqual(['NE', 'NG']);
    expect(codes('Indiana is a state; Indianapolis a city.')).toEqual([]);
  });

  it('matches US only in capitals', () => {
    expect(codes('Tell us what you think; let us know.')).toEqual([]);
    expect(codes('The US said so.')).toEqual(['US']);
  });

  it('ignores shouted headlines for US and UK', () => {
    expect(codes('TRUMP TELLS US TO WAIT')).toEqual([]);
  });

  it('tells Dominica from the Dominican Republic', () => {
    expect(codes('Dominica is an island.')).toEqual(['DM']);
    expect(codes('The Dominican Republic and Dominican voters.')).toEqual(['DO']);
    expect(codes('Dominica was hit by a hurricane; Dominican officials asked for aid.')).toEqual(['DM']);
  });

  it('returns offsets into body.text, in text order', () => {
    const body = bodyFromPlainText('First paragraph about France.\n\nThen Germany, Japan and the U.S. 🇨🇳');
    const found = extractCountries(body);
    expect(found.map((m) => m.country)).toEqual(['FR', 'DE', 'JP', 'US', 'CN']);
    for (const m of found) expect(body.text.slice(m.start, m.end)).toBe(m.surface);
    const starts = found.map((m) => m.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('reads typographic apostrophes', () => {
    expect(codes('The People’s Republic of China and Côte d’Ivoire.')).toEqual(['CI', 'CN']);
  });

  it('never throws on odd input', () => {
    expect(extractCountries({ text: '', paragraphs: [], links: [], method: 'x', warnings: [] })).toEqual([]);
    expect(() => mentions('\u{1F1E6} ’s - . U.S')).not.toThrow();
    expect(mentions('U.S')).toHaveLength(1);
  });
});
