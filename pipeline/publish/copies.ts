/**
 * The copies of a version beyond CSV, JSON and the workbook (which are
 * written row by row in `table-files.ts`): the DuckDB database with Parquet
 * files (`duckdb.ts`, loaded by DuckDB from the JSON files on disk), and the
 * data licence (`licence-file.ts`). Called by the publish stage inside its
 * temporary folder, before the version is swapped in.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileDigest } from '../lib/json-array-file.ts';
import { TABLES } from '../lib/schemas.ts';
import type { DatasetInfo, PublishedFile } from './datapackage.ts';
import { parquetFile, writeDuckDb } from './duckdb.ts';
import { LICENCE_FILE, licenceText } from './licence-file.ts';

/**
 * Writes every extra copy into `dir`, which already holds the JSON tables.
 * Returns the Parquet files (each a resource of the Data Package, as the
 * CSV and JSON files are), with their sizes and checksums read from disk.
 */
export async function writeCopies(dir: string, info: DatasetInfo): Promise<PublishedFile[]> {
  await writeFile(join(dir, LICENCE_FILE), licenceText(info));
  await writeDuckDb(dir);
  const files: PublishedFile[] = [];
  for (const table of TABLES) {
    const path = parquetFile(table);
    files.push({ table, format: 'parquet', path, ...(await fileDigest(join(dir, path))) });
  }
  return files;
}
