/**
 * Control characters out of every published value. A NUL, an escape
 * sequence or a right-to-left override copied from a page can corrupt a
 * workbook (XML forbids most C0 controls), garble a terminal, or make a cell
 * read backwards (U+202E). Each one is replaced by U+FFFD, one code point for
 * one, so every offset into the article text still holds. Done once, when the
 * tables are assembled, so the CSV, JSON, workbook and database copies agree.
 */

/**
 * What is replaced: C0 controls but tab and line feed, DEL, C1 controls, and
 * the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069). The bidi marks (U+200E, U+200F, U+061C) stay: right-to-left
 * text needs them and they reorder nothing beyond themselves.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** What each control character becomes. */
export const CONTROL_REPLACEMENT = '\uFFFD';

/** A string with every {@link CONTROL_CHARS} replaced by U+FFFD (same length in code points). */
export function replaceControls(value: string): string {
  return value.replace(CONTROL_CHARS, CONTROL_REPLACEMENT);
}

/** A copy of a row whose strings, and strings inside arrays, have their control characters replaced. */
export function withoutControls<T extends object>(row: T): T {
  const clean = (v: unknown): unknown =>
    typeof v === 'string' ? replaceControls(v) : Array.isArray(v) ? v.map(clean) : v;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, clean(v)])) as T;
}
