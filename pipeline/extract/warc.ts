/**
 * Web-archive input: the HTML responses of WARC files (Common Crawl,
 * Internet Archive, Browsertrix), read with warcio. Each HTML response record
 * is a snapshot of its own, `<file>#<offset>`, with a manifest entry built
 * from the record: its URL, its fetch date, its content type and its payload
 * digest as provenance. Other records (requests, metadata, images, scripts)
 * are counted and passed over.
 */
import { createReadStream } from 'node:fs';
import { PipelineError } from '../lib/errors.ts';
import type { ManifestEntry } from '../lib/manifest.ts';
import type { SnapshotFile } from './snapshots.ts';

/** warcio, loaded when a WARC file is read: a build of plain pages never loads it (issue 12: the CLI's start-up). */
const warcio = () => import('warcio');

/** A WARC file (`.warc`, `.warc.gz`). */
export const WARC_FILE = /\.warc(\.gz)?$/i;
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const WARC_VERSION = /^WARC\/\d/;
/** Separates a WARC file's path from a record's offset in a snapshot's path. */
export const WARC_OFFSET_MARK = '#';

/** An HTML response found in a WARC file. */
export interface WarcRecordRef {
  /** Byte offset of the record in the file (gzip member start in a .warc.gz). */
  offset: number;
  entry: ManifestEntry;
}

/** The HTML responses of a WARC file and the number of other records passed over. */
export async function warcHtmlRecords(path: string, relative: string): Promise<{ records: WarcRecordRef[]; skipped: number }> {
  const records: WarcRecordRef[] = [];
  let skipped = 0;
  try {
    const { WARCParser } = await warcio();
    const parser = new WARCParser(createReadStream(path));
    for await (const record of parser) {
      if (!WARC_VERSION.test(record.warcHeaders.statusline)) throw new Error(`a record starts with '${record.warcHeaders.statusline.slice(0, 40)}', not WARC/1.x`);
      const contentType = record.httpHeaders?.headers.get('content-type') ?? null;
      if (record.warcType !== 'response' || !contentType || !HTML_TYPE.test(contentType) || !record.warcTargetURI) {
        skipped += 1;
        continue;
      }
      const status = Number(record.httpHeaders?.statusCode) || null;
      records.push({
        offset: parser.offset,
        entry: {
          url: record.warcTargetURI,
          final_url: null,
          path: `${relative}${WARC_OFFSET_MARK}${parser.offset}`,
          outcome: 'fetched',
          reason: null,
          http_status: status,
          fetched_at: record.warcDate ?? null,
          content_type: contentType,
          charset: null, // the page's own declaration or the Content-Type's charset, as for any snapshot
          bytes: null,
          sha256: null,
          etag: record.httpHeaders?.headers.get('etag') ?? null,
          last_modified: record.httpHeaders?.headers.get('last-modified') ?? null,
          licence: null,
          note: `WARC record ${record.warcHeaders.headers.get('WARC-Record-ID') ?? '(no id)'} in ${relative}, payload digest ${record.warcPayloadDigest ?? 'none'}`,
        },
      });
    }
  } catch (error) {
    throw new PipelineError('extract', 'cannot read the WARC file', { file: path, cause: error });
  }
  return { records, skipped };
}

/**
 * Replaces each WARC file of a listing by the HTML responses it holds; returns
 * the snapshots, the manifest entries of the WARC records,
 * and a warning per WARC file counting the records passed over.
 */
export async function expandWarcs(files: SnapshotFile[]): Promise<{
  snapshots: SnapshotFile[];
  entries: ManifestEntry[];
  skipped: Array<{ file: string; count: number }>;
  problems: Array<{ file: string; reason: string; hint: string }>;
}> {
  const snapshots: SnapshotFile[] = [];
  const entries: ManifestEntry[] = [];
  const skipped: Array<{ file: string; count: number }> = [];
  const problems: Array<{ file: string; reason: string; hint: string }> = [];
  for (const file of files) {
    if (!WARC_FILE.test(file.relative)) {
      snapshots.push(file);
      continue;
    }
    let found;
    try {
      found = await warcHtmlRecords(file.path, file.relative);
    } catch (error) {
      problems.push({ file: file.path, reason: (error as Error).message, hint: 'the file was passed over; check that it is a WARC (or gzipped WARC) file' });
      continue;
    }
    for (const r of found.records) {
      snapshots.push({ path: file.path, relative: r.entry.path!, warcOffset: r.offset });
      entries.push(r.entry);
    }
    if (found.skipped > 0) skipped.push({ file: file.path, count: found.skipped });
  }
  // Files stay in path order, records in file order.
  return { snapshots, entries, skipped, problems };
}

/** The HTTP payload (dechunked, content-decoded) of the record at `offset`, refused above `maxBytes`. */
export async function readWarcPayload(path: string, offset: number, maxBytes: number): Promise<Buffer> {
  const { WARCParser } = await warcio();
  const record = await WARCParser.parse(createReadStream(path, { start: offset }));
  if (!record) throw new PipelineError('extract', `no WARC record at offset ${offset}`, { file: path, hint: 'the WARC file changed while it was read; rebuild' });
  const length = Number(record.warcHeaders.headers.get('Content-Length'));
  if (length > maxBytes) {
    throw new PipelineError('extract', `the WARC record holds ${length} bytes, more than the limit of ${maxBytes} bytes (maxSnapshotBytes); the page was not read`, {
      file: `${path}${WARC_OFFSET_MARK}${offset}`,
    });
  }
  return Buffer.from(await record.readFully(true));
}
