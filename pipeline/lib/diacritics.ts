/**
 * Letters without their accents, for lookups in lists that may write a name
 * either way ("Zoé" and "Zoe").
 */

const COMBINING_MARKS = /\p{M}+/gu;
/** Text of ASCII only, which has no mark to remove (most lookups: the decomposition is skipped). */
const ASCII = /^[\u0000-\u007f]*$/;

/** The text with every combining mark removed after canonical decomposition (NFD): "São Tomé" → "Sao Tome". */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '');
}

/** The lookup key of a listed name: {@link withoutDiacritics} (skipped for ASCII text), in lower case ("Aérolíneas" → "aerolineas"). */
export function plainLowerCase(text: string): string {
  return (ASCII.test(text) ? text : withoutDiacritics(text)).toLowerCase();
}
