/**
 * Per-article records in, the seven tables out: merges actors across
 * articles, aggregates countries, and orders every table deterministically so
 * that the same inputs always give the same bytes.
 */
import type { ManifestEntry } from '../lib/manifest.ts';
import { sha256 } from '../lib/hash.ts';
import { codePointOffsets } from './code-points.ts';
import { withoutControls } from './control-chars.ts';
import { countryInfo } from './countries/gazetteer.ts';
import { publicationDate, utcInstant } from './dates.ts';
import { withQuoteContext } from './quote-context.ts';
import type { ActorRow, ArticleActor, ArticleRecords, ArticleRow, ArticleTableRow, CountryMentionRow, CountryRow, Tables } from './records.ts';

/** Compares strings by code point (locale-independent, so stable on every machine). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How often each value was seen. */
type Counts = Map<string, number>;

function tally(counts: Counts, value: string | null): void {
  if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** The most frequent value (ties broken by code point order), or null when none was seen. */
function mostFrequent(counts: Counts): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, n] of [...counts].sort((a, b) => byCodePoint(a[0], b[0]))) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * What the actors table needs of one actor, gathered article by article, so
 * that the articles' actor lists are not held until the last article (issue
 * 12: memory flat as the corpus grows; this grows with the distinct actors).
 */
interface ActorTally {
  type: ActorRow['type'];
  /** The first article's spelling of the name (the name when no spelling is most frequent). */
  firstName: string;
  names: Counts;
  /** Every alias and every spelling of the name. */
  aliases: Set<string>;
  titles: Set<string>;
  affiliations: Counts;
  countries: Counts;
  wikidata: Counts;
  articles: number;
  mentions: number;
}

/** Adds one article's actors to the tallies by actor id. */
function tallyActors(byId: Map<string, ActorTally>, articleActors: readonly ArticleActor[]): void {
  for (const a of articleActors) {
    let t = byId.get(a.actor_id);
    if (!t) {
      t = { type: a.type, firstName: a.name, names: new Map(), aliases: new Set(), titles: new Set(), affiliations: new Map(), countries: new Map(), wikidata: new Map(), articles: 0, mentions: 0 };
      byId.set(a.actor_id, t);
    }
    tally(t.names, a.name);
    for (const alias of a.aliases) t.aliases.add(alias);
    t.aliases.add(a.name);
    for (const title of a.titles) t.titles.add(title);
    tally(t.affiliations, a.affiliation);
    tally(t.countries, a.country);
    tally(t.wikidata, a.wikidata);
    t.articles += 1;
    t.mentions += a.mention_count;
  }
}

/** The actors table from the tallies: one row per actor, merged across articles. */
function actorRows(byId: ReadonlyMap<string, ActorTally>): ActorRow[] {
  const rows: ActorRow[] = [];
  for (const [actor_id, t] of byId) {
    const name = mostFrequent(t.names) ?? t.firstName;
    const aliases = new Set(t.aliases);
    aliases.delete(name);
    rows.push({
      actor_id,
      name,
      type: t.type,
      aliases: [...aliases].sort(byCodePoint),
      titles: [...t.titles].sort(byCodePoint),
      affiliation: mostFrequent(t.affiliations),
      country: mostFrequent(t.countries),
      wikidata: mostFrequent(t.wikidata),
      article_count: t.articles,
      mention_count: t.mentions,
    });
  }
  return rows.sort((a, b) => byCodePoint(a.name, b.name) || byCodePoint(a.actor_id, b.actor_id));
}

/**
 * Mentions and articles of each country, counted article by article. Each
 * article comes once with all its mentions (see {@link TableAssembler}), so
 * an article is new to a country when it is not the last one counted there.
 */
type CountryStats = Map<string, { articles: number; lastArticle: string; mentions: number }>;

function countCountries(stats: CountryStats, mentions: ReadonlyArray<Pick<CountryMentionRow, 'country' | 'article_id'>>): void {
  for (const m of mentions) {
    let s = stats.get(m.country);
    if (!s) {
      s = { articles: 0, lastArticle: '', mentions: 0 };
      stats.set(m.country, s);
    }
    if (s.articles === 0 || s.lastArticle !== m.article_id) {
      s.articles += 1;
      s.lastArticle = m.article_id;
    }
    s.mentions += 1;
  }
}

function countryRows(stats: CountryStats): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const [country, s] of stats) {
    const info = countryInfo(country);
    rows.push({
      country,
      iso3: info?.iso3 ?? '',
      name: info?.name ?? country,
      article_count: s.articles,
      mention_count: s.mentions,
    });
  }
  return rows.sort((a, b) => byCodePoint(a.country, b.country));
}

const byPosition = (a: { char_start: number; char_end: number }, b: { char_start: number; char_end: number }) =>
  a.char_start - b.char_start || a.char_end - b.char_end;

type Span = { char_start: number; char_end: number };

/**
 * One article's records with control characters replaced in every string
 * (one code point for one, see `control-chars.ts`); the text's checksum
 * follows its text.
 */
export function withoutControlChars(r: ArticleRecords): ArticleRecords {
  const article = withoutControls(r.article);
  return {
    article: { ...article, body_sha256: article.text === r.article.text ? article.body_sha256 : sha256(article.text) },
    quotes: r.quotes.map(withoutControls),
    links: r.links.map(withoutControls),
    actors: r.actors.map(withoutControls),
    actor_mentions: r.actor_mentions.map(withoutControls),
    country_mentions: r.country_mentions.map(withoutControls),
  };
}

/**
 * One article's records with every offset (quotes, links, actor and country
 * mentions) turned from UTF-16 code units, as the extractors count, into
 * Unicode code points, as published. The only place offsets are converted.
 */
export function inCodePoints<R extends ArticleRecords>(r: R): R {
  const map = codePointOffsets(r.article.text);
  const convert = <T extends Span>(row: T): T => ({ ...row, char_start: map(row.char_start), char_end: map(row.char_end) });
  return {
    ...r,
    quotes: r.quotes.map(convert),
    links: r.links.map(convert),
    actor_mentions: r.actor_mentions.map(convert),
    country_mentions: r.country_mentions.map(convert),
  };
}

/** An article as published: its snapshot's provenance from the manifest, its dates in one form each. */
export function articleTableRow(article: ArticleRow, entry: ManifestEntry | undefined): ArticleTableRow {
  const { published, published_at } = publicationDate(article.published);
  const row: ArticleTableRow = {
    ...article,
    fetched_at: utcInstant(entry?.fetched_at ?? null),
    snapshot_outcome: entry?.outcome ?? null,
    snapshot_note: entry?.note ?? null,
    published,
    published_at,
  };
  return row;
}

/** The tables whose rows come from one article each, in the order of the articles. */
export type ArticleTables = Pick<Tables, 'articles' | 'quotes' | 'actor_mentions' | 'country_mentions' | 'links'>;

/** One article's records as published, whatever the other articles hold: control characters replaced, quote context added, offsets in code points. */
export type PreparedRecords = ReturnType<typeof prepareRecords>;

/**
 * The per-article half of assembling the tables, a pure function of one
 * article's records: the extract stage runs it where the page is extracted
 * (a worker) and caches its result. Offsets come as the extractors give
 * them, in UTF-16 code units, and leave in code points, as published.
 */
export function prepareRecords(r: ArticleRecords) {
  return inCodePoints(withQuoteContext(withoutControlChars(r)));
}

/**
 * Builds the seven tables article by article from records already prepared
 * ({@link prepareRecords}), so a stage can write each article's rows and let
 * them go (extract-stage.ts streams them): {@link add} returns an article's
 * rows of the per-article tables, {@link finish} the actors merged across
 * articles and the countries counted over them. Articles must come in a
 * deterministic order (the extract stage's is by source file), each
 * article_id once; `manifest` maps a snapshot's path (relative to the raw
 * folder) to its manifest entry.
 */
export class TableAssembler {
  private readonly actors = new Map<string, ActorTally>();
  private readonly countries: CountryStats = new Map();

  constructor(private readonly manifest: ReadonlyMap<string, ManifestEntry> = new Map()) {}

  /** One prepared article's rows, each table in its published order. */
  add(r: PreparedRecords): ArticleTables {
    this.count(r);
    return this.rows(r);
  }

  /** Counts an article's actors and country mentions for {@link finish} (all that the tables built across articles need of it). */
  count(r: { actors: ArticleActor[]; country_mentions: ReadonlyArray<Pick<CountryMentionRow, 'country' | 'article_id'>> }): void {
    tallyActors(this.actors, r.actors);
    countCountries(this.countries, r.country_mentions);
  }

  /** One prepared article's rows, each table in its published order, without counting it (a pure function of the article and its manifest entry). */
  rows(r: PreparedRecords): ArticleTables {
    return {
      articles: [articleTableRow(r.article, this.manifest.get(r.article.source_file))],
      quotes: [...r.quotes].sort((a, b) => byPosition(a, b) || byCodePoint(a.kind, b.kind)),
      actor_mentions: [...r.actor_mentions].sort((a, b) => byPosition(a, b) || byCodePoint(a.actor_id, b.actor_id)),
      country_mentions: [...r.country_mentions].sort((a, b) => byPosition(a, b) || byCodePoint(a.country, b.country)),
      links: [...r.links].sort((a, b) => byPosition(a, b) || byCodePoint(a.link_id, b.link_id)),
    };
  }

  /** The tables built across articles, once every article was added. */
  finish(): Pick<Tables, 'actors' | 'countries'> {
    return { actors: actorRows(this.actors), countries: countryRows(this.countries) };
  }
}

/** The seven tables of records held in memory (prepares each article, then runs {@link assemblePrepared}). */
export function assembleTables(extracted: ArticleRecords[], manifest: ReadonlyMap<string, ManifestEntry> = new Map()): Tables {
  return assemblePrepared(extracted.map(prepareRecords), manifest);
}

/** The seven tables, held in memory, from articles already prepared ({@link prepareRecords}); runs {@link TableAssembler}. */
export function assemblePrepared(records: PreparedRecords[], manifest: ReadonlyMap<string, ManifestEntry> = new Map()): Tables {
  const assembler = new TableAssembler(manifest);
  const parts = records.map((r) => assembler.add(r));
  const { actors, countries } = assembler.finish();
  return {
    articles: parts.flatMap((p) => p.articles),
    quotes: parts.flatMap((p) => p.quotes),
    actors,
    actor_mentions: parts.flatMap((p) => p.actor_mentions),
    country_mentions: parts.flatMap((p) => p.country_mentions),
    countries,
    links: parts.flatMap((p) => p.links),
  };
}
