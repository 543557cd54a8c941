// The gazetteer: country info, demonym lookup and the licence descriptor.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COUNTRY_DATA_SOURCE, countryInfo, demonymCountry, surfaceCountry } from '../../pipeline/extract/countries/gazetteer.ts';

const require = createRequire(import.meta.url);

describe('gazetteer', () => {
  it('gives iso3 and the common name', () => {
    expect(countryInfo('CN')).toEqual({ iso3: 'CHN', name: 'China' });
    expect(countryInfo('gb')).toEqual({ iso3: 'GBR', name: 'United Kingdom' });
    expect(countryInfo('TW')?.iso3).toBe('TWN');
    expect(countryInfo('ZZ')).toBeNull();
  });

  it('maps demonyms to countries', () => {
    expect(demonymCountry('Chinese')).toBe('CN');
    expect(demonymCountry('americans')).toBe('US');
    expect(demonymCountry('North Korean')).toBe('KP');
    expect(demonymCountry('Scottish')).toBe('GB');
    expect(demonymCountry('Dutch')).toBe('NL');
    expect(demonymCountry('Uyghur')).toBeNull();
    expect(demonymCountry('European')).toBeNull();
  });

  it('maps any country surface to its country', () => {
    expect(surfaceCountry('U.S.')).toBe('US');
    expect(surfaceCountry('Britain')).toBe('GB');
    expect(surfaceCountry('People’s Republic of China')).toBe('CN');
    expect(surfaceCountry('Beijing')).toBeNull();
    expect(surfaceCountry('New Mexico')).toBeNull();
    expect(surfaceCountry('us')).toBeNull();
  });

  it('describes the source package and its ODbL licence', () => {
    const pkg = require('world-countries/package.json') as { version: string; licenses: { type: string }[] };
    expect(pkg.licenses.map((l) => l.type)).toContain(COUNTRY_DATA_SOURCE.licenses[0]?.name);
    expect(COUNTRY_DATA_SOURCE.licenses[0]?.name).toBe('ODbL-1.0');
    expect(COUNTRY_DATA_SOURCE.title).toContain(pkg.version);
    expect(COUNTRY_DATA_SOURCE.path).toMatch(/^https:\/\//);
  });
});
