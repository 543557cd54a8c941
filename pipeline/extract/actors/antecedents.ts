/**
 * A single name the text goes on to call "he" or "she": document-level
 * evidence that a word used alone is a person's name ("When Vaskerud was
 * young, his aunt … Later Vaskerud felt that he …", made up). Companies,
 * places and products are "it"; a word that the text, at two of its
 * mentions or more, follows with a personal pronoun before any other given
 * name, and not half as often with "it" or after an article, is taken as a
 * person. English pages only (the
 * pronouns are English; the caller checks).
 */
import { countryOfWord, isCapital } from './country-words.ts';
import { looksLikePlace } from './places.ts';
import { isGazetteerName } from './gazetteer.ts';
import { writtenInLowerCase } from './tokens.ts';
import { PERSON_PRONOUNS, THING_PRONOUNS } from '../lexicon/person-cues.ts';
import { NON_NAME_WORDS } from '../lexicon/english.ts';
import { GIVEN_NAMES } from '../lexicon/given-names.ts';
import { dictionaryClass } from '../lexicon/dictionary.ts';
import { placePopulation } from '../lexicon/place-names.ts';
import { UNLISTED_PLACE_FLOOR } from './lone-names.ts';

/**
 * Mentions of a word that a personal pronoun must follow before the word is a
 * person by this rule. Measured on GUM train (people tp/fp): 1 gave 601/84,
 * 2 gave 599/80, 3 gave 598/78 (F1 0.829, 0.830, 0.830; bench-dev the same
 * at all three); one mention alone is also met by places and works whose
 * sentence goes on about a person.
 */
export const ANTECEDENT_MENTIONS = 2;
/** Mentions followed by a personal pronoun per mention read as a thing ("it", an article before it) the rule asks for: a person's story may say "in it" of a thing nearby. */
export const THING_RATIO = 2;
/**
 * Least name-model person margin a mention needs to be made a person by this
 * rule: above 0 (the model leans to a person's name there). Without it, an
 * interjection opening a line before "she says" passed on GUM train.
 */
export const ANTECEDENT_MODEL_MARGIN = 0;
/** How far after a mention the pronoun is looked for: the rest of its sentence and about one more. */
const PRONOUN_WINDOW = 200;

/** A name word: a capital, then at least two lower-case letters. */
const NAME_SHAPE = /^\p{Lu}\p{Ll}{2,}$/u;
/** After a mention: a word (pronoun or capitalised name), or a sentence end. */
const NEXT_WORD = /\p{L}[\p{L}\p{M}'’\-]*|[.!?](?=\s)/gu;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /^['’]s\b/;
/** An article, "in" or "at" right before a mention: "the X", "in X" read as a thing or a place. */
const THING_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|in|at|of)\s+$/iu;
const LETTER = /\p{L}/u;
const QUOTE_MARK = /[”"]/;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** What follows one mention of a name: 'person' (he, she …), 'thing' (it, its), or null (another name first, or nothing). */
export function pronounAfter(text: string, end: number, word: string): 'person' | 'thing' | null {
  const window = text.slice(end, end + PRONOUN_WINDOW);
  let sentences = 0;
  NEXT_WORD.lastIndex = POSSESSIVE.test(window) ? 2 : 0;
  for (let m = NEXT_WORD.exec(window); m !== null; m = NEXT_WORD.exec(window)) {
    const w = m[0];
    // "… Vaskerud,” she said": a quotation closes, and the pronoun is its speaker, not the name.
    if (QUOTE_MARK.test(window.slice(0, m.index))) return null;
    if (w.length === 1 && (w === '.' || w === '!' || w === '?')) {
      if (++sentences > 1) return null;
      continue;
    }
    const lw = w.toLowerCase();
    if (PERSON_PRONOUNS.has(lw)) return 'person';
    if (THING_PRONOUNS.has(lw)) return 'thing';
    // Another person's given name may be the pronoun's antecedent (places, dates and bodies between them are no antecedents of "he").
    if (CAPITALISED.test(w) && w !== word && GIVEN_NAMES.has(lw)) return null;
  }
  return null;
}

let cache: { text: string; verdicts: Map<string, string | null> } | null = null;

/**
 * The reason a single capitalised word of the text is a person's name by the
 * pronouns after it, or null: at least {@link ANTECEDENT_MENTIONS} of its
 * mentions are followed by "he", "she", "his", "her" … before any other
 * given name, at least {@link THING_RATIO} times as many as those followed by
 * "it" or written after an article or "in", "at", "of"; it is no place,
 * country or known organisation, no English word or town of 10,000 unless a
 * given name, and the text never writes it in lower case. Computed once per
 * word and text.
 */
export function pronounAntecedent(word: string, text: string): string | null {
  if (cache?.text !== text) cache = { text, verdicts: new Map() };
  let verdict = cache.verdicts.get(word);
  if (verdict === undefined) {
    verdict = antecedentVerdict(word, text);
    cache.verdicts.set(word, verdict);
  }
  return verdict;
}

function antecedentVerdict(word: string, text: string): string | null {
  if (!NAME_SHAPE.test(word) || NON_NAME_WORDS.has(word.toLowerCase())) return null;
  if (countryOfWord(word) !== null || isCapital(word) || looksLikePlace(word) || isGazetteerName(word)) return null;
  const lower = word.toLowerCase();
  if (writtenInLowerCase(lower, text)) return null;
  // A word of the dictionary ("Harbour", "Following") or a town ("Bristol") is a person here only when it is also a given name ("Hazel").
  const given = GIVEN_NAMES.has(lower);
  if (!given && (dictionaryClass(lower) !== 'none' || (placePopulation(word) ?? 0) >= UNLISTED_PLACE_FLOOR)) return null;
  let person = 0;
  let thing = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER_OR_MARK.test(text[end] ?? '')) continue; // inside a longer word
    const kind = THING_BEFORE.test(text.slice(Math.max(0, at - 6), at)) ? 'thing' : pronounAfter(text, end, word);
    if (kind === 'thing') thing++;
    else if (kind === 'person') person++;
  }
  return person >= ANTECEDENT_MENTIONS && person >= THING_RATIO * thing ? `antecedent: a personal pronoun follows ${person} of its mentions ("it" or an article ${thing})` : null;
}
