/**
 * Whether the article links a description ("the ambassador") to a candidate
 * by putting its head noun right beside the candidate's name: one cue of the
 * speaker chooser (candidates.ts).
 */
import type { SpeakerResolver } from '../speaker-resolution.ts';

/** Where a description's head noun ends: a preposition or a relative pronoun after it. */
export const HEAD_CUT = /\s(?:of|for|at|to|from|in|on|with|by|who|which|that)\s/u;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/gu;
/** Characters between a role noun and a name for the two to be read together ("senator from Lowland, Ann Ross"). */
const NEAR_CHARS = 40;

/** The last word of a phrase. */
export function lastWord(phrase: string): string {
  const ws = phrase.trim().split(/\s+/u);
  return ws[ws.length - 1]!;
}

/** The head noun of a description: its last word before a preposition ("ambassador" in "the new ambassador to Lowland"). */
export function descriptionHead(description: string): string | null {
  const head = lastWord(description.split(HEAD_CUT)[0]!).toLowerCase().replace(/[^\p{L}-]/gu, '');
  return head.length >= 3 ? head : null;
}

/**
 * Whether the article puts a description's head noun right beside a
 * mention of the candidate ("Lowland ambassador Ann Ross", "Ross, the
 * ambassador"): the link a reader needs to take "the ambassador" for her.
 */
export function describedNear(text: string, head: string, name: string): boolean {
  const word = lastWord(name);
  // The pattern below is compiled per head and name; when both are ASCII, a search of the lower-cased text first
  // answers most calls (no match without both words), exactly: only "ſ" (and the Kelvin sign, which toLowerCase maps) matches an ASCII letter under /iu.
  if (ASCII_ONLY.test(head) && ASCII_ONLY.test(word)) {
    const folded = foldedText(text);
    if (!folded.includes(head.toLowerCase()) || !folded.includes(word.toLowerCase())) return false;
  }
  const key = word.replace(REGEX_SPECIAL, '\\$&');
  const h = head.replace(REGEX_SPECIAL, '\\$&');
  return new RegExp(`\\b${h}\\b[^.;!?]{0,${NEAR_CHARS}}\\b${key}\\b|\\b${key}\\b[^.;!?]{0,${NEAR_CHARS}}\\b${h}`, 'iu').test(text);
}

const ASCII_ONLY = /^[\x00-\x7f]*$/u;
const LONG_S = /ſ/gu;
/** The last text lower-cased for {@link describedNear}, with the long s written as an s (an article asks about many pairs). */
let lastText = '';
let lastFolded = '';
function foldedText(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = text.toLowerCase().replace(LONG_S, 's');
  }
  return lastFolded;
}

const describedCache = new WeakMap<SpeakerResolver, Map<string, boolean>>();

/** describedNear on the resolver's text, once per article, head and name. */
export function describedNearCached(resolver: SpeakerResolver, head: string, name: string): boolean {
  let cache = describedCache.get(resolver);
  if (!cache) {
    cache = new Map();
    describedCache.set(resolver, cache);
  }
  const key = `${head}\u0000${name}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = describedNear(resolver.articleText, head, name);
    cache.set(key, found);
  }
  return found;
}
