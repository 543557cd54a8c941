/**
 * Links a quote's speaker string to one of the article's actors.
 */
import type { ActorDraft } from '../types.ts';
import { acronymOf, nameWords, normaliseName, withoutDots } from './normalise.ts';
import { lookupRegistry, registryKey } from './registry.ts';
import { HONORIFICS } from '../lexicon/english.ts';

const ALL_CAPS = /^[\p{Lu}&]+$/u;
const PLURAL_IES = /ies$/;
const PLURAL_S = /([^s])s$/;
/** Last word in the singular ("ministries" → "ministry", "governments" → "government"). */
const singularise = (name: string): string => name.replace(PLURAL_IES, 'y').replace(PLURAL_S, '$1');

/** An article's actors indexed by each way a speaker can name them (the first actor in order wins a name). */
interface ActorIndex {
  byName: Map<string, ActorDraft>;
  bySingular: Map<string, ActorDraft>;
  byKey: Map<string, ActorDraft>;
  byAcronym: Map<string, ActorDraft>;
  /** People by the last word of their name, and two-word names also by their first word (in actor order). */
  bySurname: Map<string, ActorDraft[]>;
  byFirstOfTwo: Map<string, ActorDraft[]>;
}

/** Built once per actor list, not per quote (issue 14: a scan of every actor and mention per quote was quadratic). */
const INDEXES = new WeakMap<ActorDraft[], ActorIndex>();

function indexOf(actors: ActorDraft[]): ActorIndex {
  const cached = INDEXES.get(actors);
  if (cached) return cached;
  const index: ActorIndex = { byName: new Map(), bySingular: new Map(), byKey: new Map(), byAcronym: new Map(), bySurname: new Map(), byFirstOfTwo: new Map() };
  const first = <V>(map: Map<string, V>, key: string, value: V): void => {
    if (!map.has(key)) map.set(key, value);
  };
  const push = (map: Map<string, ActorDraft[]>, key: string, a: ActorDraft): void => {
    if (map.has(key)) map.get(key)!.push(a);
    else map.set(key, [a]);
  };
  for (const a of actors) {
    for (const name of [a.name, ...a.aliases, ...a.mentions.map((m) => m.surface)]) first(index.byName, normaliseName(name), a);
    first(index.bySingular, singularise(normaliseName(a.name)), a);
    first(index.byKey, a.key, a);
    if (a.type === 'organization') first(index.byAcronym, acronymOf(a.name), a);
    const w = a.type === 'person' ? nameWords(a.name) : [];
    if (w.length > 0) push(index.bySurname, w[w.length - 1]!, a);
    if (w.length === 2) push(index.byFirstOfTwo, w[0]!, a);
  }
  INDEXES.set(actors, index);
  return index;
}

/**
 * The actor that `speaker` refers to: by full name, alias, registry name or
 * abbreviation, acronym of a name, or surname; null when none does (e.g.
 * "the report", an unnamed "Norwegian ambassador to Peru").
 */
export function findSpeakerActor(speaker: string, actors: ActorDraft[]): ActorDraft | null {
  const norm = normaliseName(speaker);
  if (norm === '') return null;
  const index = indexOf(actors);
  // Full name, alias or mention surface.
  const named = index.byName.get(norm);
  if (named) return named;
  // "Peruvian defense ministries" for the "Peruvian defense ministry".
  const singular = singularise(norm);
  if (singular !== norm) {
    const hit = index.bySingular.get(singular);
    if (hit) return hit;
  }
  const entry = lookupRegistry(speaker);
  if (entry) {
    const key = registryKey(entry);
    const hit = index.byKey.get(key);
    if (hit) return hit;
  }
  const compact = withoutDots(speaker).trim();
  if (ALL_CAPS.test(compact) && compact.length >= 2) {
    const hit = index.byAcronym.get(compact);
    if (hit) return hit;
  }
  // Surname: "Vasquez", "Mr. Wang", "Zhou" for "Zhou Pingyi".
  const words = nameWords(speaker).filter((w) => !HONORIFICS.has(w));
  if (words.length === 0 || words.length > 3) return null;
  const last = words[words.length - 1]!;
  const bySurname = new Set([...(index.bySurname.get(last) ?? []), ...(words.length === 1 ? (index.byFirstOfTwo.get(last) ?? []) : [])]);
  if (bySurname.size === 1) return [...bySurname][0]!;
  return null;
}
