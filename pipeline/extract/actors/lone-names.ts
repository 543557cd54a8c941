/**
 * A single capitalised word that no list holds ("… when Vaskerud left the
 * room", made up): a person's name when it is in no English dictionary, is
 * no place of the GeoNames list, no known organisation, and the words
 * around it say a person. English pages only (the lists
 * are English); each rule returns its reason or null.
 */
import { dictionaryClass } from '../lexicon/dictionary.ts';
import { placePopulation } from '../lexicon/place-names.ts';
import { countryOfWord, isCapital } from './country-words.ts';
import { looksLikePlace, populationText } from './places.ts';
import { isGazetteerName } from './gazetteer.ts';
import { writtenInLowerCase } from './tokens.ts';
import { RELATION_NOUNS, TITLE_ABBREVIATIONS } from '../lexicon/english.ts';
import { US_STATE_ABBREVIATIONS } from '../lexicon/places.ts';
import { surnameBand } from '../lexicon/surnames.ts';
import { PERSON_SUBJECT_VERBS } from '../lexicon/person-cues.ts';

/** A name word: a capital, then at least two lower-case letters (a hyphenated second part allowed). */
const NAME_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
/** A possessive ending a word ("Vaskerud’s"). */
export const POSSESSIVE_END = /['’]s$/u;
/** "the X", "a X": an article makes the word a thing's or a body's name. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|that|these|those)\s+$/iu;
/** Endings of words for peoples, creeds, doctrines and languages ("Hispanics", "Muslims", "Jewish", "Islamism", "Maltese"). */
const GROUP_ENDING = /(?:ics|ims|ians|ans|ish|ism|isms|ist|ists|ese|phobia|ites)$/;
/** A frequent census surname keeps a word with such an ending ("Parrish"). */
const FREQUENT_SURNAME: ReadonlySet<string> = new Set(['top1k', 'top10k']);

/**
 * Inhabitants from which a GeoNames place keeps a word from being a person
 * by this rule; smaller places share their names with many surnames.
 * Measured at 1,000, 10,000 and 50,000: GUM dev, bench-dev and the hold-outs
 * the same, GUM train one false person fewer at 1,000 (a single example, so
 * the middle value is kept).
 */
export const UNLISTED_PLACE_FLOOR = 10_000;

/**
 * The facts that keep a single word from being an unlisted person's name:
 * the reason it is not one, or null when it may be. A word of an English
 * dictionary, a place, a country or capital, a gazetteer organisation, a
 * word the text also writes in lower case, or one after an article.
 */
export function notAnUnlistedName(w: string, start: number, text: string): string | null {
  const plain = w.replace(POSSESSIVE_END, '');
  if (!NAME_SHAPE.test(plain)) return 'not a name word';
  const lower = plain.toLowerCase();
  if (dictionaryClass(lower) !== 'none') return 'an English word';
  if (countryOfWord(plain) !== null || isCapital(plain) || looksLikePlace(plain) || US_STATE_ABBREVIATIONS.has(plain)) return 'a country or a place';
  if (TITLE_ABBREVIATIONS.has(lower)) return 'a title';
  if (GROUP_ENDING.test(lower) && !FREQUENT_SURNAME.has(surnameBand(lower))) return 'a group, a creed or a language';
  const population = placePopulation(plain);
  if (population !== null && population >= UNLISTED_PLACE_FLOOR) return `a GeoNames place of about ${populationText(population)} inhabitants`;
  if (isGazetteerName(plain)) return 'a known organisation';
  if (writtenInLowerCase(lower, text)) return 'also written in lower case';
  if (ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return 'after an article';
  return null;
}

/**
 * A single word inside a sentence that passes {@link notAnUnlistedName} and
 * that the words around it call a person ({@link personContext}): the
 * reason, or null. The name model's reading alone is not enough: on GUM
 * train it added as many false people as true ones (a margin of 2: +11 true,
 * +12 false; bench-dev +4 false).
 */
export function unlistedSingleName(w: string, start: number, end: number, text: string, sentenceStart: boolean): string | null {
  if (sentenceStart || notAnUnlistedName(w, start, text) !== null) return null;
  const context = personContext(start, end, text);
  return context === null ? null : `unlisted name: in no English dictionary, no place; ${context}`;
}

/** The lower-case word (or "was born") right after the name. */
const VERB_AFTER = /^\s+(was born|\p{Ll}+)\b/u;
/** "…,” said X": the speaker named after the verb, the order news style keeps for people. */
const SAID_BEFORE = /\b(?:said|says)\s+$/;
/** "X's wife", "X's younger brother": a kinship noun owned by the name. */
const OWNS_RELATIVE = /^[’']s\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;

/**
 * What the words around a single name say of a person, in general terms: the
 * reason, or null. A verb whose subject is a person right after it
 * ("Vaskerud nodded"), "said" right before it ("…,” said Vaskerud"), or a
 * kinship noun it owns ("Vaskerud's wife"). A reporting verb after it is no
 * such cue: companies and outlets say and tell too ("Quorvex said" stays for
 * the organisation rules, and a speaking name
 * with the name model's reading is `name-context.ts` speakingName). Measured and dropped (GUM train +3 true, but one more false person
 * each on bench-dev): a subject pronoun opening the next sentence ("Vaskerud
 * left. She …") and a given name beside it in a coordination ("Toril and
 * Vaskerud").
 */
export function personContext(start: number, end: number, text: string): string | null {
  const after = text.slice(end, end + 40);
  const verb = VERB_AFTER.exec(after)?.[1];
  if (verb !== undefined && PERSON_SUBJECT_VERBS.has(verb)) return `a person's verb '${verb}' after it`;
  if (SAID_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return "'said' right before it";
  // The token may carry the possessive itself ("Vaskerud’s").
  const owns = OWNS_RELATIVE.exec(POSSESSIVE_END.test(text.slice(start, end)) ? `’s${after}` : after);
  const owned = owns ? [owns[1], owns[2]].find((n) => n !== undefined && RELATION_NOUNS.has(n)) : undefined;
  if (owned !== undefined) return `it owns a relative ('${owned}')`;
  return null;
}
