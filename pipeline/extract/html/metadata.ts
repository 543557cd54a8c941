import type { CheerioAPI } from 'cheerio/slim';
import { collapseWhitespace } from '../body.ts';
import type { MetaSource, PageMetadata } from '../types.ts';
import { cleanAuthors } from './authors.ts';
import { decodeEntities } from './entities.ts';
import { dateFromText, dateFromUrl, normalizeDate } from './dates.ts';
import { isElement, spacedText } from './dom.ts';
import { BYLINE_MAX_CHARS } from './thresholds.ts';
import { articleNode, authorNames, jsonLdNodes, stringField, type JsonLdNode } from './json-ld.ts';
import { closest, selectAll, selectFirst } from './query.ts';
import { hostOf, normalizeUrl } from './url.ts';

/** Meta tags (name or property) holding the publication date, most specific first. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'article.published', 'datepublished', 'date', 'dc.date',
  'dc.date.issued', 'dcterms.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'pub_date', 'article_date_original', 'original-publish-date', 'cxenseparse:recs:publishtime',
  'citation_publication_date', 'release_date', 'displaydate', 'created', 'og:published_time',
];
/** Meta tags holding author names. */
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'citation_author', 'twitter:creator'];
/** Elements holding a byline, most specific first. */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[rel="author"]', '.byline__name', '.author-name',
  '.byline', '.article-byline', '.author', '.by-author', '.post-author', '[class*="byline"]', '[class*="author__name"]',
  '[class*="author-name"]', '[class*="AuthorName"]', 'a[href*="/author/"]',
];
/** Byline elements are read from at most this many matches per selector. */
const BYLINE_ELEMENTS_PER_SELECTOR = 3;
/** Only the start of a date element's text is searched (long ones are paragraphs, not datelines). */
const DATE_TEXT_MAX_CHARS = 200;
/** Page languages that write numeric dates month first (en-US). */
const MONTH_FIRST_LOCALE = /^en-us$/i;
/** Public suffix part of a host, dropped to compare the site's own name with authors. */
const HOST_SUFFIX = /\.[a-z]{2,3}(?:\.[a-z]{2})?$/i;
/** A separator between a title and the site name (" | ", " - ", " – ", " : "…). */
const TRAILING_SEPARATOR = /\s*[|–—·:»-]\s*$/;
const LEADING_SEPARATOR = /^\s*[|–—·:»-]\s*/;
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_]|$)/i;

/** Meta tag contents by lowercased name/property/itemprop (first occurrence wins), read once per document. */
const metaCache = new WeakMap<CheerioAPI, Map<string, string>>();

function metaTags($: CheerioAPI): Map<string, string> {
  const cached = metaCache.get($);
  if (cached) return cached;
  const tags = new Map<string, string>();
  for (const element of selectAll($, 'meta')) {
    const key = (element.attribs['property'] ?? element.attribs['name'] ?? element.attribs['itemprop'] ?? '').toLowerCase();
    const content = element.attribs['content'];
    if (key && content && content.trim() && !tags.has(key)) tags.set(key, decodeEntities(content.trim()));
  }
  metaCache.set($, tags);
  return tags;
}

/** First value found among meta tags with one of these names or properties (case-insensitive). */
function metaContent($: CheerioAPI, names: string[]): string | null {
  const tags = metaTags($);
  for (const name of names) {
    const value = tags.get(name);
    if (value) return value;
  }
  return null;
}

/** A value with where it came from. */
interface Sourced<T> {
  value: T;
  source: MetaSource;
}

/** The first accepted candidate; candidates are functions so later (costlier) sources are read only when needed. */
function firstOf<T>(candidates: Array<[() => T | null | undefined, MetaSource]>, accept: (value: T) => boolean): Sourced<T> | null {
  for (const [read, source] of candidates) {
    const value = read();
    if (value !== null && value !== undefined && accept(value)) return { value, source };
  }
  return null;
}

/** Drops the site's name when a title carries it after (or before) a separator: "Story - Site" → "Story". */
function withoutSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const lower = title.toLowerCase();
  const site = siteName.toLowerCase();
  if (lower.endsWith(site)) {
    const rest = title.slice(0, title.length - siteName.length);
    const stripped = rest.replace(TRAILING_SEPARATOR, '');
    if (stripped !== rest && stripped.length > 0) return stripped;
  }
  if (lower.startsWith(site)) {
    const rest = title.slice(siteName.length);
    const stripped = rest.replace(LEADING_SEPARATOR, '');
    if (stripped !== rest && stripped.length > 0) return stripped;
  }
  return title;
}

/** Text of the first element matching `selector` (`$(selector).first().text()`). */
function firstText($: CheerioAPI, selector: string): string {
  const element = selectFirst($, selector);
  return element ? $(element).text() : '';
}

/** An attribute of the first element matching `selector` (`$(selector).attr(name)`). */
function firstAttribute($: CheerioAPI, selector: string, name: string): string | undefined {
  return selectFirst($, selector)?.attribs[name];
}

function readTitle($: CheerioAPI, article: JsonLdNode | null, siteName: string | null): Sourced<string> | null {
  const clean = (value: string | null): string | null => (value === null ? null : withoutSiteName(collapseWhitespace(value), siteName));
  return firstOf<string>(
    [
      [() => clean(stringField(article, 'headline')), 'json-ld'],
      [() => clean(metaContent($, ['og:title', 'twitter:title'])), 'opengraph'],
      [() => clean(metaContent($, ['title', 'dc.title', 'headline', 'sailthru.title', 'parsely-title'])), 'meta'],
      [() => clean(firstText($, 'h1')), 'html'],
      [() => clean(firstText($, 'title')), 'title-tag'],
    ],
    (value) => value.length > 0,
  );
}

/** Visible date elements: <time>, then elements whose class/id/itemprop names a publication date. */
const DATE_ELEMENT_SELECTORS = [
  'time[datetime]', 'time', '[itemprop="datePublished"]', '[class*="publish"]', '[class*="date"]', '[id*="date"]',
  '[class*="time"]',
];
/** Dates in visible elements are read from at most this many elements per selector (pages list related stories' dates too). */
const DATE_ELEMENTS_PER_SELECTOR = 3;

/** A date from visible page elements (time, .date, .publish-date…), or null. */
function dateFromElements($: CheerioAPI, monthFirst: boolean): string | null {
  for (const selector of DATE_ELEMENT_SELECTORS) {
    for (const element of selectAll($, selector, DATE_ELEMENTS_PER_SELECTOR)) {
      if (!isElement(element)) continue;
      const attribute = element.attribs['datetime'] ?? element.attribs['content'];
      const value = normalizeDate(attribute) ?? dateFromText(spacedText(element).slice(0, DATE_TEXT_MAX_CHARS), monthFirst);
      if (value) return value;
    }
  }
  return null;
}

function readPublished($: CheerioAPI, article: JsonLdNode | null, urls: Array<string | null>, monthFirst: boolean, byline: () => string | null): Sourced<string> | null {
  const fromHead = firstOf<string>(
    [
      [() => normalizeDate(stringField(article, 'datePublished') ?? stringField(article, 'dateCreated')), 'json-ld'],
      [() => normalizeDate(metaContent($, ['article:published_time', 'og:article:published_time', 'og:published_time'])), 'opengraph'],
      [() => normalizeDate(metaContent($, DATE_META)), 'meta'],
    ],
    () => true,
  );
  if (fromHead) return fromHead;
  for (const url of urls) {
    const value = dateFromUrl(url);
    if (value) return { value, source: 'url' };
  }
  const line = byline();
  const fromByline = line ? dateFromText(line, monthFirst) : null;
  if (fromByline) return { value: fromByline, source: 'byline' };
  const fromElements = dateFromElements($, monthFirst);
  return fromElements ? { value: fromElements, source: 'html' } : null;
}

/** Byline texts of the first byline element that yields names (never inside a comment section), else of a "By <Name>" line opening the text. */
function bylineAuthors($: CheerioAPI, siteNames: string[], byline: () => string | null): string[] {
  for (const selector of BYLINE_SELECTORS) {
    for (const element of selectAll($, selector, BYLINE_ELEMENTS_PER_SELECTOR)) {
      if (closest(element, COMMENT_SECTION)) continue; // a commenter is not the author
      const text = spacedText(element);
      if (text.length > BYLINE_MAX_CHARS) continue;
      const names = cleanAuthors([text], siteNames);
      if (names.length > 0) return names;
    }
  }
  const line = byline();
  return line ? cleanAuthors([line], siteNames) : [];
}

/** Containers of reader comments: their "author" elements name commenters. */
const COMMENT_SECTION = '[id*="comment" i], [class*="comment" i], [id="respond"], [class*="disqus" i], [id*="disqus" i]';
/** A short line that opens with "By" and a capitalised name ("By Dana Whitfield on Monday, March 2nd, 2020"). */
const BYLINE_LINE = /^by\s+\p{Lu}/iu;
/** How many leading paragraphs of the article a "By …" line is looked for in. */
const BYLINE_LINE_SEARCH = 6;

/** The text of a "By <Name> …" line among the first paragraphs of the article (outside comments), or null. */
function bylineLine($: CheerioAPI): string | null {
  for (const element of selectAll($, 'article p, main p, article div, body > p', BYLINE_LINE_SEARCH)) {
    if (closest(element, COMMENT_SECTION)) continue;
    const text = spacedText(element);
    if (text.length <= BYLINE_MAX_CHARS && BYLINE_LINE.test(text)) return text;
  }
  return null;
}

function readAuthors($: CheerioAPI, article: JsonLdNode | null, nodes: JsonLdNode[], siteNames: string[], byline: () => string | null): Sourced<string[]> | null {
  const fromLd = cleanAuthors(authorNames(article, nodes), siteNames);
  if (fromLd.length > 0) return { value: fromLd, source: 'json-ld' };
  const metaValue = metaContent($, AUTHOR_META);
  const fromMeta = metaValue ? cleanAuthors([metaValue], siteNames) : [];
  if (fromMeta.length > 0) return { value: fromMeta, source: 'meta' };
  const fromByline = bylineAuthors($, siteNames, byline);
  return fromByline.length > 0 ? { value: fromByline, source: 'byline' } : null;
}

function readLanguage($: CheerioAPI, article: JsonLdNode | null, nodes: JsonLdNode[]): string | null {
  const raw =
    firstAttribute($, 'html', 'lang') ??
    stringField(article, 'inLanguage') ??
    nodes.map((node) => stringField(node, 'inLanguage')).find((value) => value !== null) ??
    metaContent($, ['og:locale', 'content-language', 'language', 'dc.language']) ??
    firstAttribute($, 'meta[http-equiv="content-language" i]', 'content') ??
    null;
  const match = raw ? LANGUAGE_TAG.exec(raw.trim()) : null;
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * Reads page metadata from JSON-LD (article node, @graph and arrays
 * handled), OpenGraph, meta tags, the byline and the URL, recording where
 * each field came from. Call before boilerplate removal (bylines live in
 * page chrome). Relative canonical URLs are resolved against `pageUrl`.
 */
export function readMetadata($: CheerioAPI, pageUrl: string | null): PageMetadata {
  const nodes = jsonLdNodes($);
  const article = articleNode(nodes);
  const siteName = collapseWhitespace(metaContent($, ['og:site_name', 'application-name']) ?? stringField(article, 'publisher') ?? '') || null;
  const canonicalRaw = firstAttribute($, 'link[rel="canonical"]', 'href') ?? metaContent($, ['og:url']);
  const canonical = canonicalRaw ? normalizeUrl(canonicalRaw, pageUrl) : null;
  const title = readTitle($, article, siteName);
  const language = readLanguage($, article, nodes);
  const monthFirst = MONTH_FIRST_LOCALE.test(firstAttribute($, 'html', 'lang') ?? '');
  // The "By …" line is looked for once: both the date and the authors may read it.
  let line: string | null | undefined;
  const byline = (): string | null => (line === undefined ? (line = bylineLine($)) : line);
  const published = readPublished($, article, [pageUrl, canonical], monthFirst, byline);
  const publisher = stringField(article, 'publisher');
  const siteNames = [siteName, publisher, hostOf(pageUrl ?? canonical ?? '')?.replace(HOST_SUFFIX, '')].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  );
  const authors = readAuthors($, article, nodes, siteNames, byline);
  return {
    title: title?.value ?? null,
    title_source: title?.source ?? null,
    authors: authors?.value ?? [],
    authors_source: authors?.source ?? null,
    published: published?.value ?? null,
    published_source: published?.source ?? null,
    language,
    site_name: siteName,
    canonical_url: canonical,
  };
}
