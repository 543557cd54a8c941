/**
 * Decides whether a demonym or nationality adjective refers to a country
 * ("Chinese authorities", "the German ambassador", "Americans") or to a
 * language ("in Chinese", "Chinese-language", "speaks English") or an
 * ethnicity ("ethnic Chinese", "of Korean descent", the "Chinese" of
 * "Chinese-American"). Only the country use counts (ANNOTATION.md).
 */
import {
  ETHNIC_AFTER,
  ETHNIC_BEFORE,
  FUNCTION_WORDS_AFTER_LANGUAGE,
  LANGUAGE_AFTER,
  LANGUAGE_BEFORE,
} from './context-words.ts';
import { hyphenSuffix, nextWord, previousWord } from './context.ts';
import type { MatchAt } from './capital-rule.ts';
import type { SurfaceMatch } from './surface-matcher.ts';

const IN_WORDS = new Set(['in', 'into']);

/** True when the demonym at `m` names a language rather than a country. */
export function isLanguageUse(text: string, m: SurfaceMatch): boolean {
  const prev = previousWord(text, m.start)?.text.toLowerCase() ?? '';
  const next = nextWord(text, m.end);
  const nextLower = next?.text.toLowerCase() ?? '';
  const suffix = hyphenSuffix(text, m.end)?.text.toLowerCase() ?? '';
  if (LANGUAGE_BEFORE.has(prev)) return true;
  if (LANGUAGE_AFTER.has(nextLower) || LANGUAGE_AFTER.has(suffix)) return true;
  // "in Chinese." / "in Chinese and English" / "in English only" — but not "in Chinese custody"
  return IN_WORDS.has(prev) && !suffix && (!next || FUNCTION_WORDS_AFTER_LANGUAGE.has(nextLower));
}

/** True when the demonym at `m` names an ethnicity or heritage rather than a nationality. */
export function isEthnicUse(text: string, m: SurfaceMatch, matchAt: MatchAt): boolean {
  const prev = previousWord(text, m.start)?.text.toLowerCase() ?? '';
  const next = nextWord(text, m.end);
  if (ETHNIC_BEFORE.has(prev) || ETHNIC_AFTER.has(next?.text.toLowerCase() ?? '')) return true;
  // "Chinese-American", "Korean Canadians": the first demonym is heritage, the second the nationality
  const glued = text[m.end] === '-' ? matchAt(m.end + 1) : next ? matchAt(next.start) : undefined;
  return glued !== undefined && glued.entry.via === 'demonym' && glued.entry.country !== m.entry.country;
}

/** True when the demonym at `m` refers to the country (not a language, not an ethnicity). */
export function isDemonymCountry(text: string, m: SurfaceMatch, matchAt: MatchAt): boolean {
  return !isLanguageUse(text, m) && !isEthnicUse(text, m, matchAt);
}
