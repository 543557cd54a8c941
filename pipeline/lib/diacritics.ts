/**
 * Letters without their accents, for lookups in lists that may write a name
 * either way ("Zoé" and "Zoe").
 */

const COMBINING_MARKS = /\p{M}+/gu;

/** The text with every combining mark removed after canonical decomposition (NFD): "São Tomé" → "Sao Tome". */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '');
}
