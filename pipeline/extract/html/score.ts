import type { AnyNode, Element } from 'domhandler';
import { SCORED_PARAGRAPH_TAGS } from './selectors.ts';
import {
  SCORE_CHARS_PER_POINT,
  SCORE_GRANDPARENT_SHARE,
  SCORE_MAX_LENGTH_POINTS,
  SCORE_MIN_PARAGRAPH_CHARS,
  SCORE_SIBLING_SHARE,
  SIBLING_PARAGRAPH_MIN_CHARS,
  GUARD_MAX_LINK_DENSITY,
} from './thresholds.ts';
import { isElement, linkDensity, textAmount, type TextAmount } from './dom.ts';

const COMMA = /[,，、]/g;

/** Points a paragraph of this text amount gives its ancestors: 1, plus commas, plus length points. */
function paragraphPoints(text: string, amount: TextAmount): number {
  const commas = text.match(COMMA)?.length ?? 0;
  return 1 + commas + Math.min(SCORE_MAX_LENGTH_POINTS, amount.chars / SCORE_CHARS_PER_POINT);
}

/** Text of a node's own paragraph (for counting commas); cheap concatenation of text nodes. */
function rawText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) || node.type !== 'tag') return '';
  let out = '';
  for (const child of node.children) out += rawText(child);
  return out;
}

/** True for a div/section whose own text nodes carry prose (pages that put paragraphs in bare divs with br). */
function hasDirectProse(element: Element): boolean {
  let chars = 0;
  for (const child of element.children) {
    if (child.type === 'text') chars += (child as unknown as { data: string }).data.trim().length;
  }
  return chars >= SCORE_MIN_PARAGRAPH_CHARS;
}

/** The region of the page the scoring fallback picked: nodes to read, in document order. */
export interface ScoredRegion {
  nodes: AnyNode[];
  chars: number;
}

/**
 * Scoring fallback (step 3 of the cascade): every paragraph-like element
 * (p, pre, td, divs with their own prose) of at least
 * SCORE_MIN_PARAGRAPH_CHARS gives points (1 + commas + length) to its parent
 * and a share to its grandparent; each candidate's points are scaled by
 * (1 − link density). The best candidate is kept with those siblings that
 * score well or are long prose paragraphs. Null when nothing scores.
 */
export function bestScoredRegion(root: AnyNode): ScoredRegion | null {
  const scores = new Map<Element, number>();
  const visit = (node: AnyNode): void => {
    if (!isElement(node) || node.type !== 'tag') return;
    const scored = SCORED_PARAGRAPH_TAGS.has(node.name) || ((node.name === 'div' || node.name === 'section') && hasDirectProse(node));
    if (scored) {
      const amount = textAmount(node);
      if (amount.chars >= SCORE_MIN_PARAGRAPH_CHARS) {
        const points = paragraphPoints(rawText(node), amount);
        const parent = node.parent && isElement(node.parent) ? node.parent : null;
        if (parent) scores.set(parent, (scores.get(parent) ?? 0) + points);
        const grand = parent?.parent && isElement(parent.parent) ? parent.parent : null;
        if (grand) scores.set(grand, (scores.get(grand) ?? 0) + points * SCORE_GRANDPARENT_SHARE);
      }
      if (node.name !== 'div' && node.name !== 'section') return;
    }
    for (const child of node.children) visit(child);
  };
  if (isElement(root)) visit(root);
  else if ('children' in root) for (const child of root.children) visit(child);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, points] of scores) {
    const final = points * (1 - linkDensity(textAmount(element)));
    scores.set(element, final);
    if (final > bestScore) {
      best = element;
      bestScore = final;
    }
  }
  if (!best) return null;
  return withSiblings(best, bestScore, scores);
}

/** The best candidate plus its siblings that belong to the same article. */
function withSiblings(best: Element, bestScore: number, scores: Map<Element, number>): ScoredRegion {
  const parent = best.parent;
  const siblings = parent && isElement(parent) ? parent.children : [best];
  const nodes: AnyNode[] = [];
  let chars = 0;
  const threshold = bestScore * SCORE_SIBLING_SHARE;
  for (const sibling of siblings) {
    if (!isElement(sibling) || sibling.type !== 'tag') continue;
    let keep = sibling === best || (scores.get(sibling) ?? 0) >= threshold;
    if (!keep && sibling.name === 'p') {
      const amount = textAmount(sibling);
      keep = amount.chars >= SIBLING_PARAGRAPH_MIN_CHARS && linkDensity(amount) < GUARD_MAX_LINK_DENSITY;
    }
    if (keep) {
      nodes.push(sibling);
      chars += textAmount(sibling).chars;
    }
  }
  return { nodes, chars };
}
