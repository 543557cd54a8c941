import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, SCORED_UNIT_TAGS } from './selectors.ts';
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
import { collapsedLength } from './text-patterns.ts';

/** Units that are paragraphs proper: they score their ancestors only. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td']);
const COMMA = /[,，、]/g;

/** Points a paragraph gives its ancestors: 1, plus its commas, plus length points. */
function paragraphPoints(text: string, chars: number): number {
  const commas = text.match(COMMA)?.length ?? 0;
  return 1 + commas + Math.min(SCORE_MAX_LENGTH_POINTS, chars / SCORE_CHARS_PER_POINT);
}

/** The inline text of one block element (text not inside a nested block). */
interface TextUnit {
  text: string;
  chars: number;
  linkChars: number;
}


/** The region of the page the scoring fallback picked: nodes to read, in document order. */
export interface ScoredRegion {
  nodes: AnyNode[];
  chars: number;
}

/**
 * Scoring fallback (step 3 of the cascade): every block element whose own
 * inline text (text not inside a nested block: a p, or a div of text and br)
 * has at least SCORE_MIN_PARAGRAPH_CHARS and little link text gives points (1 + commas + length) to its parent
 * and a share to its grandparent; each candidate's points are scaled by
 * (1 − link density). The best candidate is kept with those siblings that
 * score well or are long prose paragraphs. Null when nothing scores.
 */
export function bestScoredRegion(root: AnyNode): ScoredRegion | null {
  const scores = new Map<Element, number>();
  const award = (element: Element, unit: TextUnit): void => {
    if (!SCORED_UNIT_TAGS.has(element.name) || unit.chars < SCORE_MIN_PARAGRAPH_CHARS) return;
    if (unit.linkChars / unit.chars > GUARD_MAX_LINK_DENSITY) return;
    const points = paragraphPoints(unit.text, unit.chars);
    // A wrapper holding prose directly (a div of text and br) is itself a candidate, judged by its own link density.
    if (!PARAGRAPH_TAGS.has(element.name)) scores.set(element, (scores.get(element) ?? 0) + points);
    const parent = element.parent && isElement(element.parent) ? element.parent : null;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + points);
    const grand = parent?.parent && isElement(parent.parent) ? parent.parent : null;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + points * SCORE_GRANDPARENT_SHARE);
  };
  /** Text amount of every block element's subtree, filled by the scan so no subtree is walked twice. */
  const amounts = new Map<Element, TextAmount>();
  const scan = (node: AnyNode, unit: TextUnit, inLink: boolean): TextAmount => {
    if (node.type === 'text') {
      const text = (node as unknown as { data: string }).data;
      const chars = collapsedLength(text);
      unit.text += text;
      unit.chars += chars;
      if (inLink) unit.linkChars += chars;
      return { chars, linkChars: inLink ? chars : 0 };
    }
    if (!isElement(node) || node.type !== 'tag') return { chars: 0, linkChars: 0 };
    const block = BLOCK_TAGS.has(node.name);
    const own: TextUnit = block ? { text: '', chars: 0, linkChars: 0 } : unit;
    const link = !block && (inLink || node.name === 'a');
    const total: TextAmount = { chars: 0, linkChars: 0 };
    for (const child of node.children) {
      const amount = scan(child, own, link);
      total.chars += amount.chars;
      total.linkChars += amount.linkChars;
    }
    if (block) {
      amounts.set(node, total);
      award(node, own);
    }
    return total;
  };
  const top: TextUnit = { text: '', chars: 0, linkChars: 0 };
  if (isElement(root)) scan(root, top, false);
  else if ('children' in root) for (const child of root.children) scan(child, top, false);
  const amountOf = (element: Element): TextAmount => amounts.get(element) ?? textAmount(element);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, points] of scores) {
    const final = points * (1 - linkDensity(amountOf(element)));
    scores.set(element, final);
    if (final > bestScore) {
      best = element;
      bestScore = final;
    }
  }
  if (!best) return null;
  return withSiblings(best, bestScore, scores, amountOf);
}

/** The best candidate plus its siblings that belong to the same article. */
function withSiblings(
  best: Element,
  bestScore: number,
  scores: Map<Element, number>,
  amountOf: (element: Element) => TextAmount,
): ScoredRegion {
  const parent = best.parent;
  const siblings = parent && isElement(parent) ? parent.children : [best];
  const nodes: AnyNode[] = [];
  let chars = 0;
  const threshold = bestScore * SCORE_SIBLING_SHARE;
  for (const sibling of siblings) {
    if (!isElement(sibling) || sibling.type !== 'tag') continue;
    let keep = sibling === best || (scores.get(sibling) ?? 0) >= threshold;
    if (!keep && sibling.name === 'p') {
      const amount = amountOf(sibling);
      keep = amount.chars >= SIBLING_PARAGRAPH_MIN_CHARS && linkDensity(amount) < GUARD_MAX_LINK_DENSITY;
    }
    if (keep) {
      nodes.push(sibling);
      chars += amountOf(sibling).chars;
    }
  }
  return { nodes, chars };
}
