/**
 * Country data: the world-countries gazetteer (mledoze/countries, ODbL-1.0)
 * plus our reviewed additions (aliases.json, capitals.json,
 * not-countries.json), turned once at module load into a table of surfaces
 * (every way a text may name a country) for the matcher.
 */
import { createRequire } from 'node:module';
import type { Countries, Country } from 'world-countries';
import type { CountryVia } from '../types.ts';
import { nativeSurfaces } from './native-names.ts';

const require = createRequire(import.meta.url);
const WORLD: Countries = require('world-countries');
const WORLD_PACKAGE: { version: string; homepage: string } = require('world-countries/package.json');

interface AliasFile {
  aliases: { surface: string; country: string; via: CountryVia; also?: string }[];
  excluded: string[];
}
interface CapitalFile {
  capitals: { surface: string; country: string }[];
}
type NotCountryFile = Record<string, string[] | string>;

const ALIASES: AliasFile = require('./aliases.json');
const CAPITALS: CapitalFile = require('./capitals.json');
const NOT_COUNTRIES: NotCountryFile = require('./not-countries.json');

/** What a surface stands for: a country (with how it is named), a capital (actor use only) or a non-country phrase. */
export type SurfaceKind = 'country' | 'capital' | 'not_country';

/** One entry of the surface table. */
export interface SurfaceEntry {
  surface: string;
  kind: SurfaceKind;
  /** ISO 3166-1 alpha-2; null for a non-country phrase. */
  country: string | null;
  /** How the surface names the country; null for a non-country phrase. */
  via: CountryVia | null;
  /** A second country named by the same words ("North and South Korea"), or null. */
  also: string | null;
}

/** Priority of names in other languages: below every English entry (whose priorities start at 0). */
const NATIVE_PRIORITY = -1;
/** Latin-script surfaces only: the extractor reads English text. */
const LATIN_SURFACE = /^[\p{Script=Latin}\p{M}\s.'\-()]+$/u;
/** Upper-case acronyms among altSpellings ("USA", "DPRK"); two-letter codes are dropped. */
const ACRONYM = /^[A-Z]{2,5}$/;
const LEADING_THE = /^The /;
/** Separators inside a gazetteer demonym field ("Antiguan, Barbudan", "Kittitian or Nevisian"). */
const DEMONYM_SEPARATOR = /,\s*|\s+or\s+/;
/** Demonyms whose plural is not formed with -s ("Swiss", "Irish", "French", "Chinese"). */
const NO_PLURAL = /(?:s|sh|ch|x|z|ese)$/;

/** Normalises a surface for lookup: typographic apostrophes become ASCII. */
export function normaliseSurface(surface: string): string {
  return surface.replace(/[’‘`]/g, "'");
}

/** Prefers sovereign UN members when two gazetteer entries share a demonym ("American": US, not MP). */
function rank(country: Country): number {
  return (country.independent ? 2 : 0) + (country.unMember ? 1 : 0);
}

function buildSurfaceTable(): Map<string, SurfaceEntry> {
  const table = new Map<string, SurfaceEntry>();
  const ranks = new Map<string, number>();
  const excluded = new Set(ALIASES.excluded.map(normaliseSurface));
  const put = (surface: string, entry: Omit<SurfaceEntry, 'surface' | 'also'> & { also?: string | null }, priority: number): void => {
    const key = normaliseSurface(surface);
    const previous = ranks.get(key);
    if (previous !== undefined && previous > priority) return;
    table.set(key, { surface: key, ...entry, also: entry.also ?? null });
    ranks.set(key, priority);
  };
  // Names in other languages first, at the lowest priority: any English name, demonym or alias with the same surface wins.
  for (const n of nativeSurfaces()) if (!excluded.has(n.surface)) put(n.surface, { kind: 'country', country: n.country, via: n.via }, NATIVE_PRIORITY);
  for (const c of WORLD) {
    const r = rank(c);
    for (const alt of c.altSpellings) {
      const surface = alt.replace(LEADING_THE, '');
      if (excluded.has(surface) || !LATIN_SURFACE.test(surface) || surface.length <= 2) continue;
      put(surface, { kind: 'country', country: c.cca2, via: ACRONYM.test(surface) ? 'short_form' : 'name' }, r);
    }
    for (const demonym of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!demonym || excluded.has(demonym)) continue;
      for (const form of demonym.split(DEMONYM_SEPARATOR)) {
        if (!form || excluded.has(form) || !LATIN_SURFACE.test(form)) continue;
        put(form, { kind: 'country', country: c.cca2, via: 'demonym' }, 10 + r);
        if (!NO_PLURAL.test(form)) put(`${form}s`, { kind: 'country', country: c.cca2, via: 'demonym' }, 10 + r);
      }
    }
    for (const name of [c.name.common, c.name.official]) {
      const surface = name.replace(LEADING_THE, '');
      if (LATIN_SURFACE.test(surface)) put(surface, { kind: 'country', country: c.cca2, via: 'name' }, 20 + r);
    }
  }
  for (const list of Object.entries(NOT_COUNTRIES)) {
    if (list[0].startsWith('_') || !Array.isArray(list[1])) continue;
    for (const surface of list[1]) put(surface, { kind: 'not_country', country: null, via: null }, 100);
  }
  for (const { surface, country } of CAPITALS.capitals) put(surface, { kind: 'capital', country, via: 'capital' }, 200);
  for (const { surface, country, via, also } of ALIASES.aliases) put(surface, { kind: 'country', country, via, also }, 300);
  return table;
}

/** Every surface the matcher looks for, keyed by its normalised text. Built once. */
export const SURFACES: ReadonlyMap<string, SurfaceEntry> = buildSurfaceTable();

const INFO = new Map<string, { iso3: string; name: string }>(
  WORLD.map((c) => [c.cca2, { iso3: c.cca3, name: c.name.common }]),
);

const DEMONYMS = new Map<string, string>();
for (const entry of SURFACES.values()) {
  if (entry.kind === 'country' && entry.via === 'demonym' && entry.country) DEMONYMS.set(entry.surface, entry.country);
}

/**
 * ISO 3166-1 alpha-3 code and English common name of a country, for the
 * `countries` table; null when the alpha-2 code is unknown.
 */
export function countryInfo(alpha2: string): { iso3: string; name: string } | null {
  return INFO.get(alpha2.toUpperCase()) ?? null;
}

/**
 * The country of a demonym or nationality adjective ("Chinese" → "CN",
 * "Americans" → "US", "North Korean" → "KP"); null when the word is not one.
 * Accepts any letter case ("CHINESE", "chinese").
 */
export function demonymCountry(word: string): string | null {
  const key = normaliseSurface(word.trim());
  const exact = DEMONYMS.get(key);
  if (exact) return exact;
  const titled = key.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  return DEMONYMS.get(titled) ?? null;
}

/**
 * The country a name, short form or demonym stands for, matched exactly as
 * the extractor matches it ("U.S." → "US", "Britain" → "GB", "Chinese" →
 * "CN"); null for capitals, non-country phrases and unknown words. Needs no
 * context, so ambiguous words ("Jordan", "Georgia") get their country reading.
 */
export function surfaceCountry(words: string): string | null {
  const entry = SURFACES.get(normaliseSurface(words.trim()));
  return entry && entry.kind === 'country' ? entry.country : null;
}

/** The gazetteer package and its licence, for the `sources` of the Data Package. */
export const COUNTRY_DATA_SOURCE: {
  title: string;
  path: string;
  licenses: { name: string; path: string; title: string }[];
} = {
  title: `world-countries ${WORLD_PACKAGE.version} (Mohammed Le Doze, mledoze/countries): ISO 3166-1 codes, names, demonyms, capitals and flags`,
  path: 'https://github.com/mledoze/countries',
  licenses: [
    {
      name: 'ODbL-1.0',
      path: 'https://opendatacommons.org/licenses/odbl/1.0/',
      title: 'Open Data Commons Open Database License v1.0',
    },
  ],
};
