/**
 * The changelog of a published version: one line saying what changed since
 * the previous version, above the previous version's lines.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, type TableName } from '../lib/schemas.ts';

/** File name of the changelog inside a version folder. */
export const CHANGELOG_FILE = 'CHANGELOG.md';
const VERSION_DIR = /^\d+\.\d+\.\d+$/;

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

function rowCounts(dir: string): Partial<Record<TableName, number>> {
  const counts: Partial<Record<TableName, number>> = {};
  for (const t of TABLES) {
    const file = join(dir, `${t}.json`);
    if (existsSync(file)) counts[t] = (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).length;
  }
  return counts;
}

/** The changelog text of a new version (its line first, then the previous version's changelog). */
export function changelog(outRoot: string, version: string, counts: Record<TableName, number>): string {
  const previous = previousVersion(outRoot, version);
  const before = previous ? rowCounts(join(outRoot, previous)) : {};
  const parts = TABLES.map((t) => {
    const delta = counts[t] - (before[t] ?? 0);
    return `${counts[t]} ${t.replaceAll('_', ' ')}${previous ? ` (${delta >= 0 ? '+' : ''}${delta})` : ''}`;
  });
  const line = `- ${version}: ${previous ? `since ${previous}` : 'first version'}: ${parts.join(', ')}.`;
  const older = previous && existsSync(join(outRoot, previous, CHANGELOG_FILE))
    ? readFileSync(join(outRoot, previous, CHANGELOG_FILE), 'utf8').split('\n').filter((l) => l.startsWith('- '))
    : [];
  return ['# Changelog', '', line, ...older, ''].join('\n');
}
