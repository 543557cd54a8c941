import { MONTH_NAMES, YEAR_PATTERN } from './text-patterns.ts';
/** ISO 8601 date or date-time with an offset (what we keep as given). */
const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i;
/** ISO 8601 date-time without an offset: only the date is certain. */
const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6})?$/;
/** Year/month(/day) in a URL path: /2022/09/ or /2022/09/01/ or /2022-09-01/. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?:[/-]|$)/;
/** Earliest publication year accepted: before the web, a date is a CMS placeholder such as 0001-01-01. */
const EARLIEST_YEAR = 1990;
/** Latest publication year accepted (far-future dates are placeholders too). */
const LATEST_YEAR = 2100;
const EXPLICIT_ZONE = /(?:Z|GMT|UTC|[+-]\d{2}:?\d{2}|\b[ECMP][SD]T)\b/i;

/** True for a real calendar day within the years news pages can carry (see EARLIEST_YEAR). */
function validDay(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(date)) return false;
  const year = parsed.getUTCFullYear();
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
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
  const year = new Date(parsed).getUTCFullYear();
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  const iso = new Date(parsed).toISOString();
  if (EXPLICIT_ZONE.test(text)) return iso.replace('.000Z', 'Z');
  const local2 = new Date(parsed);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${local2.getFullYear()}-${pad(local2.getMonth() + 1)}-${pad(local2.getDate())}`;
}

/**
 * The date in a URL path (/2022/09/01/ → 2022-09-01), or null. A year and
 * month alone (/2022/09/) give null: the articles schema wants a full date,
 * and the first of the month would be made up.
 */
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
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  return validDay(day) ? day : null;
}

/** "Nov 19, 2019", "November 19 2019", "19 November 2019", "2019-11-19", "19/11/2019", "2016.12.01" inside longer text. */
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(${YEAR_PATTERN})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(${MONTH_NAMES})\\.?,?\\s+(${YEAR_PATTERN})\\b`, 'i');
const YMD_IN_TEXT = /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const NUMERIC_DMY = /\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b/;
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDay(year: string, month: number, day: number): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return validDay(iso) ? iso : null;
}

function monthNumber(name: string): number {
  return MONTH_INDEX.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Finds a calendar date inside visible text ("Published 7:07 PM EST Nov 19,
 * 2019", "18 November 2019", "05/10/2018"). English month names and numeric
 * forms; an all-numeric d/m/y is read day-first unless `monthFirst` (US
 * pages) or unless only the other order gives a real date. Null when none.
 */
export function dateFromText(text: string, monthFirst: boolean): string | null {
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy?.[1] && mdy[2] && mdy[3]) return isoDay(mdy[3], monthNumber(mdy[1]), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy?.[1] && dmy[2] && dmy[3]) return isoDay(dmy[3], monthNumber(dmy[2]), Number(dmy[1]));
  const ymd = YMD_IN_TEXT.exec(text);
  if (ymd?.[1] && ymd[2] && ymd[3]) return isoDay(ymd[1], Number(ymd[2]), Number(ymd[3]));
  const numeric = NUMERIC_DMY.exec(text);
  if (numeric?.[1] && numeric[2] && numeric[3]) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    const preferred = monthFirst ? isoDay(numeric[3], first, second) : isoDay(numeric[3], second, first);
    return preferred ?? (monthFirst ? isoDay(numeric[3], second, first) : isoDay(numeric[3], first, second));
  }
  return null;
}
