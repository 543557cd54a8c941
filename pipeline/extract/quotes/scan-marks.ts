/**
 * Finds quoted spans in the paragraphs of a body: curly and straight marks,
 * doubled singles used as a double mark, single quotes on their own or
 * inside doubles (nested quotes stay part of the outer text), apostrophes
 * told apart from marks, quotes running over paragraphs (a paragraph that
 * leaves a quote open continues into the next one when that one opens with
 * a mark), and unclosed marks capped at the end of their paragraph.
 */
import type { ArticleBody } from '../types.ts';
import {
  DOUBLE_CLOSERS, DOUBLE_OPENERS, DOUBLED_SINGLES, ELISION_PREFIX, PARAGRAPH_OPENERS,
  SINGLE_CLOSERS, SINGLE_OPENERS, STRAIGHT_DOUBLE, STRAIGHT_SINGLE,
} from './quote-marks.ts';
import { wordCount } from './classify.ts';
import { MAX_INTERRUPTION_WORDS, MAX_INTERRUPTIONS } from './thresholds.ts';

/** One piece of a quote inside one paragraph (offsets into body.text, marks excluded). */
export interface SpanPart {
  paragraph: number;
  start: number;
  end: number;
}

/** A quotation found by the scanner. */
export interface QuoteSpan {
  /** Pieces in reading order; more than one when the quote runs over paragraphs. */
  parts: SpanPart[];
  /** Offset of the opening mark. */
  openAt: number;
  /** Offset just past the closing mark (or the paragraph end when unclosed). */
  closeAt: number;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
  /** 'double' for “…”, "…", «…»; 'single' for a top-level ‘…’ or '…'. */
  level: 'double' | 'single';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/u;
const DIGIT = /\p{N}/u;
const TRAILING_SPACE = /\s+$/u;
const LEADING_SPACE = /^\s+/u;
const INTERRUPTION_END = /[.!?:;]["”’)]*\s*$/u;
/** A closing single mark then one space: the end of a nested quote right before the outer one closes. */
const NESTED_CLOSE_THEN_SPACE = /^['’]\s$/u;
/** Sentence-final punctuation (and closing marks) then a space, right before a mark. */
const AFTER_SENTENCE = /[.!?][)\]”’"]*\s+$/u;

const DOUBLE_OPEN_SET = new Set(DOUBLE_OPENERS);
const DOUBLE_CLOSE_SET = new Set(DOUBLE_CLOSERS);
const SINGLE_OPEN_SET = new Set(SINGLE_OPENERS);
const SINGLE_CLOSE_SET = new Set(SINGLE_CLOSERS);
/**
 * Every character the scan acts on: the marks above and the first character
 * of each doubled single. Any other character leaves the scan's state as it
 * is, so the scan steps over it without building the two-character slice and
 * asking the sets about it (that cost about 2% of extracting a page: one
 * string per character of the body).
 */
const MARK_CODES: ReadonlySet<number> = new Set(
  [...DOUBLE_OPENERS, ...DOUBLE_CLOSERS, STRAIGHT_DOUBLE, ...SINGLE_OPENERS, ...SINGLE_CLOSERS, STRAIGHT_SINGLE, ...DOUBLED_SINGLES.map((pair) => pair[0]!)].map((mark) => mark.charCodeAt(0)),
);

interface Open {
  level: 'double' | 'single';
  straight: boolean;
  /** Offset of the first character inside the marks. */
  inner: number;
  openAt: number;
}

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || SPACE_CHAR.test(ch) || ch === '(' || ch === '[' || ch === '—' || ch === '–' || ch === '/';
}

/** Where a paragraph's leading opening mark ends (after an optional "[…]"), or -1. */
export function leadingOpenerEnd(text: string): number {
  const elided = ELISION_PREFIX.exec(text);
  const offset = elided ? elided[0].length : 0;
  for (const mark of PARAGRAPH_OPENERS) {
    if (text.startsWith(mark, offset)) return offset + mark.length;
  }
  return -1;
}

/** Trims whitespace off a part; returns null when nothing is left. */
function trimPart(text: string, paragraph: number, start: number, end: number): SpanPart | null {
  const slice = text.slice(start, end);
  const lead = LEADING_SPACE.exec(slice)?.[0].length ?? 0;
  const trail = TRAILING_SPACE.exec(slice)?.[0].length ?? 0;
  if (lead + trail >= slice.length) return null;
  return { paragraph, start: start + lead, end: end - trail };
}

/** A short line with no sentence punctuation between two paragraphs of one quote: an embed caption or credit ("Club statement"). */
function isInterruption(text: string): boolean {
  return !INTERRUPTION_END.test(text) && wordCount(text) <= MAX_INTERRUPTION_WORDS;
}

/**
 * Index (into paragraphIndices) of the paragraph an open quote at the end
 * of paragraph k continues into: the next one when it opens with a mark, or
 * the first after up to MAX_INTERRUPTIONS caption lines; -1 when none.
 */
function continuationTarget(body: ArticleBody, indices: readonly number[], k: number): number {
  const para = body.paragraphs[indices[k]!]!;
  for (let j = k + 1; j < indices.length && j <= k + 1 + MAX_INTERRUPTIONS; j++) {
    const pi = indices[j]!;
    const next = body.paragraphs[pi]!;
    if (pi !== indices[k]! + (j - k) || next.kind === 'heading') return -1;
    if (next.block === para.block && leadingOpenerEnd(next.text) >= 0) return j;
    // Caption lines may sit in an embed of their own (another block); the quote resumes in its own block.
    if (!isInterruption(next.text)) return -1;
  }
  return -1;
}

/**
 * Scans the given paragraphs (indices into body.paragraphs, in order) and
 * returns every top-level quotation. Quotes never run from one paragraph
 * into a paragraph that is not the next one in the list.
 */
export function scanQuotes(body: ArticleBody, paragraphIndices: readonly number[]): QuoteSpan[] {
  const text = body.text;
  const spans: QuoteSpan[] = [];
  let carried: { span: QuoteSpan; open: Open; target: number } | null = null;

  for (let k = 0; k < paragraphIndices.length; k++) {
    const pi = paragraphIndices[k]!;
    const para = body.paragraphs[pi]!;
    const stack: Open[] = [];
    let i = para.start;
    let current: QuoteSpan | null = null;

    if (carried && carried.target === k) {
      const openerEnd = leadingOpenerEnd(para.text);
      current = carried.span;
      stack.push({ ...carried.open, inner: para.start + openerEnd, openAt: para.start });
      i = para.start + openerEnd;
      carried = null;
    }

    const finishTop = (closeStart: number, closeEnd: number): void => {
      const top = stack.pop()!;
      if (stack.length > 0) return; // nested quote: stays part of the outer text
      const part = trimPart(text, pi, top.inner, closeStart);
      const span: QuoteSpan = current ?? { parts: [], openAt: top.openAt, closeAt: closeEnd, closed: true, level: top.level };
      if (part) span.parts.push(part);
      span.closeAt = closeEnd;
      span.closed = true;
      if (span.parts.length > 0) spans.push(span);
      current = null;
    };

    const open = (level: 'double' | 'single', straight: boolean, at: number, len: number): void => {
      stack.push({ level, straight, inner: at + len, openAt: at });
    };

    const topDouble = (): boolean => stack.some((o) => o.level === 'double');
    /** A doubled single right after a closed nested single and a space ("''… 'a term,' '' she said"): it closes the outer quote. */
    const closesAfterNested = (at: number): boolean => at >= para.start + 2 && NESTED_CLOSE_THEN_SPACE.test(text.slice(at - 2, at)) && stack.some((o) => o.level === 'double');

    while (i < para.end) {
      if (!MARK_CODES.has(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const ch = text[i]!;
      const prev = i > para.start ? text[i - 1] : undefined;
      const pair = text.slice(i, i + 2);
      if (DOUBLED_SINGLES.includes(pair) && i + 1 < para.end) {
        const next = text[i + 2];
        if (stack.length > 0 && (!isSpaceOrEdge(prev) || closesAfterNested(i)) && !isWord(next)) {
          closeDoubleAt(i, i + 2);
          i += 2;
          continue;
        }
        if (isSpaceOrEdge(prev) && next !== undefined && !SPACE_CHAR.test(next)) {
          open('double', false, i, 2);
          i += 2;
          continue;
        }
      }
      const next = text[i + 1];
      if (DOUBLE_OPEN_SET.has(ch)) {
        if (topDouble() && !isSpaceOrEdge(prev) && (next === undefined || !isWord(next))) closeDoubleAt(i, i + 1);
        else {
          // A new sentence opening a quote while one is still open: the open one was never closed.
          if (stack.length > 0 && AFTER_SENTENCE.test(text.slice(Math.max(para.start, i - 4), i))) abandonOpen(i);
          open('double', false, i, 1);
        }
      } else if (DOUBLE_CLOSE_SET.has(ch)) {
        if (topDouble()) closeDoubleAt(i, i + 1);
        else if (isSpaceOrEdge(prev) && isWord(next)) open('double', false, i, 1);
      } else if (ch === STRAIGHT_DOUBLE) {
        const top = stack[stack.length - 1];
        // A straight mark closes a straight opener, or a typographic one („…" or “…") when no word follows it.
        if (top && top.level === 'double' && !isSpaceOrEdge(prev) && (top.straight || !isWord(next))) closeDoubleAt(i, i + 1);
        else if (next !== undefined && !SPACE_CHAR.test(next)) open('double', true, i, 1);
        else if (topDouble()) closeDoubleAt(i, i + 1);
      } else if (SINGLE_OPEN_SET.has(ch) || ch === STRAIGHT_SINGLE) {
        const top = stack[stack.length - 1];
        const canClose = top !== undefined && top.level === 'single' && !isSpaceOrEdge(prev) && !isWord(next);
        if (canClose) finishSingle(i);
        else if (isSpaceOrEdge(prev) && next !== undefined && !SPACE_CHAR.test(next) && !DIGIT.test(next)) open('single', ch === STRAIGHT_SINGLE, i, 1);
      } else if (SINGLE_CLOSE_SET.has(ch)) {
        const top = stack[stack.length - 1];
        if (top !== undefined && top.level === 'single' && !isSpaceOrEdge(prev) && !isWord(next)) finishSingle(i);
      }
      i++;
    }

    // Paragraph ended with a quote still open.
    const outer = stack[0];
    if (outer) {
      const nextIndex = paragraphIndices[k + 1];
      const nextPara = nextIndex !== undefined ? body.paragraphs[nextIndex] : undefined;
      const target: number = outer.level === 'double' ? continuationTarget(body, paragraphIndices, k) : -1;
      const continues = target >= 0;
      const part = trimPart(text, pi, outer.inner, para.end);
      const span: QuoteSpan = current ?? { parts: [], openAt: outer.openAt, closeAt: para.end, closed: false, level: outer.level };
      if (part) span.parts.push(part);
      span.closeAt = para.end;
      span.closed = false;
      if (continues) carried = { span, open: outer, target };
      else if (span.parts.length > 0) spans.push(span);
    }

    function closeDoubleAt(at: number, after: number): void {
      // Pop unclosed singles sitting above the double being closed.
      while (stack.length > 0 && stack[stack.length - 1]!.level === 'single') stack.pop();
      if (stack.length > 0) finishTop(at, after);
    }

    function abandonOpen(at: number): void {
      let end = at;
      while (end > para.start && SPACE_CHAR.test(text[end - 1]!)) end--;
      const outerOpen = stack[0]!;
      stack.length = 0;
      const part = trimPart(text, pi, outerOpen.inner, end);
      const span: QuoteSpan = current ?? { parts: [], openAt: outerOpen.openAt, closeAt: end, closed: false, level: outerOpen.level };
      if (part) span.parts.push(part);
      span.closeAt = end;
      span.closed = false;
      if (span.parts.length > 0) spans.push(span);
      current = null;
    }

    function finishSingle(at: number): void {
      finishTop(at, at + 1);
    }
  }
  if (carried) spans.push(carried.span);
  return spans;
}
