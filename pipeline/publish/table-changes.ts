/**
 * Which rows of each table differ from the last publish's, as the table
 * writer finds them while it copies the rows' pieces (row-pieces.ts): a row
 * whose pieces the last publish did not write is new or changed; a row of the
 * last publish that no row of this one took is removed or changed. The
 * database patch (duckdb-patch.ts) applies exactly these to a copy of the last
 * version's database instead of loading every table again.
 *
 * The set is only known to be complete when every table's pieces of the last
 * publish were there, and only kept while small (the changed rows' texts are
 * held until the database is patched): past {@link MAX_CHANGED_ROWS} the
 * database is loaded whole, which then costs about as much.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from '../lib/atomic-write.ts';
import type { TableName } from '../lib/schemas.ts';

/**
 * Changed rows (all tables) beyond which the database is loaded whole. An
 * article has tens of rows (about 50 on average on the development pages), so
 * this is a few hundred changed articles, whose texts take a few megabytes.
 */
export const MAX_CHANGED_ROWS = 20_000;

/** A table's rows that differ from the last publish's. */
export interface TableChange {
  /** Rows new or changed: their primary key (JSON array of the key's values) and their validated element. */
  changed: Array<{ key: string; element: Buffer | string }>;
  /** Primary keys (JSON arrays) of the last publish's rows no row of this one is equal to. */
  removed: string[];
}

/** What changed in every table, with the validated tables' digests of the last publish it is relative to. */
export interface ChangeSet {
  since: string[];
  tables: Map<TableName, TableChange>;
}

/** Where a table's changed and removed rows are told (see {@link ChangeCollector.table}). */
export interface TableChangeSink {
  changed: (key: string, element: Buffer | string) => void;
  removed: (key: string) => void;
}

/** Gathers the change set while the tables are written; its {@link result} is null when it is not complete or too large. */
export class ChangeCollector {
  private readonly tables = new Map<TableName, TableChange>();
  private rows = 0;
  private usable: boolean;
  private settle: (value: ChangeSet | null) => void = () => undefined;
  /** The change set once the tables are written (null when it cannot be used). */
  readonly result: Promise<ChangeSet | null>;

  /** `since`: the validated tables' digests of the last publish whose pieces are in place (null when unknown). */
  constructor(private readonly since: string[] | null) {
    this.usable = since !== null;
    this.result = new Promise((resolve) => (this.settle = resolve));
  }

  /** Starts a table; `found` says whether the last publish's pieces of it were there (else nothing is collected). */
  table(table: TableName, found: boolean): TableChangeSink | undefined {
    if (!found) this.giveUp();
    if (!this.usable) return undefined;
    const change: TableChange = { changed: [], removed: [] };
    this.tables.set(table, change);
    const count = () => {
      if ((this.rows += 1) > MAX_CHANGED_ROWS) this.giveUp();
    };
    return {
      changed: (key, element) => {
        if (this.usable) change.changed.push({ key, element: typeof element === 'string' ? element : Buffer.from(element) });
        count();
      },
      removed: (key) => {
        if (this.usable) change.removed.push(key);
        count();
      },
    };
  }

  /** Every table written: the change set is complete. */
  finish(): void {
    this.settle(this.usable ? { since: this.since!, tables: this.tables } : null);
  }

  /** The tables were not all written (an error): there is no change set. */
  fail(): void {
    this.giveUp();
    this.settle(null);
  }

  private giveUp(): void {
    this.usable = false;
    this.tables.clear();
  }
}

/** The file, in the pieces folder, naming the validated tables the pieces there were written from. */
const STAMP = 'pieces-stamp.json';

/** The validated tables' digests the pieces in `dir` were written from, or null (none, or written only in part). */
export async function piecesSince(dir: string): Promise<string[] | null> {
  const stamp = (await readFile(join(dir, STAMP), 'utf8').then(JSON.parse, () => null)) as { tables?: unknown } | null;
  return Array.isArray(stamp?.tables) ? (stamp.tables as string[]) : null;
}

/** Removed before the pieces are rewritten (a kill midway leaves none), written when all are. */
export async function clearPiecesStamp(dir: string): Promise<void> {
  await rm(join(dir, STAMP), { force: true });
}

export async function writePiecesStamp(dir: string, tables: string[]): Promise<void> {
  await writeJsonAtomic(join(dir, STAMP), { tables });
}
