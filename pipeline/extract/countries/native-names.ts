/**
 * Countries named in their own language or in the five other languages of
 * the dev pages ("Deutschland", "España", "França", "deutschen"), from the
 * world-countries `name.native` and `translations` (common names, Latin
 * script) and native-names.json. A name given to two countries, an
 * excluded word, or one that does not start with a capital is dropped;
 * English names win over these (see gazetteer.ts).
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { CountryVia } from '../types.ts';

const require = createRequire(import.meta.url);
const WORLD: Countries = require('world-countries');

interface NativeFile {
  languages: string[];
  excluded: string[];
  adjectives: { surface: string; country: string }[];
  extra: NativeSurface[];
}
const NATIVE: NativeFile = require('./native-names.json');

/** Latin script, starting with a capital letter. */
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}\s.'\-]+$/u;
/** Shortest name kept: three-letter names in other languages collide with abbreviations and words. */
const MIN_LENGTH = 4;

/** One surface in another language. */
export interface NativeSurface {
  surface: string;
  country: string;
  via: CountryVia;
}

/** Every native or translated country name and adjective to match (built once by the caller). */
export function nativeSurfaces(): NativeSurface[] {
  const excluded = new Set(NATIVE.excluded);
  const owners = new Map<string, Set<string>>();
  const add = (name: string | undefined, country: string): void => {
    if (!name || excluded.has(name) || name.length < MIN_LENGTH || !LATIN_NAME.test(name)) return;
    const set = owners.get(name) ?? new Set<string>();
    set.add(country);
    owners.set(name, set);
  };
  for (const c of WORLD) {
    for (const n of Object.values(c.name.native ?? {})) add(n.common, c.cca2);
    for (const lang of NATIVE.languages) add(c.translations[lang]?.common, c.cca2);
  }
  const out: NativeSurface[] = [];
  for (const [surface, countries] of owners) {
    if (countries.size === 1) out.push({ surface, country: [...countries][0]!, via: 'name' });
  }
  for (const a of NATIVE.adjectives) out.push({ surface: a.surface, country: a.country, via: 'demonym' });
  out.push(...NATIVE.extra);
  return out;
}
