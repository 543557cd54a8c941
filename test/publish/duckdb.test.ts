/**
 * The DuckDB database and the Parquet files read back with DuckDB: every
 * table with its rows, keys and types; the documented views return the rows
 * the tables say; each Parquet file holds its JSON twin's rows.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, columns, tableSchema } from '../../pipeline/lib/schemas.ts';
import { DUCKDB_FILE } from '../../pipeline/publish/duckdb.ts';
import { buildPublishFixture } from './built.ts';

let dir: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;

async function rows(sql: string): Promise<Array<Record<string, unknown>>> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>;
}
async function json(table: string): Promise<Array<Record<string, unknown>>> {
  return JSON.parse(await readFile(join(dir, `${table}.json`), 'utf8'));
}

beforeAll(async () => {
  dir = (await buildPublishFixture()).latest;
  instance = await DuckDBInstance.create(join(dir, DUCKDB_FILE), { access_mode: 'READ_ONLY' });
  db = await instance.connect();
});
afterAll(() => {
  db.closeSync();
  instance.closeSync();
});

describe('DuckDB database', () => {
  it('holds every table with all its rows', async () => {
    for (const t of TABLES) {
      const [count] = await rows(`SELECT count(*) AS n FROM ${t}`);
      expect(Number(count!.n), t).toBe((await json(t)).length);
    }
  });

  it('declares primary keys and foreign keys', async () => {
    const constraints = await rows(
      `SELECT table_name, constraint_type, constraint_column_names AS cols FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')`,
    );
    for (const t of TABLES) {
      const pk = constraints.find((c) => c.table_name === t && c.constraint_type === 'PRIMARY KEY');
      expect(pk?.cols, t).toEqual(tableSchema(t)['x-primary-key']);
    }
    const fks = constraints.filter((c) => c.constraint_type === 'FOREIGN KEY').map((c) => `${c.table_name}.${(c.cols as string[])[0]}`);
    expect(fks).toEqual(expect.arrayContaining(['quotes.article_id', 'quotes.actor_id', 'quotes.parent_quote_id', 'quotes.link_id', 'actor_mentions.actor_id', 'country_mentions.country']));
  });

  it('types dates, instants and lists', async () => {
    const types = await rows(`SELECT table_name || '.' || column_name AS col, data_type FROM information_schema.columns`);
    const typeOf = (col: string) => types.find((t) => t.col === col)?.data_type;
    expect(typeOf('articles.published')).toBe('DATE');
    expect(typeOf('articles.fetched_at')).toBe('TIMESTAMP WITH TIME ZONE');
    expect(typeOf('actors.aliases')).toBe('VARCHAR[]');
    expect(typeOf('quotes.char_start')).toBe('BIGINT');
  });

  it('quotes_full gives each quote its speaker, article and speaker country', async () => {
    const full = await rows(`SELECT * FROM quotes_full`);
    expect(full).toHaveLength((await json('quotes')).length);
    const fernandes = full.find((q) => String(q.text).startsWith('We will not accept a report'))!;
    expect(fernandes).toMatchObject({ actor_name: 'Maria Fernandes', article_url: 'https://news.example.org/2024/05/summit-emoji' });
    expect(String(fernandes.article_title)).toMatch(/^=HYPERLINK/);
    // The country's name comes from the countries table, which lists the countries the articles mention.
    const mentioned = new Set((await json('countries')).map((c) => c.country));
    const withCountry = full.filter((q) => mentioned.has(q.speaker_country));
    expect(withCountry.length).toBeGreaterThan(0);
    for (const q of withCountry) expect(q.speaker_country_name, String(q.speaker_country)).not.toBeNull();
    const credited = full.filter((q) => q.link_id !== null);
    expect(credited.length).toBeGreaterThan(0);
    for (const q of credited) expect(q.source_url).toMatch(/^https?:\/\//);
  });

  it('speakers_by_quotes and countries_by_mentions count what the tables hold', async () => {
    const quotes = await json('quotes');
    const speakers = await rows(`SELECT * FROM speakers_by_quotes`);
    expect(speakers.reduce((s, r) => s + Number(r.quotes), 0)).toBe(quotes.filter((q) => q.speaker !== null || q.actor_id !== null).length);
    const counts = speakers.map((r) => Number(r.quotes));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const countries = await json('countries');
    const byMentions = await rows(`SELECT * FROM countries_by_mentions`);
    expect(byMentions).toHaveLength(countries.length);
    for (const c of countries) {
      const row = byMentions.find((r) => r.country === c.country)!;
      expect([Number(row.mentions), Number(row.articles)], String(c.country)).toEqual([c.mention_count, c.article_count]);
    }
    expect(byMentions[0]!.country).toBe('CN');
  });

  it.each(TABLES)('%s.parquet holds the rows of its JSON twin, in order', async (table) => {
    const parquet = await rows(`SELECT * FROM read_parquet('${join(dir, `${table}.parquet`)}')`);
    const expected = await json(table);
    expect(parquet).toHaveLength(expected.length);
    expect(Object.keys(parquet[0] ?? {})).toEqual(expected.length ? columns(table) : []);
    const plain = (v: unknown): unknown => (Array.isArray(v) ? v.map(plain) : v === null ? null : String(v));
    const instant = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})\+00$/;
    parquet.forEach((row, i) => {
      for (const c of columns(table)) {
        const got = typeof row[c] === 'string' ? (row[c] as string).replace(instant, '$1T$2Z') : row[c];
        expect(plain(got), `${table}[${i}].${c}`).toEqual(plain(expected[i]![c]));
      }
    });
  });
});
