/**
 * The key of a page's cached records. Records are a pure function of the
 * extractor code, the snapshot's bytes, its path, and its manifest entry
 * (the URL and final URL name the article; the charset decodes the bytes;
 * outcome, note, fetch time and licence are carried as provenance), so the
 * key hashes all of them: any change, including putting an edited value
 * back, selects the matching cached records or recomputes them.
 */
import { sha256 } from '../lib/hash.ts';
import type { ManifestEntry } from '../lib/manifest.ts';

/** What a page's records depend on. */
export interface RecordsInputs {
  /** Hash of the extractor code and data. */
  fingerprint: string;
  /** Snapshot path relative to the raw folder. */
  sourceFile: string;
  /** SHA-256 of the snapshot's (inflated) bytes. */
  bytesSha256: string;
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
  return sha256([inputs.fingerprint, inputs.sourceFile, inputs.bytesSha256, canonicalJson(inputs.entry ?? null)].join('\n'));
}
