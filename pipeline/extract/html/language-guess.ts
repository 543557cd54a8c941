/**
 * Most frequent function words of the languages news pages are most often
 * written in (Latin script). Each list holds words that are common in that
 * language and rare in the others.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'have', 'this', 'from', 'which', 'said'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'una', 'para', 'con', 'según', 'como', 'más', 'pero', 'fue'],
  pt: ['os', 'das', 'dos', 'não', 'uma', 'para', 'com', 'pelo', 'pela', 'foi', 'são', 'também', 'mais', 'ao'],
  fr: ['le', 'les', 'des', 'est', 'une', 'pour', 'dans', 'qui', 'sur', 'avec', 'pas', 'au', 'aux', 'été'],
  de: ['der', 'die', 'und', 'den', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'auch', 'eine', 'wird'],
  it: ['il', 'della', 'che', 'di', 'per', 'una', 'sono', 'gli', 'nel', 'alla', 'anche', 'con', 'più', 'è'],
  nl: ['het', 'een', 'van', 'de', 'en', 'zijn', 'niet', 'met', 'voor', 'dat', 'ook', 'wordt', 'bij', 'naar'],
};
/** Scripts that name their language outright. */
const SCRIPTS: Array<[RegExp, string]> = [
  [/[\u3040-\u30ff]/gu, 'ja'],
  [/[\uac00-\ud7af]/gu, 'ko'],
  [/[\u4e00-\u9fff]/gu, 'zh'],
  [/[\u0400-\u04ff]/gu, 'ru'],
  [/[\u0600-\u06ff]/gu, 'ar'],
];
const WORD = /\p{L}+/gu;
/** Text sample read (the start of the body is enough and keeps this linear and cheap). */
const SAMPLE_CHARS = 5000;
/** Fewest function-word hits, and the lead over the runner-up, needed to name a language. */
const MIN_HITS = 5;
const MIN_LEAD = 1.5;
/** Share of sampled characters in a script that names the language (kana before Han: Japanese mixes both). */
const MIN_SCRIPT_SHARE = 0.05;

const LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

/**
 * Guesses the language of a text (BCP 47 primary tag) from its script or,
 * for Latin-script text, its function words; null when unsure. Used only
 * when the page declares no language.
 */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.length === 0) return null;
  for (const [pattern, language] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count / sample.length >= MIN_SCRIPT_SHARE) return language;
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
