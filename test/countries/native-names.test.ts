// Made-up sentences: countries named in their own language or in German, French, Italian, Portuguese, Spanish.
import { describe, expect, it } from 'vitest';
import { codes, described } from './helpers.ts';

describe('country names in other languages (made-up)', () => {
  it('matches native and translated names with via name', () => {
    expect(described('Die Kliniken in Deutschland und Österreich.')).toEqual(['DE:Deutschland:name', 'AT:Österreich:name']);
    expect(codes('España y Brasil e França e Italia firmaron.')).toEqual(['BR', 'ES', 'FR', 'IT']);
    expect(codes('Le Japon et la Chine, puis la Suisse.')).toEqual(['CH', 'CN', 'JP']);
    expect(described('Mit den Vereinigten Staaten und Großbritannien.')).toEqual(['US:Vereinigten Staaten:name', 'GB:Großbritannien:name']);
    expect(described('Os EUA e a Espanha.')).toEqual(['US:EUA:short_form', 'ES:Espanha:name']);
  });

  it('matches lower-case nationality adjectives that are not languages', () => {
    expect(described('Die deutschen Kliniken sind voll.')).toEqual(['DE:deutschen:demonym']);
    expect(codes('O governo brasileiro anunciou.')).toEqual(['BR']);
    expect(codes('Die chinesische Regierung und die amerikanischen Firmen.')).toEqual(['CN', 'US']);
    expect(codes('Gli italiani e i tedeschi hanno votato.')).toEqual(['DE', 'IT']);
    expect(codes('Er spricht fließend Deutsch und lernt Chinesisch.')).toEqual([]);
    expect(described('Les Chinois ont parlé en chinois.')).toEqual(['CN:Chinois:demonym']);
  });

  it('does not match names that are also given names, cities or English words', () => {
    expect(codes('Salvador met Maurice in Granada.')).toEqual([]);
    expect(codes('Chili con carne was served. Grenade attacks were reported.')).toEqual([]);
  });

  it('lets English names win over names in other languages', () => {
    expect(described('Georgia voters went to the polls in Atlanta, Georgia.').every((d) => !d.startsWith('GE:'))).toBe(true);
  });
});
