import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string (UTF-8) or bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A short stable id: a prefix and the first 16 hex digits of the SHA-256 of
 * the parts joined by a unit separator, so ids depend on content, never on
 * run order.
 */
export function stableId(prefix: string, ...parts: Array<string | number | null>): string {
  return `${prefix}_${sha256(parts.map((p) => (p === null ? '' : String(p))).join('\u001f')).slice(0, 16)}`;
}
