/**
 * A snapshot's bytes to text. Apart from snapshots.ts (listing and reading
 * files), so that the main thread, which lists and reads pages but extracts
 * none of them when it has workers, never loads iconv-lite and
 * whatwg-encoding (issue 12: the CLI's start-up in a one-page rebuild).
 */
import { decodeHtml, detectCharset } from '../lib/charset.ts';
import type { ManifestEntry } from '../lib/manifest.ts';

/** Decodes snapshot bytes with the manifest's charset when it has one, else the page's own declaration. */
export function decodeSnapshot(bytes: Buffer, entry: Pick<ManifestEntry, 'charset' | 'content_type'> | undefined): string {
  const charset = entry?.charset ?? detectCharset(bytes, entry?.content_type).charset;
  return decodeHtml(bytes, charset);
}
