/**
 * CSS selectors over one parsed page, answered from one walk of its DOM.
 *
 * The page reader runs some forty selectors per page (meta tags, JSON-LD,
 * bylines, dates, body containers). `$(selector)` parses and compiles its
 * selector and walks the whole document on every call, and
 * `.closest(selector)` compiles it again for every ancestor: measured with
 * `node --cpu-prof` on the 39 development pages, those walks cost about as
 * much as parsing the page (issue 12). Here the document's elements are
 * listed once, in document order, and indexed by tag name and by attribute
 * name; each selector is compiled once per process by css-select (the engine
 * under cheerio, with the options cheerio passes it) and tested only on the
 * elements that can match its last compound (a `time` only on time
 * elements, a `[class*="byline"]` only on elements with a class). The answers
 * are the elements `$(selector)` gives, in the same order.
 *
 * The index describes the document as it was when first asked: code that
 * changes the tree calls {@link forgetQueries} (clean.ts does).
 */
import type { CheerioAPI } from 'cheerio/slim';
import { compile } from 'css-select';
import { isTraversal, parse, SelectorType, type Selector } from 'css-what';
import type { AnyNode, Element } from 'domhandler';

/** What an element matching a compound must carry: a tag name, or an attribute. */
interface IndexKey {
  tag: boolean;
  name: string;
}

/** A compiled selector and the index key its elements must have (null: any element). */
interface CompiledSelector {
  test: (element: Element) => boolean;
  /** One key per comma-separated alternative, or null when an alternative has none. */
  keys: IndexKey[] | null;
}

/** The options cheerio gives css-select for an HTML document (cheerio/dist/esm/api/traversing.js). */
const SELECT_OPTIONS = { xmlMode: false } as const;
/** Selectors compiled so far; the reader's selectors are constants, so this stays small (bounded anyway). */
const COMPILED = new Map<string, CompiledSelector>();
const COMPILED_MAX = 1000;

/** True for the nodes css-select tests (domutils' isTag: tags, scripts and styles). */
function isTagNode(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The key an element matching this compound must carry: its tag name, else an attribute it must have. */
function compoundKey(compound: Selector[]): IndexKey | null {
  for (const token of compound) if (token.type === SelectorType.Tag) return { tag: true, name: token.name.toLowerCase() };
  for (const token of compound) {
    if (token.type === SelectorType.Attribute && token.action !== 'not') return { tag: false, name: token.name.toLowerCase() };
  }
  return null;
}

/** The key of one alternative: that of its last compound (the part after the last combinator). */
function alternativeKey(alternative: Selector[]): IndexKey | null {
  let start = alternative.length;
  while (start > 0 && !isTraversal(alternative[start - 1]!)) start--;
  return compoundKey(alternative.slice(start));
}

function compiled(selector: string): CompiledSelector {
  let found = COMPILED.get(selector);
  if (!found) {
    const keys = parse(selector).map(alternativeKey);
    found = { test: compile<AnyNode, Element>(selector, SELECT_OPTIONS), keys: keys.every((k) => k !== null) ? (keys as IndexKey[]) : null };
    if (COMPILED.size >= COMPILED_MAX) COMPILED.clear();
    COMPILED.set(selector, found);
  }
  return found;
}

/**
 * The elements of one document in document order. The list of elements with
 * a given tag or attribute is made the first time a selector asks for it
 * (a page's selectors ask for about twenty of them).
 */
class DocumentIndex {
  readonly all: Element[] = [];
  private readonly byKey = new Map<string, Element[]>();
  private position: Map<Element, number> | null = null;
  private tags: Map<string, Element[]> | null = null;

  constructor(roots: readonly AnyNode[]) {
    // Pre-order, iteratively (the walk order of domutils' find, without recursion on deep pages).
    const stack: AnyNode[] = [];
    for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isTagNode(node)) this.all.push(node);
      const children = (node as { children?: AnyNode[] }).children;
      if (children === undefined) continue;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i]!;
        // Text and comments hold no element: not pushed (most nodes of a page are text).
        if ((child as { children?: AnyNode[] }).children !== undefined) stack.push(child);
      }
    }
  }

  private withKey({ tag, name }: IndexKey): Element[] {
    const id = `${tag ? '<' : '['}${name}`;
    let list = this.byKey.get(id);
    if (!list) {
      list = tag ? (this.byTag().get(name) ?? []) : this.all.filter((e) => Object.hasOwn(e.attribs, name));
      this.byKey.set(id, list);
    }
    return list;
  }

  /**
   * The elements of each tag name, in document order, listed in one pass the
   * first time a selector asks for a tag (a page's selectors ask for a dozen
   * tags: a filter of every element per tag cost about 0.3% of extracting a page).
   */
  private byTag(): Map<string, Element[]> {
    if (this.tags === null) {
      const tags = new Map<string, Element[]>();
      for (const e of this.all) {
        const list = tags.get(e.name);
        if (list) list.push(e);
        else tags.set(e.name, [e]);
      }
      this.tags = tags;
    }
    return this.tags;
  }

  /** The elements that may match, in document order. */
  candidates(keys: IndexKey[] | null): Element[] {
    if (keys === null) return this.all;
    if (keys.length === 1) return this.withKey(keys[0]!);
    const union = new Set<Element>();
    for (const key of keys) for (const element of this.withKey(key)) union.add(element);
    if (this.position === null) {
      const position = new Map<Element, number>();
      this.all.forEach((e, i) => position.set(e, i));
      this.position = position;
    }
    const at = this.position;
    return [...union].sort((a, b) => at.get(a)! - at.get(b)!);
  }
}

const INDEXES = new WeakMap<CheerioAPI, DocumentIndex>();

function indexOf($: CheerioAPI): DocumentIndex {
  let index = INDEXES.get($);
  if (!index) {
    index = new DocumentIndex($.root().toArray());
    INDEXES.set($, index);
  }
  return index;
}

/**
 * The elements of the document matching `selector`, in document order: what
 * `$(selector).toArray()` gives, at most `limit` of them.
 */
export function selectAll($: CheerioAPI, selector: string, limit = Number.POSITIVE_INFINITY): Element[] {
  const { test, keys } = compiled(selector);
  const out: Element[] = [];
  for (const element of indexOf($).candidates(keys)) {
    if (out.length >= limit) break;
    if (test(element)) out.push(element);
  }
  return out;
}

/** The first element matching `selector`, or null (`$(selector).first()`). */
export function selectFirst($: CheerioAPI, selector: string): Element | null {
  return selectAll($, selector, 1)[0] ?? null;
}

/** The element itself or its nearest ancestor element matching `selector`, or null (`$(element).closest(selector)`). */
export function closest(element: Element, selector: string): Element | null {
  const { test } = compiled(selector);
  for (let current: AnyNode | null = element; current && isTagNode(current); current = current.parent) {
    if (test(current)) return current;
  }
  return null;
}

/** Drops the document's index: call after changing its tree (removing or replacing elements). */
export function forgetQueries($: CheerioAPI): void {
  INDEXES.delete($);
}
