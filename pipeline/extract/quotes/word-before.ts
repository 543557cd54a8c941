/**
 * The last word before an offset, read backwards from it: what
 * `/(\p{L}+)[\s"“”]*$/u` finds in the text before the offset, without the
 * regex trying every start position of the window (the subject test of every
 * name mention in quotes/names.ts ran it, 1.4% of an article's extraction).
 */

/** Spaces and double quotes that may stand between the word and the offset (every \s is a single UTF-16 unit). */
const TRAILING = /[\s"“”]/u;
const LETTER = /\p{L}/u;

/** Whether a lone UTF-16 unit is a low surrogate (the second half of a character outside the BMP). */
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The run of letters that ends the text between `from` and `to`, once the
 * spaces and double quotes at its end are skipped; undefined when that text
 * does not end with a letter there. Letters outside the BMP count as letters,
 * and a surrogate pair cut by `from` does not.
 */
export function wordBefore(text: string, from: number, to: number): string | undefined {
  let end = to;
  while (end > from && TRAILING.test(text[end - 1]!)) end--;
  let start = end;
  while (start > from) {
    if (isLowSurrogate(text.charCodeAt(start - 1))) {
      const cp = start - 2 >= from ? text.codePointAt(start - 2)! : 0;
      if (cp > 0xffff && LETTER.test(String.fromCodePoint(cp))) start -= 2;
      else break;
    } else if (LETTER.test(text[start - 1]!)) start--;
    else break;
  }
  return start < end ? text.slice(start, end) : undefined;
}
