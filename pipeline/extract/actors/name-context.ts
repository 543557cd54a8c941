/**
 * Rules that read the words around a capitalised word: a given name used
 * alone by a character of the text ("Later, Marcie sold …"), and names of
 * works and products ("the film Harbour Lights", "the Star Quest
 * franchise"), which are not actors.
 */
import { RELATION_NOUNS, SPEECH_VERBS } from '../lexicon/english.ts';
import { CHARACTER_NOUNS, WORK_NOUNS } from '../lexicon/things.ts';
import type { Token } from './tokens.ts';
import { GIVEN_NAMES } from '../lexicon/given-names.ts';
import type { LanguageProfile } from '../lexicon/profile.ts';
import { countryOfWord, isCapital } from './country-words.ts';
import { looksLikePlace, namedAsPlace } from './places.ts';
import { writtenInLowerCase } from './tokens.ts';
import { isPersonNoun } from './person-evidence.ts';
import { BEING_NOUNS } from '../lexicon/person-cues.ts';

/** A capital and lower-case letters only (no inner capitals, no hyphen). */
export const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
const lower = (w: string): string => w.toLowerCase();
const isCountryOrCapital = (s: string): boolean => countryOfWord(s) !== null || isCapital(s);

/** The reason of a person named by a given name alone (merge.ts joins it to the full name of the article that starts with it). */
export const LONE_GIVEN_NAME = 'lone given name: a given name used alone, inside a sentence';
/** What may follow a lone given name: not a capitalised word (that would be part of a longer name) nor a possessive before one. */
const LONE_AFTER = /^(?:[’']s)?(?:\s+\p{Ll}|[,.;:!?)”"’]|\s*$)/u;

/** A given name used alone inside an English sentence ("Then Marcie laughed"): a person (English profile only; not a place or a country). */
export function loneGivenName(w: string, start: number, end: number, text: string, sentenceStart: boolean, lex: LanguageProfile, isNameWord: (w: string) => boolean): boolean {
  if (!lex.english || sentenceStart || !PLAIN_WORD.test(w) || !GIVEN_NAMES.has(lower(w))) return false;
  if (!isNameWord(w) || isCountryOrCapital(w) || looksLikePlace(w)) return false;
  if (!LONE_AFTER.test(text.slice(end, end + 3)) || writtenInLowerCase(lower(w), text)) return false;
  // "the Orion spacecraft", "a Chelsea fan": a noun after it says the name is a thing's or a place's.
  const next = WORK_AFTER.exec(text.slice(end, end + 20))?.[1];
  if (next !== undefined && (WORK_NOUNS.has(next) || THING_NOUNS.has(next))) return false;
  const speaks = SPEECH_NEXT.test(text.slice(end, end + 16)) || SPEECH_BEFORE.test(text.slice(Math.max(0, start - 16), start));
  // "Preston", "Clifton": a given name that also names a large place is the place unless it speaks.
  if (!speaks && namedAsPlace(w) !== null) return false;
  // A character of the text recurs; a name said once needs a reporting verb next to it ("Marcie said", "said Marcie").
  if (speaks || occursAgain(w, start, text)) return true;
  // Said once: a character or a person of the text, unless the words around make it a place or a thing.
  return !onceUsedAsPlaceOrThing(start, end, text);
}

/** A description right after a name: "the black cat", ", our old sheepdog", ", a dancer" (its last word is its head noun). */
const DESCRIBED_AFTER = /^,?\s+(?:the|our|my|his|her|their|a|an)\s+(?:[\p{Ll}\-]+\s+){0,2}?([\p{Ll}\-]+)(?=[\s,.;:!?)]|$)/u;
/** Agent nouns name people ("dancer", "novelist", "employee"). */
const AGENT_ENDING = /(?:er|or|ist|ian|ee|ant|ent|man|woman|wife|son|daughter|girl|boy|child)$/;
const describesAPerson = (noun: string): boolean => isPersonNoun(noun) || RELATION_NOUNS.has(noun) || AGENT_ENDING.test(noun);

/** "in Marion", "near Linus", "the Jasper chapter": a place preposition or an article right before a name. */
const PLACE_OR_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:in|on|at|near|across|around|outside|inside|the|a|an)\s+$/iu;
/** The list item before a name ("Ardley, Linus", "Fenwold, Tarrow and …") and after it ("Linus, Ardley"). */
const ITEM_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’\-]*)(?:,\s+|,?\s+and\s+)$/u;
const ITEM_AFTER = /^,\s+(?:and\s+)?(\p{Lu}[\p{L}'’\-]*)/u;

/**
 * A given name written once may be a place or a thing of the same spelling
 * ("near Linus", "the Jasper chapter", "Ardley, Linus and Tarrow",
 * "Fenwold, Tarrow and …"): after a place preposition or an article, or next
 * to a list item that is no given name.
 */
export function onceUsedAsPlaceOrThing(start: number, end: number, text: string): boolean {
  if (PLACE_OR_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return true;
  // "Sasha the black cat", "Pip, our old sheepdog": described right after as something that is no person.
  const described = DESCRIBED_AFTER.exec(text.slice(end, end + 50))?.[1];
  if (described !== undefined && !describesAPerson(described)) return true;
  const neighbours = [ITEM_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1], ITEM_AFTER.exec(text.slice(end, end + 40))?.[1]];
  return neighbours.some((n) => n !== undefined && !GIVEN_NAMES.has(lower(n)));
}

const SPEECH_NEXT = /^,?\s+(?:said|says|asked|asks|replied|told|added|shouted|whispered|laughed|smiled|nodded)\b/;
const SPEECH_BEFORE = /\b(?:said|says|asked|replied|told)\s+$/;

/** True when the word appears again in the text as a whole word, outside this occurrence. */
function occursAgain(w: string, start: number, text: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    if (at !== start && !LETTER_CHAR.test(text[at - 1] ?? '') && !LETTER_CHAR.test(text[at + w.length] ?? '')) return true;
  }
  return false;
}
const LETTER_CHAR = /\p{L}/u;

/** Nouns after a lone name that make it a thing, a programme or a place ("the Orion capsule", "Apollo missions", "Chelsea fans"). */
const THING_NOUNS: ReadonlySet<string> = new Set(['mission', 'missions', 'program', 'programme', 'spacecraft', 'rocket', 'capsule', 'computer', 'computers', 'laptop', 'fans', 'fan', 'supporters', 'county', 'area', 'street', 'road']);

/** A lower-case work noun just before a name ("the film", "his novel"), or just after it ("franchise", "console"). */
const WORK_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u;
const WORK_AFTER = /^(?:[’']s)?\s+(\p{Ll}+)/u;

/** True when the words around a capitalised run say it names a work or a product, not an actor. */
export function namesAWork(text: string, start: number, end: number): boolean {
  const before = WORK_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  if (before !== undefined && (WORK_NOUNS.has(before) || CHARACTER_NOUNS.has(before))) return true; // "the film X", "the character X"
  const after = WORK_AFTER.exec(text.slice(end, end + 20))?.[1];
  return after !== undefined && WORK_NOUNS.has(after) && !/^[’']s/.test(text.slice(end, end + 2));
}

/** The reason of a single name right after a noun that names a person ("his daughter Ysolde", "fashion designer Marlow"). */
export const NOUN_BEFORE_NAME = 'person noun: a kinship or occupation noun right before a single name';
/** A lower-case noun, a comma or nothing, then the name: "son James", "sister, Michelle"; a kinship noun may take "of" ("the daughter of Delphine"). */
const NOUN_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)(,?\s+|\s+of\s+)$/u;

/**
 * A single capitalised word right after a kinship noun ("her brother
 * Tamer", "the daughter of Delphine"), an occupation noun ("the
 * designer Marlow", "the poet Ambrose") or a noun for a human or a deity
 * ("the woman Ysolde", "the god Tarvos") is a person, unless it is a place,
 * a country, a word the text also writes in lower case, or a work ("the
 * novelist Harbour Lights" has no single-word form here).
 */
export function nounBeforeName(w: string, start: number, end: number, text: string, isNameWord: (w: string) => boolean): boolean {
  const m = NOUN_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return false;
  const noun = m[1]!;
  const kin = RELATION_NOUNS.has(noun) || RELATION_NOUNS.has(noun.replace(/s$/, ''));
  if (m[2]!.includes('of') ? !kin : !(kin || isPersonNoun(noun) || BEING_NOUNS.has(noun))) return false;
  if (!isNameWord(w) || isCountryOrCapital(w) || looksLikePlace(w) || writtenInLowerCase(lower(w), text)) return false;
  if (!LONE_AFTER.test(text.slice(end, end + 3))) return false;
  const next = WORK_AFTER.exec(text.slice(end, end + 20))?.[1];
  return next === undefined || !(WORK_NOUNS.has(next) || THING_NOUNS.has(next));
}

/** "Dear" opening a letter or an e-mail: the name after it is the addressee's, not part of a name. */
export function salutation(w: string, sentenceStart: boolean): boolean {
  return sentenceStart && w === 'Dear';
}

/** The reason of a name that signs a letter. */
export const SIGN_OFF_NAME = 'sign-off: a single name closing a letter after a closing phrase';
/** A closing phrase right before the name ("Best wishes, ", "Love ya. ", "Yours, "). */
const CLOSING_BEFORE = /\b(?:love|wishes|regards|yours|sincerely|faithfully|truly|cheers|thanks|feelings|ya|best)[,.!]?\s+$/i;
/** Nothing but a full stop or an exclamation mark after the name before the end of its line. */
const LINE_END_AFTER = /^[.!]?[ \t]*(?:\n|$)/;

/** A single name word that signs a letter: a closing phrase before it and the end of its line after it ("Best wishes, Teodor"). */
export function signOffName(w: string, start: number, end: number, text: string, isNameWord: (w: string) => boolean): boolean {
  if (!CLOSING_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || !LINE_END_AFTER.test(text.slice(end, end + 4))) return false;
  return isNameWord(w) && !isCountryOrCapital(w) && !looksLikePlace(w);
}

/** The reason of a single word that speaks and that the name model reads as a person's name. */
export const SPEAKING_NAME = "speaking name: a single name before a reporting verb, read as a person's by the name model";
/** Least person margin of the name model for a single speaking name: the margin that makes a pair with no other evidence a person (person-evidence.ts MODEL_NAME_MARGIN). */
const MIN_MARGIN = 2;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu;
/** A verb right after the name ("Orsolo said", "Orsolo, who argued"). */
const VERB_NEXT = /^(?:\s+|,\s+who\s+)(\p{Ll}+)\b/u;

/**
 * A single capitalised word inside a sentence, right before a reporting verb ("… when Orsolo said it was
 * late"), that the name model reads as a person's name by a margin of at least 2 (not after an article, not a
 * place, a country or a word the text also writes in lower case): a person no list holds. GUM train +1 person,
 * dev and bench-dev unchanged. Any past tense as well ("Orsolo testified") raised GUM dev people 0.711 -> 0.718
 * but added a false person on bench-dev (0.960 -> 0.955), with or without excluding "<verb> by": not kept.
 */
export function speakingName(token: Token, w: string, end: number, text: string, sentenceStart: boolean): boolean {
  if (sentenceStart || token.nameModel === undefined || token.nameModel.personMargin < MIN_MARGIN) return false;
  if (ARTICLE_BEFORE.test(text.slice(Math.max(0, token.start - 6), token.start))) return false; // "the Regent announced": a title or a body
  const verb = VERB_NEXT.exec(text.slice(end, end + 24))?.[1];
  if (verb === undefined || !SPEECH_VERBS.has(verb)) return false;
  return !isCountryOrCapital(w) && !looksLikePlace(w) && !writtenInLowerCase(lower(w), text);
}
