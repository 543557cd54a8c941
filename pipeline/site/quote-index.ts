/**
 * The quotes list of the site, built at publish time: every quote joined with
 * its article, speaker, country mentions and backing link (one display row per
 * quote, shipped in chunks), and compact columns of the filter values (the
 * facets) so the browser filters and sorts 100,000 quotes without loading the
 * display rows.
 */
import type { ActorRow, CountryRow, QuoteRow, Tables } from './tables.ts';

/**
 * Display rows per `data/quotes-NNN.js` file (~130 kB at 100,000 made-up
 * quotes): small enough that a page of quotes scattered over the list (a
 * speaker's, or the best matches of a search) loads little.
 */
export const CHUNK_SIZE = 250;

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

/** The filter columns: entry i of each array describes quote i of the list. */
export interface Facets {
  count: number;
  chunkSize: number;
  speakers: string[];
  types: string[];
  sites: string[];
  kinds: string[];
  /** [ISO code, name] of every country a quote can be filtered by. */
  countries: Array<[string, string]>;
  speaker: number[];
  type: number[];
  site: number[];
  kind: number[];
  /** Publication day as yyyymmdd, 0 when the article has no date. */
  day: number[];
  country: number[][];
  /** The list order sorted by speaker, then date. */
  bySpeaker: number[];
}

/** The quotes list: display rows in list order and their facets. */
export interface QuoteIndex {
  rows: QuoteView[];
  facets: Facets;
}

/** The label a quote's speaker is listed under. */
export function speakerLabel(q: Pick<QuoteRow, 'speaker' | 'speaker_description'>): string {
  return q.speaker ?? q.speaker_description ?? '(speaker not given)';
}

/** yyyymmdd of an ISO date, 0 when there is none. */
export function dayNumber(date: string | null | undefined): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  return m ? Number(`${m[1]}${m[2]}${m[3]}`) : 0;
}

/** Sorted distinct values with the position of each. */
function dictionary(values: string[]): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort(compareText);
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

/** Locale-free, deterministic string order. */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Countries of each quote: those named inside its span, then its speaker's. */
function quoteCountries(tables: Tables, actors: Map<string, ActorRow>): Map<string, string[]> {
  const byArticle = new Map<string, Tables['country_mentions']>();
  for (const m of tables.country_mentions) {
    const list = byArticle.get(m.article_id) ?? [];
    list.push(m);
    byArticle.set(m.article_id, list);
  }
  const result = new Map<string, string[]>();
  for (const q of tables.quotes) {
    const inside = (byArticle.get(q.article_id) ?? []).filter((m) => m.char_start >= q.char_start && m.char_end <= q.char_end);
    const codes = inside.map((m) => m.country);
    const own = q.actor_id ? actors.get(q.actor_id)?.country : null;
    if (own) codes.push(own);
    result.set(q.quote_id, [...new Set(codes)].sort());
  }
  return result;
}

/** The speaker's role: the quote's own, else the first title the actor has. */
function titleOf(q: QuoteRow, actor: ActorRow | undefined): string | null {
  return q.speaker_title || actor?.titles?.[0] || null;
}

/** Builds the quotes list in its default order: newest article first, then position in the article. */
export function buildQuoteIndex(tables: Tables): QuoteIndex {
  const articles = new Map(tables.articles.map((a) => [a.article_id, a]));
  const actors = new Map(tables.actors.map((a) => [a.actor_id, a]));
  const links = new Map(tables.links.map((l) => [l.link_id, l]));
  const quotesById = new Map(tables.quotes.map((q) => [q.quote_id, q]));
  const countryNames = new Map<string, string>(tables.countries.map((c: CountryRow) => [c.country, c.name]));
  const countriesOf = quoteCountries(tables, actors);

  const sorted = [...tables.quotes].sort((a, b) => {
    const da = dayNumber(articles.get(a.article_id)?.published);
    const db = dayNumber(articles.get(b.article_id)?.published);
    if (da !== db) return db - da;
    if (a.article_id !== b.article_id) return a.article_id < b.article_id ? -1 : 1;
    return a.char_start - b.char_start || a.char_end - b.char_end || (a.quote_id < b.quote_id ? -1 : 1);
  });

  const rows = sorted.map((q): QuoteView => {
    const article = articles.get(q.article_id);
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
      countries: countriesOf.get(q.quote_id) ?? [],
      start: q.char_start,
      end: q.char_end,
    };
  });

  const speakers = dictionary(rows.map((r) => r.speaker));
  const types = dictionary(rows.map((r) => r.speakerType));
  const sites = dictionary(rows.map((r) => r.site ?? '(no site)'));
  const kinds = dictionary(rows.map((r) => r.kind));
  const codes = dictionary(rows.flatMap((r) => r.countries));
  const speaker = rows.map((r) => speakers.index.get(r.speaker) ?? 0);
  const day = rows.map((r) => dayNumber(r.date));
  const bySpeaker = rows.map((_, i) => i).sort((a, b) => (speaker[a] ?? 0) - (speaker[b] ?? 0) || a - b);
  const facets: Facets = {
    count: rows.length,
    chunkSize: CHUNK_SIZE,
    speakers: speakers.list,
    types: types.list,
    sites: sites.list,
    kinds: kinds.list,
    countries: codes.list.map((c): [string, string] => [c, countryNames.get(c) ?? c]),
    speaker,
    type: rows.map((r) => types.index.get(r.speakerType) ?? 0),
    site: rows.map((r) => sites.index.get(r.site ?? '(no site)') ?? 0),
    kind: rows.map((r) => kinds.index.get(r.kind) ?? 0),
    day,
    country: rows.map((r) => r.countries.map((c) => codes.index.get(c) ?? 0)),
    bySpeaker,
  };
  return { rows, facets };
}
