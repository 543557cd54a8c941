/**
 * The changelog of a published version: a line with each table's row count
 * and its change since the previous version, then, per table, which rows
 * (by primary key) were added, removed or changed; above the previous
 * version's entries.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** Compares two versions of a table by primary key; a row whose key stays but whose content differs has changed. */
export function tableChanges(before: Row[], after: Row[], key: string[]): TableChanges {
  const id = (row: Row) => key.map((k) => String(row[k])).join('/');
  const old = new Map(before.map((r) => [id(r), JSON.stringify(r)]));
  const now = new Map(after.map((r) => [id(r), JSON.stringify(r)]));
  return {
    added: [...now.keys()].filter((k) => !old.has(k)),
    removed: [...old.keys()].filter((k) => !now.has(k)),
    changed: [...now].filter(([k, v]) => old.has(k) && old.get(k) !== v).map(([k]) => k),
  };
}

function readRows(dir: string, table: TableName): Row[] {
  const file = join(dir, `${table}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Row[]) : [];
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

/** The changelog text of a new version (its entry first, then the previous version's entries). */
export function changelog(outRoot: string, version: string, tables: Record<TableName, Row[]>): string {
  const previous = previousVersion(outRoot, version);
  const details: string[] = [];
  const parts = TABLES.map((t) => {
    const count = tables[t].length;
    if (!previous) return `${count} ${t.replaceAll('_', ' ')}`;
    const before = readRows(join(outRoot, previous), t);
    details.push(...detailLines(t, tableChanges(before, tables[t], tableSchema(t)['x-primary-key'])));
    const delta = count - before.length;
    return `${count} ${t.replaceAll('_', ' ')} (${delta >= 0 ? '+' : ''}${delta})`;
  });
  const line = `- ${version}: ${previous ? `since ${previous}` : 'first version'}: ${parts.join(', ')}.`;
  const entry = previous && details.length === 0 ? [line, '  - no row added, removed or changed'] : [line, ...details];
  const olderFile = previous ? join(outRoot, previous, CHANGELOG_FILE) : null;
  const older = olderFile && existsSync(olderFile)
    ? readFileSync(olderFile, 'utf8').split('\n').filter((l) => l.trim() !== '' && l !== HEADER)
    : [];
  return [HEADER, '', ...entry, ...older, ''].join('\n');
}
