/**
 * The changelog of a published version: a line with each table's row count
 * and its change since the previous version, then, per table, which rows
 * (by primary key) were added, removed or changed; above the previous
 * version's entries.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonArray } from '../lib/json-array-file.ts';
import { TABLES, type TableName, tableSchema } from '../lib/schemas.ts';

/** File name of the changelog inside a version folder. */
export const CHANGELOG_FILE = 'CHANGELOG.md';
const VERSION_DIR = /^\d+\.\d+\.\d+$/;
const HEADER = '# Changelog';
/** Most ids listed per kind of change and table; the rest are counted (a whole corpus re-extracted would list thousands). */
export const MAX_IDS = 100;

type Row = Record<string, unknown>;

/** Compares "major.minor.patch" versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The newest version folder under `outRoot` older than `version`, or null. */
export function previousVersion(outRoot: string, version: string): string | null {
  if (!existsSync(outRoot)) return null;
  const older = readdirSync(outRoot).filter((d) => VERSION_DIR.test(d) && compareVersions(d, version) < 0);
  return older.sort(compareVersions).at(-1) ?? null;
}

/** Which rows of a table were added, removed or changed, by primary key (composite keys joined with '/'). */
export interface TableChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * A table of the new version as the changelog compares it: each row's id and
 * a digest of its JSON, in table order; built one row at a time while the
 * table is published, so the rows themselves are not kept. With no previous
 * version to compare with (`compare` false), only the rows are counted.
 */
export class TableDigest {
  readonly rows = new Map<string, string>();
  count = 0;

  constructor(
    private readonly key: string[],
    private readonly compare = true,
  ) {}

  add(row: Row): void {
    this.count += 1;
    if (this.compare) this.rows.set(rowId(row, this.key), rowDigest(row));
  }

  /** Adds a row by its id and digest as {@link rowId} and {@link rowDigest} gave them (kept from an earlier build, row-pieces.ts). */
  addKnown(id: Buffer, digest: Buffer): void {
    this.count += 1;
    if (this.compare) this.rows.set(id.toString('utf8'), digest.toString('utf8'));
  }

  /** Adds an article's rows by their ids and digests, given as JSON arrays of them (read only when the changelog compares). */
  addArticle(rows: number, ids: Buffer, digests: Buffer): void {
    this.count += rows;
    if (!this.compare) return;
    const [idList, digestList] = [JSON.parse(ids.toString('utf8')) as string[], JSON.parse(digests.toString('utf8')) as string[]];
    idList.forEach((id, i) => this.rows.set(id, digestList[i]!));
  }
}

/** A row's id in the changelog: its primary key's values joined with '/'. */
export const rowId = (row: Row, key: string[]): string => key.map((k) => String(row[k])).join('/');
/**
 * A digest of a row's fields whatever their order: the validated rows and the
 * published files list the same fields in different orders (publish writes
 * them in the schema's), and a row is "changed" only when a value differs.
 */
export const rowDigest = (row: Row): string => {
  const fields = Object.keys(row).sort().map((k) => [k, row[k]]);
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64');
};

/**
 * Compares the previous version of a table (its rows, read one at a time)
 * with the new one by primary key; a row whose key stays but whose content
 * differs has changed. Lists are in table order: added and changed in the new
 * table's, removed in the old one's. Also returns how many rows the old table had.
 */
export async function tableChanges(before: AsyncIterable<unknown> | Iterable<unknown>, after: TableDigest, key: string[]): Promise<TableChanges & { before: number }> {
  const seen = new Set<string>();
  const removed: string[] = [];
  const changedIds = new Set<string>();
  let count = 0;
  for await (const row of before) {
    count += 1;
    const id = rowId(row as Row, key);
    seen.add(id);
    const now = after.rows.get(id);
    if (now === undefined) removed.push(id);
    else if (now !== rowDigest(row as Row)) changedIds.add(id);
  }
  const ids = [...after.rows.keys()];
  return { added: ids.filter((id) => !seen.has(id)), removed, changed: ids.filter((id) => changedIds.has(id)), before: count };
}

function previousRows(dir: string, table: TableName): AsyncIterable<unknown> | unknown[] {
  const file = join(dir, `${table}.json`);
  return existsSync(file) ? readJsonArray(file) : [];
}

function idList(ids: string[]): string {
  const shown = ids.slice(0, MAX_IDS).join(', ');
  return ids.length > MAX_IDS ? `${shown} … and ${ids.length - MAX_IDS} more` : shown;
}

/** The detail lines of one table: which ids were added, removed, changed. */
function detailLines(table: TableName, c: TableChanges): string[] {
  return (['added', 'removed', 'changed'] as const)
    .filter((kind) => c[kind].length > 0)
    .map((kind) => `  - ${table} ${kind} (${c[kind].length}): ${idList(c[kind])}`);
}

/** The changelog text of a new version (its entry first, then the previous version's entries); `tables` digests the new version's rows. */
export async function changelog(outRoot: string, version: string, tables: Record<TableName, TableDigest>): Promise<string> {
  const previous = previousVersion(outRoot, version);
  const details: string[] = [];
  const parts: string[] = [];
  for (const t of TABLES) {
    const count = tables[t].count;
    if (!previous) {
      parts.push(`${count} ${t.replaceAll('_', ' ')}`);
      continue;
    }
    const changes = await tableChanges(previousRows(join(outRoot, previous), t), tables[t], tableSchema(t)['x-primary-key']);
    details.push(...detailLines(t, changes));
    const delta = count - changes.before;
    parts.push(`${count} ${t.replaceAll('_', ' ')} (${delta >= 0 ? '+' : ''}${delta})`);
  }
  const line = `- ${version}: ${previous ? `since ${previous}` : 'first version'}: ${parts.join(', ')}.`;
  const entry = previous && details.length === 0 ? [line, '  - no row added, removed or changed'] : [line, ...details];
  const olderFile = previous ? join(outRoot, previous, CHANGELOG_FILE) : null;
  const older = olderFile && existsSync(olderFile)
    ? readFileSync(olderFile, 'utf8').split('\n').filter((l) => l.trim() !== '' && l !== HEADER)
    : [];
  return [HEADER, '', ...entry, ...older, ''].join('\n');
}
