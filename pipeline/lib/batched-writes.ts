/**
 * Bytes gathered in memory and written to a file at a position in batches:
 * one system call per batch instead of one per record or piece (the tables'
 * pieces files and the workbook's zip write many small buffers).
 */
import type { FileHandle } from 'node:fs/promises';

/** Bytes gathered before one write (256 KiB: the size the pieces files and the workbook used before they shared this), unless the caller chooses another. */
export const DEFAULT_WRITE_BATCH = 1 << 18;

/** Buffers gathered for `file` from position `writeAt` on, written in order by {@link flush}. */
export class BatchedWrites {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly file: FileHandle,
    private writeAt: number,
    private readonly batch = DEFAULT_WRITE_BATCH,
  ) {}

  /** Gathers `bytes` (not copied: the caller must not change them before they are written). */
  gather(bytes: Buffer): void {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
  }

  /** Writes what is gathered once it reaches a batch. */
  async flushIfFull(): Promise<void> {
    if (this.pendingBytes >= this.batch) await this.flush();
  }

  /** Writes everything gathered, at the position after the last write. */
  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const chunk = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.file.write(chunk, 0, chunk.length, this.writeAt);
    this.writeAt += chunk.length;
  }
}
