/**
 * What extracting a page gives the extract stage: the text of the page's
 * cache file and of its row block (extract/row-blocks.ts), made where the page
 * was extracted (a worker), so the stage's main thread only writes them. It
 * never clones a page's records back from the worker, serialises them, or
 * parses its cache file again to write the tables (issue 12: that was about
 * 2 ms per page on one core, after the pool had finished).
 */
import { type PreparedRecords, TableAssembler } from '../extract/assemble.ts';
import { blockFileText, blockOf } from '../extract/row-blocks.ts';
import { unreadableReason } from '../extract/unreadable.ts';
import type { ManifestEntry } from '../lib/manifest.ts';

/** A page's files, ready to write. */
export interface PageOutput {
  /** The cache file: compact JSON of the records, prepared for the tables, and `unreadable` (extract-stage.ts reads it back). */
  cacheText: string;
  /** The row block file, made with the page's manifest entry (its article row carries the entry's provenance). */
  blockText: string;
  /** Why the page is unreadable (unreadable.ts), or null. */
  unreadable: string | null;
}

/** The files of a page from its prepared records, its bytes as stored and its manifest entry. */
export function pageOutput(records: PreparedRecords, bytes: Buffer, entry: ManifestEntry | undefined): PageOutput {
  const unreadable = unreadableReason(bytes, records.article);
  // The page's rows as the stage's own assembler makes them: it looks the entry up by the article's source file.
  const manifest = new Map(entry ? [[records.article.source_file, entry]] : []);
  const rows = new TableAssembler(manifest).rows(records);
  return {
    cacheText: JSON.stringify({ records, unreadable }),
    blockText: blockFileText(blockOf(records, rows, unreadable)),
    unreadable,
  };
}
