/**
 * One data file per article for the article view: the main text and every
 * span the view marks in it (quotes, actor and country mentions, links), with
 * the names it needs to label them. Offsets stay as published: Unicode code
 * points of the text, end exclusive.
 */
import { speakerLabel } from './quote-views.ts';
import type { ActorRow, ArticleRow, Tables } from './tables.ts';

/** A quote as the article view shows it. */
export interface ArticleQuote {
  id: string;
  start: number;
  end: number;
  kind: string;
  speaker: string;
  actor: string | null;
  cue: string | null;
  parent: string | null;
  link: string | null;
  text: string;
}

/** Everything the article view needs about one article. */
export interface ArticleData {
  id: string;
  title: string | null;
  url: string | null;
  site: string | null;
  date: string | null;
  authors: string[];
  language: string | null;
  text: string;
  quotes: ArticleQuote[];
  /** [start, end, actor_id] */
  actors: Array<[number, number, string]>;
  /** [start, end, ISO code, via] */
  countries: Array<[number, number, string, string]>;
  links: Array<{ id: string; url: string; text: string | null; kind: string; quote: string | null; start: number | null; end: number | null }>;
  /** actor_id → [name, type] of every actor the article mentions or quotes. */
  names: Record<string, [string, string]>;
  /** ISO code → country name. */
  countryNames: Record<string, string>;
}

const byStart = (a: { start: number | null; end: number | null }, b: { start: number | null; end: number | null }) =>
  (a.start ?? -1) - (b.start ?? -1) || (b.end ?? -1) - (a.end ?? -1);

/** What an article's data takes from the tables other than `articles`. */
export type ArticleRelated = Pick<ArticleData, 'quotes' | 'actors' | 'countries' | 'links' | 'names' | 'countryNames'>;

/** An article's data: its row's fields and what the other tables hold of it. */
export function articleData(a: ArticleRow, related: ArticleRelated): ArticleData {
  return {
    id: a.article_id,
    title: a.title,
    url: a.url,
    site: a.site,
    date: a.published,
    authors: a.authors ?? [],
    language: a.language ?? null,
    text: a.text ?? '',
    ...related,
  };
}

/** One article's rows in the tables other than `articles`. */
export type ArticleRows = Pick<Tables, 'quotes' | 'actor_mentions' | 'country_mentions' | 'links'>;

/**
 * What the tables other than `articles` hold of one article, from its rows
 * and the actors and countries tables (the site reuses an article's data file
 * when its row and this did not change, article-files.ts).
 */
export function articleRelated(rows: ArticleRows, actors: ReadonlyMap<string, ActorRow>, countryNames: ReadonlyMap<string, string>): ArticleRelated {
  const q = rows.quotes.map(
    (x): ArticleQuote => ({
      id: x.quote_id,
      start: x.char_start,
      end: x.char_end,
      kind: x.kind,
      speaker: speakerLabel(x),
      actor: x.actor_id,
      cue: x.cue,
      parent: x.parent_quote_id,
      link: x.link_id,
      text: x.text,
    }),
  );
  q.sort((x, y) => byStart(x, y) || (x.id < y.id ? -1 : 1));
  const am = rows.actor_mentions.map((m): [number, number, string] => [m.char_start, m.char_end, m.actor_id]);
  am.sort((x, y) => x[0] - y[0] || y[1] - x[1] || (x[2] < y[2] ? -1 : 1));
  const cm = rows.country_mentions.map((m): [number, number, string, string] => [m.char_start, m.char_end, m.country, m.via]);
  cm.sort((x, y) => x[0] - y[0] || y[1] - x[1] || (x[2] < y[2] ? -1 : 1));
  const ln = rows.links.map((l) => ({
    id: l.link_id,
    url: l.url,
    text: l.anchor_text ?? null,
    kind: l.kind,
    quote: l.quote_id ?? null,
    start: l.char_start ?? null,
    end: l.char_end ?? null,
  }));
  ln.sort((x, y) => byStart(x, y) || (x.id < y.id ? -1 : 1));
  const names: Record<string, [string, string]> = {};
  for (const actorId of [...am.map((m) => m[2]), ...q.map((x) => x.actor)].sort()) {
    const actor = actorId ? actors.get(actorId) : undefined;
    if (actor) names[actor.actor_id] = [actor.name, actor.type];
  }
  const codes: Record<string, string> = {};
  for (const code of cm.map((m) => m[2]).sort()) codes[code] = countryNames.get(code) ?? code;
  return { quotes: q, actors: am, countries: cm, links: ln, names, countryNames: codes };
}
