/**
 * A digest of what a DuckDB database holds: every table's columns, types and
 * rows (in primary-key order), its constraints and its views. DuckDB leaves
 * unused bytes of its blocks uncleared (the tail of a block holding long
 * strings can be 0 or 0xFF from one run to the next), so two builds of the
 * same rows can differ in bytes while holding the same data; this digest is
 * what the tests compare instead.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { sha256 } from '../lib/hash.ts';
import { TABLES, tableSchema } from '../lib/schemas.ts';

/** SHA-256 of the database's schema, constraints, views and every row. */
export async function databaseDigest(file: string): Promise<string> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY', threads: '1' });
  const db = await instance.connect();
  try {
    const parts: string[] = [];
    const dump = async (sql: string) => parts.push(JSON.stringify((await db.runAndReadAll(sql)).getRowsJson()));
    await dump(`SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns ORDER BY ALL`);
    await dump(`SELECT table_name, constraint_type, constraint_column_names::VARCHAR FROM duckdb_constraints() ORDER BY ALL`);
    await dump(`SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY ALL`);
    for (const t of TABLES) await dump(`SELECT * FROM ${t} ORDER BY ${tableSchema(t)['x-primary-key'].map((k) => `"${k}"`).join(', ')}`);
    return sha256(parts.join('\n'));
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
