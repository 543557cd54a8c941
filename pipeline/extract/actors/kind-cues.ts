/**
 * Organisations named by the words around them that say what kind of body
 * they are, or whose member they name: "publishers such as Quillmark",
 * "a band called Tin Harbour", "Dunmore and other airlines", "Corvane
 * magazine", "Rosa Pell of the Harbour League", "the HVA's Rosa Pell".
 * Each rule returns its reason (kept for `cli.ts explain`) or null.
 */
import type { UnknownSpan } from './roles.ts';
import { GIVEN_NAMES } from '../lexicon/given-names.ts';
import { ORG_HEADS, ORG_KIND_AFTER, ORG_KIND_PLURALS, ORG_KIND_SINGULARS } from '../lexicon/english.ts';
import { EVENT_WORDS, WORK_NOUNS } from '../lexicon/things.ts';
import { looksLikePlace } from './places.ts';
import { countryOfWord, isCapital, isUsState } from './country-words.ts';
import { BROADCAST_PROGRAMME_NOUNS } from '../lexicon/programmes.ts';
import { NEWSPAPER_TITLE_WORDS } from '../lexicon/newspapers.ts';

const LEADING_THE = /^the\s+/i;

const alternatives = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
/** One capitalised item of a list before the name: "Quillmark", "the Tin Harbour Band", "O'Dell". */
const ITEM = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}'’&.\-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}\p{N}'’&.\-]*)*`;
/** Earlier items of the same list: "Quillmark, Tarn Books and ". */
const EARLIER_ITEMS = String.raw`(?:${ITEM}(?:\s*,\s*|,?\s+(?:and|or)\s+))*`;
/** "publishers such as", "such bands as", "services like", "charities, including", "networks (e.g."; then the list up to the name. */
// No 'i' flag: with it \p{Lu} would match any letter; the kind words are written in lower case ("Such" may open a sentence).
const KIND_LIST_BEFORE = new RegExp(
  String.raw`\b(?:(?:${alternatives(ORG_KIND_PLURALS)})\s*,?\s+(?:such\s+as|like|including|notably|e\.g\.,?)|[Ss]uch\s+(?:${alternatives(ORG_KIND_PLURALS)})\s+as|\(e\.g\.,?)\s+${EARLIER_ITEMS}(?:[Tt]he\s+)?$`,
  'u',
);
/** "a band called", "a company named", "the airline known as". */
const KIND_CALLED_BEFORE = new RegExp(String.raw`\b(?:${alternatives([...ORG_KIND_SINGULARS, ...ORG_KIND_PLURALS])})\s+(?:called|named|known\s+as)\s+(?:the\s+)?$`, 'iu');
/** "… and other airlines", "… or other nation companies". */
const AND_OTHER_KIND_AFTER = new RegExp(String.raw`^\s*,?\s+(?:and|or)\s+other\s+(?:\p{Ll}+\s+)?(?:${alternatives(ORG_KIND_PLURALS)})\b`, 'u');
/** "… magazine", "… news agency", "… television": the kind noun right after the name, then its next word. */
const KIND_NOUN_AFTER = new RegExp(String.raw`^\s+(?:${alternatives(ORG_KIND_AFTER)})\b(?:\s+(\p{Ll}+))?`, 'u');
/** "joined the …", "a member of the …": with "the", a body one joins (a person's name takes no article). */
const MEMBERSHIP_BEFORE = /\b(?:joined|joins|joining|(?:an?\s+)?members?\s+of)\s+the\s+$/i;
/** "the" and spaces ending the window: {@link MEMBERSHIP_BEFORE} needs it. */
const THE_LAST = /the\s+$/i;
/** One of these is in every match of {@link KIND_LIST_BEFORE}. */
const LIST_WORDS = ['such', 'Such', 'like', 'including', 'notably', 'e.g'];
/** How far back a list of kind members may start (characters): a kind noun, "such as" and three or four names. */
const KIND_WINDOW = 160;

/**
 * The reason the name at `start`..`end` of `text` is an organisation by the
 * kind of body the text says it is, or null. A country, capital or US state is never one.
 */
export function kindCue(surface: string, start: number, end: number, text: string): string | null {
  if (countryOfWord(surface) !== null || isCapital(surface) || isUsState(surface)) return null;
  const before = text.slice(Math.max(0, start - KIND_WINDOW), start);
  // Each pattern runs only when the words it needs are in the window (the patterns end in $, so a miss tries every offset).
  if (THE_LAST.test(before) && MEMBERSHIP_BEFORE.test(before)) return "membership: 'joined the' or 'a member of the' before it";
  const lower = before.toLowerCase();
  const called = lower.includes('called') || lower.includes('named') || lower.includes('known');
  if (called && KIND_CALLED_BEFORE.test(before)) return "kind: a kind of organisation, then 'called' or 'named', before it";
  if (LIST_WORDS.some((w) => before.includes(w)) && KIND_LIST_BEFORE.test(before)) return "kind: listed after a kind of organisation ('publishers such as', 'bands like')";
  const after = text.slice(end, end + 60);
  if (AND_OTHER_KIND_AFTER.test(after)) return "kind: '… and other <kind of organisation>' after it";
  if (kindNounAfter(end, text)) return "kind: a kind of organisation ('magazine', 'news agency') right after it";
  return null;
}

/** True when a kind of organisation follows `end` ("… magazine", "… news agency"), not as part of a work ("… television series"). */
export function kindNounAfter(end: number, text: string): boolean {
  const noun = KIND_NOUN_AFTER.exec(text.slice(end, end + 40));
  return noun !== null && !(noun[1] && WORK_NOUNS.has(noun[1]));
}

/** " of " or " of the " between a person's name and an unknown name: "Rosa Pell of the Harbour League". */
const OF_GAP_BEFORE = /\s+of\s+(?:the\s+)?$/;
/** A possessive between an unknown name and a person's name: "the HVA's Rosa Pell". */
const POSSESSIVE_GAP_AFTER = /^[’']s?\s+/;

/**
 * The reason an unknown span is the organisation a person belongs to, or
 * null: "<person> of X" or "X's <person>", X not a place. `personEndsAt`
 * and `personStartsAt` say whether a person's mention ends or starts at an offset.
 */
export function affiliationCue(u: UnknownSpan, text: string, personEndsAt: (i: number) => boolean, personStartsAt: (i: number) => boolean): string | null {
  const name = u.surface.replace(LEADING_THE, '');
  if (looksLikePlace(name)) return null;
  const of = OF_GAP_BEFORE.exec(text.slice(Math.max(0, u.start - 12), u.start));
  const possessive = POSSESSIVE_GAP_AFTER.exec(text.slice(u.end, u.end + 4));
  const cue = of && personEndsAt(u.start - of[0].length) ? "affiliation: '<person> of <name>'"
    : possessive && personStartsAt(u.end + possessive[0].length) ? "affiliation: '<name>'s <person>'" : null;
  // Looked for only once a cue is there: one pattern per name, not per unknown span.
  return cue && !placedInText(name, text) ? cue : null;
}

/** "'s", up to three lower-case words ("horror reality", "fantasy-romance"), then a programme noun: "…'s new drama series". */
const PROGRAMME_AFTER = new RegExp(String.raw`^[’']s\s+(?:[\p{Ll}-]+\s+){0,3}(?:${BROADCAST_PROGRAMME_NOUNS.join('|')})\b`, 'u');

/**
 * The reason an unknown span is a broadcaster, or null: its programme
 * follows it ("Tarnvale One's fantasy series", "ZKTV's reality show"). A
 * person's programme is named by a person already found (their mentions are
 * no unknown spans), and a frequent census surname is left alone by the caller.
 */
export function programmeOwner(u: UnknownSpan, text: string): string | null {
  if (looksLikePlace(u.surface.replace(LEADING_THE, ''))) return null;
  return PROGRAMME_AFTER.test(text.slice(u.end, u.end + 60)) ? "broadcaster: '<name>'s … series' (a programme it airs) after it" : null;
}

/** A lower-case "the" right before the name. */
const LOWER_THE_BEFORE = /\bthe[ \t]+$/;

/**
 * The reason a lone capitalised title word after a lower-case "the" is a
 * newspaper ("the Times ran a letter", "the Herald reported"), or null.
 */
export function newspaperTitle(u: UnknownSpan, text: string): string | null {
  if (u.surface.includes(' ') || !NEWSPAPER_TITLE_WORDS.has(u.surface.toLowerCase())) return null;
  return LOWER_THE_BEFORE.test(text.slice(Math.max(0, u.start - 5), u.start)) ? "newspaper: 'the' and a newspaper's title word ('the Times')" : null;
}

/** Characters that may not be part of a name's regular expression as written. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * True when the text itself uses the name as a place: right after "in" or
 * "near" with no article ("born in Tullochmore", "a farm near Tullochmore"),
 * so "Ewan Tallis of Tullochmore" names where he is from, not a body.
 */
export function placedInText(name: string, text: string): boolean {
  if (!name || !text.includes(name)) return false;
  return new RegExp(`\\b(?:in|near)\\s+${name.replace(REGEX_SPECIAL, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** A plural last word of a name: "Falcons", "Owls", "Marauders" (not the "-ss", "-us", "-is", "-as", "-ics" of "Ross", "Paris", "Texas", "Linguistics"). */
const PLURAL_WORD = /^\p{Lu}\p{Ll}+[^asiu\s'’]s$/u;
const FIELD_ENDING = /ics$/;
const THE_BEFORE = /\bthe\s+$/i;
/** The reason {@link groupName} gives (its short plural mentions join it, context-orgs.ts). */
export const GROUP_NAME = "group: 'the <name> <plural>' names a team or a band";

/** True when `word` looks like the plural nickname of a team or band ("Falcons"). */
export function pluralNickname(word: string): boolean {
  const lw = word.toLowerCase();
  return PLURAL_WORD.test(word) && !FIELD_ENDING.test(lw) && countryOfWord(word) === null && !isUsState(word) && !EVENT_WORDS.has(lw) && !ORG_HEADS.has(lw) && !WORK_NOUNS.has(lw);
}

/**
 * The reason "the <Name> <Plurals>" is a team or a band ("the Dorset Falcons",
 * "the Millbrook Herons"), or null: a person's name never takes "the" and a plural
 * last word. One-word plurals ("the Kellys") may be a family and are left alone.
 */
export function groupName(words: readonly string[], start: number, text: string): string | null {
  if (words.length < 2 || !THE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return null;
  if (!pluralNickname(words[words.length - 1]!) || looksLikePlace(words.join(' ')) || GIVEN_NAMES.has(words[0]!.toLowerCase())) return null; // not "the Maria Lindqvist story"
  return GROUP_NAME;
}
