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
import { WORKBOOK_FILE, buildWorkbook } from './workbook.ts';

/** What the copies are made from. */
export interface CopiesInput {
  tables: Record<TableName, Array<Record<string, unknown>>>;
  info: DatasetInfo;
  /** The version's `created` date (ISO), which dates the files so rebuilds are byte-identical. */
  created: string | null;
}

/**
 * Writes every extra copy into `dir`, which already holds the JSON tables.
 * Returns the Parquet files (each a resource of the Data Package, as the
 * CSV and JSON files are).
 */
export async function writeCopies(dir: string, input: CopiesInput): Promise<PublishedFile[]> {
  await writeFile(join(dir, WORKBOOK_FILE), await buildWorkbook(input.tables, input.info.title, input.created));
  await writeFile(join(dir, LICENCE_FILE), licenceText(input.info));
  await writeDuckDb(dir);
  return Promise.all(
    TABLES.map(async (table) => ({ table, format: 'parquet' as const, path: parquetFile(table), content: await readFile(join(dir, parquetFile(table))) })),
  );
}
