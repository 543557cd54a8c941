import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { BOILERPLATE_CLASS_WORDS, CONTENT_CLASS_WORDS, GUARDED_BOILERPLATE_TAGS, WEAK_BOILERPLATE_CLASS_WORDS, BOILERPLATE_ROLES, BOILERPLATE_TAGS } from './selectors.ts';
import { CONTAINER_MAX_LINK_DENSITY, GUARD_MAX_LINK_DENSITY, GUARD_TEXT_CHARS, WEAK_EXEMPTION_MIN_CHARS } from './thresholds.ts';
import { detachAll, isElement, linkDensity, textAmount } from './dom.ts';
import { forgetQueries } from './query.ts';

const BOILERPLATE_TAG_SET = new Set(BOILERPLATE_TAGS);
const GUARDED_TAGS = new Set(GUARDED_BOILERPLATE_TAGS);
const BOILERPLATE_ROLE_SET = new Set(BOILERPLATE_ROLES);
const BOILERPLATE_WORD_SET = new Set(BOILERPLATE_CLASS_WORDS);
const WEAK_WORD_SET = new Set(WEAK_BOILERPLATE_CLASS_WORDS);
const CONTENT_WORD_SET = new Set(CONTENT_CLASS_WORDS);
const CLASS_WORD_SPLIT = /[\s_-]+/;
/**
 * Responsive visibility utilities ("hidden-xs", "visible-md", "md:hidden",
 * "d-lg-block"): they hide an element on some screens only, so they say
 * nothing about boilerplate and are ignored. A bare "hidden" still counts.
 */
const RESPONSIVE_VISIBILITY =
  /(?:^|\s)(?:(?:hidden|visible)-(?:xs|sm|md|lg|xl|xxl|print|mobile|tablet|desktop|phone)\S*|(?:xs|sm|md|lg|xl|2xl):(?:hidden|block|flex|inline)\S*|d-(?:xs|sm|md|lg|xl)-\S+)(?=\s|$)/gi;
const CAMEL_BOUNDARY = /([a-z])([A-Z])/g;
/** Inline styles that hide an element, including the off-screen trick (left: -9999px) used for spam links. */
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top)\s*:\s*-\d{4,}px)/i;
/** Elements never removed by class/id: the document itself and the sectioning elements that often carry site-wide classes. */
const NEVER_BY_CLASS = new Set(['html', 'body', 'main', 'article']);

/** Class-and-id strings already split: a page repeats its classes on many elements (bounded, cleared when full). */
const CLASS_WORDS_CACHE = new Map<string, readonly string[]>();
const CLASS_WORDS_CACHE_SIZE = 20_000;

/** Words of an element's class and id attributes, lowercased ("ArticleShare-bar" → article, share, bar). */
function classWords(element: Element): readonly string[] {
  const key = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`;
  let words = CLASS_WORDS_CACHE.get(key);
  if (words === undefined) {
    const raw = key.replace(RESPONSIVE_VISIBILITY, ' ');
    words = raw.replace(CAMEL_BOUNDARY, '$1 $2').toLowerCase().split(CLASS_WORD_SPLIT).filter((w) => w.length > 0);
    if (CLASS_WORDS_CACHE.size >= CLASS_WORDS_CACHE_SIZE) CLASS_WORDS_CACHE.clear();
    CLASS_WORDS_CACHE.set(key, words);
  }
  return words;
}

/**
 * True when a blockquote is inside: embedded posts such as tweets sit in
 * "widget"/"video" wrappers and are quoted text (kept unless the wrapper is
 * mostly links, like a menu of blockquote-styled titles).
 */
function holdsQuotation(element: Element): boolean {
  const stack: Element[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as Element;
    for (const child of node.children) {
      if (!isElement(child) || child.type !== 'tag') continue;
      if (child.name === 'blockquote') return true;
      stack.push(child);
    }
  }
  return false;
}

/** Why an element is boilerplate by its own markup, or null when it is not. */
function boilerplateReason(element: Element): 'tag' | 'role' | 'hidden' | 'class' | null {
  if (element.type !== 'tag') return 'tag'; // script and style nodes
  if (BOILERPLATE_TAG_SET.has(element.name)) return 'tag';
  const role = element.attribs['role'];
  if (role && BOILERPLATE_ROLE_SET.has(role.toLowerCase())) return 'role';
  if ('hidden' in element.attribs || element.attribs['aria-hidden'] === 'true') return 'hidden';
  const style = element.attribs['style'];
  if (style && HIDDEN_STYLE.test(style)) return 'hidden';
  if (GUARDED_TAGS.has(element.name)) return 'class';
  if (NEVER_BY_CLASS.has(element.name)) return null;
  const words = classWords(element);
  if (words.some((word) => BOILERPLATE_WORD_SET.has(word))) return 'class';
  if (!words.some((word) => WEAK_WORD_SET.has(word))) return null;
  if (holdsQuotation(element) && linkDensity(textAmount(element)) <= CONTAINER_MAX_LINK_DENSITY) return null;
  if (!words.some((word) => CONTENT_WORD_SET.has(word))) return 'class';
  return textAmount(element).chars < WEAK_EXEMPTION_MIN_CHARS ? 'class' : null;
}

/** Characters of prose under an element: text of its p descendants that are not link lists. */
function proseChars(element: Element): number {
  let total = 0;
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (!isElement(child) || child.type !== 'tag') continue;
      if (child.name === 'p') {
        const amount = textAmount(child);
        if (linkDensity(amount) <= GUARD_MAX_LINK_DENSITY) total += amount.chars;
      } else visit(child);
    }
  };
  visit(element);
  return total;
}

/** True when an element holds enough prose that a boilerplate-looking class (or a form/header wrapper) must be a false alarm. */
function holdsProse(element: Element): boolean {
  return proseChars(element) >= GUARD_TEXT_CHARS;
}

/** How thoroughly to clean. */
export interface CleanOptions {
  /** Also remove elements by class/id words (the default); false keeps only the tag, role and hidden rules. */
  byClass: boolean;
}

/**
 * Removes boilerplate from the parsed document in place: scripts, styles,
 * page chrome by tag (nav, footer, aside, form…) and ARIA role, hidden
 * elements, and elements whose class or id names boilerplate (share, related,
 * newsletter, comments, ads, captions…) unless they hold a lot of prose
 * (skipped with `byClass: false`). Returns how many elements were removed.
 */
export function removeBoilerplate($: CheerioAPI, options: CleanOptions = { byClass: true }): number {
  const doomed: AnyNode[] = [];
  const visit = (node: AnyNode): void => {
    if (!isElement(node)) return;
    const found = boilerplateReason(node);
    const reason = found === 'class' && !options.byClass && !GUARDED_TAGS.has(node.name) ? null : found;
    if (reason === 'tag' || reason === 'role' || reason === 'hidden') {
      doomed.push(node);
      return;
    }
    if (reason === 'class' && !holdsProse(node)) {
      doomed.push(node);
      return;
    }
    for (const child of node.children) visit(child);
  };
  for (const root of $.root().toArray()) for (const child of root.children) visit(child);
  detachAll(doomed);
  forgetQueries($);
  return doomed.length;
}
