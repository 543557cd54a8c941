/**
 * What the extract stage tells the user to do about each kind of warning an
 * article carries (moved out of extract-stage.ts, which re-exports it).
 */

/**
 * What to do about each kind of article warning, tried in order (the
 * warnings are written in html/limits.ts, html/read-page.ts and
 * html/main-text.ts); the last entry matches any other warning.
 */
const WARNING_HINTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/limit maxHtmlChars/, 'the page was cut, the rest of it is not in the article; raise --max-html-chars if the page is genuine'],
  [/limit maxTextChars/, 'the main text was cut, later paragraphs are not in the article; raise --max-text-chars if the page is genuine'],
  [/nested deeper than/, 'the markup is broken; text inside the dropped tags may be missing: check the page'],
  [/^metadata could not be read/, 'the text was kept but title, date and authors may be missing: check the page\'s metadata (JSON-LD, meta tags)'],
  [/^page reader failed/, 'the page could not be read: check it, and report the page if it looks ordinary'],
  [/without class-based boilerplate filtering/, 'the text may include menus or footers: check the page'],
  [/^(no main text found|main text is very short)/, 'check the page; its article has no or little text'],
  [/(?:)/, 'check the page'],
];

/** The hint for an article warning. */
export function warningHint(warning: string): string {
  return WARNING_HINTS.find(([pattern]) => pattern.test(warning))![1];
}
