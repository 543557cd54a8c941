/**
 * The display rows of one article's quotes (what the quotes list shows of
 * each), made from that article's rows alone plus the actors and countries:
 * the site streams the tables article by article (article-stream.ts) and never
 * needs another article's quotes, links or mentions to show one.
 */
import type { ActorRow, ArticleRow, CountryMentionRow, LinkRow, QuoteRow } from './tables.ts';

/** What the quotes list shows for one quote. */
export interface QuoteView {
  id: string;
  text: string;
  kind: string;
  speaker: string;
  speakerType: string;
  actor: string | null;
  speakerTitle: string | null;
  affiliation: string | null;
  cue: string | null;
  parent: string | null;
  source: string | null;
  before: string | null;
  after: string | null;
  article: string;
  articleTitle: string | null;
  site: string | null;
  date: string | null;
  url: string | null;
  countries: string[];
  start: number;
  end: number;
}

/** One article's rows in the tables the quotes list reads. */
export interface ArticleQuoteRows {
  quotes: QuoteRow[];
  country_mentions: CountryMentionRow[];
  links: LinkRow[];
}

/** The label a quote's speaker is listed under. */
export function speakerLabel(q: Pick<QuoteRow, 'speaker' | 'speaker_description'>): string {
  return q.speaker ?? q.speaker_description ?? '(speaker not given)';
}

/** The speaker's role: the quote's own, else the first title the actor has. */
function titleOf(q: QuoteRow, actor: ActorRow | undefined): string | null {
  return q.speaker_title || actor?.titles?.[0] || null;
}

/** Countries of a quote: those named inside its span, then its speaker's; sorted, each once. */
function quoteCountries(q: QuoteRow, mentions: CountryMentionRow[], actor: ActorRow | undefined): string[] {
  const codes = mentions.filter((m) => m.char_start >= q.char_start && m.char_end <= q.char_end).map((m) => m.country);
  if (actor?.country) codes.push(actor.country);
  return [...new Set(codes)].sort();
}

/** Order of the quotes inside an article: by position, then id. */
function byPosition(a: QuoteRow, b: QuoteRow): number {
  return a.char_start - b.char_start || a.char_end - b.char_end || (a.quote_id < b.quote_id ? -1 : 1);
}

/**
 * The display rows of an article's quotes, in their order in the article.
 * `article` is undefined for quotes whose article is not in the table (the
 * row then has no title, site, date or URL).
 */
export function articleQuoteViews(article: ArticleRow | undefined, rows: ArticleQuoteRows, actors: ReadonlyMap<string, ActorRow>): QuoteView[] {
  const quotesById = new Map(rows.quotes.map((q) => [q.quote_id, q]));
  const links = new Map(rows.links.map((l) => [l.link_id, l]));
  return [...rows.quotes].sort(byPosition).map((q): QuoteView => {
    const actor = q.actor_id ? actors.get(q.actor_id) : undefined;
    const parent = q.parent_quote_id ? quotesById.get(q.parent_quote_id) : undefined;
    const linkId = q.link_id ?? parent?.link_id ?? null;
    const affiliation = actor?.affiliation ? (actors.get(actor.affiliation)?.name ?? null) : null;
    return {
      id: q.quote_id,
      text: q.text,
      kind: q.kind,
      speaker: speakerLabel(q),
      speakerType: q.speaker_type,
      actor: q.actor_id,
      speakerTitle: titleOf(q, actor),
      affiliation,
      cue: q.cue,
      parent: q.parent_quote_id,
      source: linkId ? (links.get(linkId)?.url ?? null) : null,
      before: q.context_before ?? null,
      after: q.context_after ?? null,
      article: q.article_id,
      articleTitle: article?.title ?? null,
      site: article?.site ?? null,
      date: article?.published ?? null,
      url: article?.url ?? null,
      countries: quoteCountries(q, rows.country_mentions, actor),
      start: q.char_start,
      end: q.char_end,
    };
  });
}
