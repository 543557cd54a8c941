/**
 * The name model's token features: what a capitalised word looks like
 * (shape, length, last letters), where it stands (sentence start, place in
 * its capitalised run, the punctuation around it), the lower-case words
 * around it, and which lists of the lexicon it or its neighbours are in.
 *
 * No capitalised word enters a feature by its spelling unless a lexicon list
 * holds it: the model learns from the shape and the context of names, never
 * the names of the pages it was trained on (so its weights hold no name of
 * the training text).
 */
import type { Token } from '../tokens.ts';
import { CONNECTORS, HONORIFICS, NAME_PARTICLES, NON_NAME_WORDS, NON_PERSON_FIRST_WORDS, NON_PERSON_LAST_WORDS, ORG_HEADS, PLATFORM_NAMES, RELATION_NOUNS, ROLE_WORDS, SPEECH_VERBS } from '../../lexicon/english.ts';
import { FIELD_WORDS, WORK_NOUNS } from '../../lexicon/things.ts';
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES } from '../../lexicon/given-names.ts';
import { OCCUPATIONS, SURNAME_ENDINGS } from '../../lexicon/occupations.ts';
import { countryOfWord, isCapital, isUsState } from '../country-words.ts';

/** The labels a capitalised token gets: part of a person's name, of an organisation's name, or neither. */
export const LABELS = ['O', 'PER', 'ORG'] as const;
export type Label = (typeof LABELS)[number];

/** What the whole text says about one lower-case word form (computed once per article). */
export interface DocumentFacts {
  /** Lower-case forms written in lower case somewhere in the text ("brown" in "a brown coat"). */
  lowerSomewhere: (word: string) => boolean;
  /** How often a capitalised form appears not opening a sentence. */
  capitalisedInside: Map<string, number>;
  /** Capitalised forms used alone (no capitalised word joined on either side), not opening a sentence. */
  alone: Set<string>;
  /** Token indexes on a short line written mostly in capitals: a heading, a title, a list of names. */
  headingLine: Set<number>;
  /** The capitalised run of each capitalised token (null for the others). */
  runs: Array<RunSpan | null>;
}

const lower = (w: string): string => w.toLowerCase();
const SPACE_ONLY = /^[ \t]+$/;
const POSSESSIVE = /['’]s$/u;

/** Whether token i is joined to the next one in the same capitalised run (one space between). */
function joinedToNext(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.capitalised && next !== undefined && next.capitalised && !next.sentenceStart && SPACE_ONLY.test(next.gapBefore) && !POSSESSIVE.test(tokens[i]!.text);
}

/** A line of at most this many words, at least {@link HEADING_CAPITALS} of them capitalised, reads as a heading. */
const HEADING_WORDS = 12;
const HEADING_CAPITALS = 0.6;

function headingLines(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let first = 0;
  let capitals = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (i > 0 && tokens[i]!.gapBefore.includes('\n'))) {
      const words = i - first;
      if (words <= HEADING_WORDS && capitals >= HEADING_CAPITALS * words) for (let k = first; k < i; k++) out.add(k);
      first = i;
      capitals = 0;
    }
    if (i < tokens.length && tokens[i]!.capitalised) capitals++;
  }
  return out;
}

/** The facts about the text's words that {@link tokenFeatures} reads. */
export function documentFacts(tokens: Token[]): DocumentFacts {
  const capitalisedInside = new Map<string, number>();
  const alone = new Set<string>();
  tokens.forEach((t, i) => {
    if (!t.capitalised || t.sentenceStart) return;
    const w = ownFeatures(t.text).w; // the word in lower case without "'s", memoised by spelling
    capitalisedInside.set(w, (capitalisedInside.get(w) ?? 0) + 1);
    if (!joinedToNext(tokens, i) && !(i > 0 && joinedToNext(tokens, i - 1))) alone.add(w);
  });
  // Every lower-case word of the text, and each part of a hyphenated one, in one pass (a scan of the text per word was quadratic on long pages).
  const lowerWords = new Set<string>();
  for (const t of tokens) {
    if (t.capitalised || t.text !== t.text.toLowerCase()) continue;
    lowerWords.add(t.text);
    if (t.text.includes('-')) for (const part of t.text.split('-')) lowerWords.add(part);
  }
  const lowerSomewhere = (word: string): boolean => lowerWords.has(word);
  return { lowerSomewhere, capitalisedInside, alone, headingLine: headingLines(tokens), runs: runSpans(tokens) };
}

/** Words seen before and their tags or shapes: a page repeats its words, and so do pages (cleared when large, so memory stays flat). */
const MEMO_LIMIT = 50_000;
function memo<T>(compute: (w: string) => T): (w: string) => T {
  const cache = new Map<string, T>();
  return (w) => {
    let v = cache.get(w);
    if (v === undefined) {
      if (cache.size >= MEMO_LIMIT) cache.clear();
      v = compute(w);
      cache.set(w, v);
    }
    return v;
  };
}

/** The lexicon lists a word (lower case) is in, as short tags (the returned array is shared: do not change it). */
export const lexiconTags: (w: string) => readonly string[] = memo(computeTags);

function computeTags(w: string): string[] {
  const tags: string[] = [];
  if (GIVEN_NAMES.has(w)) tags.push('given');
  if (EAST_ASIAN_SURNAMES.has(w)) tags.push('eastasian');
  if (ORG_HEADS.has(w)) tags.push('orghead');
  if (ROLE_WORDS.has(w)) tags.push('role');
  if (HONORIFICS.has(w)) tags.push('honorific');
  if (NON_NAME_WORDS.has(w)) tags.push('nonname');
  if (NAME_PARTICLES.has(w)) tags.push('particle');
  if (CONNECTORS.has(w)) tags.push('connector');
  if (FIELD_WORDS.has(w)) tags.push('field');
  if (PLATFORM_NAMES.has(w)) tags.push('platform');
  if (NON_PERSON_FIRST_WORDS.has(w)) tags.push('placefirst');
  if (NON_PERSON_LAST_WORDS.has(w)) tags.push('placelast');
  if (OCCUPATIONS.has(w)) tags.push('occupation');
  if (RELATION_NOUNS.has(w)) tags.push('relation');
  if (SPEECH_VERBS.has(w)) tags.push('speech');
  if (WORK_NOUNS.has(w)) tags.push('work');
  if (SURNAME_ENDINGS.test(w)) tags.push('surnameending');
  if (countryOfWord(w) !== null) tags.push('country');
  if (isCapital(w)) tags.push('capital');
  if (isUsState(w)) tags.push('usstate');
  return tags;
}

/** The word's shape: X for a capital, x for a lower-case letter, d for a digit, repeats squeezed ("Xx", "X.X.", "Xx-Xx", "XX"). */
export const wordShape: (w: string) => string = memo(computeShape);

function computeShape(w: string): string {
  let out = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c || !'Xxd'.includes(c)) out += c;
  }
  return out;
}

const lengthBucket = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : '9+');

/** The punctuation between two tokens, spaces dropped ("" when only spaces, "NL" across a line). */
function gapKind(gap: string): string {
  if (gap.includes('\n')) return 'NL';
  return gap.replace(/\s+/g, '').slice(0, 3);
}

/** A neighbour seen from a token: its spelling when lower case or in the lexicon, else its shape and lexicon tags. */
function neighbour(t: Token | undefined, side: 'p1' | 'n1', out: string[]): void {
  if (!t) {
    out.push(`${side}:none`);
    return;
  }
  // One memo per side and capitalisation, keyed by the spelling: no key string to build and hash per token.
  const features = side === 'p1' ? (t.capitalised ? previousCapitalised : previousLower) : t.capitalised ? nextCapitalised : nextLower;
  for (const feature of features(t.text)) out.push(feature);
}

/** A neighbour's features, from its capitalisation (C or l) and spelling: the same strings for every token spelt alike. */
function neighbourFeatures(side: 'p1' | 'n1', key: string): string[] {
  const capitalised = key[0] === 'C';
  const text = key.slice(1);
  const out: string[] = [];
  const w = lower(text.replace(POSSESSIVE, ''));
  const tags = lexiconTags(w);
  if (!capitalised) {
    out.push(`${side}=${w}`);
    if (/\p{N}/u.test(w)) out.push(`${side}:shape=${wordShape(text)}`); // "(2013)", "31 shots"
  }
  else {
    out.push(`${side}:cap`);
    if (tags.length > 0) out.push(`${side}=${w}`);
    else out.push(`${side}:shape=${wordShape(text)}`);
  }
  for (const tag of tags) out.push(`${side}:${tag}`);
  return out;
}
const previousCapitalised = memo((text) => neighbourFeatures('p1', `C${text}`));
const previousLower = memo((text) => neighbourFeatures('p1', `l${text}`));
const nextCapitalised = memo((text) => neighbourFeatures('n1', `C${text}`));
const nextLower = memo((text) => neighbourFeatures('n1', `l${text}`));

/** Where a token stands in its capitalised run: the run's first and last token indexes, and how many of its words carry each lexicon tag. */
interface RunSpan {
  first: number;
  last: number;
  tags: Map<string, number>;
}

/** Every capitalised run of the text, found in one pass (a scan of the run per token would be quadratic in a long title-case line). */
function runSpans(tokens: Token[]): Array<RunSpan | null> {
  const out: Array<RunSpan | null> = new Array(tokens.length).fill(null);
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.capitalised) {
      i++;
      continue;
    }
    const span: RunSpan = { first: i, last: i, tags: new Map() };
    while (joinedToNext(tokens, span.last)) span.last++;
    for (let k = span.first; k <= span.last; k++) {
      for (const tag of ownFeatures(tokens[k]!.text).tags) span.tags.set(tag, (span.tags.get(tag) ?? 0) + 1);
      out[k] = span;
    }
    i = span.last + 1;
  }
  return out;
}

/** What a token's spelling alone gives: its first features, and what the others are made from. */
export interface OwnFeatures {
  /** The features that depend on the spelling only, in {@link tokenFeatures}' order (shared: do not change). */
  features: readonly string[];
  /** The word in lower case, without a possessive "'s". */
  w: string;
  shape: string;
  tags: readonly string[];
  possessive: boolean;
}

/** A token's own features, worked out once per spelling (a page repeats its names, and so do pages). */
export const ownFeatures: (text: string) => OwnFeatures = memo(computeOwnFeatures);

function computeOwnFeatures(text: string): OwnFeatures {
  const possessive = POSSESSIVE.test(text);
  const word = possessive ? text.replace(POSSESSIVE, '') : text;
  const w = lower(word);
  const shape = wordShape(word);
  const tags = lexiconTags(w);
  const features = ['bias', `shape=${shape}`, `len=${lengthBucket([...word].length)}`, `suf2=${w.slice(-2)}`, `suf3=${w.slice(-3)}`];
  for (const tag of tags) features.push(`lex:${tag}`);
  if (tags.length > 0) features.push(`w=${w}`);
  return { features, w, shape, tags, possessive };
}

/**
 * The features of the capitalised token `tokens[i]`. Each token is read on
 * its own (no label of a neighbour is a feature: one wrong guess does not
 * carry along a run), so the model tags a text in any order.
 */
export function tokenFeatures(tokens: Token[], i: number, facts: DocumentFacts): string[] {
  const own = ownFeatures(tokens[i]!.text);
  return [...own.features, ...contextFeatures(tokens, i, facts, own)];
}

/** The features of `tokens[i]` that come after its {@link ownFeatures}: where it stands and what is around it. */
export function contextFeatures(tokens: Token[], i: number, facts: DocumentFacts, own: OwnFeatures): string[] {
  const t = tokens[i]!;
  const { w, shape, tags, possessive } = own;
  const f: string[] = [];
  if (t.sentenceStart) f.push('start');
  if (possessive) f.push('possessive');
  if (facts.lowerSomewhere(w)) f.push('doc:lower');
  const inside = facts.capitalisedInside.get(w) ?? 0;
  f.push(DOC_CAPS[Math.min(inside, 3)]!);
  if (facts.alone.has(w)) f.push('doc:alone');
  if (facts.headingLine.has(i)) f.push('line:heading');
  const run = facts.runs[i] ?? { first: i, last: i, tags: new Map<string, number>() };
  const length = run.last - run.first + 1;
  const place = length === 1 ? 'only' : i === run.first ? 'first' : i === run.last ? 'last' : 'mid';
  const at = PLACES[place];
  f.push(at.run, RUN_LENGTHS[Math.min(length, 4)]!, at.shape(shape));
  if (t.sentenceStart) f.push(at.start);
  // The lexicon tags of the run's other words.
  for (const [tag, count] of run.tags) if (count > (tags.includes(tag) ? 1 : 0)) f.push(runLexFeature(tag));
  f.push(gapBeforeFeature(t.gapBefore));
  const next = tokens[i + 1];
  f.push(next ? gapAfterFeature(next.gapBefore) : 'gapafter=END');
  neighbour(tokens[i - 1], 'p1', f);
  neighbour(next, 'n1', f);
  const p2 = tokens[i - 2];
  const n2 = tokens[i + 2];
  if (p2 && !p2.capitalised) f.push(p2Feature(p2.text));
  if (n2 && !n2.capitalised) f.push(n2Feature(n2.text));
  for (const tag of tags) f.push(at.lex(tag));
  return f;
}

// The context features' strings, each made once (the same string object every time: no string to build, flatten and hash per token).
const DOC_CAPS = ['doc:caps=0', 'doc:caps=1', 'doc:caps=2', 'doc:caps=3+'];
const RUN_LENGTHS = ['runlen=0', 'runlen=1', 'runlen=2', 'runlen=3', 'runlen=4'];
type Place = 'only' | 'first' | 'last' | 'mid';
const placeStrings = (place: Place) => ({
  run: `run=${place}`,
  start: `start|run=${place}`,
  shape: memo((shape) => `run=${place}|shape=${shape}`),
  lex: memo((tag) => `lex:${tag}|run=${place}`),
});
const PLACES = { only: placeStrings('only'), first: placeStrings('first'), last: placeStrings('last'), mid: placeStrings('mid') };
const runLexFeature = memo((tag) => `runlex:${tag}`);
const gapBeforeFeature = memo((gap) => `gapbefore=${gapKind(gap)}`);
const gapAfterFeature = memo((gap) => `gapafter=${gapKind(gap)}`);
const p2Feature = memo((text) => `p2=${lower(text)}`);
const n2Feature = memo((text) => `n2=${lower(text)}`);
