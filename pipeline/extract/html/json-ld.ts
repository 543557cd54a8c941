import type { CheerioAPI } from 'cheerio/slim';
import { decodeEntities } from './entities.ts';
import { selectAll } from './query.ts';

/** A JSON-LD node (object with string keys). */
export type JsonLdNode = Record<string, unknown>;

/** schema.org types whose node describes the article itself. */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'scholarlyarticle', 'techarticle', 'socialmediaposting',
  'liveblogposting', 'report', 'posting', 'claimreview', 'review', 'webpage', 'creativework', 'medicalwebpage', 'aboutpage',
]);
/** Types preferred over a generic WebPage node. */
const WEAK_TYPES = new Set(['webpage', 'creativework', 'medicalwebpage', 'aboutpage', 'claimreview', 'review']);
/**
 * How deep arrays and @graph containers are followed for nodes. Real pages
 * nest JSON-LD 2 to 5 levels (a @graph in an array in a script); 32 leaves
 * ample room while a hostile block nested 100 000 levels cannot overflow the
 * stack (it did, and the page's body text was lost with it).
 */
export const MAX_JSON_LD_DEPTH = 32;
const CDATA_OR_COMMENT = /^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g;
const TRAILING_COMMA = /,\s*([}\]])/g;

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lowercased @type names of a node (a string or an array). */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase().replace(/^.*[/:]/, ''));
}

/** Flattens arrays and @graph containers into a flat list of nodes, down to {@link MAX_JSON_LD_DEPTH} levels. */
function flatten(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > MAX_JSON_LD_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  out.push(value);
  if (value['@graph'] !== undefined) flatten(value['@graph'], out, depth + 1);
}

/** Parses one script's JSON; tolerates CDATA/comment wrappers and trailing commas. Null when it still does not parse. */
function parseScript(text: string): unknown {
  const cleaned = text.replace(CDATA_OR_COMMENT, '').trim();
  if (cleaned.length === 0) return null;
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      return JSON.parse(cleaned.replace(TRAILING_COMMA, '$1'));
    } catch {
      // Broken JSON-LD is common; the page's other metadata sources remain.
      return null;
    }
  }
}

/**
 * All JSON-LD nodes of the page, @graph and arrays flattened. Never throws:
 * a block that cannot be read (broken, or nested past any real use) adds no
 * node, and the page's other metadata and its text remain.
 */
export function jsonLdNodes($: CheerioAPI): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const element of selectAll($, 'script[type="application/ld+json"]')) {
    try {
      flatten(parseScript($(element).text()), nodes);
    } catch {
      // JSON.parse itself may give up on a pathological block (e.g. a RangeError): that block is passed over.
    }
  }
  return nodes;
}

/** The JSON-LD node describing the article (NewsArticle, Article, BlogPosting… before WebPage), or null. */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | null {
  let weak: JsonLdNode | null = null;
  for (const node of nodes) {
    const types = typesOf(node);
    if (types.some((t) => ARTICLE_TYPES.has(t) && !WEAK_TYPES.has(t))) return node;
    if (!weak && types.some((t) => WEAK_TYPES.has(t)) && (node['datePublished'] || node['author'])) weak = node;
  }
  return weak;
}

/** A string field of a node, or the `name` of an object field, entities decoded; null otherwise. */
export function stringField(node: JsonLdNode | null, key: string): string | null {
  const value = node?.[key];
  if (typeof value === 'string') return decodeEntities(value);
  if (Array.isArray(value) && typeof value[0] === 'string') return decodeEntities(value[0]);
  if (isNode(value) && typeof value['name'] === 'string') return decodeEntities(value['name']);
  return null;
}

/** Names of the author(s) of a node: strings, Person objects, arrays of either. */
export function authorNames(node: JsonLdNode | null, all: JsonLdNode[]): string[] {
  const value = node?.['author'] ?? node?.['creator'];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') names.push(decodeEntities(item));
    else if (isNode(item)) {
      const ref = typeof item['@id'] === 'string' && item['name'] === undefined ? all.find((n) => n['@id'] === item['@id']) : item;
      const name = ref?.['name'];
      if (typeof name === 'string') names.push(decodeEntities(name));
    }
  }
  return names;
}
