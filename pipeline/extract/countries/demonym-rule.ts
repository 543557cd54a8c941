/**
 * Decides whether a demonym or nationality adjective refers to a country
 * ("Chinese authorities", "the German ambassador", "Americans") or to a
 * language ("in Chinese", "Chinese-language", "speaks English") or an
 * ethnicity ("ethnic Chinese", "of Korean descent", the "Chinese" of
 * "Chinese-American"). Only the country use counts (ANNOTATION.md).
 */
import { BILATERAL_NOUNS } from './capital-words.ts';
import {
  ETHNIC_AFTER,
  ETHNIC_BEFORE,
  ETHNIC_GROUPS,
  FUNCTION_WORDS_AFTER_LANGUAGE,
  LANGUAGE_AFTER,
  LANGUAGE_BEFORE,
  LANGUAGE_NAMES,
  LANGUAGE_QUALIFIERS,
} from './demonym-words.ts';
import { hyphenSuffix, nextWord, previousWord } from './context.ts';
import type { MatchAt } from './capital-rule.ts';
import type { SurfaceMatch } from './surface-matcher.ts';

const COORDINATORS = new Set(['and', 'or']);
/** "'s" after a singular demonym (plural nouns like "Americans'" keep their country reading). */
const SINGULAR_POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u;
/** The combining form "Sino-" is never a heritage ("Sino-American" is two countries). */
const SINO = 'Sino';
const TRANSLATION_PREPOSITIONS = new Set(['from', 'into', 'to', 'in']);
/** The word before / after a position across a list separator (", ", " and ", " or "). */
const LIST_WORD_BEFORE = /([\p{L}-]+)(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+|,\s+or\s+)$/u;
const LIST_WORD_AFTER = /^(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+|,\s+or\s+)(?:other\s+)?([\p{L}-]+)/u;
/**
 * How far to look for the neighbour of a list item (40 characters: one item
 * and its separator, even for long names) and how many items to walk each way
 * (4: lists of minorities rarely run longer, and walking further costs time).
 */
const LIST_WINDOW = 40;
const LIST_STEPS = 4;

/** True when the demonym is listed with an ethnic group: "Uyghurs, Kazakhs and Kyrgyz". */
function isListedWithEthnicGroups(text: string, m: SurfaceMatch): boolean {
  let start = m.start;
  for (let i = 0; i < LIST_STEPS; i++) {
    const before = LIST_WORD_BEFORE.exec(text.slice(Math.max(0, start - LIST_WINDOW), start));
    if (!before) break;
    if (ETHNIC_GROUPS.has(before[1] ?? '')) return true;
    start -= before[0].length;
  }
  let end = m.end;
  for (let i = 0; i < LIST_STEPS; i++) {
    const after = LIST_WORD_AFTER.exec(text.slice(end, end + LIST_WINDOW));
    if (!after) break;
    if (ETHNIC_GROUPS.has(after[1] ?? '')) return true;
    end += after[0].length;
  }
  return false;
}

/** Language reading of the word at [start, end): its own context, or that of a language it is coordinated with. */
function languageAt(text: string, surface: string, start: number, end: number, depth: number): boolean {
  if (!LANGUAGE_NAMES.has(surface)) return false;
  // "(English)" alone in parentheses: a language label ("Canada (English)")
  if (text[start - 1] === '(' && text[end] === ')') return true;
  const prevWord = previousWord(text, start);
  const prev = prevWord?.text.toLowerCase() ?? '';
  const next = nextWord(text, end);
  const nextLower = next?.text.toLowerCase() ?? '';
  const suffix = hyphenSuffix(text, end)?.text.toLowerCase() ?? '';
  if (LANGUAGE_BEFORE.has(prev)) return true;
  // "translated from Japanese", "fluent in Korean"
  if (prevWord && TRANSLATION_PREPOSITIONS.has(prev) && LANGUAGE_BEFORE.has(previousWord(text, prevWord.start)?.text.toLowerCase() ?? '')) return true;
  if (LANGUAGE_AFTER.has(nextLower) || LANGUAGE_AFTER.has(suffix)) return true;
  const endsPhrase = !suffix && (!next || FUNCTION_WORDS_AFTER_LANGUAGE.has(nextLower));
  // "in Chinese." / "in English only" / "in Traditional Chinese" — but not "in Chinese custody"
  if (LANGUAGE_QUALIFIERS.has(prev) && endsPhrase) return true;
  // "in Chinese and English": the second language inherits the reading of the first
  if (prevWord && COORDINATORS.has(prev) && depth < 3) {
    const other = previousWord(text, prevWord.start);
    if (other) return languageAt(text, other.text, other.start, other.end, depth + 1);
  }
  return false;
}

/** True when the demonym at `m` names a language rather than a country. */
export function isLanguageUse(text: string, m: SurfaceMatch): boolean {
  return languageAt(text, m.entry.surface, m.start, m.end, 0);
}

/** True when the demonym at `m` names an ethnicity or heritage rather than a nationality. */
export function isEthnicUse(text: string, m: SurfaceMatch, matchAt: MatchAt): boolean {
  const prev = previousWord(text, m.start)?.text.toLowerCase() ?? '';
  const next = nextWord(text, m.end);
  if (ETHNIC_BEFORE.has(prev) || ETHNIC_AFTER.has(next?.text.toLowerCase() ?? '')) return true;
  if (ETHNIC_AFTER.has(hyphenSuffix(text, m.end)?.text.toLowerCase() ?? '')) return true; // "Indian-origin"
  if (isListedWithEthnicGroups(text, m)) return true;
  // "Chinese-American", "Korean Canadians": the first demonym is heritage, the second the nationality —
  // unless the pair qualifies a bilateral noun ("Chinese-American relations", "Sino-Japanese war")
  const glued = text[m.end] === '-' ? matchAt(m.end + 1) : next ? matchAt(next.start) : undefined;
  if (glued === undefined || glued.entry.via !== 'demonym' || glued.entry.country === m.entry.country) return false;
  if (m.entry.surface === SINO) return false;
  return !BILATERAL_NOUNS.has(nextWord(text, glued.end)?.text.toLowerCase() ?? '');
}

/**
 * True when the demonym at `m` refers to the country (not a language, not an
 * ethnicity, not a name in the possessive: "French's mustard", "English's
 * goal" — a nationality adjective never takes "'s").
 */
export function isDemonymCountry(text: string, m: SurfaceMatch, matchAt: MatchAt): boolean {
  if (SINGULAR_POSSESSIVE.test(text.slice(m.end, m.end + 3))) return false;
  return !isLanguageUse(text, m) && !isEthnicUse(text, m, matchAt);
}
