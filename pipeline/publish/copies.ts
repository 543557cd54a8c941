/**
 * The copies of a version beyond CSV and JSON, each written from the same
 * rows by its own module: the Excel workbook (`workbook.ts`) and the DuckDB
 * database with Parquet files (`duckdb.ts`), and the data licence
 * (`licence-file.ts`). Called by the publish stage
 * inside its temporary folder, before the version is swapped in.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLES, type TableName } from '../lib/schemas.ts';
import type { DatasetInfo, PublishedFile } from './datapackage.ts';
import { parquetFile, writeDuckDb } from './duckdb.ts';
import { LICENCE_FILE, licenceText } from './licence-file.ts';

/** What the copies are made from. */
export interface CopiesInput {
  tables: Record<TableName, Array<Record<string, unknown>>>;
  info: DatasetInfo;
  /** The version's `created` date (ISO), which dates the files so rebuilds are byte-identical. */
  created: string | null;
}

/**
 * The writers of the two slowest copies. The publish stage may pass its own
 * (the workbook in a worker thread, a copy reused when its inputs did not
 * change); each writes its files into the folder it is given.
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
    const { WORKBOOK_FILE, buildWorkbook } = await import('./workbook.ts');
    await writeFile(join(dir, WORKBOOK_FILE), await buildWorkbook(input.tables, input.info.title, input.created));
  },
  duckdb: writeDuckDb,
};

/**
 * Writes every extra copy into `dir`, which already holds the JSON tables;
 * the workbook and the database at the same time. Returns the Parquet files
 * (each a resource of the Data Package, as the CSV and JSON files are).
 */
export async function writeCopies(dir: string, input: CopiesInput, writers: CopyWriters = LOCAL_WRITERS): Promise<PublishedFile[]> {
  await writeFile(join(dir, LICENCE_FILE), licenceText(input.info));
  // Both settle before any error is thrown: the caller deletes `dir` on an error, which must not happen under a running writer.
  const settled = await Promise.allSettled([writers.workbook(dir, input), writers.duckdb(dir)]);
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  return Promise.all(
    TABLES.map(async (table) => ({ table, format: 'parquet' as const, path: parquetFile(table), content: await readFile(join(dir, parquetFile(table))) })),
  );
}
