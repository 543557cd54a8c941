/**
 * The copies of a version beyond CSV and JSON (which are written row by row
 * in `table-files.ts`), each made by its own module from the JSON tables on
 * disk, streaming: the Excel workbook (`workbook.ts`), the DuckDB database
 * with Parquet files (`duckdb.ts`), and the data licence (`licence-file.ts`).
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
 * The writers of the two slowest copies. The publish stage may pass its own
 * (the workbook in a worker thread, a copy reused when its inputs did not
 * change); each writes its files into the folder it is given, from the JSON
 * tables there.
 */
export interface CopyWriters {
  /** Writes `<dir>/who-said-what.xlsx`. */
  workbook: (dir: string, input: CopiesInput) => Promise<void>;
  /** Writes the DuckDB database and the Parquet files from the JSON tables in `dir`. */
  duckdb: (dir: string) => Promise<void>;
}

/** The writers of this module, in this thread (exceljs loaded only when the workbook is written here). */
export const LOCAL_WRITERS: CopyWriters = {
  workbook: async (dir, input) => {
    const { writeWorkbookFile } = await import('./workbook.ts');
    await writeWorkbookFile(dir, input.info.title, input.created);
  },
  duckdb: writeDuckDb,
};

/**
 * Writes every extra copy into `dir`, which already holds the JSON tables;
 * the workbook and the database at the same time. Returns the Parquet files
 * (each a resource of the Data Package, as the CSV and JSON files are), with
 * their sizes and checksums read from disk.
 */
export async function writeCopies(dir: string, input: CopiesInput, writers: CopyWriters = LOCAL_WRITERS): Promise<PublishedFile[]> {
  await writeFile(join(dir, LICENCE_FILE), licenceText(input.info));
  // Both settle before any error is thrown: the caller deletes `dir` on an error, which must not happen under a running writer.
  const settled = await Promise.allSettled([writers.workbook(dir, input), writers.duckdb(dir)]);
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  const files: PublishedFile[] = [];
  for (const table of TABLES) {
    const path = parquetFile(table);
    files.push({ table, format: 'parquet', path, ...(await fileDigest(join(dir, path))) });
  }
  return files;
}
