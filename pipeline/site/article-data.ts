/**
 * One data file per article for the article view: the main text and every
 * span the view marks in it (quotes, actor and country mentions, links), with
 * the names it needs to label them. Offsets stay as published: Unicode code
 * points of the text, end exclusive.
 */
import { speakerLabel } from './quote-index.ts';
import type { ArticleRow, Tables } from './tables.ts';

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

function groupBy<T extends { article_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.article_id) ?? [];
    list.push(r);
    map.set(r.article_id, list);
  }
  return map;
}

const byStart = (a: { start: number | null; end: number | null }, b: { start: number | null; end: number | null }) =>
  (a.start ?? -1) - (b.start ?? -1) || (b.end ?? -1) - (a.end ?? -1);

/** Builds the data of every article, in article_id order. */
export function buildArticleData(tables: Tables): ArticleData[] {
  const build = articleDataBuilder(tables);
  return [...tables.articles].sort((a, b) => (a.article_id < b.article_id ? -1 : 1)).map(build);
}

/**
 * The function that builds one article's data from its row (text included)
 * and the other tables, so the site can stream the articles (their text is
 * most of a corpus) instead of holding them.
 */
export function articleDataBuilder(tables: Omit<Tables, 'articles'>): (a: ArticleRow) => ArticleData {
  const related = articleRelations(tables);
  return (a) => articleData(a, related(a.article_id));
}

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

/**
 * The function that gives what the tables other than `articles` hold of an
 * article, by its id (the site reuses an article's data file when its row and
 * this did not change, site-build.ts).
 */
export function articleRelations(tables: Omit<Tables, 'articles'>): (id: string) => ArticleRelated {
  const quotes = groupBy(tables.quotes);
  const actorMentions = groupBy(tables.actor_mentions);
  const countryMentions = groupBy(tables.country_mentions);
  const links = groupBy(tables.links);
  const actors = new Map(tables.actors.map((a) => [a.actor_id, a]));
  const countryNames = new Map(tables.countries.map((c) => [c.country, c.name]));
  return (id: string): ArticleRelated => {
    const q = (quotes.get(id) ?? []).map(
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
    const am = (actorMentions.get(id) ?? []).map((m): [number, number, string] => [m.char_start, m.char_end, m.actor_id]);
    am.sort((x, y) => x[0] - y[0] || y[1] - x[1] || (x[2] < y[2] ? -1 : 1));
    const cm = (countryMentions.get(id) ?? []).map((m): [number, number, string, string] => [m.char_start, m.char_end, m.country, m.via]);
    cm.sort((x, y) => x[0] - y[0] || y[1] - x[1] || (x[2] < y[2] ? -1 : 1));
    const ln = (links.get(id) ?? []).map((l) => ({
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
    return {
      quotes: q,
      actors: am,
      countries: cm,
      links: ln,
      names,
      countryNames: codes,
    };
  };
}
