/**
 * Comparing two published version folders: every file, the site's subfolder
 * included, byte for byte, except the DuckDB database, which is compared by
 * the data it holds (DuckDB leaves unused block bytes uncleared; see
 * pipeline/publish/duckdb-digest.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DUCKDB_FILE } from '../../pipeline/publish/duckdb.ts';
import { databaseDigest } from '../../pipeline/publish/duckdb-digest.ts';

/** Every file under a version folder, as sorted relative paths. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** True when the file `name` is the same in both folders (the database: the same data). */
export async function sameFile(name: string, a: string, b: string): Promise<boolean> {
  if (name === DUCKDB_FILE) return (await databaseDigest(join(a, name))) === (await databaseDigest(join(b, name)));
  return (await readFile(join(a, name))).equals(await readFile(join(b, name)));
}

/** The files that differ between two version folders (or are in only one of them). */
export async function differingFiles(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([filesUnder(a), filesUnder(b)]);
  const inBoth = left.filter((f) => right.includes(f));
  const differing = [...left.filter((f) => !right.includes(f)), ...right.filter((f) => !left.includes(f))];
  for (const name of inBoth) if (!(await sameFile(name, a, b))) differing.push(name);
  return differing.sort();
}
