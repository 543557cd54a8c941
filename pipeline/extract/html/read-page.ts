import { load } from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio/slim';
import { buildBody } from '../body.ts';
import type { ArticleBody, PageMetadata, PageReading } from '../types.ts';
import { removeBoilerplate } from './clean.ts';
import { extractMainText, NO_MAIN_TEXT, type MainTextContext } from './main-text.ts';
import { MAX_DOM_DEPTH, RESCUE_BELOW_CHARS } from './thresholds.ts';
import { flattenDeepNesting } from './dom.ts';
import { cutBody, cutHtml, DEFAULT_PAGE_LIMITS, type PageLimits } from './limits.ts';
import { capNesting } from './nesting.ts';
import { decideLanguage } from './language-guess.ts';
import { readMetadata } from './metadata.ts';
import { selectFirst } from './query.ts';
import { hostOf, normalizeUrl } from './url.ts';

/** Warning on bodies read by the safety net (boilerplate filtering by class was switched off). */
const RESCUE_WARNING = 'main text found only without class-based boilerplate filtering; it may include page furniture';

const EMPTY_META: PageMetadata = {
  title: null,
  title_source: null,
  authors: [],
  authors_source: null,
  published: null,
  published_source: null,
  language: null,
  site_name: null,
  canonical_url: null,
};

/** The URL relative links resolve against: the page URL, else <base href>, else canonical / og:url. */
function baseUrlOf($: CheerioAPI, pageUrl: string | null, canonical: string | null): string | null {
  const baseHref = selectFirst($, 'base[href]')?.attribs['href'];
  if (pageUrl) return baseHref ? (normalizeUrl(baseHref, pageUrl) ?? pageUrl) : pageUrl;
  const absoluteBase = baseHref ? normalizeUrl(baseHref, canonical) : null;
  return absoluteBase ?? canonical;
}

/** Parses a page, capping pathological nesting (see {@link flattenDeepNesting}). */
function parse(html: string): CheerioAPI {
  const $ = load(html);
  for (const root of $.root().toArray()) flattenDeepNesting(root, MAX_DOM_DEPTH);
  return $;
}

/**
 * Safety net for pages whose article wrapper carries boilerplate-looking
 * class words: reads the page again with only the tag, role and hidden
 * rules of the clean-up. Returns that body when it has more text than the
 * `found` characters of the first reading, else null.
 */
function rescued(html: string, context: MainTextContext, found: number): ArticleBody | null {
  const $ = parse(html);
  removeBoilerplate($, { byClass: false });
  const body = extractMainText($, context);
  if (body.text.length <= found) return null;
  return { ...body, method: `${body.method}+unfiltered`, warnings: [...body.warnings, RESCUE_WARNING] };
}

/** The page's metadata, or none with a warning when it cannot be read: the text is still read (issue 15). */
function metadataOrNone($: CheerioAPI, pageUrl: string | null): { meta: PageMetadata; metaWarning: string | null } {
  try {
    return { meta: readMetadata($, pageUrl), metaWarning: null };
  } catch (error) {
    return { meta: { ...EMPTY_META }, metaWarning: `metadata could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Reads a news page: metadata (title, date, authors… with their sources),
 * then the main text through the cascade of main-text.ts, with its links.
 * The language is decided once here (html/language-guess.ts: the declared one unless the main text says otherwise).
 * The document is parsed once (cheerio/slim). Never throws: a page without
 * readable text gives an empty body with a warning.
 *
 * @param rawHtml decoded HTML of the page
 * @param pageUrl the page's URL when known; otherwise links resolve against
 *   the page's <base href> / canonical / og:url, and only absolute ones are kept
 * @param limits size limits (defaults: {@link DEFAULT_PAGE_LIMITS}); a page
 *   over them is cut and its body carries a warning saying what was cut
 */
export function readPage(rawHtml: string, pageUrl: string | null, limits: Partial<PageLimits> = {}): PageReading {
  const { maxHtmlChars, maxTextChars, maxTagNesting } = { ...DEFAULT_PAGE_LIMITS, ...limits };
  const cut = cutHtml(rawHtml, maxHtmlChars);
  const capped = capNesting(cut?.html ?? rawHtml, maxTagNesting);
  const html = capped.html;
  const cutWarnings = [
    ...(cut ? [cut.warning] : []),
    ...(capped.dropped > 0 ? [`${capped.dropped} tags nested deeper than ${maxTagNesting} were dropped before parsing (broken markup)`] : []),
  ];
  try {
    const $ = parse(html);
    const { meta, metaWarning } = metadataOrNone($, pageUrl);
    const baseUrl = baseUrlOf($, pageUrl, meta.canonical_url);
    removeBoilerplate($);
    const host = hostOf(pageUrl ?? meta.canonical_url ?? '') ?? null;
    const context = { baseUrl, host, title: meta.title, authors: meta.authors };
    const first = extractMainText($, context);
    const read = first.text.length >= RESCUE_BELOW_CHARS ? first : (rescued(html, context, first.text.length) ?? first);
    const short = read.text.length > 0 && read.text.length < RESCUE_BELOW_CHARS;
    const warned = metaWarning ? { ...read, warnings: [...read.warnings, metaWarning] } : read;
    const whole = short ? { ...warned, warnings: [...warned.warnings, `main text is very short (${read.text.length} characters)`] } : warned;
    const body = cutBody({ ...whole, warnings: [...cutWarnings, ...whole.warnings] }, maxTextChars);
    return { meta: { ...meta, language: decideLanguage(meta.language, body.text) }, body };
  } catch (error) {
    // A bug or pathological input must not stop a whole build: report it on the article instead.
    const reason = error instanceof Error ? error.message : String(error);
    return { meta: { ...EMPTY_META }, body: buildBody([], 'none', [...cutWarnings, NO_MAIN_TEXT, `page reader failed: ${reason}`]) };
  }
}
