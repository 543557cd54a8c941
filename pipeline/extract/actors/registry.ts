/**
 * The curated registry of recurring actors (registry.json, data only) and
 * its lookup by name, alias or abbreviation.
 */
import registryData from './registry.json' with { type: 'json' };
import type { ActorType } from '../types.ts';
import { normaliseName, withoutDots } from './normalise.ts';

/** One registry entry, as written in registry.json. */
export interface RegistryEntry {
  /** Stable id: lower-case letters, digits and hyphens. */
  id: string;
  /** Canonical name used as the actor's name. */
  name: string;
  type: ActorType;
  /** Other names, short forms and abbreviations (matched case-insensitively, except all-capital abbreviations). */
  aliases: string[];
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  /** Wikidata QID, or null when not known for certain. */
  wikidata: string | null;
  /** Id of another registry entry this actor belongs to, or null. */
  affiliation: string | null;
  /**
   * Bare names that mean this entry only in an article about its country
   * ("Senate", "Labour"); elsewhere they name a local actor. Optional.
   */
  local_aliases?: string[];
}

/** All registry entries. */
export const REGISTRY: readonly RegistryEntry[] = registryData as RegistryEntry[];

const ALL_CAPS = /^[\p{Lu}\d.&\-]+$/u;
const LEADING_THE = /^the\s+/i;
/** A name without dots, case or a leading "the", accents kept. */
const literal = (name: string): string => withoutDots(name).replace(LEADING_THE, '').toLowerCase();

interface IndexedName {
  entry: RegistryEntry;
  /** The alias is an all-capital abbreviation: the surface must match it exactly (dots aside). */
  exact: string | null;
  /** The entry's names with this normal form, as written. */
  names: string[];
  /** Matched through a local alias (see {@link RegistryEntry.local_aliases}). */
  local: boolean;
}

const BY_NAME = new Map<string, IndexedName[]>();
const BY_ID = new Map<string, RegistryEntry>();
for (const entry of REGISTRY) {
  BY_ID.set(entry.id, entry);
  const local = new Set(entry.local_aliases ?? []);
  for (const name of new Set([entry.name, ...entry.aliases, ...local])) {
    const key = normaliseName(name);
    const compact = withoutDots(name);
    const list = BY_NAME.get(key) ?? [];
    const same = list.find((c) => c.entry === entry);
    if (same) same.names.push(name);
    else list.push({ entry, exact: ALL_CAPS.test(compact) && !compact.includes(' ') ? compact : null, names: [name], local: local.has(name) });
    BY_NAME.set(key, list);
  }
}

/**
 * Most words a span of a capitalised run can have and still name a registry
 * entry: computed from registry.json (its longest normalised name or alias,
 * 12 words today), plus one for a leading "the" that normalisation drops.
 * Scans for registry names inside a run look no further (issue 14: a run of
 * 2,500 capitalised words made those scans cubic).
 */
export const REGISTRY_SPAN_WORDS = Math.max(...[...BY_NAME.keys()].map((k) => k.split(' ').length)) + 1;

/**
 * The registry entry whose name or alias is `surface` (case, accents, dots
 * and a leading "the" ignored; all-capital abbreviations such as "WHO" must
 * be written in capitals), or null.
 */
export function lookupRegistry(surface: string): RegistryEntry | null {
  return lookupRegistryName(surface)?.entry ?? null;
}

/** Like {@link lookupRegistry}, telling also whether the match is a local alias. */
export function lookupRegistryName(surface: string): { entry: RegistryEntry; local: boolean } | null {
  const candidates = BY_NAME.get(normaliseName(surface));
  if (!candidates) return null;
  const compact = withoutDots(surface).replace(LEADING_THE, '');
  const oneWord = !compact.includes(' ');
  for (const c of candidates) {
    if (c.exact !== null && c.exact !== compact) continue;
    // One word must match letter for letter (German "Über" is not "Uber").
    if (oneWord && c.exact === null && !c.names.some((n) => literal(n) === literal(compact))) continue;
    return { entry: c.entry, local: c.local };
  }
  return null;
}

/** The registry entry with this id, or null. */
export function registryById(id: string): RegistryEntry | null {
  return BY_ID.get(id) ?? null;
}

/** The actor key of a registry entry. */
export function registryKey(entry: RegistryEntry): string {
  return `registry:${entry.id}`;
}
