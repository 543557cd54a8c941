import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { WHITESPACE_RUN, collapsedLength } from './text-patterns.ts';

/** True for element nodes (tags, scripts and styles). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The element's children that are elements. */
export function childElements(node: Element): Element[] {
  return node.children.filter(isElement);
}

/** Amount of text under a node: characters (whitespace runs counted as one) and how many of them are inside links. */
export interface TextAmount {
  chars: number;
  linkChars: number;
}


/** Counts the text under a node (see {@link TextAmount}); one walk of the subtree. */
export function textAmount(node: AnyNode, insideLink = false): TextAmount {
  if (node.type === 'text') {
    const chars = collapsedLength((node as unknown as { data: string }).data);
    return { chars, linkChars: insideLink ? chars : 0 };
  }
  if (!isElement(node) || node.type !== 'tag') return { chars: 0, linkChars: 0 };
  const inLink = insideLink || node.name === 'a';
  let chars = 0;
  let linkChars = 0;
  for (const child of node.children) {
    const amount = textAmount(child, inLink);
    chars += amount.chars;
    linkChars += amount.linkChars;
  }
  return { chars, linkChars };
}

/** Link density of an amount: share of its characters inside links (0 for no text). */
export function linkDensity(amount: TextAmount): number {
  return amount.chars === 0 ? 0 : amount.linkChars / amount.chars;
}

/** Plain text under a node, whitespace runs collapsed to one space, trimmed. */
export function plainText(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (current: AnyNode): void => {
    if (current.type === 'text') parts.push((current as unknown as { data: string }).data);
    else if (isElement(current) && current.type === 'tag') for (const child of current.children) walk(child);
  };
  walk(node);
  return parts.join('').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Text under a node with a space at every element boundary and br, so that
 * "<h3>by Jeff Foust<br>Monday</h3>" reads "by Jeff Foust Monday";
 * whitespace collapsed.
 */
export function spacedText(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (current: AnyNode): void => {
    if (current.type === 'text') parts.push((current as unknown as { data: string }).data);
    else if (isElement(current) && current.type === 'tag') {
      parts.push(' ');
      for (const child of current.children) walk(child);
      parts.push(' ');
    }
  };
  walk(node);
  return parts.join('').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Caps the nesting depth of a parsed document in place: every element
 * deeper than `maxDepth` is replaced by one text node holding its text.
 * Broken pages with thousands of unclosed inline tags (<font>, <b>) nest that
 * deep; the recursive walks of the reader and the selector engine would
 * otherwise overflow the stack or go quadratic. Iterative, linear. Returns
 * how many elements were flattened.
 */
export function flattenDeepNesting(root: AnyNode, maxDepth: number): number {
  let flattened = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    if (!('children' in node)) continue;
    const children = node.children as AnyNode[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as AnyNode;
      if (!isElement(child)) continue;
      if (depth + 1 < maxDepth) {
        stack.push([child, depth + 1]);
        continue;
      }
      const text = textNode(iterativeText(child));
      text.parent = node as Element;
      text.prev = child.prev;
      text.next = child.next;
      if (child.prev) child.prev.next = text;
      if (child.next) child.next.prev = text;
      children[i] = text;
      flattened += 1;
    }
  }
  return flattened;
}

const ESCAPED = /[&<]/g;

/** A detached text node holding `data` (made by the parser, so no DOM library is needed directly). */
function textNode(data: string): AnyNode {
  const escaped = data.replace(ESCAPED, (char) => (char === '&' ? '&amp;' : '&lt;'));
  const node = load(escaped, null, false).root().toArray()[0]?.children[0];
  if (!node || node.type !== 'text') throw new Error('the parser did not return a text node');
  node.parent = null;
  return node;
}

/** Text under a node without recursion (for arbitrarily deep subtrees). */
function iterativeText(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode;
    if (current.type === 'text') parts.push((current as unknown as { data: string }).data);
    else if (isElement(current) && current.type === 'tag') {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as AnyNode);
    }
  }
  return parts.join('');
}

/** Removes a node from its parent. */
export function detach(node: AnyNode): void {
  detachAll([node]);
}

/**
 * Removes many nodes at once: each parent's children are filtered in one
 * pass, where a {@link detach} per node would search and splice the parent's
 * children every time (issue 14: quadratic for thousands of removed siblings).
 */
export function detachAll(nodes: readonly AnyNode[]): void {
  const attached = nodes.filter((node) => node.parent !== null);
  const doomed = new Set(attached);
  const parents = new Set<Element>();
  for (const node of attached) {
    parents.add(node.parent as Element);
    const prev = node.prev;
    const next = node.next;
    if (prev) prev.next = next;
    if (next) next.prev = prev;
    node.prev = null;
    node.next = null;
  }
  for (const parent of parents) {
    const children = parent.children;
    let kept = 0;
    for (const child of children) if (!doomed.has(child)) children[kept++] = child;
    children.length = kept;
  }
  for (const node of attached) node.parent = null;
}
