/**
 * Finds every country surface (name, short form, demonym, capital or
 * non-country phrase) in a text with one left-to-right pass over a character
 * trie: O(text length × longest surface), no per-country regex. At each word
 * start the longest surface that ends on a word boundary wins ("South Korea"
 * over "Korea", "New Mexico" over "Mexico"); matching is case-sensitive, so
 * "US" never matches "us" and "Turkey" never matches "turkey".
 */
import { SURFACES, normaliseSurface, type SurfaceEntry } from './gazetteer.ts';

/** One surface found in the text. */
export interface SurfaceMatch {
  start: number;
  end: number;
  entry: SurfaceEntry;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry: SurfaceEntry | null;
}

const newNode = (): TrieNode => ({ next: new Map(), entry: null });

function buildTrie(): TrieNode {
  const root = newNode();
  for (const entry of SURFACES.values()) {
    let node = root;
    for (const ch of entry.surface) {
      let child = node.next.get(ch);
      if (!child) {
        child = newNode();
        node.next.set(ch, child);
      }
      node = child;
    }
    node.entry = entry;
  }
  return root;
}

const TRIE = buildTrie();
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * What {@link WORD_CHAR} said of each UTF-16 unit above ASCII asked about so
 * far: 0 not asked, 1 no, 2 yes. The matcher asks of every character of the
 * text; the pattern then runs once per distinct character, not once per
 * character (a lone surrogate is no word character, as the pattern says).
 */
const WORD_UNITS = new Uint8Array(0x10000);
const [NOT_ASKED, NOT_WORD, WORD] = [0, 1, 2];

/** True when the UTF-16 unit at `i` is part of a word (letter, digit or combining mark). */
export function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = WORD_UNITS[code]!;
  if (known === NOT_ASKED) WORD_UNITS[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
  return known === WORD;
}

/** Maps a text character to the trie alphabet (typographic apostrophes to "'"). */
function trieChar(ch: string): string {
  return ch.length === 1 && (ch === '’' || ch === '‘' || ch === '`') ? normaliseSurface(ch) : ch;
}

/** Longest surface starting at `start` that ends on a word boundary, or null. */
function longestAt(text: string, start: number): SurfaceMatch | null {
  let node: TrieNode | undefined = TRIE;
  let best: SurfaceMatch | null = null;
  for (let j = start; j < text.length; j++) {
    node = node.next.get(trieChar(text[j] as string));
    if (!node) break;
    if (node.entry && !(isWordChar(text, j) && isWordChar(text, j + 1))) {
      best = { start, end: j + 1, entry: node.entry };
    }
  }
  return best;
}

/** All surfaces in text order, non-overlapping, longest first at each word start. */
export function matchSurfaces(text: string): SurfaceMatch[] {
  const out: SurfaceMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (isWordChar(text, i) && !isWordChar(text, i - 1)) {
      const m = longestAt(text, i);
      if (m) {
        out.push(m);
        i = m.end;
        continue;
      }
    }
    i++;
  }
  return out;
}
