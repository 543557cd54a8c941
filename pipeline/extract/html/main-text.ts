import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { buildBody } from '../body.ts';
import type { ArticleBody } from '../types.ts';
import { ARTICLE_CONTAINER_SELECTORS, CDT_BODY_SELECTORS, CDT_HOSTS } from './selectors.ts';
import { CONTAINER_MAX_LINK_DENSITY, CONTAINER_MIN_CHARS, CONTAINER_SHORTFALL_RATIO } from './thresholds.ts';
import { isElement, linkDensity, textAmount } from './dom.ts';
import { collectParagraphs } from './paragraphs.ts';
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
    const found = $(selector).toArray().find((element) => textAmount(element).chars > 0);
    if (found) return { nodes: [found], method: `site:cdt` };
  }
  return null;
}

/** Step 2: the first generic article container that passes the quality checks. */
function containerStep($: CheerioAPI, scoredChars: number): Choice | null {
  for (const selector of ARTICLE_CONTAINER_SELECTORS) {
    let best: Element | null = null;
    let bestChars = 0;
    for (const element of $(selector).toArray().filter(isElement)) {
      const amount = textAmount(element);
      if (amount.chars > bestChars && linkDensity(amount) <= CONTAINER_MAX_LINK_DENSITY) {
        best = element;
        bestChars = amount.chars;
      }
    }
    if (!best || bestChars < CONTAINER_MIN_CHARS) continue;
    if (scoredChars > bestChars * CONTAINER_SHORTFALL_RATIO) continue;
    return { nodes: [best], method: `container:${selector}` };
  }
  return null;
}

/**
 * Finds the main text of a cleaned document with a numbered cascade:
 * (1) site-specific selectors (CDT), (2) generic article containers that pass
 * quality checks, (3) a text-density scoring fallback. The body records which
 * step produced it in `method`; when none does, the body is empty with the
 * warning {@link NO_MAIN_TEXT}.
 */
export function extractMainText($: CheerioAPI, context: MainTextContext): ArticleBody {
  const root = $.root().toArray()[0];
  const scored = root ? bestScoredRegion(root) : null;
  const choice =
    siteStep($, context.host) ??
    containerStep($, scored?.chars ?? 0) ??
    (scored ? { nodes: scored.nodes, method: 'score' } : null);
  if (!choice) return buildBody([], 'none', [NO_MAIN_TEXT]);
  const paragraphs = tidyParagraphs(collectParagraphs(choice.nodes, context.baseUrl), context);
  if (paragraphs.length === 0) return buildBody([], choice.method, [NO_MAIN_TEXT]);
  return buildBody(paragraphs, choice.method);
}
