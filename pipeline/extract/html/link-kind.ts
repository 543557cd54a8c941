import { collapseWhitespace } from '../body.ts';
import { hostOf, registrableDomain } from './url.ts';

/**
 * Anchor texts that credit where a passage comes from rather than name a
 * page: "[Source]", "(source)", "Source", "via", "original article",
 * "Read more at …", "full story", "h/t". Brackets and punctuation around the
 * words are ignored.
 */
const CREDIT_ANCHOR =
  /^(?:sources?|via(?: .+)?|original(?: (?:article|story|post|report|source))?|(?:read )?(?:the )?full (?:article|story|report|text|post)|read (?:more|it) (?:at|on|here) ?.*|read more|h\/t|hat tip(?: .+)?|link)$/i;
const ENCLOSING_PUNCTUATION = /^[\s[(\-–—:]+|[\s\]).:]+$/g;

/** True when the anchor text is a credit (see {@link CREDIT_ANCHOR}). */
export function isCreditAnchor(anchor: string): boolean {
  const core = collapseWhitespace(anchor).replace(ENCLOSING_PUNCTUATION, '');
  return core.length > 0 && CREDIT_ANCHOR.test(core);
}

/**
 * Classifies a body link: `source` when its anchor is a credit ("[Source]",
 * "via …", "Read more at …"), `internal` when it points to the page's own
 * site (same registrable domain, so www. and subdomains count), `external`
 * otherwise (also when the page URL is unknown).
 */
export function linkKind(href: string, anchor: string, pageUrl: string | null): 'source' | 'internal' | 'external' {
  if (isCreditAnchor(anchor)) return 'source';
  const linkHost = hostOf(href);
  const pageHost = pageUrl ? hostOf(pageUrl) : null;
  if (linkHost && pageHost && registrableDomain(linkHost) === registrableDomain(pageHost)) return 'internal';
  return 'external';
}
