/**
 * One page in, the records of every table out: the orchestrator of the
 * extract stage for a single snapshot. It calls the page reader, then the
 * quote, actor and country extractors on the same body, and gives every
 * record its stable id and cross-references.
 */
import { sha256, stableId } from '../lib/hash.ts';
import { extractActors } from './actors/extract-actors.ts';
import { findSpeakerActor } from './actors/speaker-link.ts';
import { extractCountries } from './countries/extract-countries.ts';
import { linkKind } from './html/link-kind.ts';
import type { PageLimits } from './html/limits.ts';
import { readPage } from './html/read-page.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import type {
  ActorMentionRow,
  ArticleActor,
  ArticleRecords,
  ArticleRow,
  CountryMentionRow,
  LinkRow,
  QuoteRow,
} from './records.ts';
import type { ActorDraft, ArticleBody, PageMetadata, QuoteDraft } from './types.ts';
import { countWords } from './word-count.ts';

const LEADING_WWW = /^www\./;

/** Where a snapshot came from. */
export interface SnapshotInfo {
  /** Path of the snapshot relative to the raw folder (forward slashes). */
  sourceFile: string;
  /** URL from the manifest (final URL preferred), when there is one. */
  url: string | null;
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  return countWords(text);
}

/** Host of a URL without "www.", or null when it does not parse. */
export function domainOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(LEADING_WWW, '');
  } catch {
    return null;
  }
}

/** The actor id of an actor key (see {@link ActorDraft.key}). */
export function actorId(key: string): string {
  return stableId('act', key);
}

/**
 * Extracts every table's records from one decoded HTML page.
 * Never throws for a page it cannot read: the article then has an empty text
 * and a warning saying so. A page over the size limits (`limits`, defaults in
 * html/limits.ts: 10 MB of HTML, 2 MB of main text) is cut, and its article's
 * warnings say what was cut.
 */
export function extractArticle(html: string, snapshot: SnapshotInfo, limits: Partial<PageLimits> = {}): ArticleRecords {
  const { meta, body } = readPage(html, snapshot.url, limits);
  const url = snapshot.url ?? meta.canonical_url;
  const article = articleRow(meta, body, snapshot, url);
  const id = article.article_id;

  const drafts = extractQuotes(body);
  const quoteIds = drafts.map((q) => stableId('q', id, q.start, q.end, q.kind));
  const linkIds = body.links.map((l, i) => stableId('lnk', id, l.start, l.href, i));
  const actorDrafts = extractActors(body, drafts, article.language);

  const quotes = drafts.map((q, i) => quoteRow(q, i, id, quoteIds, linkIds, actorDrafts));
  const creditedBy = new Map<number, string>();
  drafts.forEach((q, i) => {
    if (q.link !== null) creditedBy.set(q.link, quoteIds[i]!);
  });
  const links: LinkRow[] = body.links.map((l, i) => ({
    link_id: linkIds[i]!,
    article_id: id,
    url: l.href,
    domain: domainOf(l.href) ?? '',
    anchor_text: l.anchor,
    kind: linkKind(l.href, l.anchor, url),
    quote_id: creditedBy.get(i) ?? null,
    char_start: l.start,
    char_end: l.end,
  }));

  const actors: ArticleActor[] = actorDrafts.map((a) => articleActor(a, actorDrafts));
  const actor_mentions: ActorMentionRow[] = actorDrafts.flatMap((a, i) =>
    a.mentions.map((m) => ({ article_id: id, actor_id: actors[i]!.actor_id, surface: m.surface, char_start: m.start, char_end: m.end })),
  );
  const country_mentions: CountryMentionRow[] = extractCountries(body).map((c) => ({
    article_id: id,
    country: c.country,
    surface: c.surface,
    via: c.via,
    char_start: c.start,
    char_end: c.end,
  }));
  return { article, quotes, links, actors, actor_mentions, country_mentions };
}

function articleRow(meta: PageMetadata, body: ArticleBody, snapshot: SnapshotInfo, url: string | null): ArticleRow {
  return {
    article_id: stableId('art', url ?? `file:${snapshot.sourceFile}`),
    url,
    source_file: snapshot.sourceFile,
    site: meta.site_name ?? (url ? domainOf(url) : null),
    title: meta.title,
    title_source: meta.title_source,
    authors: meta.authors,
    authors_source: meta.authors_source,
    published: meta.published,
    published_source: meta.published_source,
    language: meta.language,
    text: body.text,
    word_count: wordCount(body.text),
    body_sha256: sha256(body.text),
    extraction_method: body.method,
    warnings: body.warnings,
  };
}

function quoteRow(
  q: QuoteDraft,
  index: number,
  articleId: string,
  quoteIds: string[],
  linkIds: string[],
  actors: ActorDraft[],
): QuoteRow {
  const actor = q.speaker ? findSpeakerActor(q.speaker, actors) : null;
  return {
    quote_id: quoteIds[index]!,
    article_id: articleId,
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    speaker_type: q.speaker_type,
    speaker_title: q.speaker_title ?? null,
    speaker_description: q.speaker_description ?? null,
    actor_id: actor ? actorId(actor.key) : null,
    cue: q.cue,
    parent_quote_id: q.parent === null ? null : (quoteIds[q.parent] ?? null),
    link_id: q.link === null ? null : (linkIds[q.link] ?? null),
    char_start: q.start,
    char_end: q.end,
  };
}

function articleActor(a: ActorDraft, all: ActorDraft[]): ArticleActor {
  const affiliation = a.affiliation && all.some((o) => o.key === a.affiliation) ? actorId(a.affiliation) : null;
  return {
    actor_id: actorId(a.key),
    name: a.name,
    type: a.type,
    aliases: a.aliases,
    titles: a.titles,
    affiliation,
    country: a.country,
    wikidata: a.wikidata,
    mention_count: a.mentions.length,
  };
}
