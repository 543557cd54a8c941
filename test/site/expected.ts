/**
 * What the site should show, worked out in the test from the published JSON
 * tables on its own (not with the generator's code): chart marks, a quote's
 * countries, the text at a quote's code-point offsets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tables } from '../../pipeline/site/tables.ts';

/** Screenshots of every view go here (not committed): build/site-screenshots/<build>/<view>.png. */
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'build', 'site-screenshots');

/** Reads the JSON tables of a version folder. */
export function loadTables(dir: string): Tables {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  return {
    articles: read('articles'),
    quotes: read('quotes'),
    actors: read('actors'),
    actor_mentions: read('actor_mentions'),
    country_mentions: read('country_mentions'),
    countries: read('countries'),
    links: read('links'),
  };
}

/** The text of code points [start, end) (as Python's text[start:end]). */
export function codePointSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/** Number of bars each chart should draw. */
export function expectedMarks(t: Tables): Record<string, number> {
  const published = new Map(t.articles.map((a) => [a.article_id, a.published]));
  const months = t.quotes
    .map((q) => published.get(q.article_id))
    .filter((d): d is string => !!d)
    .map((d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1);
  const span = months.length ? Math.max(...months) - Math.min(...months) + 1 : 0;
  const years = months.length ? Math.floor(Math.max(...months) / 12) - Math.floor(Math.min(...months) / 12) + 1 : 0;
  const speakers = new Set(t.quotes.map((q) => q.speaker ?? q.speaker_description ?? ''));
  return {
    'quotes-over-time': span > 72 ? years : span,
    'top-speakers': Math.min(15, speakers.size),
    'countries-by-mentions': Math.min(15, t.countries.filter((c) => (c.mention_count ?? 0) > 0).length),
    'speaker-types': new Set(t.quotes.map((q) => q.speaker_type)).size,
  };
}

/** Quote ids whose text names the country, or whose speaker is from it. */
export function quotesAboutCountry(t: Tables, code: string): Set<string> {
  const actorCountry = new Map(t.actors.map((a) => [a.actor_id, a.country]));
  const ids = new Set<string>();
  for (const q of t.quotes) {
    const named = t.country_mentions.some((m) => m.article_id === q.article_id && m.country === code && m.char_start >= q.char_start && m.char_end <= q.char_end);
    if (named || (q.actor_id && actorCountry.get(q.actor_id) === code)) ids.add(q.quote_id);
  }
  return ids;
}
