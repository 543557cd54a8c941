/**
 * Quotation marks (data only). Which characters open and close quoted
 * speech, and in which role each may appear. The scanner decides the role of
 * an ambiguous mark from the characters around it.
 */

/** Marks that always open a double-level quotation. */
export const DOUBLE_OPENERS: readonly string[] = ['“', '„', '«', '‟', '「', '『'];

/** Marks that always close a double-level quotation. */
export const DOUBLE_CLOSERS: readonly string[] = ['”', '»', '」', '』'];

/** Straight double quote: opens or closes depending on its neighbours. */
export const STRAIGHT_DOUBLE = '"';

/**
 * Two single marks used as one double mark (‘’ or ’’ or ‘‘), seen in some
 * texts as an opening or closing double quote (e.g. ‘’Now that …” or …said’’).
 */
export const DOUBLED_SINGLES: readonly string[] = ['‘’', '’’', '‘‘', "''"];

/** Single-level marks (used inside double quotes, or on their own in British style). */
export const SINGLE_OPENERS: readonly string[] = ['‘', '‹'];
export const SINGLE_CLOSERS: readonly string[] = ['’', '›'];
export const STRAIGHT_SINGLE = "'";

/** Every character that can start a quotation at the start of a paragraph (multi-paragraph convention). */
export const PARAGRAPH_OPENERS: readonly string[] = ['“', '„', '«', '「', '"', '‘’', "''", '‘‘'];

/** Leading text an excerpt paragraph may carry before its opening mark ("[…] “…"). */
export const ELISION_PREFIX = /^(?:\[(?:…|\.\.\.)\]|…|\.\.\.)\s*/u;
