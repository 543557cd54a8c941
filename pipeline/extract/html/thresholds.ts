/**
 * Thresholds of the page reader. Data only; each value says where it came
 * from. "dev" means tuned on ../shared/bench-dev (39 real pages, many sites)
 * by looking at the content F1 of the whole set, never at one page.
 */

/**
 * A boilerplate-looking element (by class/id) is kept anyway when it holds at
 * least this many characters of paragraph text with little link text: real
 * article wrappers sometimes carry words like "share" or "meta" in their
 * classes. 1000 characters is about two long news paragraphs (dev).
 */
export const GUARD_TEXT_CHARS = 1000;

/**
 * An element with a weak boilerplate word and a content word in its class
 * ("story-byline", "page-content with-sidebar") is kept only when it holds at
 * least this many characters: bylines, timestamps and author boxes are a line
 * or two; 200 characters ≈ one full sentence more than a byline (dev).
 */
export const WEAK_EXEMPTION_MIN_CHARS = 200;

/** Link density below which a guarded element counts as prose (readability's classic 0.25, dev). */
export const GUARD_MAX_LINK_DENSITY = 0.25;

/**
 * A generic container (step 2) needs this much text to be accepted; below it
 * the container is a teaser or an empty shell. 250 characters ≈ two short
 * news sentences; the shortest dev article body is ~500 characters.
 */
export const CONTAINER_MIN_CHARS = 250;

/** A container whose text is more than this share link text is a list of links, not an article (readability uses 0.5 for cleaning). */
export const CONTAINER_MAX_LINK_DENSITY = 0.5;

/**
 * A container is rejected when the scoring fallback finds a region with this
 * many times more prose: the container then holds only part of the article
 * (a lead, an intro block). 1.5 (dev).
 */
export const CONTAINER_SHORTFALL_RATIO = 1.5;

/** Paragraph-like elements shorter than this do not vote in the scoring fallback (readability's 25). */
export const SCORE_MIN_PARAGRAPH_CHARS = 25;

/** Characters of paragraph text per point of score, capped (readability: 1 point per 100 chars, max 3). */
export const SCORE_CHARS_PER_POINT = 100;
export const SCORE_MAX_LENGTH_POINTS = 3;

/** Share of a paragraph's score given to its grandparent (readability halves it). */
export const SCORE_GRANDPARENT_SHARE = 0.5;

/** Siblings of the best candidate join it when they score at least this share of it (readability's 0.2). */
export const SCORE_SIBLING_SHARE = 0.2;

/** A sibling paragraph joins the best candidate when longer than this with little link text (readability's 80 chars). */
export const SIBLING_PARAGRAPH_MIN_CHARS = 80;

/**
 * Paragraphs of the extracted text that are mostly link text and shorter than
 * this are dropped as link lists ("Read more: …", tag rows). 150 chars (dev).
 */
export const LINK_PARAGRAPH_MAX_CHARS = 150;

/** Link density above which such a short paragraph is a link row (dev). */
export const LINK_PARAGRAPH_MIN_DENSITY = 0.6;

/**
 * Byline and date lines are at most this long: "By Mike Wuerthele and Malcolm
 * Owen Monday, November 18, 2019, 04:05 pm PT" is ~75 characters; 150 leaves
 * room for three authors with roles while staying under a real paragraph (dev).
 */
export const BYLINE_MAX_CHARS = 150;

/** A heading that is a prefix of the title (or the reverse) must be this long to count as the title: shorter ones are generic ("Video"). */
export const TITLE_HEADING_MIN_CHARS = 10;

/** Furniture lines ("Leave a comment", "Sponsored content") are short; longer paragraphs are never compared with the list. */
export const BOILERPLATE_LINE_MAX_CHARS = 40;

/** Captions with a trailing "(credit: …)" are one or two sentences; 300 chars keeps real paragraphs that end with a credit out (dev). */
export const CAPTION_MAX_CHARS = 300;

/** Only the first paragraphs are compared word by word with the title (the headline sits above the text). Three allows a kicker and a date line first. */
export const TITLE_HEADING_WINDOW = 3;

/**
 * Share of a heading's words found in the title (and of the title's words
 * found in the heading) above which the heading is the headline reworded;
 * 0.7 keeps "HS Roundup" / "High School Roundup" together while real
 * sub-headings share a word or two with the title at most (dev).
 */
export const TITLE_HEADING_MIN_OVERLAP = 0.7;

/**
 * A body shorter than this sends the page through the safety net (read again
 * without class-based clean-up). The shortest dev article is ~500 characters;
 * 200 is well under any real article and above a stray caption (dev).
 */
export const RESCUE_BELOW_CHARS = 200;

/**
 * Elements nested deeper than this are flattened to their text right after
 * parsing. Real pages nest 20-60 deep (dev max is well under 100); broken
 * ones with thousands of unclosed inline tags would overflow the recursive
 * walks (Node's stack gives out near 10 000 levels). 256 keeps every real
 * structure (made-up stress test in test/html/read-page.test.ts).
 */
export const MAX_DOM_DEPTH = 256;

/**
 * Open tags nested deeper than this (counted before parsing, see nesting.ts)
 * are dropped: htmlparser2's time grows with depth × tags, and 100,000
 * unclosed inline tags took it about a minute (issue 14). Real pages nest
 * under 100; 1024 is far above any of them and well over MAX_DOM_DEPTH, so
 * the flattening after parsing still decides what real structure is kept.
 */
export const MAX_TAG_NESTING = 1024;

/**
 * Default limit on the decoded HTML read from one page, in characters;
 * the rest of a longer page is cut at a tag boundary and the article says
 * so. The largest of the 39 dev pages is under 1 MB; 10 MB is the issue's
 * "sensible default" (issue 14), far above any news article.
 */
export const MAX_HTML_CHARS = 10_000_000;

/**
 * Default limit on the main text kept from one page, in characters; longer
 * text is cut at a paragraph boundary. The longest main text of ~900 real
 * pages (bench-dev, GUM and PolNeAR train) is ~21,000 characters; 2 MB is
 * the default, about a hundred times that (issue 14).
 */
export const MAX_TEXT_CHARS = 2_000_000;
