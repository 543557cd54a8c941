/**
 * Organisations named by a country, city or leader plus a lower-case
 * institutional noun: "the Chinese government", "Peruvian defense ministry",
 * "U.S. military", "Ghana’s coast guard", "Peruvian mission at the UN",
 * "Maple Ridge police", "Trump administration", "Hubei health commission".
 */
import type { Proposal } from './proposal.ts';
import { propose } from './proposal.ts';
import { lookupRegistry } from './registry.ts';
import { countryOfCapital, countryOfWord, isCapital } from './country-words.ts';
import { ADJECTIVAL_NEXT_NOUNS, STATE_BODY_NOUNS } from '../lexicon/english.ts';

const NOUN_ALTERNATION = [...STATE_BODY_NOUNS].sort((x, y) => y.length - x.length).join('|');
/** "<country>['s] <noun>", the noun in lower case (a capitalised one belongs to the run itself). */
const STATE_NOUN_AFTER = new RegExp(`^(?:[’']s)?\\s+(${NOUN_ALTERNATION})\\b`);
/** Nouns that also follow a city, region or leader's name ("Maple Ridge police", "Trump administration"). */
const LOCAL_NOUNS: ReadonlySet<string> = new Set([
  'government', 'police', 'administration', 'health authority', 'health commission', 'health department',
  'education department', 'police department', 'fire department',
]);
/** Missions and embassies often say where: "Peruvian mission at the UN", "German embassy in Beijing". */
/** The place's words never cross a sentence end: "German embassy in Lisbon. When …" stops at "Lisbon" ("U.N." keeps its dots). */
const POSTED_AT = /^\s+(?:at|to|in)\s+(?:the\s+)?\p{Lu}\p{L}*(?:\.\p{L}+)*(?:\s+\p{Lu}\p{L}*(?:\.\p{L}+)*)*(?:\.(?!\s+\p{Lu}|\s*$))?/u;
const POSTED_NOUNS: ReadonlySet<string> = new Set(['mission', 'embassy', 'consulate']);
/** "at" or "in" before the posting: a mission "at the UN" is the mission "to the UN" a registry lists. */
const POSTED_AT_WORD = /\s+(?:at|in)\s+(?=(?:the\s+)?\p{Lu})/u;

/** The same posting with "to" ("Kenyan mission at the UN" → "Kenyan mission to the UN"). */
function postedTo(full: string): string {
  return full.replace(POSTED_AT_WORD, ' to ');
}
/** Longest place or leader name (in words) that may precede a local noun ("San Luis Obispo police"); longer runs are not a place. */
const MAX_LOCAL_WORDS = 3;
/** Nouns that name a country's government as a whole: one actor per country. */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'regime', 'administration']);
/** Nouns that are adjectives when another noun follows ("Iranian military aid"). */
const MAYBE_ADJECTIVE: ReadonlySet<string> = new Set(['military', 'police', 'army', 'navy']);
const WORDS = /\s+/;
const FOLLOWING_WORD = /^\s+([\p{Ll}]+)/u;

/**
 * The organisation formed by `surface` (at start..end of `text`) and the
 * institutional noun right after it, or null when no such noun follows.
 */
export function stateBodyAfter(surface: string, start: number, end: number, text: string): Proposal | null {
  const rest = text.slice(end, end + 80);
  const m = STATE_NOUN_AFTER.exec(rest);
  if (!m) return null;
  const noun = m[1]!;
  const country = countryOfWord(surface) ?? countryOfCapital(surface);
  const named = lookupRegistry(surface);
  const isCountry = country !== null || isCapital(surface);
  if (!isCountry) {
    if (!LOCAL_NOUNS.has(noun)) return null;
    if (surface.split(WORDS).length > MAX_LOCAL_WORDS) return null;
    if (named && named.type === 'organization') return null;
  }
  let stop = end + m[0].length;
  const following = FOLLOWING_WORD.exec(text.slice(stop, stop + 30));
  if (MAYBE_ADJECTIVE.has(noun) && following && ADJECTIVAL_NEXT_NOUNS.has(following[1]!)) return null;
  if (POSTED_NOUNS.has(noun)) {
    const posted = POSTED_AT.exec(text.slice(stop, stop + 60));
    if (posted) stop += posted[0].length;
  }
  const full = text.slice(start, stop);
  const entry = lookupRegistry(full) ?? lookupRegistry(postedTo(full)) ?? lookupRegistry(text.slice(start, end + m[0].length));
  const p = propose('organization', full, start, entry && entry.type === 'organization' ? entry : null, "state body: '<demonym or country> <institution>'");
  p.country = p.registry?.country ?? country ?? named?.country ?? null;
  if (isCountry && GOVERNMENT_NOUNS.has(noun) && p.country) p.group = `government:${p.country}`;
  return p;
}
