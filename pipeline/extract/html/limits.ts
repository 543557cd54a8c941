/**
 * Size limits of one page (issue 14): a page larger than the limits is cut,
 * still published, and its article says what was cut. Every extractor runs
 * in time linear in the page, so the limits bound the cost of a page that is
 * merely huge; they are not there to hide slow code.
 */
import type { ArticleBody } from '../types.ts';
import { MAX_HTML_CHARS, MAX_TAG_NESTING, MAX_TEXT_CHARS } from './thresholds.ts';

/** What one page may cost; every field has a default in {@link DEFAULT_PAGE_LIMITS}. */
export interface PageLimits {
  /** Characters of decoded HTML read; a longer page is cut at a tag boundary. */
  maxHtmlChars: number;
  /** Characters of main text kept; a longer text is cut at a paragraph boundary. */
  maxTextChars: number;
  /** Deepest tag nesting parsed; deeper open tags are dropped before parsing (see nesting.ts). */
  maxTagNesting: number;
}

/** The defaults (thresholds.ts says where each value comes from). */
export const DEFAULT_PAGE_LIMITS: Readonly<PageLimits> = {
  maxHtmlChars: MAX_HTML_CHARS,
  maxTextChars: MAX_TEXT_CHARS,
  maxTagNesting: MAX_TAG_NESTING,
};

const megabytes = (chars: number): string => `${(chars / 1_000_000).toFixed(1)} MB`;

/** The page cut to at most `max` characters, before the last tag that starts within them; null when it fits. */
export function cutHtml(html: string, max: number): { html: string; warning: string } | null {
  if (html.length <= max) return null;
  const tagStart = html.lastIndexOf('<', max);
  const at = tagStart > 0 ? tagStart : max;
  return {
    html: html.slice(0, at),
    warning: `page HTML is ${megabytes(html.length)} (${html.length} characters); only the first ${at} characters were read (limit maxHtmlChars = ${max})`,
  };
}

/**
 * The body cut to at most `max` characters of text: at the end of the last
 * paragraph that fits, else (one huge paragraph) at the last space within
 * the limit. Links past the cut are dropped. The body is returned as is when
 * it fits.
 */
export function cutBody(body: ArticleBody, max: number): ArticleBody {
  if (body.text.length <= max) return body;
  const fitting = body.paragraphs.filter((p) => p.end <= max);
  const space = body.text.lastIndexOf(' ', max);
  const at = fitting.length > 0 ? fitting[fitting.length - 1]!.end : space > 0 ? space : max;
  const paragraphs = body.paragraphs
    .filter((p) => p.start < at)
    .map((p) => (p.end <= at ? p : { ...p, end: at, text: p.text.slice(0, at - p.start) }));
  const warning = `main text is ${megabytes(body.text.length)} (${body.text.length} characters); cut to the first ${at} characters, ${paragraphs.length} of ${body.paragraphs.length} paragraphs (limit maxTextChars = ${max})`;
  return {
    ...body,
    text: body.text.slice(0, at),
    paragraphs,
    links: body.links.filter((l) => l.end <= at),
    warnings: [...body.warnings, warning],
  };
}
