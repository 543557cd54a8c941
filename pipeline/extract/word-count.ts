/**
 * Counting an article's words without listing them: every article row has a
 * word count, and `text.match(WORD).length` built an array of every word of
 * the text to count it (1.7% of an article's extraction in the profile).
 */

/** A letter or a digit, for the characters outside ASCII. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** UTF-16 units of the letter or digit at `i` (2 for one outside the BMP), or 0 when there is none there. */
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text[i]!) ? 1 : 0;
}

/** Whether a UTF-16 unit joins two runs of letters into one word: an apostrophe (straight or curly) or a hyphen. */
const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d;

/**
 * How many matches the pattern `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)` followed by a star
 * (flags g and u) has in the text:
 * runs of letters and digits, one apostrophe or hyphen between two runs
 * joining them into one word ("O’Neil", "well-known").
 */
export function countWords(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    let k = letterOrDigitAt(text, i);
    if (k === 0) {
      i++;
      continue;
    }
    count++;
    for (;;) {
      while (k > 0) {
        i += k;
        k = i < text.length ? letterOrDigitAt(text, i) : 0;
      }
      if (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && letterOrDigitAt(text, i + 1) > 0) {
        i++;
        k = letterOrDigitAt(text, i);
      } else break;
    }
  }
  return count;
}
