/**
 * Capitalised runs: maximal sequences of capitalised words, joined by
 * connector words ("Office of the High Commissioner for Human Rights",
 * "Liwa al Sahil"), inside one sentence. A possessive ends a run
 * ("European Parliament’s China delegation" → "European Parliament").
 */
import type { Token } from './tokens.ts';
import { CONNECTORS, POSSESSIVES_IN_NAMES } from '../lexicon/english.ts';

/** Connectors that only join when what follows is not a separate entity (see classify). */
export const WEAK_CONNECTORS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'on']);

/**
 * A run of more capitalised words than this is title-case text, not names:
 * the longest runs in ~900 real pages (bench-dev, GUM and PolNeAR train) have
 * 24 words; 64 leaves a wide margin. Bounds the per-run work (issue 14: a run
 * of 2,500 names made classification quadratic).
 */
export const MAX_RUN_WORDS = 64;

/** One run of tokens; `tokens[i].text` may end in a possessive, removed in `words`. */
export interface Run {
  tokens: Token[];
  /** Token texts with a final possessive removed. */
  words: string[];
  start: number;
  end: number;
  /** Index of the first token in the token array. */
  first: number;
}

const POSSESSIVE = /(?:['’]s|s['’])$/u;
const SPACE_ONLY = /^[ \t]+$/;
const APOSTROPHE_S = /['’]s$/u;
const S_APOSTROPHE = /s['’]$/u;
const AMPERSAND = /^ & $/;
/** A French or Italian elided particle inside a name ("Patrice d’Aubigny", "Musée d’Orsay"): the tokenizer leaves it in the gap. */
const ELIDED_PARTICLE = /^ (?:d|dell)['’]$/;
/** Abbreviations whose dot may sit inside a run ("Walt Disney Co. executive" ends anyway; "Dr. Kessel" joins). */
const DOT_JOINERS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'rev', 'fr', 'adm', 'maj', 'cmdr', 'jr', 'sr', 'hon', 'rt', 'engr']);

/** Strips a final possessive ("Bachelet’s" → "Vasquez", "Uyghurs’" → "Uyghurs"). */
export function stripPossessive(word: string): string {
  if (APOSTROPHE_S.test(word)) return word.slice(0, -2);
  if (S_APOSTROPHE.test(word)) return word.slice(0, -1);
  return word;
}

function joins(prev: Token, next: Token): boolean {
  if (next.sentenceStart) return false;
  if (SPACE_ONLY.test(next.gapBefore)) return true;
  if (AMPERSAND.test(next.gapBefore) && prev.capitalised && next.capitalised) return true; // "Pacific Gas & Electric" 
  if (ELIDED_PARTICLE.test(next.gapBefore) && prev.capitalised && next.capitalised) return true; // "Patrice d’Aubigny"
  return next.gapBefore.startsWith('. ') && next.gapBefore.length === 2 && DOT_JOINERS.has(prev.text.toLowerCase());
}

function makeRun(tokens: Token[], first: number): Run {
  const words = tokens.map((t, i) => (i === tokens.length - 1 ? stripPossessive(t.text) : t.text));
  const lastToken = tokens[tokens.length - 1]!;
  const cut = lastToken.text.length - words[words.length - 1]!.length;
  return { tokens, words, start: tokens[0]!.start, end: lastToken.end - cut, first };
}

/** Finds every capitalised run in the token stream. */
export function findRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.capitalised) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length && (!POSSESSIVE.test(run[run.length - 1]!.text) || POSSESSIVES_IN_NAMES.has(stripPossessive(run[run.length - 1]!.text).toLowerCase()))) {
      const next = tokens[j]!;
      if (!joins(run[run.length - 1]!, next)) break;
      if (next.capitalised) {
        run.push(next);
        j++;
        continue;
      }
      // Connectors: one or two ("of the") followed by a capitalised word.
      const lower = next.text.toLowerCase();
      if ((!CONNECTORS.has(lower) && !WEAK_CONNECTORS.has(lower)) || lower === 'the') break; // "the" only after "of", "for" …
      let k = j + 1;
      const after = tokens[k];
      if (after && !after.capitalised && CONNECTORS.has(after.text.toLowerCase()) && joins(next, after)) k++;
      const target = tokens[k];
      if (!target || !target.capitalised || !joins(tokens[k - 1]!, target)) break;
      for (let m = j; m <= k; m++) run.push(tokens[m]!);
      j = k + 1;
    }
    runs.push(makeRun(run, i));
    i = j;
  }
  return runs;
}
