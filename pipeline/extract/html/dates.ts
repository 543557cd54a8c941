/** ISO 8601 date or date-time with an offset (what we keep as given). */
const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i;
/** ISO 8601 date-time without an offset: only the date is certain. */
const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6})?$/;
/** Year/month(/day) in a URL path: /2022/09/ or /2022/09/01/ or /2022-09-01/. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?:[/-]|$)/;
const EXPLICIT_ZONE = /(?:Z|GMT|UTC|[+-]\d{2}:?\d{2}|\b[ECMP][SD]T)\b/i;

function validDay(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

function withColon(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'Z';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/**
 * Normalises a date string to ISO 8601: a date-time with offset when the
 * source gives a time zone, else the date alone (a time without a zone is
 * ambiguous). Accepts ISO forms, compact 20190920, and what Date.parse reads
 * ("Wed, 20 Nov 2019 10:00:00 GMT", "November 20, 2019"). Null otherwise.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const withOffset = ISO_WITH_OFFSET.exec(text);
  if (withOffset?.[1] && withOffset[2] && withOffset[3]) {
    if (!validDay(withOffset[1])) return null;
    const time = withOffset[2].length === 5 ? `${withOffset[2]}:00` : withOffset[2];
    return `${withOffset[1]}T${time}${withColon(withOffset[3])}`;
  }
  const local = ISO_LOCAL.exec(text);
  if (local?.[1]) return validDay(local[1]) ? local[1] : null;
  const compact = COMPACT_DATE.exec(text);
  if (compact) {
    const day = `${compact[1]}-${compact[2]}-${compact[3]}`;
    return validDay(day) ? day : null;
  }
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  const iso = new Date(parsed).toISOString();
  if (EXPLICIT_ZONE.test(text)) return iso.replace('.000Z', 'Z');
  const local2 = new Date(parsed);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${local2.getFullYear()}-${pad(local2.getMonth() + 1)}-${pad(local2.getDate())}`;
}

/** The date in a URL path (/2022/09/01/ → 2022-09-01, /2022/09/ → 2022-09), or null. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a URL: no path to read a date from.
    return null;
  }
  const match = URL_DATE.exec(path);
  if (!match?.[1] || !match[2]) return null;
  if (!match[3]) return `${match[1]}-${match[2]}`;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  return validDay(day) ? day : null;
}
