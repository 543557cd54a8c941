/**
 * The key of a page's cached records. Records are a pure function of the
 * extractor code, the snapshot's bytes, its path, and its manifest entry
 * (the URL and final URL name the article; the charset decodes the bytes;
 * outcome, note, fetch time and licence are carried as provenance), so the
 * key hashes all of them: any change, including putting an edited value
 * back, selects the matching cached records or recomputes them. The size
 * limits of a page change what is read and kept, so they count too.
 *
 * The bytes are named by the SHA-256 of the file as stored (the raw folder's
 * listing already has it, see listing.ts), so a rebuild finds an unchanged
 * page's records without reading or gunzipping the page; a WARC record,
 * which has no file of its own, is named by the SHA-256 of its payload.
 */
import { sha256 } from '../lib/hash.ts';
import type { ManifestEntry } from '../lib/manifest.ts';

/** What a page's records depend on. */
export interface RecordsInputs {
  /** Hash of the extractor code and data. */
  fingerprint: string;
  /** Snapshot path relative to the raw folder. */
  sourceFile: string;
  /** SHA-256 of the snapshot file as stored (gzipped or not), or of a WARC record's payload. */
  bytesSha256: string;
  /** The size limits in force (snapshot bytes, HTML and text characters, nesting): any value, compared as canonical JSON. */
  limits?: unknown;
  /** The snapshot's manifest entry, if any: every field counts. */
  entry: ManifestEntry | undefined;
}

/** JSON with object keys sorted at every level, so equal values give equal text whatever the key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The cache key (hex SHA-256) of a page's records. */
export function recordsCacheKey(inputs: RecordsInputs): string {
  return sha256([inputs.fingerprint, inputs.sourceFile, inputs.bytesSha256, canonicalJson(inputs.entry ?? null), canonicalJson(inputs.limits ?? null)].join('\n'));
}
