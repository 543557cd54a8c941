import { collapseWhitespace, type ParagraphInput } from '../body.ts';
import { LINK_PARAGRAPH_MAX_CHARS, LINK_PARAGRAPH_MIN_DENSITY } from './thresholds.ts';

/** Share of a paragraph's characters that are anchor text. */
function paragraphLinkDensity(paragraph: ParagraphInput): number {
  if (paragraph.text.length === 0) return 0;
  const linked = (paragraph.links ?? []).reduce((sum, link) => sum + (link.end - link.start), 0);
  return linked / paragraph.text.length;
}

/** Lowercased, whitespace-collapsed text for comparing a heading with the page title. */
function comparable(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

/**
 * Final clean-up of extracted paragraphs: drops short paragraphs that are
 * mostly links (related-story rows, "Read more: …"), headings repeating the
 * page title, and renumbers block quotations 0, 1, 2… after the drops.
 */
export function tidyParagraphs(paragraphs: ParagraphInput[], title: string | null): ParagraphInput[] {
  const titleKey = title ? comparable(title) : null;
  const kept = paragraphs.filter((paragraph) => {
    if (paragraph.text.length <= LINK_PARAGRAPH_MAX_CHARS && paragraphLinkDensity(paragraph) >= LINK_PARAGRAPH_MIN_DENSITY) {
      return false;
    }
    if (paragraph.kind === 'heading' && titleKey !== null && comparable(paragraph.text) === titleKey) return false;
    return true;
  });
  const renumber = new Map<number, number>();
  return kept.map((paragraph) => {
    if (paragraph.block === null) return paragraph;
    let block = renumber.get(paragraph.block);
    if (block === undefined) {
      block = renumber.size;
      renumber.set(paragraph.block, block);
    }
    return { ...paragraph, block };
  });
}
