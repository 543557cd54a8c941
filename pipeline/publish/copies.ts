/**
 * The copies of a version beyond CSV and JSON, each written from the same
 * rows by its own module: the Excel workbook (`workbook.ts`) and the DuckDB
 * database with Parquet files (`duckdb.ts`), and the data licence
 * (`licence-file.ts`). Called by the publish stage
 * inside its temporary folder, before the version is swapped in.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TableName } from '../lib/schemas.ts';
import type { DatasetInfo } from './datapackage.ts';
import { writeDuckDb } from './duckdb.ts';
import { LICENCE_FILE, licenceText } from './licence-file.ts';
import { WORKBOOK_FILE, buildWorkbook } from './workbook.ts';

/** What the copies are made from. */
export interface CopiesInput {
  tables: Record<TableName, Array<Record<string, unknown>>>;
  info: DatasetInfo;
  /** The version's `created` date (ISO), which dates the files so rebuilds are byte-identical. */
  created: string | null;
}

/** Writes every extra copy into `dir`, which already holds the JSON tables; returns the file names written. */
export async function writeCopies(dir: string, input: CopiesInput): Promise<string[]> {
  await writeFile(join(dir, WORKBOOK_FILE), await buildWorkbook(input.tables, input.info.title, input.created));
  await writeFile(join(dir, LICENCE_FILE), licenceText(input.info));
  return [WORKBOOK_FILE, LICENCE_FILE, ...(await writeDuckDb(dir))];
}
