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
  // Compiling the pattern below per head and name, then scanning the text with it, took 2-4% of extraction:
  // for ASCII words (nearly all), the same answer from the positions of the two words in the lower-cased text.
  if (head !== '' && word !== '' && ASCII_ONLY.test(head) && ASCII_ONLY.test(word)) {
    const folded = foldedText(text);
    if (folded.length === text.length) return nearInFolded(folded, head.toLowerCase(), word.toLowerCase());
  }
  return describedNearPattern(text, head, word);
}

/** What {@link describedNear} answers, by a case-insensitive pattern (any head and word). */
export function describedNearPattern(text: string, head: string, word: string): boolean {
  const key = word.replace(REGEX_SPECIAL, '\\$&');
  const h = head.replace(REGEX_SPECIAL, '\\$&');
  return new RegExp(`\\b${h}\\b[^.;!?]{0,${NEAR_CHARS}}\\b${key}\\b|\\b${key}\\b[^.;!?]{0,${NEAR_CHARS}}\\b${h}`, 'iu').test(text);
}

const ASCII_ONLY = /^[\x00-\x7f]*$/u;
const LONG_S = /ſ/gu;
/**
 * The last text lower-cased for {@link describedNear}, the long s written as an s: under /iu only "ſ" and
 * the Kelvin sign (which toLowerCase maps to k) match an ASCII letter, so where the lengths agree an ASCII
 * word matches the text case-insensitively exactly where its lower case stands in this one.
 */
let lastText = '';
let lastFolded = '';
function foldedText(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = text.toLowerCase().replace(LONG_S, 's');
  }
  return lastFolded;
}

/** A word character of \b (ASCII letters, digits and "_"; the two letters /iu adds are folded to ASCII already). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function boundaryAt(s: string, i: number): boolean {
  return (i > 0 && isWordCode(s.charCodeAt(i - 1))) !== (i < s.length && isWordCode(s.charCodeAt(i)));
}

/** Starts of `word` in `s` with a \b before it (and after it, when `closed`). */
function occurrences(s: string, word: string, closed: boolean): number[] {
  const out: number[] = [];
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    if (boundaryAt(s, at) && (!closed || boundaryAt(s, at + word.length))) out.push(at);
  }
  return out;
}

/** Whether s[from, to) is at most {@link NEAR_CHARS} code points (as /u counts), none of them . ; ! ? */
function nearGap(s: string, from: number, to: number): boolean {
  if (to < from || to - from > 2 * NEAR_CHARS) return false;
  let points = 0;
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c === 46 || c === 59 || c === 33 || c === 63) return false;
    if (c >= 0xd800 && c <= 0xdbff && p + 1 < to) {
      const d = s.charCodeAt(p + 1);
      if (d >= 0xdc00 && d <= 0xdfff) p++;
    }
    if (++points > NEAR_CHARS) return false;
  }
  return true;
}

/** The pattern of {@link describedNearPattern} on the folded text: "\bhead\b … \bword\b" or "\bword\b … \bhead". */
function nearInFolded(s: string, head: string, word: string): boolean {
  const words = occurrences(s, word, true);
  if (words.length === 0) return false;
  const heads = occurrences(s, head, false);
  for (const h of heads) {
    const headClosed = boundaryAt(s, h + head.length);
    for (const w of words) {
      if (headClosed && nearGap(s, h + head.length, w)) return true;
      if (nearGap(s, w + word.length, h)) return true;
    }
  }
  return false;
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
