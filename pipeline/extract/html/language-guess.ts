/**
 * The most frequent words of the languages news pages are most often written
 * in (Latin script), from the usual frequency lists. Words shared by several
 * languages count for each; the distinctive ones decide.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'by', 'at', 'from', 'his', 'this', 'have', 'are', 'said', 'which', 'were', 'has', 'be'],
  es: ['de', 'la', 'que', 'en', 'el', 'y', 'a', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'no', 'una', 'su', 'al', 'es', 'lo', 'como', 'más', 'pero', 'sus', 'fue'],
  pt: ['de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'é', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as', 'dos', 'ao', 'das', 'foi', 'são', 'pelo', 'pela'],
  fr: ['de', 'la', 'le', 'et', 'les', 'des', 'en', 'un', 'du', 'une', 'que', 'est', 'pour', 'qui', 'dans', 'a', 'par', 'sur', 'pas', 'au', 'avec', 'ce', 'il', 'aux', 'été'],
  de: ['der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'hat', 'dass', 'wird'],
  it: ['di', 'e', 'il', 'la', 'che', 'a', 'per', 'un', 'in', 'è', 'del', 'della', 'non', 'una', 'i', 'le', 'si', 'con', 'da', 'al', 'gli', 'sono', 'nel', 'anche', 'più', 'alla'],
  nl: ['de', 'van', 'een', 'het', 'en', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'die', 'niet', 'aan', 'er', 'om', 'ook', 'als', 'bij', 'wordt', 'naar', 'werd'],
};
/** Scripts that name their language outright, as ranges of UTF-16 units (all in the BMP: a surrogate is in none). */
const SCRIPTS: Array<[number, number, string]> = [
  [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0400, 0x04ff, 'ru'],
  [0x0600, 0x06ff, 'ar'],
];
const WORD = /\p{L}+/gu;
/** Text sample read (the start of the body is enough and keeps this linear and cheap). */
const SAMPLE_CHARS = 5000;
/** Fewest function-word hits, and the lead over the runner-up, needed to name a language. */
const MIN_HITS = 5;
const MIN_LEAD = 1.2;
/** Share of sampled characters in a script that names the language (kana before Han: Japanese mixes both). */
const MIN_SCRIPT_SHARE = 0.05;

const LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

const LOWEST_SCRIPT_UNIT = Math.min(...SCRIPTS.map(([from]) => from));

/** How many of the sample's characters are in each script of {@link SCRIPTS}, in one pass (Latin text, the most common, is in none). */
function scriptCounts(sample: string): number[] {
  const counts = SCRIPTS.map(() => 0);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < LOWEST_SCRIPT_UNIT) continue;
    for (let k = 0; k < SCRIPTS.length; k++) {
      if (c >= SCRIPTS[k]![0] && c <= SCRIPTS[k]![1]) counts[k]!++;
    }
  }
  return counts;
}

/**
 * Guesses the language of a text (BCP 47 primary tag) from its script or,
 * for Latin-script text, its function words; null when unsure. Used only
 * when the page declares no language.
 */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.length === 0) return null;
  const counts = scriptCounts(sample);
  for (let k = 0; k < SCRIPTS.length; k++) {
    if (counts[k]! / sample.length >= MIN_SCRIPT_SHARE) return SCRIPTS[k]![2];
  }
  const hits = new Map<string, number>();
  for (const word of sample.toLowerCase().match(WORD) ?? []) {
    for (const language of LOOKUP.get(word) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS) return null;
  if (second && best[1] < second[1] * MIN_LEAD) return null;
  return best[0];
}

/**
 * The one language decision of a page, recorded as `articles.language` and
 * read by every extractor: the declared language (`<html lang>`, JSON-LD,
 * meta), unless the main text says confidently that it is another one (a
 * German article on a site whose template declares "en"); the text's guess
 * when nothing is declared.
 */
export function decideLanguage(declared: string | null, text: string): string | null {
  const guessed = guessLanguage(text);
  return guessed ?? declared;
}
