/**
 * A table that did not change since the last publish, taken whole from the
 * version that publish wrote (issue 12: one changed page rebuilt in time
 * proportional to the change; a page's change leaves most tables as they
 * were). Built on reuse.ts: each table is a unit `table:<name>` whose files
 * are its JSON and CSV, keyed by the code, the validated table's SHA-256 and
 * how the tables writer grouped its rows; its extra value is what the writer
 * returns of those files (rows, bytes, SHA-256), where the table's sheet is
 * in that publish's workbook, and the table's codebook examples. The
 * workbook is a unit of its own, recorded for the identity of its file only:
 * a sheet is copied from it, as the bytes of its deflate data, only while it
 * is still the file recorded. A table's files are hard links to the
 * published ones, so neither the rows nor the pieces file are read, and the
 * bytes are those a clean build writes (the same table under the same code).
 */
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_TABLES, type ArticleIndex, type ArticleTableName, articleRuns, indexedFileBytes } from '../extract/article-index.ts';
import { sha256 } from '../lib/hash.ts';
import { TABLES, type TableName } from '../lib/schemas.ts';
import type { FieldExamples } from './codebook.ts';
import { type OutputReuse, unchangedSince, unitKey } from './reuse.ts';
import type { DeflatedPiece, EntryPlace } from './zip-pieces.ts';

/** What the tables writer recorded of a table it wrote (the unit's extra value). */
export interface TableMade {
  rows: number;
  json: { bytes: number; sha256: string };
  csv: { bytes: number; sha256: string };
  /** Where its sheet is in the workbook written with it (null when none was). */
  sheet: EntryPlace | null;
  /** The codebook's examples of its fields. */
  examples: Record<string, string>;
}

/** What {@link TableReuse} needs from the publish stage: the record of the last publish, and the validated tables' SHA-256 in TABLES order. */
export interface TableReuseInput {
  reuse: OutputReuse;
  tables: string[];
}

/** The unit of the workbook written with the tables (its sheets are copied from it). */
const WORKBOOK_UNIT = 'tables-workbook';
const unitOf = (table: TableName): string => `table:${table}`;
/** The files of a table's unit, relative to the version folder. */
const filesOf = (table: TableName): string[] => [`${table}.json`, `${table}.csv`];

/** The tables grouped by article whose validated file the article index describes (kept pieces or not: the workbook compresses an article's rows as one piece, so a build from kept pieces gives the bytes of one without). */
export async function groupedByArticle(inDir: string, index: ArticleIndex | null): Promise<Set<TableName>> {
  const grouped = new Set<TableName>();
  if (!index) return grouped;
  for (const table of ARTICLE_TABLES) if ((await fileSize(join(inDir, `${table}.json`))) === indexedFileBytes(index, table)) grouped.add(table);
  return grouped;
}

/** Size of a file in bytes, or -1 when it cannot be read (its reader then says why). */
const fileSize = (file: string): Promise<number> => stat(file).then((s) => s.size, () => -1);

/**
 * How a table's rows are grouped in its pieces (the workbook compresses an
 * article's rows as one piece, so the grouping is part of the sheet's
 * bytes): by article, with each article's row count, or row by row.
 */
export function tableLayout(index: ArticleIndex | null, table: TableName, byArticle: boolean): string {
  if (!byArticle || !index) return 'rows';
  return sha256(articleRuns(index, table as ArticleTableName).map((run) => run.rows).join(','));
}

/** The tables of the last publish that this one may take whole, and what this publish writes, for the next. */
export class TableReuse {
  private readonly keys = new Map<TableName, string>();

  /** `fingerprintHash`: the code's, as the pieces files are made under it. */
  constructor(
    private readonly input: TableReuseInput,
    private readonly fingerprintHash: string,
  ) {}

  /** Sets a table's key from its layout ({@link tableLayout}); call for each table before anything else of it. */
  keyTable(table: TableName, layout: string): void {
    this.keys.set(table, unitKey(this.fingerprintHash, this.input.tables[TABLES.indexOf(table)] ?? null, layout));
  }

  /** The examples the last publish collected from the same tables (a table not there is read again). */
  knownExamples(): Partial<FieldExamples> {
    const known: Partial<FieldExamples> = {};
    for (const table of TABLES) {
      const made = this.lastMade(table);
      if (made) known[table] = made.examples;
    }
    return known;
  }

  /**
   * Links the table's JSON and CSV from the published version into
   * `workDir` when they are those of the same table under the same code and
   * still the files recorded, with its sheet's deflate data when `sheet` (read
   * from the workbook recorded); undefined when the table must be written.
   */
  async take(table: TableName, workDir: string, sheet: boolean): Promise<{ made: TableMade; sheet: DeflatedPiece | null } | undefined> {
    const made = this.lastMade(table);
    if (!made || (sheet && !made.sheet)) return undefined;
    const data = sheet ? await this.lastSheet(made.sheet!) : null;
    if (sheet && !data) return undefined;
    if (!(await this.input.reuse.reuse(unitOf(table), this.keys.get(table)!, workDir))) return undefined;
    return { made, sheet: data };
  }

  /** Records a table this publish wrote or took (its files are in the work folder, published with it). */
  made(table: TableName, made: TableMade): void {
    this.input.reuse.built(unitOf(table), this.keys.get(table)!, filesOf(table), made);
  }

  /** Records the workbook this publish wrote (its sheets' places are in the tables' records). */
  wroteWorkbook(file: string): void {
    this.input.reuse.built(WORKBOOK_UNIT, 'sheets', [file]);
  }

  private lastMade(table: TableName): TableMade | undefined {
    const recorded = this.input.reuse.recorded(unitOf(table)) as { key?: string; extra: TableMade } | undefined;
    const key = this.keys.get(table);
    return key !== undefined && recorded?.key === key ? recorded.extra : undefined;
  }

  /** A sheet's deflate data from the workbook of the last publish, or null when that file is not the one recorded. */
  private async lastSheet(place: EntryPlace): Promise<DeflatedPiece | null> {
    const recorded = this.input.reuse.recorded(WORKBOOK_UNIT);
    const [path, identity] = Object.entries(recorded?.files ?? {})[0] ?? [];
    if (!path || !identity) return null;
    const file = join(this.input.reuse.versionDir, path);
    if (!(await unchangedSince(file, identity))) return null;
    const handle = await open(file, 'r').catch(() => null);
    if (!handle) return null;
    try {
      const data = Buffer.allocUnsafe(place.compressed);
      const { bytesRead } = await handle.read(data, 0, place.compressed, place.at);
      return bytesRead === place.compressed ? { data, crc: place.crc, length: place.length } : null;
    } finally {
      await handle.close();
    }
  }
}
