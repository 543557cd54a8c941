/**
 * What validate remembers of whole articles between builds (issue 12: one
 * changed page rebuilt in time proportional to the change). When the tables
 * come with the extract stage's article index (extract/article-index.ts), an
 * article whose digest was found valid at the last build, under the same code
 * and schemas, is taken as it is: its rows are neither hashed, parsed nor
 * checked, and only their primary keys' digests, remembered here in row
 * order, go into the table's key set (so a duplicate key across articles is
 * still found). Only the rows of new or changed articles are checked (row by
 * row, with the row memo of row-memo.ts).
 *
 * An entry is one table's rows of one article: the key digests of its rows
 * (16 bytes each). Saved as a header (SHA-256 of what it was made under), then
 * per entry: the table's position in TABLES (u32), the article digest (16
 * bytes), the row count (u32) and the key digests. An unreadable file or one
 * made under other code counts as empty (every row is checked).
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { sha256 } from '../lib/hash.ts';
import { TABLES, type TableName } from '../lib/schemas.ts';

const HEADER_BYTES = 32;
const DIGEST_BYTES = 16;

/** The key digests of each article's rows, by table and article digest. */
export class ArticleMemo {
  private readonly entries = new Map<string, Buffer>();

  private static key(table: TableName, digest: string): string {
    return `${table}:${digest}`;
  }

  /** Articles' tables remembered. */
  get size(): number {
    return this.entries.size;
  }

  /** The key digests (16 bytes a row, in row order) of an article's rows in a table, when remembered with exactly `rows` rows. */
  get(table: TableName, digest: string, rows: number): Buffer | undefined {
    const keys = this.entries.get(ArticleMemo.key(table, digest));
    return keys && keys.length === rows * DIGEST_BYTES ? keys : undefined;
  }

  /** Remembers an article's rows in a table, all valid and as the writer gives them, by their key digests. */
  set(table: TableName, digest: string, keys: Buffer): void {
    this.entries.set(ArticleMemo.key(table, digest), keys);
  }

  /** Reads a memo saved under `fingerprint`; empty when absent, unreadable, cut short or made under other code. */
  static async load(file: string, fingerprint: string): Promise<ArticleMemo> {
    const memo = new ArticleMemo();
    const bytes = await readFile(file).catch(() => null);
    if (!bytes || bytes.length < HEADER_BYTES || bytes.subarray(0, HEADER_BYTES).toString('hex') !== sha256(fingerprint)) return memo;
    const found = new ArticleMemo();
    let at = HEADER_BYTES;
    const damaged = () => {
      // Said, not silent: every row is then checked, as in a first build (nothing lost but time).
      console.error(`validate: the memo of valid articles ${file} is cut short or damaged; every row is checked`);
      return memo;
    };
    while (at < bytes.length) {
      if (at + 4 + DIGEST_BYTES + 4 > bytes.length) return damaged();
      const table = TABLES[bytes.readUInt32LE(at)];
      const digest = bytes.toString('hex', at + 4, at + 4 + DIGEST_BYTES);
      const rows = bytes.readUInt32LE(at + 4 + DIGEST_BYTES);
      const start = at + 8 + DIGEST_BYTES;
      at = start + rows * DIGEST_BYTES;
      if (!table || at > bytes.length) return damaged();
      found.set(table, digest, Buffer.from(bytes.subarray(start, at)));
    }
    return found;
  }

  /** Saves the memo (temporary file, then renamed) under `fingerprint`. */
  async save(file: string, fingerprint: string): Promise<void> {
    const parts: Buffer[] = [Buffer.from(sha256(fingerprint), 'hex')];
    for (const [name, keys] of this.entries) {
      const cut = name.indexOf(':');
      const head = Buffer.alloc(8 + DIGEST_BYTES);
      head.writeUInt32LE(TABLES.indexOf(name.slice(0, cut) as TableName), 0);
      head.write(name.slice(cut + 1), 4, 'hex');
      head.writeUInt32LE(keys.length / DIGEST_BYTES, 4 + DIGEST_BYTES);
      parts.push(head, keys);
    }
    await writeFileAtomic(file, Buffer.concat(parts));
  }
}
