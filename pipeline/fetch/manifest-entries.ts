import { gunzipSync } from 'node:zlib';
import { detectCharset } from '../lib/charset.ts';
import { sha256 } from '../lib/hash.ts';
import type { ManifestEntry } from '../lib/manifest.ts';
import type { FetchError } from './fetch-error.ts';

/** Content-Encoding values of a gzip body. */
const GZIP_ENCODINGS = new Set(['gzip', 'x-gzip']);

/** True when a response body is gzip (stored as `.html.gz`). */
export function isGzipBody(headers: Record<string, string>): boolean {
  return GZIP_ENCODINGS.has((headers['content-encoding'] ?? '').trim().toLowerCase());
}

/** The charset of stored bytes (a gzip body is inflated, up to `maxBytes`, just to look). */
export function charsetOf(body: Buffer, headers: Record<string, string>, maxBytes: number): string {
  const html = isGzipBody(headers) ? gunzipSync(body, { maxOutputLength: maxBytes }) : body;
  return detectCharset(html, headers['content-type'] ?? null).charset;
}

/** The manifest entry of a freshly fetched snapshot; licence kept from an earlier entry. */
export function fetchedEntry(args: {
  url: string;
  finalUrl: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  charset: string;
  fetchedAt: string;
  previous: ManifestEntry | undefined;
}): ManifestEntry {
  const { headers, previous } = args;
  return {
    url: args.url,
    final_url: args.finalUrl,
    path: args.path,
    outcome: 'fetched',
    reason: null,
    http_status: args.status,
    fetched_at: args.fetchedAt,
    content_type: headers['content-type'] ?? null,
    charset: args.charset,
    bytes: args.body.length,
    sha256: sha256(args.body),
    etag: headers['etag'] ?? null,
    last_modified: headers['last-modified'] ?? null,
    licence: previous?.licence ?? null,
    // A note about a reconstruction no longer applies to a fetched copy.
    note: previous && previous.outcome !== 'reconstructed' ? previous.note : null,
  };
}

/** The entry of a snapshot confirmed by a 304: the earlier entry, with fresher validators. */
export function notModifiedEntry(previous: ManifestEntry, finalUrl: string, headers: Record<string, string>): ManifestEntry {
  return {
    ...previous,
    final_url: finalUrl,
    outcome: 'not_modified',
    reason: null,
    http_status: 304,
    etag: headers['etag'] ?? previous.etag,
    last_modified: headers['last-modified'] ?? previous.last_modified,
  };
}

/** The entry of a URL that has no snapshot after a skip or failure. */
export function problemEntry(url: string, error: FetchError, fetchedAt: string, previous: ManifestEntry | undefined): ManifestEntry {
  return {
    url,
    final_url: null,
    path: null,
    outcome: error.outcome,
    reason: error.reason,
    http_status: error.status,
    fetched_at: fetchedAt,
    content_type: null,
    charset: null,
    bytes: null,
    sha256: null,
    etag: null,
    last_modified: null,
    licence: previous?.licence ?? null,
    note: previous?.note ?? null,
  };
}
