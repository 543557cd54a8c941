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

/**
 * The actor that `speaker` refers to: by full name, alias, registry name or
 * abbreviation, acronym of a name, or surname; null when none does (e.g.
 * "the report", an unnamed "German ambassador to China").
 */
export function findSpeakerActor(speaker: string, actors: ActorDraft[]): ActorDraft | null {
  const norm = normaliseName(speaker);
  if (norm === '') return null;
  // Full name, alias or mention surface.
  for (const a of actors) {
    if (normaliseName(a.name) === norm || a.aliases.some((x) => normaliseName(x) === norm) || a.mentions.some((m) => normaliseName(m.surface) === norm)) return a;
  }
  // "Syrian defense ministries" for the "Syrian defense ministry".
  const singular = singularise(norm);
  if (singular !== norm) {
    const hit = actors.find((a) => singularise(normaliseName(a.name)) === singular);
    if (hit) return hit;
  }
  const entry = lookupRegistry(speaker);
  if (entry) {
    const key = registryKey(entry);
    const hit = actors.find((a) => a.key === key);
    if (hit) return hit;
  }
  const compact = withoutDots(speaker).trim();
  if (ALL_CAPS.test(compact) && compact.length >= 2) {
    const hit = actors.find((a) => a.type === 'organization' && acronymOf(a.name) === compact);
    if (hit) return hit;
  }
  // Surname: "Bachelet", "Mr. Wang", "Zhou" for "Zhou Pingyi".
  const words = nameWords(speaker).filter((w) => !HONORIFICS.has(w));
  if (words.length === 0 || words.length > 3) return null;
  const last = words[words.length - 1]!;
  const people = actors.filter((a) => a.type === 'person');
  const bySurname = people.filter((a) => {
    const w = nameWords(a.name);
    return w.length > 0 && (w[w.length - 1] === last || (words.length === 1 && w[0] === last && w.length === 2));
  });
  if (bySurname.length === 1) return bySurname[0]!;
  return null;
}
