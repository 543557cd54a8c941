/**
 * The DuckDB database and the Parquet files of a version, written by DuckDB
 * (`@duckdb/node-api`) from the JSON tables already in the version folder.
 * Tables get the schemas' types (dates as DATE, instants as TIMESTAMPTZ,
 * lists as VARCHAR[]), primary keys, NOT NULL and foreign keys; views come
 * from `duckdb-views.ts`. One thread, so the same rows give the same bytes.
 */
import { copyFile, link, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { type PropertySchema, TABLES, type TableName, columns, tableSchema } from '../lib/schemas.ts';
import { DUCKDB_VIEWS } from './duckdb-views.ts';
import { mainType } from './table-schema.ts';

/** File name of the database inside a version folder. */
export const DUCKDB_FILE = 'who-said-what.duckdb';
/**
 * Storage block size in bytes. DuckDB's default (256 KiB) gives every table
 * and key index blocks of its own: 6.8 MB for the example build; 16 KiB, the
 * smallest it accepts, gives about a thirteenth of that (measured here).
 */
const BLOCK_SIZE = '16384';

/**
 * Tables in the order they are created. DuckDB checks a foreign key only
 * against a table that already exists, so a key to a later table is not
 * declared in the database: links.quote_id (quotes.link_id, the other way
 * round, is). The Data Package declares both.
 */
export const DUCKDB_TABLE_ORDER: TableName[] = ['articles', 'countries', 'actors', 'links', 'quotes', 'actor_mentions', 'country_mentions'];

/** File name of a table's Parquet copy. */
export const parquetFile = (table: TableName): string => `${table}.parquet`;

export const quoteId = (name: string): string => `"${name.replaceAll('"', '""')}"`;
export const quoteText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The DuckDB type of a schema property. */
export function sqlType(prop: PropertySchema): string {
  const main = mainType(prop);
  if (main === 'array') return `${sqlType({ type: prop.items?.type ?? 'string' })}[]`;
  if (main === 'integer') return 'BIGINT';
  if (main === 'number') return 'DOUBLE';
  if (main === 'boolean') return 'BOOLEAN';
  if (prop.format === 'date') return 'DATE';
  if (prop.format === 'date-time') return 'TIMESTAMPTZ';
  return 'VARCHAR';
}

/** The foreign keys of a table that DuckDB can declare (target created before, or the table itself). */
export function declaredForeignKeys(table: TableName) {
  const created = DUCKDB_TABLE_ORDER.slice(0, DUCKDB_TABLE_ORDER.indexOf(table) + 1);
  return (tableSchema(table)['x-foreign-keys'] ?? []).filter((fk) => created.includes(fk.reference.table));
}

/** `CREATE TABLE` for a table, from its JSON Schema. */
export function createTableSql(table: TableName): string {
  const schema = tableSchema(table);
  const cols = columns(table).map((name) => {
    const prop = schema.properties[name]!;
    const nullable = Array.isArray(prop.type) && prop.type.includes('null');
    return `${quoteId(name)} ${sqlType(prop)}${nullable ? '' : ' NOT NULL'}`;
  });
  const keys = [`PRIMARY KEY (${schema['x-primary-key'].map(quoteId).join(', ')})`];
  for (const fk of declaredForeignKeys(table)) {
    keys.push(`FOREIGN KEY (${fk.fields.map(quoteId).join(', ')}) REFERENCES ${fk.reference.table} (${fk.reference.fields.map(quoteId).join(', ')})`);
  }
  return `CREATE TABLE ${table} (\n  ${[...cols, ...keys].join(',\n  ')}\n)`;
}

/** `read_json` of a table's JSON file with the table's column types. */
export function readJsonSql(dir: string, table: TableName, file = join(dir, `${table}.json`)): string {
  const schema = tableSchema(table);
  const types = columns(table).map((n) => `${quoteText(n)}: ${quoteText(sqlType(schema.properties[n]!))}`);
  return `read_json(${quoteText(file)}, format = 'array', columns = {${types.join(', ')}})`;
}

/**
 * Loads a table (from its JSON file in `dir`, or the rows of the query `rows`). Rows that point at a row of the same table (a quote inside
 * a block, an actor's organisation) go in after the row they point at, level
 * by level, since DuckDB checks each key when the row is inserted.
 */
export async function loadTable(db: DuckDBConnection, dir: string, table: TableName, rows = `SELECT * FROM ${readJsonSql(dir, table)}`): Promise<void> {
  const self = declaredForeignKeys(table).filter((fk) => fk.reference.table === table);
  const source = `(${rows})`;
  const key = tableSchema(table)['x-primary-key'].map(quoteId).join(', ');
  const notLoaded = `(${key}) NOT IN (SELECT (${key}) FROM ${table})`;
  if (self.length === 0) {
    await db.run(`INSERT INTO ${table} SELECT * FROM ${source}`);
  } else {
    const ready = self.map((fk) => `(s.${quoteId(fk.fields[0]!)} IS NULL OR s.${quoteId(fk.fields[0]!)} IN (SELECT ${quoteId(fk.reference.fields[0]!)} FROM ${table}))`);
    for (;;) {
      const result = await db.run(
        `INSERT INTO ${table} SELECT s.* FROM ${source} s WHERE ${notLoaded} AND ${ready.join(' AND ')}`,
      );
      if (result.rowsChanged === 0) break;
    }
  }
  const missing = await db.runAndReadAll(`SELECT count(*) FROM ${source} WHERE ${notLoaded}`);
  const left = Number(missing.getRows()[0]![0]);
  if (left > 0) throw new Error(`${table}: ${left} row(s) point at a row of the same table that does not exist`);
}

/**
 * Writes `<dir>/<table>.parquet` of every table from its JSON in `from`, in
 * the JSON's row order, with a DuckDB of its own in memory (one thread); with
 * `keep`, the tables it names keep the file of the `previous` version folder
 * (linked, else copied), whose JSON had the same bytes.
 *
 * From the JSON, not from the database: the same statement whether the
 * database was loaded whole or patched (duckdb-patch.ts), so the same bytes.
 * A copy from the loaded table splits a table of more than one row group
 * (122,880 rows: actor_mentions at 10,000 synthetic pages) at other rows than
 * a copy from its JSON, so a patched version's file differed from a clean
 * build's (issue 12, session 9). Its own instance, started once the database
 * is closed, also holds none of the database's blocks: a copy from the loaded
 * tables read them all into memory (the articles' text), about 100 MiB more
 * at the peak of a cold build of 10,000 synthetic pages (measured here).
 */
export async function writeParquetFiles(dir: string, from: string, keep?: { previous: string; tables: ReadonlySet<TableName> }): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const db = await instance.connect();
  try {
    for (const table of TABLES) {
      const target = join(dir, parquetFile(table));
      const previous = keep?.tables.has(table) ? join(keep.previous, parquetFile(table)) : null;
      if (previous) await link(previous, target).catch(() => copyFile(previous, target));
      else await db.run(`COPY (SELECT * FROM ${readJsonSql(from, table)}) TO ${quoteText(target)} (FORMAT parquet, COMPRESSION zstd)`);
    }
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/**
 * Writes `<dir>/who-said-what.duckdb` and `<dir>/<table>.parquet` from the
 * JSON tables in `from` (default `dir`). `from` may hold the validated tables
 * rather than the published ones: they have the same rows, only their fields
 * in another order, and DuckDB reads each column by name.
 */
export async function writeDuckDb(dir: string, from = dir): Promise<void> {
  const file = join(dir, DUCKDB_FILE);
  await rm(file, { force: true });
  // Loaded here, not at the top: a publish that reuses the database (publish/reuse.ts) never loads the native library.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(file, { threads: '1', default_block_size: BLOCK_SIZE });
  const db = await instance.connect();
  try {
    for (const table of DUCKDB_TABLE_ORDER) {
      await db.run(createTableSql(table));
      await loadTable(db, from, table);
    }
    for (const [name, sql] of Object.entries(DUCKDB_VIEWS)) await db.run(`CREATE VIEW ${name} AS ${sql}`);
    await db.run('CHECKPOINT');
  } finally {
    db.closeSync();
    instance.closeSync();
  }
  await writeParquetFiles(dir, from);
}
