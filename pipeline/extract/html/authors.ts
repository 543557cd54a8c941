import { collapseWhitespace } from '../body.ts';

const BY_PREFIX = /^(?:(?:written|posted|reported|story|text|words|photos?)\s+)?by[:\s]+/i;
const AUTHOR_SEPARATOR = /\s*(?:,|;|\||\/|&|\band\b|\bund\b|\bet\b|\be\b|\by\b)\s*/i;
const URL_LIKE = /^(?:https?:\/\/|www\.)|\.(?:com|org|net)\b|@/i;
const HAS_LETTER = /\p{L}/u;
const TRAILING_ROLE = /\s*[,|–—-]\s*(?:staff writer|reporter|correspondent|editor|contributor|senior .*|associated press|reuters|afp|for .*)$/i;
/** Words that show a string is navigation or a role, not a person's name. */
const NOT_A_NAME = new Set([
  'home', 'news', 'menu', 'search', 'subscribe', 'login', 'log', 'sign', 'share', 'staff', 'admin', 'administrator',
  'editor', 'editors', 'editorial', 'team', 'desk', 'contact', 'about', 'more', 'follow', 'view', 'profile', 'posts',
  'articles', 'all', 'author', 'authors', 'contributors', 'newsroom', 'guest', 'unknown', 'anonymous', 'by', 'twitter',
  'facebook', 'email', 'click', 'here', 'updated', 'published',
]);
/** Longest plausible personal or agency name, in words. */
const MAX_NAME_WORDS = 6;

/** True when a cleaned string can be a name (not navigation, a URL, a site name or a sentence). */
function plausibleName(name: string, siteName: string | null): boolean {
  if (!HAS_LETTER.test(name) || URL_LIKE.test(name)) return false;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return false;
  if (words.every((word) => NOT_A_NAME.has(word.toLowerCase()))) return false;
  if (words.some((word) => NOT_A_NAME.has(word.toLowerCase())) && words.length <= 2) return false;
  if (siteName && name.toLowerCase() === siteName.toLowerCase()) return false;
  return true;
}

/**
 * Cleans raw author strings: drops "By " prefixes and trailing roles, splits
 * "X and Y" / "X, Y", removes navigation words, URLs and the site's own name,
 * and de-duplicates (case-insensitive) keeping first-seen order.
 */
export function cleanAuthors(raw: string[], siteName: string | null): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw) {
    const text = collapseWhitespace(entry).replace(BY_PREFIX, '').replace(TRAILING_ROLE, '');
    for (const part of text.split(AUTHOR_SEPARATOR)) {
      const name = collapseWhitespace(part.replace(BY_PREFIX, '')).replace(/[.,:;]+$/, '');
      if (!plausibleName(name, siteName)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
