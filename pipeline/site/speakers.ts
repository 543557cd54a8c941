/**
 * The speaker view's data: every actor with titles, affiliation, country,
 * Wikidata id and the positions of their quotes in the quotes list.
 */
import type { QuoteList } from './quote-index.ts';
import type { Tables } from './tables.ts';

/** One actor as the speaker view shows it. */
export interface SpeakerData {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  titles: string[];
  affiliation: { id: string; name: string } | null;
  country: [string, string] | null;
  wikidata: string | null;
  articles: number;
  mentions: number;
  /** Positions in the quotes list (default order) of the quotes whose speaker is this actor. */
  quotes: number[];
}

/** Every actor, in actor_id order. */
export function buildSpeakers(tables: Pick<Tables, 'actors' | 'countries'>, list: Pick<QuoteList, 'actor'>): SpeakerData[] {
  const names = new Map(tables.actors.map((a) => [a.actor_id, a.name]));
  const countries = new Map(tables.countries.map((c) => [c.country, c.name]));
  const quotes = new Map<string, number[]>();
  list.actor.forEach((actor, i) => {
    if (!actor) return;
    const positions = quotes.get(actor) ?? [];
    positions.push(i);
    quotes.set(actor, positions);
  });
  return [...tables.actors]
    .sort((a, b) => (a.actor_id < b.actor_id ? -1 : 1))
    .map((a) => ({
      id: a.actor_id,
      name: a.name,
      type: a.type,
      aliases: a.aliases ?? [],
      titles: a.titles ?? [],
      affiliation: a.affiliation ? { id: a.affiliation, name: names.get(a.affiliation) ?? a.affiliation } : null,
      country: a.country ? [a.country, countries.get(a.country) ?? a.country] : null,
      wikidata: a.wikidata ?? null,
      articles: a.article_count ?? 0,
      mentions: a.mention_count ?? 0,
      quotes: quotes.get(a.actor_id) ?? [],
    }));
}
