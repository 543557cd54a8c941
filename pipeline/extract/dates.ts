/**
 * Dates as published: one form per column, so that spreadsheets, pandas,
 * R and DuckDB type them without guessing. `published` is the calendar day
 * the page gives (YYYY-MM-DD); `published_at` and `fetched_at` are instants in
 * UTC to the second (YYYY-MM-DDTHH:MM:SSZ).
 */

/** ISO 8601 as the page reader returns it: a date, optionally a time, optionally a zone. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An instant in UTC to the second, or null when the value is not a date-time with a zone. */
export function utcInstant(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Splits a publication date as read from the page into the published day
 * (as the page gives it, never shifted to another zone) and the UTC instant
 * (only when the page gives a time and its zone: a time without a zone is
 * not an instant).
 */
export function publicationDate(value: string | null): { published: string | null; published_at: string | null } {
  const match = value ? ISO_DATE_TIME.exec(value.trim()) : null;
  if (!match) return { published: null, published_at: null };
  return { published: match[1]!, published_at: match[2] ? utcInstant(value) : null };
}
