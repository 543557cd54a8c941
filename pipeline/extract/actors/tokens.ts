/**
 * Word tokens of a text with their offsets, and which of them open a
 * sentence. Sentence starts matter because a capitalised word there says
 * nothing about being a name.
 */
import type { NameVerdict } from './name-model/tagger.ts';

/** One word of the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence, a paragraph, a quotation or a parenthesis. */
  sentenceStart: boolean;
  /** Starts with an upper-case letter (or is a capitalised initialism such as "U.S."). */
  capitalised: boolean;
  /** Text between the previous token and this one (punctuation, spaces). */
  gapBefore: string;
  /** The name model's verdict on a capitalised token of an English page (set by name-model/tagger.ts readNames). */
  nameModel?: NameVerdict;
}

/**
 * A word: letters/digits, with inner apostrophes, hyphens, ampersands and
 * dots ("O’Rourke", "T-Mobile", "AT&T", "Polygraph.info"), or an initialism
 * written with dots ("U.S.", "P.D."), or a single initial letter followed by
 * a dot ("Renata K. Albuquerque").
 */
const WORD = /(?:\p{Lu}\.){2,}|\p{L}\.(?=\s\p{Lu})|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'\-&.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Abbreviations whose trailing dot does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr',
  'co', 'inc', 'corp', 'ltd', 'no', 'vs', 'rev', 'fr', 'adm', 'maj', 'cmdr', 'jan', 'feb', 'mar', 'apr',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'dept', 'est', 'approx', 'e.g', 'i.e', 'hon', 'rt', 'engr',
]);

/** Punctuation that ends a sentence when found in the gap before a word. */
const SENTENCE_END = /[.!?:;]["'”’)\]]*\s*$|[.!?]["”’]\s*$/;
/** Opening marks after which a capitalised word is also a sentence start. */
const OPENING = /["“‘(\[—–]\s*$|\n/;
/** Capitalised, or an Arabic article joined to a capitalised name ("al-Assad", "el-Sisi"). */
const UPPER_FIRST = /^(?:\p{Lu}|(?:al|el|ad|as|ash|ar|at|az|an)-\p{Lu})/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
/** A French or Italian elided article or preposition before a capitalised word ("l’", "d’", "dell’"); lower case only, so "D’Angelo" stays whole. */
const ELISION = /^(?:l|d|dell|all|nell|dall|sull|un|qu)['’](?=\p{Lu})/u;

/** Whether a word holds an apostrophe (the only words {@link ELISION} can match): most do not, and need no pattern. */
const hasApostrophe = (word: string): boolean => word.includes("'") || word.includes('’');

/** {@link UPPER_FIRST}, answered without the pattern for a word opening with an ASCII letter other than "a" and "e" (most words). */
function capitalisedWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return true; // A-Z
  if (c < 0x80 && c !== 0x61 && c !== 0x65) return false; // not a capital, nor the "a" or "e" of "al-", "el-"…
  return UPPER_FIRST.test(word);
}

/** Splits `text` into word tokens and marks capitalisation and sentence starts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let previous: Token | null = null;
  // exec on the one global pattern, not matchAll: no iterator result and pattern copy per word (the tokenizer is never re-entered).
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    // "l’Université", "dell’Università": the elided article is not part of the name.
    const elided = hasApostrophe(match[0]) ? (ELISION.exec(match[0])?.[0].length ?? 0) : 0;
    const start = match.index + elided;
    const word = match[0].slice(elided);
    const gap = text.slice(last, start);
    // Most words follow one space, which neither opens nor ends a sentence: no pattern to try.
    const space = gap === ' ';
    let sentenceStart = previous === null || (!space && (gap.includes('\n') || OPENING.test(gap)));
    if (!sentenceStart && !space && previous !== null && SENTENCE_END.test(gap)) {
      const abbreviation = gap.startsWith('.') && (ABBREVIATIONS.has(previous.text.toLowerCase()) || SINGLE_CAPITAL.test(previous.text));
      sentenceStart = !abbreviation;
    }
    const token: Token = {
      text: word,
      start,
      end: start + word.length,
      sentenceStart,
      capitalised: capitalisedWord(word),
      gapBefore: gap,
    };
    tokens.push(token);
    previous = token;
    last = token.end;
  }
  return tokens;
}

/**
 * Index of the token that starts at offset `start`, or undefined when no
 * token starts there. Tokens are in text order with distinct starts, so a
 * binary search answers what a Map from start to index would, without the
 * Map of every token that each caller built per article (a few % of the
 * allocation of extracting a page).
 */
export function tokenStartingAt(tokens: readonly Token[], start: number): number | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = tokens[mid]!.start;
    if (at === start) return mid;
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * The letter runs of the last text asked about, once it has been asked about
 * often (one set per text: a scan of the text per word was quadratic on long
 * pages; but listing every run costs more than the few questions most pages ask).
 */
let lastText: string | null = null;
let lastRuns: Set<string> | null = null;
let lastQuestions = 0;
/** Questions about one text answered by a search of the text before its runs are listed. */
const SEARCHES_PER_TEXT = 24;
const LETTER_RUN = /\p{L}+/gu;
const LETTERS_ONLY = /^\p{L}+$/u;

/** True when `word` (lower case) appears in the text as a word in lower case. */
export function writtenInLowerCase(word: string, text: string): boolean {
  if (LETTERS_ONLY.test(word)) {
    if (text !== lastText) {
      lastText = text;
      lastRuns = null;
      lastQuestions = 0;
    }
    if (lastRuns === null && ++lastQuestions > SEARCHES_PER_TEXT) lastRuns = new Set(text.match(LETTER_RUN) ?? []);
    return lastRuns === null ? isLetterRun(word, text) : lastRuns.has(word);
  }
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** Whether the letters of `word` stand in the text as a whole run of letters (what the set of runs would answer). */
function isLetterRun(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!letterEndsAt(text, at) && !letterStartsAt(text, at + word.length)) return true;
  }
  return false;
}

/** Whether a letter ends right before `i` (one outside the BMP included). */
function letterEndsAt(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const cp = text.codePointAt(i - 2)!;
    if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  }
  return LETTER.test(text[i - 1]!);
}

/** Whether a letter starts at `i` (one outside the BMP included). */
function letterStartsAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const cp = text.codePointAt(i)!;
  return LETTER.test(String.fromCodePoint(cp));
}
const LETTER = /\p{L}/u;
