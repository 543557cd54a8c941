/**
 * The database of a version made from the last version's, when only some
 * rows changed (issue 12: one changed article rebuilt in time proportional to
 * the change): the last database is copied, the rows the table writer found
 * removed or changed (table-changes.ts) are deleted, with the rows pointing at
 * them, and the new rows inserted with those; only the Parquet files of
 * changed tables are written again.
 *
 * What "the same database" means: a patched database holds exactly the
 * tables, columns, types, constraints, views and rows of a clean build (the
 * tests compare them with duckdb-digest.ts, and so does the row count checked
 * here), but not its bytes: DuckDB lays out blocks by the order of the
 * writes, and already differs in unused block bytes between two clean builds.
 * The Parquet files are byte-identical to a clean build's: each is written
 * from the validated table's JSON, in its row order, as a clean build writes
 * it, or is the last version's file when its table did not change.
 *
 * Any error while patching (a constraint DuckDB checks differently, a row
 * that does not fit) is not the build's error: the caller loads the database
 * whole instead.
 */
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLES, type TableName, columns, tableSchema } from '../lib/schemas.ts';
import { DUCKDB_FILE, DUCKDB_TABLE_ORDER, declaredForeignKeys, loadTable, quoteId, quoteText, readJsonSql, sqlType, writeParquetFiles } from './duckdb.ts';
import type { ChangeSet } from './table-changes.ts';

/** A JSON array file of validated elements (DuckDB reads each column by name). */
async function writeElements(file: string, elements: Array<Buffer | string>): Promise<void> {
  const parts: Buffer[] = [Buffer.from('[')];
  elements.forEach((e, i) => parts.push(Buffer.from(i === 0 ? '\n  ' : ',\n  '), typeof e === 'string' ? Buffer.from(e) : e));
  parts.push(Buffer.from(elements.length ? '\n]\n' : ']\n'));
  await writeFile(file, Buffer.concat(parts));
}

const keyColumns = (table: TableName): string[] => tableSchema(table)['x-primary-key'];
/** A temporary table's name. */
const temp = (kind: string, table: TableName): string => `wsw_${kind}_${table}`;
/** `EXISTS` a row of the temporary key table `keys` with the primary key of the row `alias` of `table`. */
const keyIn = (table: TableName, keys: string, alias: string = table): string =>
  `EXISTS (SELECT 1 FROM ${keys} k WHERE ${keyColumns(table).map((c) => `k.${quoteId(c)} = ${alias}.${quoteId(c)}`).join(' AND ')})`;

/** A SQL literal of a key value (a string or an integer, as the schemas' keys are). */
function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string') return quoteText(value);
  throw new Error(`a key value that is not a string or an integer: ${JSON.stringify(value)}`);
}

/** A temporary table of primary keys (given as JSON arrays of their values) of `table`. */
async function keyTable(db: DuckDBConnection, name: string, table: TableName, keys: string[]): Promise<void> {
  const cols = keyColumns(table).map(quoteId).join(', ');
  const rows = keys.map((k) => `(${(JSON.parse(k) as unknown[]).map(literal).join(', ')})`);
  const select = rows.length ? `SELECT * FROM (VALUES ${rows.join(', ')}) v(${cols})` : `SELECT ${cols} FROM ${table} WHERE false`;
  await db.run(`CREATE TEMP TABLE ${name} AS ${select}`);
}

/**
 * Marks for deletion every row pointing, through a declared foreign key, at
 * a row marked for deletion, until none is added. DuckDB cannot update a
 * row that others point at when the update touches a list or a key column
 * (it deletes and inserts it, and checks the key at once), so a changed row
 * is deleted and inserted again, with the unchanged rows pointing at it.
 */
async function cascade(db: DuckDBConnection): Promise<void> {
  for (let added = 1; added > 0; ) {
    added = 0;
    for (const table of DUCKDB_TABLE_ORDER) {
      for (const fk of declaredForeignKeys(table)) {
        const parentKey = keyColumns(fk.reference.table);
        if (fk.fields.length !== 1 || parentKey.length !== 1 || fk.reference.fields[0] !== parentKey[0]) throw new Error(`${table}: a foreign key the patch does not follow`);
        const doomed = temp('doomed', table);
        const pointing = `c.${quoteId(fk.fields[0]!)} IN (SELECT ${quoteId(parentKey[0]!)} FROM ${temp('doomed', fk.reference.table)})`;
        const cols = keyColumns(table).map((k) => `c.${quoteId(k)}`).join(', ');
        const result = await db.run(`INSERT INTO ${doomed} SELECT ${cols} FROM ${table} c WHERE ${pointing} AND NOT ${keyIn(table, doomed, 'c')}`);
        added += Number(result.rowsChanged);
      }
    }
  }
}

/**
 * Updates in place the rows of `table` that were removed and come back with
 * the same primary key, lists and foreign keys (an actor whose counts
 * changed, an article whose text did): only their other columns differ, which
 * DuckDB updates without deleting the row, so the rows pointing at it stay
 * (issue 12: an actor's new counts cascaded through every mention of it).
 * Such rows leave the removed and the new rows; the rest is deleted and
 * inserted again as before.
 */
async function updateInPlace(db: DuckDBConnection, table: TableName): Promise<number> {
  const schema = tableSchema(table);
  const fixed = new Set([...keyColumns(table), ...(schema['x-foreign-keys'] ?? []).flatMap((fk) => fk.fields)]);
  for (const name of columns(table)) if (sqlType(schema.properties[name]!).endsWith('[]')) fixed.add(name);
  const free = columns(table).filter((name) => !fixed.has(name));
  if (free.length === 0) return 0;
  const [fresh, removed, updated] = [temp('new', table), temp('removed', table), temp('updated', table)];
  const same = [...fixed].map((c) => `n.${quoteId(c)} IS NOT DISTINCT FROM o.${quoteId(c)}`).join(' AND ');
  const onKey = (a: string, b: string) => keyColumns(table).map((c) => `${a}.${quoteId(c)} = ${b}.${quoteId(c)}`).join(' AND ');
  await db.run(`CREATE TEMP TABLE ${updated} AS SELECT n.* FROM ${fresh} n JOIN ${table} o ON ${onKey('n', 'o')} WHERE ${same} AND ${keyIn(table, removed, 'n')}`);
  const count = await rowCount(db, updated);
  if (count === 0) return 0;
  await db.run(`UPDATE ${table} SET ${free.map((c) => `${quoteId(c)} = u.${quoteId(c)}`).join(', ')} FROM ${updated} u WHERE ${onKey(table, 'u')}`);
  await db.run(`DELETE FROM ${removed} WHERE ${keyIn(table, updated, removed)}`);
  await db.run(`DELETE FROM ${fresh} WHERE ${keyIn(table, updated, fresh)}`);
  return count;
}

const rowCount = async (db: DuckDBConnection, table: string): Promise<number> => Number((await db.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]![0]);

/**
 * The Parquet files of a patched version written before the change set is
 * known (issue 12: off the path that waits for the tables writer): the
 * tables whose validated JSON has the checksum the last database was made
 * from (`unchanged`) keep the file of `previous`, the others are written
 * from their JSON (duckdb.ts); pass the promise to {@link patchDuckDb},
 * which then writes none.
 */
export function writePatchParquet(dir: string, from: string, previous: string, unchanged: ReadonlySet<TableName>): Promise<void> {
  return writeParquetFiles(dir, from, { previous, tables: unchanged });
}

/** What a patch did besides the changed rows: rows updated in place, and rows deleted and inserted again only because they point at a changed row. */
export interface PatchCounts {
  updated: number;
  reinserted: number;
}

/**
 * Writes `<dir>/who-said-what.duckdb` as `previous` (the last version's
 * folder) patched with `changes`, and the Parquet files (written again for
 * changed tables from the JSON in `from`, linked from `previous` for the
 * others); `rows` is each table's row count, checked at the end; `copied`
 * settles when `previous`'s database is already copied into `dir`;
 * `parquet`, when given, is {@link writePatchParquet} already started (its
 * error is the patch's).
 */
export async function patchDuckDb(
  dir: string,
  from: string,
  previous: string,
  changes: ChangeSet,
  rows: Record<string, number>,
  copied?: Promise<void>,
  parquet?: Promise<void>,
): Promise<PatchCounts> {
  const file = join(dir, DUCKDB_FILE);
  // The copy may have been started already (slow-outputs.ts starts it while the change set is found); a failed one is the patch's error.
  await (copied ?? copyFile(join(previous, DUCKDB_FILE), file));
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(file, { threads: '1' });
  const db = await instance.connect();
  const scratch: string[] = [];
  const counts: PatchCounts = { updated: 0, reinserted: 0 };
  try {
    for (const table of DUCKDB_TABLE_ORDER) {
      const change = changes.tables.get(table) ?? { changed: [], removed: [] };
      const rowsFile = join(dir, `.patch-${table}.json`);
      scratch.push(rowsFile);
      await writeElements(rowsFile, change.changed.map((c) => c.element));
      await db.run(`CREATE TEMP TABLE ${temp('new', table)} AS SELECT * FROM ${readJsonSql(from, table, rowsFile)}`);
      await keyTable(db, temp('removed', table), table, change.removed);
      counts.updated += await updateInPlace(db, table);
      await db.run(`CREATE TEMP TABLE ${temp('doomed', table)} AS SELECT * FROM ${temp('removed', table)}`);
    }
    await cascade(db);
    // The rows deleted only because they point at a changed row: kept aside, and inserted again as they are.
    for (const table of DUCKDB_TABLE_ORDER) {
      await db.run(`CREATE TEMP TABLE ${temp('saved', table)} AS SELECT * FROM ${table} WHERE ${keyIn(table, temp('doomed', table))} AND NOT ${keyIn(table, temp('removed', table))}`);
      counts.reinserted += await rowCount(db, temp('saved', table));
    }
    // Rows pointing at others go first: children before parents.
    for (const table of [...DUCKDB_TABLE_ORDER].reverse()) await db.run(`DELETE FROM ${table} WHERE ${keyIn(table, temp('doomed', table))}`);
    for (const table of DUCKDB_TABLE_ORDER) {
      await loadTable(db, from, table, `SELECT * FROM ${temp('new', table)} UNION ALL SELECT * FROM ${temp('saved', table)}`);
    }
    for (const table of TABLES) {
      const count = await rowCount(db, table);
      if (count !== rows[table]) throw new Error(`${table}: ${count} row(s) after the patch, ${rows[table]} validated`);
    }
    if (parquet) await parquet;
    else {
      const unchanged = TABLES.filter((table) => {
        const change = changes.tables.get(table);
        return change && change.changed.length === 0 && change.removed.length === 0;
      });
      await writeParquetFiles(dir, from, { previous, tables: new Set(unchanged) });
    }
    await db.run('CHECKPOINT');
    return counts;
  } finally {
    db.closeSync();
    instance.closeSync();
    await Promise.all(scratch.map((f) => rm(f, { force: true })));
  }
}
