/**
 * The rows of the published tables (fields as in `schemas/`, which is the
 * source of truth; these types mirror it for the compiler).
 */
import type { FetchOutcome } from '../lib/manifest.ts';
import type { CountryVia, MetaSource, QuoteKind, SpeakerType } from './types.ts';

/** An article as one page's extraction gives it (`published` as the page reader read it). */

export interface ArticleRow {
  article_id: string;
  url: string | null;
  source_file: string;
  site: string | null;
  title: string | null;
  title_source: MetaSource;
  authors: string[];
  authors_source: MetaSource;
  published: string | null;
  published_source: MetaSource;
  language: string | null;
  text: string;
  word_count: number;
  body_sha256: string;
  extraction_method: string;
  warnings: string[];
}

/** Where an article's snapshot came from, from `raw/manifest.json` (all null without an entry). */
export interface ArticleProvenance {
  fetched_at: string | null;
  snapshot_outcome: FetchOutcome | null;
  snapshot_note: string | null;
}

/** An article as published: provenance added, dates in one form each (see `dates.ts`). */
export type ArticleTableRow = ArticleRow & ArticleProvenance & { published_at: string | null };

export interface QuoteRow {
  quote_id: string;
  article_id: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  speaker_type: SpeakerType;
  speaker_title: string | null;
  speaker_description: string | null;
  actor_id: string | null;
  cue: string | null;
  parent_quote_id: string | null;
  link_id: string | null;
  char_start: number;
  char_end: number;
}

/** What the assembly adds to a quote (see `quote-context.ts`). */
export interface QuoteContext {
  context_before: string;
  context_after: string;
  subject_actor_ids: string[];
  subject_countries: string[];
}

/** A quote as published. */
export type QuoteTableRow = QuoteRow & QuoteContext;

export interface ActorRow {
  actor_id: string;
  name: string;
  type: 'person' | 'organization';
  aliases: string[];
  titles: string[];
  affiliation: string | null;
  country: string | null;
  wikidata: string | null;
  article_count: number;
  mention_count: number;
}

export interface ActorMentionRow {
  article_id: string;
  actor_id: string;
  surface: string;
  char_start: number;
  char_end: number;
}

export interface CountryMentionRow {
  article_id: string;
  country: string;
  surface: string;
  via: CountryVia;
  char_start: number;
  char_end: number;
}

export interface CountryRow {
  country: string;
  iso3: string;
  name: string;
  article_count: number;
  mention_count: number;
}

export interface LinkRow {
  link_id: string;
  article_id: string;
  url: string;
  domain: string;
  anchor_text: string;
  kind: 'source' | 'internal' | 'external';
  quote_id: string | null;
  char_start: number;
  char_end: number;
}

/** An actor as seen in one article, before actors are merged across articles. */
export type ArticleActor = Omit<ActorRow, 'article_count'>;

/** Everything extracted from one snapshot. */
export interface ArticleRecords {
  article: ArticleRow;
  quotes: QuoteRow[];
  links: LinkRow[];
  actors: ArticleActor[];
  actor_mentions: ActorMentionRow[];
  country_mentions: CountryMentionRow[];
}

/** The seven tables of a dataset. */
export interface Tables {
  articles: ArticleTableRow[];
  quotes: QuoteTableRow[];
  actors: ActorRow[];
  actor_mentions: ActorMentionRow[];
  country_mentions: CountryMentionRow[];
  countries: CountryRow[];
  links: LinkRow[];
}
