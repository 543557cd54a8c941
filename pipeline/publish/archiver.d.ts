// Types of the parts of archiver 5 (plain JavaScript, no bundled types) that workbook.ts uses.
declare module 'archiver' {
  import type { Readable, Writable } from 'node:stream';
  /** A zip being written: entries appended in order, then finalized. */
  interface Archive {
    /** Queues an entry: a string or buffer, or a stream read when its turn comes. */
    append(source: string | Buffer | Readable, data: { name: string; date?: Date }): Archive;
    pipe<T extends Writable>(destination: T): T;
    finalize(): Promise<void>;
    abort(): Archive;
    on(event: 'error' | 'warning', listener: (error: Error) => void): Archive;
  }
  export default function archiver(format: 'zip', options?: Record<string, unknown>): Archive;
}
