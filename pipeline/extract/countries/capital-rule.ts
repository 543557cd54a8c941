/**
 * Decides whether a capital stands for its government ("Beijing said",
 * "Washington's policy", "the Beijing government", "accused Moscow of",
 * "Moscow and Kyiv have both said") or is just a place ("a lawyer in
 * Washington", "London-based", "via Moscow and Paris"). Only the actor use
 * counts as a country mention (ANNOTATION.md).
 */
import {
  ACTOR_HYPHEN_SUFFIXES,
  AUXILIARIES,
  BE_VERBS,
  BILATERAL_NOUNS,
  GOVERNMENT_HEADS,
  GOVERNMENT_NOUNS,
  GOVERNMENT_VERBS,
  OBJECT_PREPOSITIONS,
  OBJECT_TRIGGERS,
  PLACE_PREPOSITIONS,
  REACTION_NOUNS,
  RELATION_NOUNS,
} from './capital-words.ts';
import { hyphenPrefix, hyphenSuffix, isCapitalised, isNameWord, nextWord, possessiveLength, previousWord, type Word } from './context.ts';
import type { SurfaceMatch } from './surface-matcher.ts';

/** Finds the match starting at a text offset (for "X and Y" chains of capitals). */
export type MatchAt = (start: number) => SurfaceMatch | undefined;

/**
 * How many auxiliaries/adverbs may stand between a capital and its verb:
 * three covers "has also repeatedly denied", the longest chain in common news
 * prose; longer chains are rare and reach into unrelated clauses.
 */
const MAX_AUXILIARIES = 3;
/** Past participles and past tenses not in the verb list ("has retaliated", "has responded"). */
const PAST_FORM = /ed$/;
const COORDINATORS = new Set(['and', 'or']);
const STANCE_PREFIXES = new Set(['pro', 'anti']);
/**
 * How many words after a capital's possessive may come before the government
 * noun: three covers "Beijing's increasingly harsh crackdown" (adverb +
 * adjective + noun); a longer span would reach past the noun phrase.
 */
const MAX_WORDS_AFTER_POSSESSIVE = 3;

const lower = (w: Word | null): string => (w ? w.text.toLowerCase() : '');

/** True when the words after `end` are a government verb, possibly after auxiliaries ("has long said"). */
function verbFollows(text: string, end: number): boolean {
  let w = nextWord(text, end);
  for (let aux = 0; w && aux <= MAX_AUXILIARIES; aux++) {
    const word = w.text.toLowerCase();
    if (BE_VERBS.has(word)) return false;
    if (GOVERNMENT_VERBS.has(word)) return true;
    if (aux > 0 && PAST_FORM.test(word) && !isCapitalised(w.text)) return true;
    if (!AUXILIARIES.has(word)) return false;
    w = nextWord(text, w.end);
  }
  return false;
}

/** Skips "and <capital>" chains after a capital: "Moscow and Kyiv said" reads as "Moscow … said". */
function endOfChain(text: string, end: number, matchAt: MatchAt): number {
  let e = end;
  for (;;) {
    const w = nextWord(text, e);
    if (!w || !COORDINATORS.has(w.text)) return e;
    const after = nextWord(text, w.end);
    const m = after ? matchAt(after.start) : undefined;
    if (!m || m.entry.kind !== 'capital') return e;
    e = m.end;
  }
}

/** "Washington-Beijing ties": two capitals joined by a hyphen before a bilateral noun are both governments. */
function isBilateralPair(text: string, m: SurfaceMatch, matchAt: MatchAt): boolean {
  const partner = text[m.end] === '-' ? matchAt(m.end + 1) : undefined;
  if (partner?.entry.kind === 'capital') return BILATERAL_NOUNS.has(lower(nextWord(text, partner.end)));
  const prefix = hyphenPrefix(text, m.start);
  const before = prefix ? matchAt(prefix.start) : undefined;
  return before?.entry.kind === 'capital' && BILATERAL_NOUNS.has(lower(nextWord(text, m.end)));
}

/** "Washington's policy", "Beijing's increasingly harsh crackdown". */
function possessiveOfGovernment(text: string, m: SurfaceMatch): boolean {
  const possessive = possessiveLength(text, m.end);
  if (possessive === 0) return false;
  let w = nextWord(text, m.end + possessive);
  for (let i = 0; w && i < MAX_WORDS_AFTER_POSSESSIVE; i++) {
    if (GOVERNMENT_NOUNS.has(w.text.toLowerCase())) return true;
    w = nextWord(text, w.end);
  }
  return false;
}

function isPlace(text: string, m: SurfaceMatch): boolean {
  const prev = previousWord(text, m.start);
  const word = lower(prev);
  if (prev && word === 'from' && REACTION_NOUNS.has(lower(previousWord(text, prev.start)))) return false;
  if (PLACE_PREPOSITIONS.has(word)) return true;
  // "Jack London", "Downtown Beijing": a capitalised word glued before it is part of another name.
  if (prev && isNameWord(prev.text)) return true;
  const suffix = hyphenSuffix(text, m.end);
  return suffix !== null && !ACTOR_HYPHEN_SUFFIXES.has(suffix.text.toLowerCase());
}

function isObject(text: string, m: SurfaceMatch, acceptedEnds: ReadonlySet<number>): boolean {
  const prev = previousWord(text, m.start);
  const word = lower(prev);
  if (!prev) return false;
  if (COORDINATORS.has(word)) {
    // "between Beijing and Washington": the second capital follows an accepted one
    let before = prev.start;
    while (before > 0 && text[before - 1] === ' ') before--;
    return acceptedEnds.has(before);
  }
  if (word === 'for') return lower(nextWord(text, m.end)) === 'to';
  if (word === 'from') return REACTION_NOUNS.has(lower(previousWord(text, prev.start)));
  if (!OBJECT_TRIGGERS.has(word)) return false;
  if (!OBJECT_PREPOSITIONS.has(word)) return true;
  return RELATION_NOUNS.has(lower(previousWord(text, prev.start)));
}

/**
 * True when the capital at `m` is used as an actor for its government.
 * `acceptedEnds` holds the end offsets of capitals already accepted earlier
 * in the text (for "between X and Y").
 */
export function isCapitalActor(text: string, m: SurfaceMatch, matchAt: MatchAt, acceptedEnds: ReadonlySet<number>): boolean {
  if (isBilateralPair(text, m, matchAt)) return true;
  // "pro-Beijing lawmakers", "anti-Moscow protests": for or against the government
  if (STANCE_PREFIXES.has(lower(hyphenPrefix(text, m.start)))) return true;
  if (isPlace(text, m)) return false;
  if (hyphenSuffix(text, m.end)) return true; // only actor suffixes ("Moscow-backed") survive isPlace
  if (GOVERNMENT_HEADS.has(lower(nextWord(text, m.end)))) return true;
  if (possessiveLength(text, m.end) > 0) return possessiveOfGovernment(text, m);
  const chainEnd = endOfChain(text, m.end, matchAt);
  if (verbFollows(text, chainEnd)) return true;
  // "Beijing, which has denied the allegations, …"
  if (text.startsWith(', which ', chainEnd) && verbFollows(text, chainEnd + ', which'.length)) return true;
  return isObject(text, m, acceptedEnds);
}
