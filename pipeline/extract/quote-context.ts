/**
 * What surrounds a quote and whom it speaks about: the text just before and
 * after it (its sentence, or the neighbouring sentence when the quote fills
 * its own, as GDELT gives a quotation's context), and the actors and countries
 * named inside it. Computed when the tables are assembled, from the article
 * text and the extractors' offsets (UTF-16, before they become code points).
 */
import type { ActorMentionRow, ArticleRecords, CountryMentionRow, LinkRow, QuoteContext, QuoteRow, QuoteTableRow } from './records.ts';

/**
 * Longest context kept on each side, in code points: a long sentence of news
 * prose (about 40 words) fits; a paragraph-long run is clipped at a word with
 * an ellipsis, so a cell stays readable.
 */
export const MAX_CONTEXT = 280;
const HAS_WORD = /[\p{L}\p{N}]/u;
const SPACES = /\s+/gu;
const ELLIPSIS = '…';

/** Sentence starts of a text (Intl.Segmenter, language-neutral rules), with the text's end last. */
export function sentenceBounds(text: string, language: string | null): number[] {
  const segmenter = new Intl.Segmenter(language ?? 'en', { granularity: 'sentence' });
  return [...[...segmenter.segment(text)].map((s) => s.index), text.length];
}

/** Index of the last bound at or before `offset`. */
function boundAtOrBefore(bounds: number[], offset: number): number {
  let i = 0;
  while (i + 1 < bounds.length && bounds[i + 1]! <= offset) i++;
  return i;
}

const hasWord = (text: string, from: number, to: number): boolean => HAS_WORD.test(text.slice(from, to));

/** One line, whitespace collapsed, at most {@link MAX_CONTEXT} code points, clipped on the far side from the quote. */
function clip(text: string, side: 'before' | 'after'): string {
  const points = Array.from(text.replace(SPACES, ' ').trim());
  if (points.length <= MAX_CONTEXT) return points.join('');
  if (side === 'before') {
    const kept = points.slice(-MAX_CONTEXT).join('');
    return `${ELLIPSIS}${kept.slice(kept.indexOf(' ') + 1)}`;
  }
  const kept = points.slice(0, MAX_CONTEXT).join('');
  return `${kept.slice(0, kept.lastIndexOf(' ') > 0 ? kept.lastIndexOf(' ') : kept.length)}${ELLIPSIS}`;
}

/** Where the context before a quote starts: its sentence's start, or the previous sentence's when the quote opens its sentence. */
function contextStart(text: string, bounds: number[], start: number): number {
  const i = boundAtOrBefore(bounds, start);
  let from = bounds[i]!;
  if (!hasWord(text, from, start)) {
    let j = i - 1;
    while (j >= 0 && !hasWord(text, bounds[j]!, bounds[j + 1]!)) j--;
    if (j >= 0) from = bounds[j]!;
  }
  return from;
}

/** Where the context after a quote ends: its sentence's end, or the next sentence's when the quote closes its sentence. */
function contextEnd(text: string, bounds: number[], end: number): number {
  let k = bounds.findIndex((b) => b >= end);
  if (k < 0) k = bounds.length - 1;
  let to = bounds[k]!;
  while (!hasWord(text, end, to) && k + 1 < bounds.length) to = bounds[++k]!;
  return to;
}

/** The text before a quote (see {@link contextStart}), on one line, clipped. */
export function contextBefore(text: string, bounds: number[], start: number): string {
  return clip(text.slice(contextStart(text, bounds, start), start), 'before');
}

/** The text after a quote (see {@link contextEnd}), on one line, clipped. */
export function contextAfter(text: string, bounds: number[], end: number): string {
  return clip(text.slice(end, contextEnd(text, bounds, end)), 'after');
}

/**
 * The link backing a quote that has no credit link of its own: a link to
 * another site (not the article's own) within the quote's context (its
 * sentence, or the neighbouring sentence), the nearest to the quote; null
 * when there is none. Reason: articles on any site link the statement, post
 * or report they quote next to the quote or in its attribution.
 */
export function nearbySourceLink(text: string, bounds: number[], quote: Pick<QuoteRow, 'char_start' | 'char_end'>, links: LinkRow[]): string | null {
  const from = contextStart(text, bounds, quote.char_start);
  const to = contextEnd(text, bounds, quote.char_end);
  const distance = (l: LinkRow) => Math.max(0, quote.char_start - l.char_end, l.char_start - quote.char_end);
  const near = links
    .filter((l) => l.kind !== 'internal' && l.char_start >= from && l.char_end <= to && l.char_end > l.char_start)
    .sort((a, b) => distance(a) - distance(b) || a.char_start - b.char_start);
  return near[0]?.link_id ?? null;
}

/** Distinct values in order of first appearance. */
const distinct = (values: string[]): string[] => [...new Set(values)];

/** The actors and countries named inside a quote's span, in reading order. */
export function quoteSubjects(
  quote: Pick<QuoteRow, 'char_start' | 'char_end'>,
  actors: ActorMentionRow[],
  countries: CountryMentionRow[],
): Pick<QuoteContext, 'subject_actor_ids' | 'subject_countries'> {
  const inside = (m: { char_start: number; char_end: number }) => m.char_start >= quote.char_start && m.char_end <= quote.char_end;
  const byStart = <T extends { char_start: number }>(rows: T[]) => [...rows].sort((a, b) => a.char_start - b.char_start);
  return {
    subject_actor_ids: distinct(byStart(actors.filter(inside)).map((m) => m.actor_id)),
    subject_countries: distinct(byStart(countries.filter(inside)).map((m) => m.country)),
  };
}

/** One article's records with each quote's context, subjects and backing link added (offsets still in UTF-16 units). */
export function withQuoteContext(r: ArticleRecords): ArticleRecords & { quotes: QuoteTableRow[] } {
  const text = r.article.text;
  const bounds = r.quotes.length > 0 ? sentenceBounds(text, r.article.language) : [];
  const quotes = r.quotes.map((q) => ({
    ...q,
    link_id: q.link_id ?? nearbySourceLink(text, bounds, q, r.links),
    context_before: contextBefore(text, bounds, q.char_start),
    context_after: contextAfter(text, bounds, q.char_end),
    ...quoteSubjects(q, r.actor_mentions, r.country_mentions),
  }));
  return { ...r, quotes };
}
