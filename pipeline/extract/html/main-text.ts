import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { buildBody } from '../body.ts';
import type { ArticleBody } from '../types.ts';
import { ARTICLE_CONTAINER_SELECTORS, CDT_BODY_SELECTORS, CDT_HOSTS, SECTIONING_SELECTORS } from './selectors.ts';
import { CONTAINER_MAX_LINK_DENSITY, CONTAINER_MIN_CHARS, CONTAINER_SHORTFALL_RATIO } from './thresholds.ts';
import { isElement, linkDensity, textAmount } from './dom.ts';
import { collectParagraphs } from './paragraphs.ts';
import { selectAll } from './query.ts';
import { bestScoredRegion } from './score.ts';
import { tidyParagraphs } from './tidy.ts';

/** Warning given when no step of the cascade finds text. */
export const NO_MAIN_TEXT = 'no main text found';

/** What the page reader knows about the page when it looks for the main text. */
export interface MainTextContext {
  /** Base for resolving relative links (page URL, canonical, <base href>), or null. */
  baseUrl: string | null;
  /** Host of the page (lowercase, without www.), or null. */
  host: string | null;
  /** Page title, to drop a heading that repeats it. */
  title: string | null;
  /** Author names from the metadata, to recognise byline lines. */
  authors: string[];
}

/** A region chosen by one step of the cascade. */
interface Choice {
  nodes: AnyNode[];
  method: string;
}

/** Step 1: site-specific selectors for sites we know (China Digital Times). */
function siteStep($: CheerioAPI, host: string | null): Choice | null {
  if (!host || !CDT_HOSTS.test(host)) return null;
  for (const selector of CDT_BODY_SELECTORS) {
    const found = selectAll($, selector).find((element) => textAmount(element).chars > 0);
    if (found) return { nodes: [found], method: `site:cdt` };
  }
  return null;
}

/** True when one of `node`'s ancestors is in `set`. */
function hasAncestorIn(node: AnyNode, set: Set<AnyNode>): boolean {
  for (let current = node.parent; current; current = current.parent) if (set.has(current)) return true;
  return false;
}

/**
 * The matches of one container selector to read: for body markup (classes,
 * itemprop) every outermost match that is not a link list, in document
 * order, since CMSs split one body into several blocks around ads; for
 * sectioning elements (article, main) only the one with most text, since
 * teasers of other stories are articles too.
 */
function containerMatches($: CheerioAPI, selector: string): { nodes: Element[]; chars: number } {
  const matches = selectAll($, selector).filter(isElement);
  const prose = matches
    .map((element) => ({ element, amount: textAmount(element) }))
    .filter(({ amount }) => amount.chars > 0 && linkDensity(amount) <= CONTAINER_MAX_LINK_DENSITY);
  if (SECTIONING_SELECTORS.has(selector)) {
    const best = prose.reduce<(typeof prose)[number] | null>((top, item) => (!top || item.amount.chars > top.amount.chars ? item : top), null);
    return best ? { nodes: [best.element], chars: best.amount.chars } : { nodes: [], chars: 0 };
  }
  const matched = new Set<AnyNode>(prose.map(({ element }) => element));
  const outermost = prose.filter(({ element }) => !hasAncestorIn(element, matched));
  return { nodes: outermost.map(({ element }) => element), chars: outermost.reduce((sum, { amount }) => sum + amount.chars, 0) };
}

/**
 * Step 2: the first generic article container that passes the quality checks
 * (at least `minChars` of text). Step 4 calls it again with no minimum.
 */
function containerStep($: CheerioAPI, scoredChars: number, minChars = CONTAINER_MIN_CHARS): Choice | null {
  for (const selector of ARTICLE_CONTAINER_SELECTORS) {
    const { nodes, chars } = containerMatches($, selector);
    if (nodes.length === 0 || chars < minChars) continue;
    if (scoredChars > chars * CONTAINER_SHORTFALL_RATIO) continue;
    return { nodes, method: `container:${selector}` };
  }
  return null;
}

/**
 * Finds the main text of a cleaned document with a numbered cascade:
 * (1) site-specific selectors (CDT), (2) generic article containers that pass
 * quality checks, (3) a text-density scoring fallback, (4) when none of these
 * finds anything, an article container however short its text (a page whose
 * whole article is one short paragraph, under the minimum lengths of steps 2
 * and 3: a brief, a notice, a short Chinese paragraph). The body records which
 * step produced it in `method`; when none does, the body is empty with the
 * warning {@link NO_MAIN_TEXT}.
 */
export function extractMainText($: CheerioAPI, context: MainTextContext): ArticleBody {
  const root = $.root().toArray()[0];
  const scored = root ? bestScoredRegion(root) : null;
  const choice =
    siteStep($, context.host) ??
    containerStep($, scored?.chars ?? 0) ??
    (scored ? { nodes: scored.nodes, method: 'score' } : null) ??
    containerStep($, 0, 1);
  if (!choice) return buildBody([], 'none', [NO_MAIN_TEXT]);
  const paragraphs = tidyParagraphs(collectParagraphs(choice.nodes, context.baseUrl), context);
  if (paragraphs.length === 0) return buildBody([], choice.method, [NO_MAIN_TEXT]);
  return buildBody(paragraphs, choice.method);
}
