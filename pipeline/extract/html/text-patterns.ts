/**
 * Regular-expression parts shared by several modules of the page reader
 * (dates, bylines, whitespace), compiled or written once here.
 */

/** A run of whitespace (NBSP included). Global: use with replace only. */
export const WHITESPACE_RUN = /\s+/g;

/** English month names and abbreviations, as a pattern source (no groups that capture). */
export const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** English weekday names and abbreviations, as a pattern source. */
export const WEEKDAY_NAMES = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';

/** The word introducing a byline in the languages most news is written in ("By", "Par", "Von", "Por", "Di", "Door"). */
export const BYLINE_WORDS = 'by|par|von|por|di|door';

/** A four-digit year of the web era, as a pattern source. */
export const YEAR_PATTERN = '(?:19|20)\\d{2}';

/** A year standing alone in a text. */
export const YEAR = new RegExp(`\\b${YEAR_PATTERN}\\b`);
