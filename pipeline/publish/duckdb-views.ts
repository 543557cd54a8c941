/**
 * The views of the DuckDB database: the first questions a researcher asks.
 * Data only; `duckdb.ts` creates them after the tables.
 */

/** View name → SQL body (after `CREATE VIEW name AS`). */
export const DUCKDB_VIEWS: Record<string, string> = {
  // Every quote with its speaker (actor and the actor's country), its article and its backing link.
  quotes_full: `
    SELECT q.*,
      a.name AS actor_name, a.type AS actor_type, a.country AS speaker_country, c.name AS speaker_country_name,
      ar.title AS article_title, ar.url AS article_url, ar.site AS article_site, ar.published AS article_published,
      l.url AS source_url, l.domain AS source_domain
    FROM quotes q
    JOIN articles ar ON ar.article_id = q.article_id
    LEFT JOIN actors a ON a.actor_id = q.actor_id
    LEFT JOIN countries c ON c.country = a.country
    LEFT JOIN links l ON l.link_id = q.link_id`,
  // Speakers ranked by the number of quotes: the actor's name when the speaker is a known actor, else the name as written.
  speakers_by_quotes: `
    SELECT coalesce(a.name, q.speaker) AS speaker, q.actor_id, coalesce(a.type, q.speaker_type) AS speaker_type,
      count(*) AS quotes, count(DISTINCT q.article_id) AS articles
    FROM quotes q
    LEFT JOIN actors a ON a.actor_id = q.actor_id
    WHERE q.speaker IS NOT NULL OR q.actor_id IS NOT NULL
    GROUP BY ALL
    ORDER BY quotes DESC, speaker, q.actor_id`,
  // Countries ranked by mentions, with how many articles name them.
  countries_by_mentions: `
    SELECT c.country, c.iso3, c.name, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
    FROM country_mentions m
    JOIN countries c ON c.country = m.country
    GROUP BY ALL
    ORDER BY mentions DESC, c.country`,
};
