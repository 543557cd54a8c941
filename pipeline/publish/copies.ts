/**
 * The copies of a version beyond CSV and JSON (which are written row by row
 * in `table-files.ts`), each made by its own module from the JSON tables on
 * disk, streaming: the DuckDB database with Parquet files (`duckdb.ts`) and
 * the data licence (`licence-file.ts`). (The Excel workbook is written with
 * the CSV and JSON tables, from the same rows: `table-files.ts`.)
 * Called by the publish stage inside its temporary folder, before the version
 * is swapped in.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileDigest } from '../lib/json-array-file.ts';
import { TABLES } from '../lib/schemas.ts';
import type { DatasetInfo, PublishedFile } from './datapackage.ts';
import { parquetFile, writeDuckDb } from './duckdb.ts';
import { LICENCE_FILE, licenceText } from './licence-file.ts';

/** What the copies are made from, besides the JSON tables in the folder. */
export interface CopiesInput {
  info: DatasetInfo;
  /** The version's `created` date (ISO), which dates the files so rebuilds are byte-identical. */
  created: string | null;
}

/**
 * The writer of the slowest copy. The publish stage may pass its own (a copy
 * reused when its inputs did not change); it writes its files into the folder
 * it is given, from the JSON tables there.
 */
export interface CopyWriters {
  /** Writes the DuckDB database and the Parquet files from the JSON tables in `dir`. */
  duckdb: (dir: string) => Promise<void>;
}

/** The writer of this module, in this thread. */
export const LOCAL_WRITERS: CopyWriters = { duckdb: writeDuckDb };

/**
 * Writes every extra copy into `dir`, which already holds the JSON tables
 * (and the workbook). Returns the Parquet files
 * (each a resource of the Data Package, as the CSV and JSON files are), with
 * their sizes and checksums read from disk.
 */
export async function writeCopies(dir: string, input: CopiesInput, writers: CopyWriters = LOCAL_WRITERS): Promise<PublishedFile[]> {
  await writeFile(join(dir, LICENCE_FILE), licenceText(input.info));
  await writers.duckdb(dir);
  const files: PublishedFile[] = [];
  for (const table of TABLES) {
    const path = parquetFile(table);
    files.push({ table, format: 'parquet', path, ...(await fileDigest(join(dir, path))) });
  }
  return files;
}
