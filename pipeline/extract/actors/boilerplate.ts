/**
 * Boilerplate inside the main text that names no actor of the article:
 * copyright and source-credit lines, and the promotional tail after an
 * underscore separator ("___" then "Follow AP's full coverage of …").
 * The page reader keeps them as text; the actor recogniser skips them.
 */
import type { ArticleBody } from '../types.ts';

/** A paragraph that is only a separator line. */
const SEPARATOR = /^[_\-—–=*]{3,}$/;
/** A credit, byline or copyright line ("Reporting by …; Editing by …", "Contributing: …", "By Jane Doe"). */
const CREDIT_LINE = /^\(?(?:©|\(c\)\s|copyright\b|source:|sources:|all rights reserved|contributing:|(?:additional\s+)?(?:reporting|writing|editing|research|compiled|translated|produced)(?:\s+and\s+\w+)?\s+by\b|by\s+\p{Lu}[\p{L}.’'\-]+(?:\s+\p{Lu}[\p{L}.’'\-]+){0,3}\s*$)/iu;
/** Paragraphs after a separator that start like promotions ("Follow", "Catch up", "Sign up"). */
const PROMOTION = /^(?:follow|catch up|sign up|subscribe|read more|more on|get the|download|watch|listen|click)\b/i;
/**
 * A separator this close to the end (in paragraphs) starts the tail: AP
 * stories end with "___" and one to three promotional lines.
 */
const MAX_TAIL_PARAGRAPHS = 4;

/**
 * The body text with boilerplate paragraphs blanked out (replaced by spaces
 * of the same length, so every offset still points at the same place).
 */
export function maskBoilerplate(body: ArticleBody): string {
  const ranges: Array<[number, number]> = [];
  const paragraphs = body.paragraphs;
  paragraphs.forEach((p, i) => {
    const tail = paragraphs.length - i;
    if (SEPARATOR.test(p.text) && tail <= MAX_TAIL_PARAGRAPHS + 1) {
      const rest = paragraphs.slice(i + 1);
      if (rest.every((r) => PROMOTION.test(r.text) || CREDIT_LINE.test(r.text) || SEPARATOR.test(r.text))) {
        ranges.push([p.start, body.text.length]);
      }
    } else if (CREDIT_LINE.test(p.text) || (i > 0 && SEPARATOR.test(paragraphs[i - 1]!.text) && PROMOTION.test(p.text))) {
      ranges.push([p.start, p.end]);
    }
  });
  if (ranges.length === 0) return body.text;
  let text = body.text;
  for (const [s, e] of ranges) text = text.slice(0, s) + ' '.repeat(e - s) + text.slice(e);
  return text;
}
