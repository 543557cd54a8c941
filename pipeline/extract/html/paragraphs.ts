import type { AnyNode, Element } from 'domhandler';
import type { ParagraphKind } from '../types.ts';
import type { ParagraphInput, ParagraphLink } from '../body.ts';
import { BLOCK_TAGS, HEADING_TAGS, LIST_ITEM_TAGS } from './selectors.ts';
import { isElement } from './dom.ts';
import { normalizeUrl } from './url.ts';
import { WHITESPACE_RUN } from './text-patterns.ts';

const NON_SPACE = /\S/;
/**
 * Whitespace that {@link WHITESPACE_RUN} would change: two in a row, or one
 * that is not a plain space. A text without any is its own collapsed form,
 * so most text nodes of a paragraph skip the replace and the copy it makes
 * (2.5% of the bytes a page allocates, sampling heap profile of bench-dev).
 */
const SPACING_TO_COLLAPSE = /\s\s|[^\S ]/;


/** Paragraph kind of a block element, or null for blocks that only group others (div, section…). */
function kindOf(name: string): ParagraphKind | null {
  if (name === 'p') return 'p';
  if (HEADING_TAGS.has(name)) return 'heading';
  if (LIST_ITEM_TAGS.has(name)) return 'li';
  if (name === 'pre') return 'pre';
  return null;
}

/** A paragraph being collected: text with whitespace already collapsed, and its links. */
interface Pending {
  text: string;
  links: ParagraphLink[];
  /** The text ends with a space (kept here: asking the text, a string still being joined, would flatten it at every append). */
  endsWithSpace: boolean;
}

/** Walks DOM subtrees and cuts their text into paragraphs (see {@link collectParagraphs}). */
class ParagraphWalker {
  readonly out: ParagraphInput[] = [];
  private pending: Pending = { text: '', links: [], endsWithSpace: false };
  private readonly kinds: ParagraphKind[] = [];
  private quoteDepth = 0;
  private blockCount = 0;
  private currentBlock: number | null = null;
  /** True right after a br with nothing but whitespace since. */
  private afterBreak = false;

  constructor(private readonly baseUrl: string | null) {}

  walk(node: AnyNode): void {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (NON_SPACE.test(data)) this.afterBreak = false;
      this.append(data);
      return;
    }
    if (!isElement(node) || node.type !== 'tag') return;
    const name = node.name;
    if (name === 'br') return this.lineBreak();
    this.afterBreak = false;
    if (name === 'a') return this.walkLink(node);
    if (!BLOCK_TAGS.has(name)) {
      for (const child of node.children) this.walk(child);
      return;
    }
    this.walkBlock(node, name);
  }

  private walkBlock(node: Element, name: string): void {
    this.flush();
    const kind = kindOf(name);
    if (kind) this.kinds.push(kind);
    const isQuote = name === 'blockquote';
    if (isQuote) this.quoteDepth += 1;
    for (const child of node.children) this.walk(child);
    this.flush();
    if (isQuote) {
      this.quoteDepth -= 1;
      if (this.quoteDepth === 0) this.currentBlock = null;
    }
    if (kind) this.kinds.pop();
  }

  /** One br is a space; a second one in a row (only whitespace between) ends the paragraph, as browsers show it. */
  private lineBreak(): void {
    if (this.afterBreak) {
      this.flush();
      return;
    }
    this.append(' ');
    this.afterBreak = true;
  }

  private walkLink(node: Element): void {
    const href = node.attribs['href'];
    const opened = this.pending;
    const openedAt = opened.text.length;
    for (const child of node.children) this.walk(child);
    if (href === undefined) return;
    const url = normalizeUrl(href, this.baseUrl);
    if (!url) return;
    // A paragraph break inside the link (a block, <br><br>) flushed its first part: it spans the current paragraph only.
    let from = this.pending === opened ? openedAt : 0;
    let to = this.pending.text.length;
    while (from < to && this.pending.text[from] === ' ') from += 1;
    while (to > from && this.pending.text[to - 1] === ' ') to -= 1;
    this.pending.links.push({ href: url, anchor: this.pending.text.slice(from, to), start: from, end: to });
  }

  private append(raw: string): void {
    let text = SPACING_TO_COLLAPSE.test(raw) ? raw.replace(WHITESPACE_RUN, ' ') : raw;
    if (text.length === 0) return;
    if (text.startsWith(' ') && (this.pending.text.length === 0 || this.pending.endsWithSpace)) text = text.slice(1);
    if (text.length === 0) return;
    this.pending.text += text;
    this.pending.endsWithSpace = text.endsWith(' ');
  }

  private flush(): void {
    const { links } = this.pending;
    let { text } = this.pending;
    this.pending = { text: '', links: [], endsWithSpace: false };
    const end = text.trimEnd().length;
    text = text.slice(0, end);
    if (text.length === 0) return;
    const fitted = links.map((link) => ({ ...link, start: Math.min(link.start, end), end: Math.min(link.end, end) }));
    let kind: ParagraphKind = this.kinds[this.kinds.length - 1] ?? 'p';
    let block: number | null = null;
    if (this.quoteDepth > 0) {
      kind = 'blockquote';
      if (this.currentBlock === null) this.currentBlock = this.blockCount++;
      block = this.currentBlock;
    }
    this.out.push({ text, kind, block, links: fitted });
  }

  finish(): ParagraphInput[] {
    this.flush();
    return this.out;
  }
}

/**
 * Cuts the text of DOM subtrees (in order) into paragraphs: each p, heading,
 * li, pre and other block is its own paragraph; inline elements (a, em,
 * span…) join the running paragraph; one br is a space, two in a row end
 * the paragraph; whitespace is collapsed.
 * Paragraphs inside a blockquote get kind "blockquote" and share a block
 * number. Links (http(s) only) are resolved against `baseUrl` and normalised,
 * with offsets relative to their paragraph.
 */
export function collectParagraphs(roots: AnyNode[], baseUrl: string | null): ParagraphInput[] {
  const walker = new ParagraphWalker(baseUrl);
  for (const root of roots) walker.walk(root);
  return walker.finish();
}
