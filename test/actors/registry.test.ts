import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { REGISTRY, lookupRegistry, registryById } from '../../pipeline/extract/actors/registry.ts';
import { normaliseName } from '../../pipeline/extract/actors/normalise.ts';

const require = createRequire(import.meta.url);
const COUNTRY_CODES = new Set((require('world-countries') as Countries).map((c) => c.cca2));

describe('registry integrity', () => {
  it('has unique, well-formed ids', () => {
    const ids = REGISTRY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('shares no name or alias between two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of REGISTRY) {
      for (const n of new Set([e.name, ...e.aliases, ...(e.local_aliases ?? [])].map(normaliseName))) {
        const prev = owner.get(n);
        if (prev && prev !== e.id) clashes.push(`${n}: ${prev} / ${e.id}`);
        owner.set(n, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has valid types, QIDs, countries and affiliations', () => {
    for (const e of REGISTRY) {
      expect(['person', 'organization']).toContain(e.type);
      if (e.wikidata !== null) expect(e.wikidata).toMatch(/^Q[1-9]\d*$/);
      if (e.country !== null) expect(COUNTRY_CODES.has(e.country), `${e.id} country ${e.country}`).toBe(true);
      if (e.affiliation !== null) {
        expect(registryById(e.affiliation), `${e.id} affiliation`).not.toBeNull();
        expect(registryById(e.affiliation)?.type).toBe('organization');
      }
      expect(e.name.trim()).toBe(e.name);
      if (e.local_aliases !== undefined) {
        expect(e.country, `${e.id}: local aliases need a country`).not.toBeNull();
        for (const a of e.local_aliases) expect(e.aliases, `${e.id}: ${a} is both alias and local alias`).not.toContain(a);
      }
    }
  });
});

describe('registry lookup', () => {
  it('finds entries by name, alias and abbreviation, ignoring case, dots and "the"', () => {
    expect(lookupRegistry('HRW')?.id).toBe('hrw');
    expect(lookupRegistry('the U.N.')?.id).toBe('un');
    expect(lookupRegistry('OHCHR')?.id).toBe('ohchr');
    expect(lookupRegistry('World Uyghur Congress')?.id).toBe('wuc');
    expect(lookupRegistry('volker turk')?.id).toBe('volker-turk');
  });

  it('matches all-capital abbreviations only when written in capitals', () => {
    expect(lookupRegistry('WHO')?.id).toBe('who');
    expect(lookupRegistry('Who')).toBeNull();
    expect(lookupRegistry('ICE')?.id).toBe('ice');
    expect(lookupRegistry('Ice')).toBeNull();
  });
});
