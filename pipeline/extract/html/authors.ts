import { collapseWhitespace } from '../body.ts';
import { BYLINE_WORDS, MONTH_NAMES, WEEKDAY_NAMES } from './text-patterns.ts';

const BY_PREFIX = new RegExp(`^(?:(?:written|posted|reported|story|text|words|photos?)\\s+)?(?:${BYLINE_WORDS})[:\\s]+`, 'i');
const AUTHOR_SEPARATOR = /\s*(?:,|;|\||\/|&|\band\b|\bund\b|\bet\b|\be\b|\by\b)\s*/i;
const URL_LIKE = /^(?:https?:|www\.)|\.(?:com|org|net|co)\b|@/i;
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\d/;
const UPPERCASE = /\p{Lu}/u;
const CASED_LOWERCASE = /\p{Ll}/u;
/** Where the name part of a byline ends: "on" before a day or a month ("By Dana Whitfield on Monday, March 2nd, 2020"), a weekday, a month followed by a number, a digit, a bullet or pipe. */
const BYLINE_TAIL =
  new RegExp(`\\s*(?:\\bon\\s+(?:(?:${WEEKDAY_NAMES})|(?:${MONTH_NAMES}))\\b|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:${MONTH_NAMES})\\.?\\s+\\d|\\d|[|•·—–(]|\\bupdated\\b|\\bpublished\\b|\\bposted\\b).*$`, 'i');
const TRAILING_ROLE = /(?:\s*[,|–—-]\s*(?:staff writer|reporter|correspondent|editor|contributor|senior .*|for .*)|\s+(?:associated press|reuters|afp))$/i;
/** Academic or professional credentials written after a name ("Rachael Link, MS, RD"). */
const CREDENTIAL = /^(?:[A-Z]{2,4}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?)$/;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
/** Words that show a string is navigation, a role or a sentence, not a name (any one disqualifies). */
const NOT_A_NAME = new Set([
  'home', 'menu', 'search', 'subscribe', 'login', 'log', 'sign', 'share', 'staff', 'admin', 'administrator',
  'editor', 'editors', 'editorial', 'team', 'desk', 'contact', 'about', 'follow', 'view', 'profile', 'posts',
  'articles', 'all', 'author', 'authors', 'contributors', 'contributor', 'newsroom', 'guest', 'unknown', 'anonymous',
  'twitter', 'facebook', 'email', 'click', 'here', 'writer', 'writers', 'correspondent', 'reporter', 'reporters',
  'columnist', 'photographer', 'the', 'is', 'was', 'are', 'of', 'in',
]);
/** Particles allowed in lower case inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'di', 'bin', 'al', 'ibn', 'ben', 'y', 'zu', 'ter']);
/** Longest plausible personal or agency name, in words. */
const MAX_NAME_WORDS = 5;

/** Lowercase letters and digits only, for comparing with the site name. */
function squash(text: string): string {
  return text.toLowerCase().replace(NON_ALNUM, '');
}

/** True when every cased word starts with a capital (particles aside); caseless scripts (CJK…) pass. */
function capitalised(words: string[]): boolean {
  return words.every((word) => NAME_PARTICLES.has(word.toLowerCase()) || !CASED_LOWERCASE.test(word[0] ?? '') || UPPERCASE.test(word[0] ?? ''));
}

/** True when a cleaned string can be a name (not navigation, a URL, a role, the site's own name or a sentence). */
function plausibleName(name: string, siteKeys: string[]): boolean {
  if (!HAS_LETTER.test(name) || HAS_DIGIT.test(name) || URL_LIKE.test(name) || CREDENTIAL.test(name)) return false;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS || !capitalised(words)) return false;
  if (words.some((word) => NOT_A_NAME.has(word.toLowerCase()))) return false;
  const key = squash(name);
  return !siteKeys.some((site) => site.includes(key) || key.includes(site));
}

/**
 * Cleans raw author strings: drops "By " prefixes, dates and roles after the
 * name, splits "X and Y" / "X, Y", removes navigation words, URLs, user
 * names, credentials and the site's own name, and de-duplicates
 * (case-insensitive) keeping first-seen order.
 *
 * @param siteNames the site's name(s) and host, which are never authors
 */
export function cleanAuthors(raw: string[], siteNames: string[]): string[] {
  const siteKeys = siteNames.map(squash).filter((key) => key.length >= 3);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw) {
    const whole = collapseWhitespace(entry);
    if (URL_LIKE.test(whole)) continue;
    const text = whole.replace(BY_PREFIX, '').replace(BYLINE_TAIL, '').replace(TRAILING_ROLE, '');
    for (const part of text.split(AUTHOR_SEPARATOR)) {
      const name = collapseWhitespace(part.replace(BY_PREFIX, '')).replace(/[.,:;]+$/, '');
      if (!plausibleName(name, siteKeys)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
