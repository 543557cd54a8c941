import { collapseWhitespace, type ParagraphInput } from '../body.ts';
import { isCreditAnchor } from './link-kind.ts';
import { BOILERPLATE_LINES } from './selectors.ts';
import {
  BOILERPLATE_LINE_MAX_CHARS,
  BYLINE_MAX_CHARS,
  CAPTION_MAX_CHARS,
  LINK_PARAGRAPH_MAX_CHARS,
  LINK_PARAGRAPH_MIN_DENSITY,
  TITLE_HEADING_MIN_CHARS,
  TITLE_HEADING_MIN_OVERLAP,
  TITLE_HEADING_WINDOW,
} from './thresholds.ts';
import { BYLINE_WORDS, MONTH_NAMES, WEEKDAY_NAMES, YEAR } from './text-patterns.ts';

const BYLINE_START = new RegExp(`^(?:${BYLINE_WORDS})\\s`, 'i');
/** Tokens of a date line: numbers, English month and day names, times, zones, punctuation. */
const DATE_TOKENS = new RegExp(
  `\\b(?:\\d+(?:st|nd|rd|th)?|${MONTH_NAMES}|${WEEKDAY_NAMES}|[ap]\\.?m\\.?|[ecmp][sd]t|gmt|utc|updated|published|posted|on|at)\\b|[\\s\\p{P}\\p{S}]+`,
  'giu',
);
/** A caption: a short paragraph ending in a parenthesised photo credit "(credit: NASA)", "(Photo: AP)". */
const CAPTION_CREDIT = /\((?:photo|image|picture|credit|foto|source: getty)s?(?: credit)?\s*:[^)]*\)$/i;
/** "Share this on WhatsApp", "Tweet this", "Email this story", "Share on Facebook". */
const SHARE_PROMPT = /^(?:share|tweet|email|print|pin|post) (?:this|on|via|to)\b/i;
const LINE_NOISE = /[\d\s.:…!|•·-]+$|^[\d\s]+/g;
const WORD = /[\p{L}\p{N}]+/gu;
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/;
/** A line of at most this many letters once date tokens are removed is a date line. */
const DATE_LINE_MAX_LEFTOVER = 2;

/** What the tidy-up knows about the page. */
export interface TidyContext {
  title: string | null;
  authors: string[];
}

/** Share of a paragraph's characters that are anchor text. */
function paragraphLinkDensity(paragraph: ParagraphInput): number {
  if (paragraph.text.length === 0) return 0;
  const linked = (paragraph.links ?? []).reduce((sum, link) => sum + (link.end - link.start), 0);
  return linked / paragraph.text.length;
}

/** Lowercased, whitespace-collapsed text for comparisons. */
function comparable(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

/**
 * Short paragraphs that are mostly link text: related-story rows, tag rows.
 * A credit ("[Source]", "via …") is not a link row: it belongs to the quote above it.
 */
function isLinkRow(paragraph: ParagraphInput): boolean {
  if (paragraph.text.length > LINK_PARAGRAPH_MAX_CHARS || paragraphLinkDensity(paragraph) < LINK_PARAGRAPH_MIN_DENSITY) return false;
  return !(paragraph.links ?? []).some((link) => isCreditAnchor(link.anchor));
}

/** Word tokens of a text, lowercased. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * A heading repeating the page title (the title is not part of the body
 * text): the same text, a prefix of it (or the reverse), or, near the top,
 * mostly the title's words ("High School Roundup: …" for "HS Roundup: …").
 */
function isTitleHeading(paragraph: ParagraphInput, index: number, titleKey: string | null): boolean {
  if (paragraph.kind !== 'heading' || titleKey === null) return false;
  const key = comparable(paragraph.text);
  if (key === titleKey) return true;
  if (key.length >= TITLE_HEADING_MIN_CHARS && (titleKey.startsWith(key) || key.startsWith(titleKey))) return true;
  if (index >= TITLE_HEADING_WINDOW) return false;
  const titleWords = new Set(wordsOf(titleKey));
  const words = wordsOf(key);
  const shared = words.filter((word) => titleWords.has(word)).length;
  return words.length > 0 && shared / words.length >= TITLE_HEADING_MIN_OVERLAP && shared / titleWords.size >= TITLE_HEADING_MIN_OVERLAP;
}

/** "By X and Y · date" lines: short, starting with "by", naming a known author or giving a year. */
function isBylineLine(paragraph: ParagraphInput, authorKeys: string[]): boolean {
  if (paragraph.text.length > BYLINE_MAX_CHARS || !BYLINE_START.test(paragraph.text)) return false;
  const key = comparable(paragraph.text);
  return YEAR.test(key) || authorKeys.some((author) => key.includes(author));
}

/** Lines that are only a date and time ("Nov. 20, 2019 6:02 AM EST", "Updated on 2019-11-20"). */
function isDateLine(paragraph: ParagraphInput): boolean {
  if (paragraph.text.length > BYLINE_MAX_CHARS || !(YEAR.test(paragraph.text) || CLOCK_TIME.test(paragraph.text))) return false;
  return paragraph.text.replace(DATE_TOKENS, '').length <= DATE_LINE_MAX_LEFTOVER;
}

/** Stand-alone furniture lines ("Comments", "3 comments", "Share this:", "Related"). */
function isBoilerplateLine(paragraph: ParagraphInput): boolean {
  if (paragraph.text.length > BOILERPLATE_LINE_MAX_CHARS) return false;
  if (SHARE_PROMPT.test(paragraph.text)) return true;
  return BOILERPLATE_LINES.has(paragraph.text.toLowerCase().replace(LINE_NOISE, '').trim());
}

/** Photo captions carrying a credit in parentheses at the end. */
function isCaption(paragraph: ParagraphInput): boolean {
  return paragraph.text.length <= CAPTION_MAX_CHARS && CAPTION_CREDIT.test(paragraph.text);
}

/**
 * Final clean-up of extracted paragraphs: drops short paragraphs that are
 * mostly links (related-story rows, "Read more: …") and the heading right
 * above them ("More:", "Related"), headings repeating the page title,
 * furniture lines ("Comments", "Share this"), byline and date lines, captions
 * with a photo credit; then renumbers block quotations 0, 1, 2… after the drops.
 */
export function tidyParagraphs(paragraphs: ParagraphInput[], context: TidyContext): ParagraphInput[] {
  const titleKey = context.title ? comparable(context.title) : null;
  const authorKeys = context.authors.map(comparable).filter((key) => key.length > 0);
  const kept = paragraphs.filter((paragraph, index) => {
    if (isLinkRow(paragraph)) return false;
    const next = paragraphs[index + 1];
    if (paragraph.kind === 'heading' && next !== undefined && next.kind !== 'heading' && isLinkRow(next)) return false;
    if (isTitleHeading(paragraph, index, titleKey)) return false;
    if (isBoilerplateLine(paragraph)) return false;
    return paragraph.kind === 'blockquote' || !(isBylineLine(paragraph, authorKeys) || isDateLine(paragraph) || isCaption(paragraph));
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
