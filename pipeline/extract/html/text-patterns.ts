/**
 * Regular-expression parts shared by several modules of the page reader
 * (dates, bylines, whitespace), compiled or written once here.
 */

/** A run of whitespace (NBSP included). Global: use with replace only. */
export const WHITESPACE_RUN = /\s+/g;

/** English month names and abbreviations, as a pattern source (no groups that capture). */
export const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** English weekday names and abbreviations, as a pattern source. */
export const WEEKDAY_NAMES = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';

/** The word introducing a byline in the languages most news is written in ("By", "Par", "Von", "Por", "Di", "Door"). */
export const BYLINE_WORDS = 'by|par|von|por|di|door';

/** A four-digit year of the web era, as a pattern source. */
export const YEAR_PATTERN = '(?:19|20)\\d{2}';

/** A year standing alone in a text. */
export const YEAR = new RegExp(`\\b${YEAR_PATTERN}\\b`);

/**
 * Whether a UTF-16 unit is white space as `\s` reads it without the `u` flag
 * (ECMAScript WhiteSpace and LineTerminator: the ASCII ones, NBSP, BOM and the
 * Unicode space separators).
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The length `text` has once every run of white space is one space, i.e.
 * `text.replace(WHITESPACE_RUN, ' ').length`, counted without making that
 * copy (the text scorer and the link density count every text node of a page).
 */
export function collapsedLength(text: string): number {
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space || !inSpace) n++;
    inSpace = space;
  }
  return n;
}
