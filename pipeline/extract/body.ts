import type { ArticleBody, BodyLink, Paragraph, ParagraphKind } from './types.ts';

/** Paragraph separator in {@link ArticleBody.text}: one blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

const WHITESPACE_RUN = /\s+/g;

/** A link inside a paragraph, with offsets relative to the paragraph text. */
export interface ParagraphLink {
  href: string;
  anchor: string;
  start: number;
  end: number;
}

/** A paragraph before it is placed in the article text. */
export interface ParagraphInput {
  text: string;
  kind: ParagraphKind;
  block: number | null;
  links?: ParagraphLink[];
}

/** Collapses every run of whitespace (including newlines and NBSP) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Places paragraphs one after another, separated by a blank line, and
 * computes every offset. Empty paragraphs are dropped; links keep their
 * position relative to the paragraph they belong to.
 */
export function buildBody(inputs: ParagraphInput[], method: string, warnings: string[] = []): ArticleBody {
  const paragraphs: Paragraph[] = [];
  const links: BodyLink[] = [];
  let text = '';
  for (const input of inputs) {
    if (input.text.length === 0) continue;
    if (text.length > 0) text += PARAGRAPH_SEPARATOR;
    const start = text.length;
    text += input.text;
    const index = paragraphs.length;
    paragraphs.push({ text: input.text, kind: input.kind, start, end: text.length, block: input.block });
    for (const link of input.links ?? []) {
      links.push({ href: link.href, anchor: link.anchor, start: start + link.start, end: start + link.end, paragraph: index });
    }
  }
  return { text, paragraphs, links, method, warnings };
}

/**
 * Builds a body from plain text whose paragraphs are separated by blank
 * lines (as in the benchmark's ground truth). Every paragraph is of kind "p"
 * and outside any block quotation. Useful for testing text extractors.
 */
export function bodyFromPlainText(plain: string, method = 'plain-text'): ArticleBody {
  const inputs = plain
    .split(/\n\s*\n/)
    .map((part) => collapseWhitespace(part))
    .map((text): ParagraphInput => ({ text, kind: 'p', block: null }));
  return buildBody(inputs, method);
}
