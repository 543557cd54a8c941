/**
 * Data for the page reader: which elements are boilerplate, which elements
 * hold an article body, which blocks split paragraphs. Data only; the code
 * that uses it is in clean.ts, main-text.ts and paragraphs.ts.
 */

/** Elements never part of an article's text (scripts, chrome, forms, embeds). */
export const BOILERPLATE_TAGS = [
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'nav', 'footer', 'aside', 'button', 'select', 'input', 'textarea', 'figcaption', 'link', 'meta',
];

/**
 * Chrome elements that some sites wrap around the whole page (ASP.NET's page
 * <form>, a <header> holding the lead): removed unless they hold much prose.
 */
export const GUARDED_BOILERPLATE_TAGS = ['form', 'header'];

/** ARIA landmark roles of page chrome (navigation, site header and footer, sidebars, search, dialogs). */
export const BOILERPLATE_ROLES = [
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'tablist', 'button',
];

/**
 * Words which, as one whole part of a class or id (split on spaces, "-",
 * "_" and camelCase), mark boilerplate: share bars, related stories,
 * newsletter prompts, comments, ads, captions. Matched whole so "ad" does not
 * hit "header" or "read".
 */
export const BOILERPLATE_CLASS_WORDS = [
  'share', 'sharing', 'sharebar', 'social', 'socials', 'related', 'recommended', 'recommendations', 'newsletter',
  'newsletters', 'subscribe', 'subscription', 'signup', 'comment', 'comments', 'disqus', 'advert', 'advertisement',
  'ad', 'ads', 'adsbygoogle', 'adslot', 'dfp', 'sponsor', 'sponsored', 'promo', 'promoted', 'breadcrumb',
  'breadcrumbs', 'cookie', 'cookies', 'consent', 'popup', 'modal', 'caption', 'captions', 'outbrain', 'taboola',
  'trending', 'popular', 'paywall', 'login', 'sharedaddy', 'jetpack', 'likes',
  // Cards that pop up over a linked name or author (issue 9: their bios leaked into the text and the actors).
  'hovercard', 'tooltip', 'popover', 'flyout',
];

/**
 * Weaker boilerplate words: page furniture that is also used as a modifier
 * on content wrappers ("page-content with-sidebar", "post-meta"). They mark
 * boilerplate unless a {@link CONTENT_CLASS_WORDS} word is present too and
 * the element holds more than a line of text (readability's "maybe it's a
 * candidate" exemption, narrowed so "story-byline" still goes).
 */
export const WEAK_BOILERPLATE_CLASS_WORDS = [
  'sidebar', 'widget', 'widgets', 'credit', 'credits', 'byline', 'tags', 'tagcloud', 'taglist', 'pagination', 'pager',
  'print', 'masthead', 'toolbar', 'menu', 'navbar', 'nav', 'navigation', 'footer', 'skip', 'hidden', 'sr',
  'visuallyhidden', 'offscreen', 'author', 'bio', 'most', 'more', 'next', 'prev', 'previous', 'banner', 'meta',
  'timestamp', 'dateline', 'toc', 'rating', 'follow', 'video', 'gallery', 'slideshow', 'carousel', 'photo',
  'image', 'img', 'figure',
  // A site's slogan (issue 9); weak because a standfirst is sometimes classed "article-tagline" and runs over a line.
  'tagline', 'slogan',
];

/** Words of content wrappers that exempt an element from the weak boilerplate words. */
export const CONTENT_CLASS_WORDS = ['article', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'blog', 'column'];

/** CSS selectors of a China Digital Times (WordPress) post body, most specific first. */
export const CDT_BODY_SELECTORS = ['.post-content', '.entry-content', 'article .content', '#content article'];

/** Host names of China Digital Times (English and Chinese editions). */
export const CDT_HOSTS = /(^|\.)chinadigitaltimes\.net$/i;

/**
 * Generic article-body containers, in the order tried: explicit markup
 * (schema.org articleBody), the common CMS body classes, then the HTML5
 * sectioning elements.
 */
export const ARTICLE_CONTAINER_SELECTORS = [
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-content',
  '.article-body',
  '.article__body',
  '.articleBody',
  '.article-content',
  '.article__content',
  '.story-body',
  '.story-content',
  '.post-body',
  '.c-entry-content',
  '#article-body',
  '#articleBody',
  'article',
  '[role="main"]',
  'main',
];

/** Container selectors naming sectioning elements: one page has many (teasers), so only the fullest one is read. */
export const SECTIONING_SELECTORS = new Set(['article', '[role="main"]', 'main']);

/** Elements that start a new paragraph (everything else is inline and joins the running paragraph). */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'ul', 'caption', 'html',
]);

/** Heading elements (paragraph kind "heading"). */
export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** List-item-like elements (paragraph kind "li"). */
export const LIST_ITEM_TAGS = new Set(['li', 'dt', 'dd']);

/**
 * Block elements whose own inline text votes in the scoring fallback. List
 * items, headings and quotes do not: tickers and link lists are made of long
 * list items, and quotes belong to the paragraphs around them.
 */
export const SCORED_UNIT_TAGS = new Set(['p', 'pre', 'td', 'div', 'section', 'article', 'main', 'center', 'font']);

/**
 * Whole paragraphs that are page furniture when they stand alone (compared
 * lowercased, digits and trailing punctuation removed): comment counters,
 * share prompts, section labels of related-story boxes.
 */
export const BOILERPLATE_LINES = new Set([
  'comments', 'comment', 'leave a comment', 'leave a reply', 'add a comment', 'join the conversation',
  'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'like this',
  'like loading', 'related', 'related articles', 'related posts', 'related stories', 'related content', 'read more',
  'read next', 'more', 'more on this', 'more stories', 'see also', 'advertisement', 'advertising', 'sponsored',
  'sponsored content', 'tags', 'print', 'email', 'back to top', 'subscribe', 'sign up', 'follow us',
]);
