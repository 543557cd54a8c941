/**
 * Reads the published tables of one version folder for the site generator.
 * Only the fields the site shows are typed; the fields added by later
 * versions of the schemas (quote context, speaker title …) are optional, so a
 * site can be built from any version folder.
 */
import { join } from 'node:path';
import { PipelineError } from '../lib/errors.ts';
import { readJsonArray } from '../lib/json-array-file.ts';
import { TABLES, type TableName } from '../lib/schemas.ts';

/** An article as published (`articles.json`). */
export interface ArticleRow {
  article_id: string;
  url: string | null;
  site: string | null;
  title: string | null;
  authors?: string[] | null;
  published: string | null;
  language?: string | null;
  text: string;
  word_count?: number | null;
}

/** A quote as published (`quotes.json`); offsets count Unicode code points. */
export interface QuoteRow {
  quote_id: string;
  article_id: string;
  text: string;
  kind: string;
  speaker: string | null;
  speaker_type: string;
  actor_id: string | null;
  cue: string | null;
  parent_quote_id: string | null;
  link_id: string | null;
  char_start: number;
  char_end: number;
  context_before?: string | null;
  context_after?: string | null;
  speaker_title?: string | null;
  speaker_description?: string | null;
}

/** An actor as published (`actors.json`). */
export interface ActorRow {
  actor_id: string;
  name: string;
  type: string;
  aliases?: string[] | null;
  titles?: string[] | null;
  affiliation?: string | null;
  country?: string | null;
  wikidata?: string | null;
  article_count?: number | null;
  mention_count?: number | null;
}

/** A mention of an actor in an article's text (the site does not show its surface: {@link readTables} leaves it out). */
export interface ActorMentionRow {
  article_id: string;
  actor_id: string;
  surface?: string;
  char_start: number;
  char_end: number;
}

/** A mention of a country in an article's text (surface left out by {@link readTables}, as for actors). */
export interface CountryMentionRow {
  article_id: string;
  country: string;
  surface?: string;
  via: string;
  char_start: number;
  char_end: number;
}

/** A country as published (`countries.json`). */
export interface CountryRow {
  country: string;
  iso3?: string | null;
  name: string;
  article_count?: number | null;
  mention_count?: number | null;
}

/** A link found in an article. */
export interface LinkRow {
  link_id: string;
  article_id: string;
  url: string;
  domain?: string | null;
  anchor_text?: string | null;
  kind: string;
  quote_id?: string | null;
  char_start?: number | null;
  char_end?: number | null;
}

/** Every table of a version folder. */
export interface Tables {
  articles: ArticleRow[];
  quotes: QuoteRow[];
  actors: ActorRow[];
  actor_mentions: ActorMentionRow[];
  country_mentions: CountryMentionRow[];
  countries: CountryRow[];
  links: LinkRow[];
}

/**
 * The fields of each table the site shows or joins on; {@link readTables}
 * keeps only these (a mention's surface, a link's domain, a quote's subjects
 * and an article's provenance are not shown).
 */
const SITE_FIELDS: Record<TableName, readonly string[]> = {
  articles: ['article_id', 'url', 'site', 'title', 'authors', 'published', 'language', 'text', 'word_count'],
  quotes: [
    'quote_id', 'article_id', 'text', 'kind', 'speaker', 'speaker_type', 'actor_id', 'cue', 'parent_quote_id', 'link_id',
    'char_start', 'char_end', 'context_before', 'context_after', 'speaker_title', 'speaker_description',
  ],
  actors: ['actor_id', 'name', 'type', 'aliases', 'titles', 'affiliation', 'country', 'wikidata', 'article_count', 'mention_count'],
  actor_mentions: ['article_id', 'actor_id', 'char_start', 'char_end'],
  country_mentions: ['article_id', 'country', 'via', 'char_start', 'char_end'],
  countries: ['country', 'iso3', 'name', 'article_count', 'mention_count'],
  links: ['link_id', 'article_id', 'url', 'anchor_text', 'kind', 'quote_id', 'char_start', 'char_end'],
};

/**
 * Fields whose values recur from row to row (an article's id in each of its
 * mentions, a speaker's name in each of their quotes). JSON.parse gives every
 * row its own copy of each string; one shared copy each keeps the tables the
 * site holds at a fraction of their size (issue 12: memory flat as the corpus grows).
 */
const SHARED_FIELDS = new Set(['article_id', 'actor_id', 'country', 'kind', 'via', 'speaker', 'speaker_type', 'speaker_title', 'cue', 'site', 'published', 'affiliation', 'type']);

/**
 * The one copy of a recurring string in `shared`, made on first sight as a
 * string of its own: JSON.parse may give a value as a slice of the text it
 * parsed, and keeping the slice would keep that whole row's text alive.
 */
export function sharedString(value: string, shared: Map<string, string>): string {
  let known = shared.get(value);
  if (known === undefined) {
    known = Buffer.from(value, 'utf8').toString('utf8');
    shared.set(known, known);
  }
  return known;
}

/** The row with only the site's fields of its table, recurring strings shared through `shared`. */
export function siteRow(table: TableName, row: Record<string, unknown>, shared: Map<string, string>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const field of SITE_FIELDS[table]) {
    if (!(field in row)) continue;
    const value = row[field];
    if (typeof value === 'string' && SHARED_FIELDS.has(field)) kept[field] = sharedString(value, shared);
    else kept[field] = value;
  }
  return kept;
}

/**
 * Reads `<table>.json` of every table from a published version folder, one
 * row at a time, keeping the fields the site uses (see {@link SITE_FIELDS}).
 * With `withoutText`, the articles' text is left out (empty): it is most of
 * a corpus, and the site streams it article by article ({@link tableRows}).
 */
export async function readTables(dataDir: string, options: { withoutText?: boolean; /** A table left empty (its caller reads it). */ skip?: TableName } = {}): Promise<Tables> {
  const tables = {} as Record<TableName, unknown>;
  const shared = new Map<string, string>();
  for (const name of TABLES) {
    const rows: unknown[] = [];
    tables[name] = rows;
    if (name === options.skip) continue;
    for await (const row of tableRows(dataDir, name)) {
      const kept = siteRow(name, row as Record<string, unknown>, shared);
      if (options.withoutText && name === 'articles') kept.text = '';
      rows.push(kept);
    }
  }
  return tables as unknown as Tables;
}

/** The rows of one published table, with the site's fields only ({@link siteRow}). */
export async function readTable<T>(dataDir: string, name: TableName, shared = new Map<string, string>()): Promise<T[]> {
  const rows: T[] = [];
  for await (const row of tableRows(dataDir, name)) rows.push(siteRow(name, row as Record<string, unknown>, shared) as T);
  return rows;
}

/** The rows of one published table, one at a time (a table that cannot be read is the stage's error). */
export async function* tableRows(dataDir: string, name: TableName): AsyncGenerator<unknown> {
  const file = join(dataDir, `${name}.json`);
  try {
    yield* readJsonArray(file);
  } catch (error) {
    throw unreadableTable(file, error);
  }
}

/** The site's error for a published table it cannot read. */
export function unreadableTable(file: string, cause: unknown): PipelineError {
  return new PipelineError('publish', 'cannot read a published table to build the site', {
    file,
    cause,
    hint: 'build the site from a version folder written by the publish stage (out/<version>)',
  });
}
