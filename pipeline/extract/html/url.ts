/** Query parameters that only track campaigns; dropped when normalising. */
const TRACKING_PARAM = /^(utm_[a-z_]*|fbclid|gclid|mc_cid|mc_eid)$/i;
const HTTP_SCHEME = /^https?:$/;
const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/**
 * Resolves `href` against `base` (when given) and normalises it: lowercase
 * scheme and host (WHATWG URL does this), no fragment, no default port, no
 * tracking parameters. Returns null for anything that is not an absolute
 * http(s) URL after resolution (mailto:, javascript:, relative without base…).
 */
export function normalizeUrl(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  if (trimmed.length === 0) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    // Not a URL at all (or no base to resolve a relative one): there is no link to keep.
    return null;
  }
  if (!HTTP_SCHEME.test(url.protocol)) return null;
  url.hash = '';
  if (url.port === DEFAULT_PORTS[url.protocol]) url.port = '';
  const dropped = [...url.searchParams.keys()].filter((key) => TRACKING_PARAM.test(key));
  for (const key of dropped) url.searchParams.delete(key);
  return url.toString();
}

/** The host of an absolute URL, lowercased, without "www."; null when it does not parse. */
export function hostOf(href: string): string | null {
  try {
    return new URL(href).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    // Unparseable URL: it has no host.
    return null;
  }
}

/** Second-level labels under which country-code domains register names (example.co.uk, example.com.br). */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'nic', 'mil']);

/**
 * The registrable domain of a host (site name plus public suffix), by the
 * common rule: the last two labels, or the last three when the second-to-last
 * is a generic second level under a two-letter country code (bbc.co.uk).
 * A small approximation of the Public Suffix List, enough to tell a site's own
 * subdomains from other sites.
 */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const take = tld.length === 2 && GENERIC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}
